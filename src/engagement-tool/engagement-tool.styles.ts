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
  /* On a phone the four steps stay on one line: numbers, and the name of the current one; on the
     narrowest phones numbers only ("Step 1 of 4: …" under the list names it). */
  @container (max-width: 34rem) {
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
