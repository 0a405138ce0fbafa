import { css } from 'lit';

/**
 * What every element's shadow root starts from. The host page's CSS cannot reach in, so the
 * elements set their own box model and control looks; they inherit only the font and colour.
 *
 * The custom properties a page can set are documented once, on `ElzElement` (`element.ts`).
 */
/** Out of sight, still read by screen readers. */
export const visuallyHidden = css`
  position: absolute !important;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
`;

export const coreStyles = css`
  :host {
    display: block;
    color: var(--elz-text, inherit);
    font: inherit;
    line-height: 1.5;
    container-type: inline-size;
    --_accent: var(--elz-accent, #005a70);
    --_on-accent: var(--elz-accent-contrast, #ffffff);
    --_muted: var(--elz-muted, #4a5560);
    --_surface: var(--elz-surface, #ffffff);
    --_surface-alt: var(--elz-surface-alt, #f3f6f8);
    --_border: var(--elz-border, #8a99a6);
    --_radius: var(--elz-radius, 6px);
    --_warning: var(--elz-warning, #fff3cd);
    --_danger: var(--elz-danger, #a4161a);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  h2,
  h3,
  h4,
  h5,
  p {
    margin: 0 0 0.5em;
  }
  h2 {
    font-size: 1.35em;
    line-height: 1.25;
  }
  h3 {
    font-size: 1.1em;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.4em 0.9em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
    text-align: center;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  button.link {
    border-color: transparent;
    background: transparent;
    text-decoration: underline;
    padding-inline: 0.3em;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  input[type='text'],
  input[type='date'],
  textarea,
  select {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.45em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  textarea {
    min-height: 5em;
    resize: vertical;
  }
  /* A field: its label above it, in bold; help and introductions in the muted colour. */
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .field > label {
    font-weight: 600;
  }
  .intro,
  .help {
    color: var(--_muted);
  }
  input[type='radio'],
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
  }
  /* A choice: a native radio or checkbox and its label as one large target. */
  .option {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    min-height: 2.75rem;
    padding: 0.35rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: 400;
    cursor: pointer;
  }
  .option:has(input:checked) {
    border: 2px solid var(--_accent);
    background: var(--_surface-alt);
  }
  .option:has(input:focus-visible) {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .option input:focus-visible {
    outline: none;
  }
  .visually-hidden {
    ${visuallyHidden}
  }
  /* The live region stays in the accessibility tree even when empty, or it would not be heard. */
  .status:empty {
    margin: 0;
  }
  .status {
    display: grid;
    gap: 0.5rem;
    margin-block: 0.75rem;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.6rem 0.8rem;
    border-radius: var(--_radius);
    border-inline-start: 6px solid var(--_accent);
    background: var(--_surface-alt);
  }
  .notice p {
    margin: 0;
    flex: 1 1 16rem;
  }
  .notice.warning {
    border-color: #8a6d00;
    background: var(--_warning);
  }
  .notice.error {
    border-color: var(--_danger);
    background: #fde8e8;
  }
  .notice .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .actions {
    margin-top: 1.25rem;
    padding-top: 0.75rem;
    border-top: 1px solid var(--_border);
    display: grid;
    gap: 0.6rem;
  }
  .actions .note {
    margin: 0;
    color: var(--_muted);
    font-size: 0.95em;
  }
  .actions .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media print {
    .actions,
    .status,
    .no-print {
      display: none !important;
    }
    /* A heading or a question stays with what follows it; a picture, a row, an item is not cut. */
    h2,
    h3,
    h4,
    h5,
    dt {
      break-after: avoid;
    }
    figure,
    tr,
    li {
      break-inside: avoid;
    }
  }
`;

/** A list of steps as buttons (the wizard's phases, the tool's steps) and back / next under a step. */
export const stepStyles = css`
  .steps {
    list-style: none;
    margin: 0 0 1rem;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .steps button {
    border-width: 1px;
    font-weight: 400;
  }
  .steps button[aria-current='step'] {
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  .steps .n {
    font-weight: 700;
  }
  .steps .tally {
    font-size: 0.85em;
    opacity: 0.9;
  }
  .step-nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 1.25rem;
  }
`;
