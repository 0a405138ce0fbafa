import { css } from 'lit';

export const wizardStyles = css`
  progress {
    display: block;
    width: 100%;
    height: 0.5rem;
    accent-color: var(--_accent);
    margin-bottom: 1rem;
  }
  #step-heading:focus {
    outline: none;
  }
  #step-heading:focus-visible {
    outline: 3px solid var(--_accent);
  }
  .questions {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 1.25rem;
  }
  .question > label,
  .question legend {
    display: block;
    padding: 0;
    font-weight: 600;
    margin-bottom: 0.3rem;
  }
  .optional,
  .help,
  .count {
    color: var(--_muted);
    font-weight: 400;
    font-size: 0.92em;
  }
  .help,
  .count {
    margin: 0 0 0.3rem;
  }
  .options {
    display: grid;
    gap: 0.35rem;
  }
  .options.scale {
    grid-template-columns: repeat(5, minmax(2.75rem, 1fr));
    max-width: 22rem;
  }
  .answers {
    margin: 0 0 1rem;
  }
  .answers dt {
    font-weight: 600;
    margin-top: 0.5rem;
  }
  .answers dd {
    margin: 0.1rem 0 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .answers .missing {
    color: var(--_danger);
    font-style: italic;
  }
  /* An optional question left open is no mistake. */
  .answers .missing.optional {
    color: var(--_muted);
  }
  /* Answers keep their line breaks; the list's own template whitespace must not. */
  .answers ul {
    white-space: normal;
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .phase-title {
    margin: 1.25rem 0 0.25rem;
    padding-top: 0.5rem;
    border-top: 2px solid var(--_accent);
    font-size: 1.1em;
    color: var(--_accent);
  }
  .done {
    font-weight: 600;
  }
  .history {
    margin-top: 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.8rem;
  }
  .history summary {
    min-height: 2.75rem;
    display: flex;
    align-items: center;
    cursor: pointer;
    font-weight: 600;
  }
  @media print {
    .steps,
    progress,
    .step-nav,
    .history:not([open]) {
      display: none;
    }
  }
`;
