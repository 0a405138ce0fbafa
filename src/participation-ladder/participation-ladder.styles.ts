import { css } from 'lit';

export const ladderStyles = css`
  /* ── groups ── */
  .groups {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 1rem;
  }
  .group {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* Read-only groups have no summary line: the card itself has the padding. */
  .group:not(:has(details)) {
    padding: 0.9rem;
    display: grid;
    gap: 0.8rem;
  }
  .group-title {
    margin: 0;
    font-size: 1.05em;
  }
  .group summary {
    min-height: 2.75rem;
    padding: 0.6rem 0.9rem;
    cursor: pointer;
    border-radius: var(--_radius);
  }
  .gtitle {
    font-weight: 700;
    font-size: 1.05em;
  }
  .gstate {
    margin-inline-start: 0.5rem;
    color: var(--_muted);
    font-size: 0.92em;
  }
  .group-body {
    display: grid;
    gap: 0.8rem;
    padding: 0 0.9rem 0.9rem;
  }
  label,
  legend {
    font-weight: 600;
  }
  legend {
    padding: 0;
    margin-bottom: 0.35rem;
  }
  .choices {
    display: grid;
    gap: 0.8rem;
  }
  @container (min-width: 36rem) {
    .choices {
      grid-template-columns: 1fr 1fr;
    }
  }
  .option {
    margin-bottom: 0.25rem;
  }
  .option .name {
    font-weight: 600;
  }
  .option .gist {
    display: block;
    color: var(--_muted);
    font-size: 0.92em;
    line-height: 1.3;
  }
  .option .text {
    display: block;
  }
  .remove {
    justify-self: start;
  }
  .summary {
    margin: 0;
    display: grid;
    /* Both columns may shrink: at 320 px a long label and a long word must not widen the page. */
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.2rem 1rem;
  }
  .summary dt {
    font-weight: 600;
  }
  .summary dt,
  .summary dd {
    overflow-wrap: anywhere;
  }
  .summary dd {
    margin: 0;
  }
  .summary .note {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .empty {
    color: var(--_muted);
  }

  /* ── adding a group ── */
  .add {
    margin-top: 1rem;
    display: grid;
    gap: 0.35rem;
  }
  .add-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .add-row input {
    flex: 1 1 12rem;
    width: auto;
  }
  .problem {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }

  @media print {
    .explain {
      display: none;
    }
    .group {
      break-inside: avoid;
    }
  }
`;
