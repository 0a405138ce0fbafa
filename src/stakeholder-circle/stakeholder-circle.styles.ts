import { css } from 'lit';
import { visuallyHidden } from '../core/styles.js';

export const circleStyles = css`
  .who {
    color: var(--_muted);
  }
  .field {
    margin-bottom: 0.75rem;
  }
  label {
    font-weight: 600;
  }
  .picture {
    margin: 0.5rem 0 1rem;
  }
  figure > svg {
    display: block;
    width: 100%;
    max-width: 46rem;
    height: auto;
    margin: 0 auto;
    /* Dots are dragged with a finger too; readonly, nothing is dragged. */
    touch-action: none;
    user-select: none;
  }
  :host([readonly]) figure > svg {
    touch-action: manipulation;
  }
  /* On a phone the picture fills the screen's width: a finger on it scrolls and zooms the page,
     and a tap on a dot opens its form (where ring and sector change) instead of dragging. */
  @container (max-width: 36rem) {
    figure > svg {
      touch-action: manipulation;
    }
  }
  .node,
  .summary {
    cursor: pointer;
    outline: none;
  }
  .node:focus-visible circle:first-child,
  .summary:focus-visible circle:first-child {
    stroke: #000000;
    stroke-width: 4;
  }
  /* Picked up: bigger, and a dashed ring, so it differs from plain focus. */
  .node.moving circle:first-child {
    stroke: #000000;
    stroke-width: 3;
    stroke-dasharray: 3 2;
    r: 10px;
  }
  .node.moving {
    cursor: grabbing;
  }
  figcaption {
    display: grid;
    gap: 0.4rem;
    font-size: 0.9em;
  }
  figure > .help {
    margin-block: 0.75rem 0;
    font-size: 0.9em;
  }
  .touch-help {
    display: none;
  }
  /* On a touch screen a finger taps a dot: say that, and keep the keyboard help for screen
     readers only (it stays the picture's description). */
  @media (pointer: coarse) {
    figure > .touch-help {
      display: block;
    }
    .touch-help + .help {
      ${visuallyHidden}
    }
  }
  .keys {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 1.1rem;
    justify-content: center;
  }
  /* A legend centred line by line reads ragged when its names wrap: one edge to start from. */
  @container (max-width: 36rem) {
    .keys {
      justify-content: flex-start;
    }
  }
  .key {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  /* The picture's own marks; like the picture, not recoloured in forced-colors mode. */
  .mark {
    width: 1.2em;
    height: 1.2em;
    flex: none;
  }
  .hints {
    margin: 1rem 0;
    padding: 0.75rem 1rem;
    border-inline-start: 6px solid #8a6d00;
    background: var(--_warning);
    border-radius: var(--_radius);
  }
  .hints.calm {
    border-color: var(--_accent);
    background: var(--_surface-alt);
  }
  .hints ul {
    margin: 0;
    padding-inline-start: 1.2rem;
  }
  .hints p {
    margin: 0;
  }
  .editor {
    margin: 1rem 0;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .editor .grid {
    display: grid;
    gap: 0 1rem;
  }
  @container (min-width: 36rem) {
    .editor .grid {
      grid-template-columns: 1fr 1fr;
    }
    .editor .wide {
      grid-column: 1 / -1;
    }
  }
  .editor .option {
    margin-bottom: 0.75rem;
  }
  .buttons,
  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .problem {
    color: var(--_danger);
    font-weight: 600;
  }
  .table-wrap {
    overflow-x: auto;
    margin: 1rem 0;
  }
  table {
    border-collapse: collapse;
    font-size: 0.92em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.35rem;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.3rem 0.5rem;
    text-align: center;
  }
  th[scope='row'] {
    text-align: start;
  }
  /* Nobody there: worth a look, not an error. */
  td.zero {
    background: var(--_warning);
    font-weight: 700;
  }
  .list details {
    border-top: 1px solid var(--_border);
    padding: 0.35rem 0;
  }
  .suggest {
    margin-block: 0.75rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .suggest summary,
  .list summary {
    min-height: 2.75rem;
    display: flex;
    align-items: center;
    cursor: pointer;
    font-weight: 600;
  }
  .list ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.35rem;
  }
  .list li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
  }
  .list .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .list .facts,
  .list .note {
    color: var(--_muted);
    font-size: 0.92em;
  }
  .list .note {
    flex-basis: 100%;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  @media print {
    .editor,
    .add-open,
    .suggest,
    .downloads,
    .help {
      display: none;
    }
    .list details > * {
      display: block;
    }
  }
`;
