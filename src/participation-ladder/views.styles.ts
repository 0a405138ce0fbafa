/** The styles of the ladder's overview and of the rungs' explanation and numbers (see `views.ts`). */
import { css } from 'lit';

export const viewStyles = css`
  /* ── the picture: one column per group, rungs top (5) to bottom (1) ── */
  .picture {
    margin: 1rem 0;
    padding: 0.75rem;
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .chart {
    display: grid;
    grid-template-rows: repeat(5, 2.4rem) auto;
    grid-template-columns: minmax(6.5rem, max-content);
    grid-auto-flow: column;
    grid-auto-columns: minmax(4.5rem, 1fr);
    overflow-x: auto;
    padding-bottom: 0.25rem;
  }
  .rung-label {
    display: flex;
    align-items: center;
    gap: 0.35rem;
    padding-inline-end: 0.5rem;
    font-size: 0.9em;
    border-bottom: 1px dashed var(--_border);
    white-space: nowrap;
  }
  .cell {
    position: relative;
    border-bottom: 1px dashed var(--_border);
  }
  .cell::before {
    content: '';
    position: absolute;
    inset-block: 0;
    left: calc(50% - 1px);
    width: 2px;
    background: var(--_border);
  }
  .cell.through::after,
  .cell.upper::after,
  .cell.lower::after {
    content: '';
    position: absolute;
    left: calc(50% - 3px);
    width: 6px;
    background: var(--_accent);
    border-left: 6px solid var(--_accent);
  }
  .cell.through::after {
    inset-block: 0;
  }
  .cell.upper::after {
    top: 0;
    bottom: 50%;
  }
  .cell.lower::after {
    top: 50%;
    bottom: 0;
  }
  .cell.down::after {
    border-left-style: dotted;
    background: transparent;
  }
  .dot {
    display: inline-block;
    width: 1.1rem;
    height: 1.1rem;
    border-radius: 50%;
    vertical-align: middle;
  }
  .cell .dot {
    position: absolute;
    top: calc(50% - 0.55rem);
    left: calc(50% - 0.55rem);
    z-index: 1;
  }
  /* Borders, not backgrounds: they survive forced-colours mode. */
  .dot.now {
    border: 0.55rem solid var(--_accent);
    background: var(--_accent);
  }
  .dot.target {
    border: 0.2rem solid var(--_accent);
    background: var(--_surface);
  }
  .cell .dot.now + .dot.target {
    width: 1.7rem;
    height: 1.7rem;
    top: calc(50% - 0.85rem);
    left: calc(50% - 0.85rem);
    background: transparent;
    z-index: 0;
  }
  .gname {
    padding: 0.35rem 0.2rem 0;
    font-size: 0.85em;
    text-align: center;
    overflow: hidden;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  /* A group's column: its cells and name take part in the chart's grid. */
  .col {
    display: contents;
  }
  /* On a phone a column per group does not fit: each group becomes a row instead, its whole
     name above a track from rung 1 (left) to 5 (right), under a row of rung numbers. The
     choices below pair each number with its name; a group's state goes under its name. */
  @container (max-width: 30rem) {
    .gstate {
      display: block;
      margin-inline-start: 1.1em;
    }
    .chart {
      grid-template: none / repeat(5, 1fr);
      grid-auto-flow: row;
      overflow-x: visible;
    }
    .corner,
    .rung-label .rname {
      display: none;
    }
    .rung-label {
      grid-row: 1;
      justify-content: center;
      padding: 0;
      border-bottom: 0;
    }
    .col {
      display: grid;
      grid-column: 1 / -1;
      grid-template-columns: repeat(5, 1fr);
    }
    .col .gname {
      grid-column: 1 / -1;
      grid-row: 1;
      display: block;
      padding: 0.5rem 0 0;
      text-align: start;
      font-size: 0.9em;
      hyphens: manual;
    }
    .cell {
      grid-row: 2;
      height: 2.4rem;
      border-bottom: 0;
    }
    .cell::before {
      inset-block: auto;
      inset-inline: 0;
      top: calc(50% - 1px);
      width: auto;
      height: 2px;
    }
    .cell.through::after,
    .cell.upper::after,
    .cell.lower::after {
      inset-inline: 0;
      top: calc(50% - 6px);
      bottom: auto;
      width: auto;
      height: 0;
      background: transparent;
      border-left: 0;
      border-top: 12px solid var(--_accent);
    }
    /* Going down: a thin dashed line, not a row of dots that read as more marks. */
    .cell.down::after {
      top: calc(50% - 2px);
      border-top: 4px dashed var(--_accent);
    }
    /* Rung 1 on the left: the higher rung's half reaches left, the lower rung's right. */
    .cell.lower::after {
      right: 50%;
    }
    .cell.upper::after {
      left: 50%;
    }
    .rung-label.s1,
    .cell.s1 {
      grid-column: 1;
    }
    .rung-label.s2,
    .cell.s2 {
      grid-column: 2;
    }
    .rung-label.s3,
    .cell.s3 {
      grid-column: 3;
    }
    .rung-label.s4,
    .cell.s4 {
      grid-column: 4;
    }
    .rung-label.s5,
    .cell.s5 {
      grid-column: 5;
    }
  }

  figcaption {
    display: flex;
    gap: 1.25rem;
    margin-top: 0.5rem;
    font-size: 0.9em;
  }
  .key {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }

  /* ── what the rungs mean ── */
  .explain {
    margin: 1rem 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .explain summary {
    padding: 0.6rem 0.8rem;
    min-height: 2.75rem;
    cursor: pointer;
    font-weight: 600;
  }
  .rungs-explained {
    list-style: none;
    margin: 0;
    padding: 0 0.8rem 0.8rem;
    display: grid;
    gap: 0.75rem;
  }
  .rung-title {
    font-size: 1em;
    margin: 0.25rem 0;
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .rungs-explained dl {
    margin: 0;
    display: grid;
    gap: 0.1rem 1rem;
  }
  .rungs-explained dt {
    font-weight: 600;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .rungs-explained dd {
    margin: 0 0 0.35rem;
  }
  @container (min-width: 40rem) {
    .rungs-explained dl {
      grid-template-columns: 11rem 1fr;
    }
  }
  .step {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 1.6rem;
    height: 1.6rem;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    font-size: 0.85em;
  }
`;
