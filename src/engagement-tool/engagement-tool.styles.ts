import { css } from 'lit';
import { visuallyHidden } from '../core/styles.js';

export const toolStyles = css`
  .theme {
    font-weight: 400;
  }
  /* Step 3 holds its three phases, on the same line while there is room. */
  .tool-steps > li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .phases {
    margin: 0;
  }
  .tool-steps button[aria-current='true'] {
    border-width: 2px;
    font-weight: 700;
  }
  /* On a phone, and up to a small laptop, the five steps stay on one line: numbers, and the name of
     the current one; on the narrowest phones numbers only ("Step 1 of 5: …" under the list names it). */
  @container (max-width: 46rem) {
    .tool-steps button:not([aria-current='step']) .name {
      ${visuallyHidden}
    }
    .tool-steps {
      gap: 0.3rem;
    }
    .tool-steps button {
      padding-inline: 0.6em;
    }
  }
  @container (max-width: 22rem) {
    .tool-steps .name {
      ${visuallyHidden}
    }
  }
  .step-label {
    color: var(--_muted);
    font-weight: 600;
  }
  .step-label:focus {
    outline: none;
  }
  .step-label:focus-visible {
    outline: 3px solid var(--_accent);
  }
  .from-circle,
  .from-ladder {
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
  .from-ladder {
    margin-top: 1.25rem;
  }
  .from-ladder ul {
    padding-inline-start: 1.2rem;
    margin: 0 0 0.5rem;
  }
  /* The plan: one line per item, opened to fill it in, as the ladder's groups. */
  .plan-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.5rem;
    margin-bottom: 1rem;
  }
  .plan-head .field {
    flex: 1 1 12rem;
  }
  .plan-head .field:first-child {
    flex: 3 1 16rem;
  }
  .plan-items {
    list-style: none;
    margin: 0 0 1rem;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .plan-item details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .plan-item summary {
    min-height: 2.75rem;
    padding: 0.6rem 0.9rem;
    cursor: pointer;
  }
  .plan-item .item-title {
    display: inline;
    font-size: 1em;
    margin: 0;
  }
  .plan-item .item-state {
    display: block;
    color: var(--_muted);
    font-size: 0.95em;
  }
  .plan-item.settled summary {
    background: var(--_surface-alt);
  }
  .item-body {
    padding: 0 0.9rem 0.9rem;
    display: grid;
    gap: 0.75rem;
  }
  .item-body .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
  }
  .item-body .row .field {
    flex: 1 1 11rem;
  }
  .pdca {
    color: var(--_muted);
    max-width: 42rem;
  }
  .round {
    font-weight: 600;
  }
  /* Then and now on five rungs, bottom to top: where the group stood faint, where it stands firm. */
  .mini {
    display: inline-flex;
    gap: 2px;
    vertical-align: middle;
    margin-inline-end: 0.35rem;
  }
  .mini .cell {
    width: 0.7rem;
    height: 0.7rem;
    border: 1px solid var(--_border);
    border-radius: 50%;
  }
  .mini .cell.then {
    background: var(--_surface-alt);
    border: 2px dashed var(--_accent);
  }
  .mini .cell.now {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .comparison .facts,
  .rings {
    padding-inline-start: 1.2rem;
  }
  .rounds details {
    border-top: 1px solid var(--_border);
    padding: 0.5rem 0;
  }
  .rounds summary {
    cursor: pointer;
    min-height: 2.75rem;
  }
  .example-offer {
    margin: 0 0 0.75rem;
  }
  .example-banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin: 0 0 1rem;
    padding: 0.6rem 0.9rem;
    border-left: 4px solid var(--_accent);
    background: var(--_surface-alt);
  }
  .example-banner p {
    margin: 0;
    flex: 1 1 16rem;
  }
  .summary > * + * {
    margin-top: 1.5rem;
  }
  .balance {
    border-left: 4px solid var(--_accent);
    padding-left: 0.75rem;
  }
  /* The browser's 40px list indent takes an eighth of a phone's width. */
  .balance ul {
    padding-inline-start: 1.2rem;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.35rem 0.5rem;
    text-align: left;
    vertical-align: top;
  }
  thead th {
    background: var(--_surface-alt);
  }
  td.note {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .done {
    font-weight: 600;
  }
  @media print {
    .steps,
    .step-nav,
    .no-print {
      display: none;
    }
    .step-label {
      display: none;
    }
    /* Not the whole step: one taller than a page would leave the first page empty. */
    .balance {
      break-inside: avoid;
    }
  }
`;
