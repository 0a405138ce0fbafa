/**
 * Headings at the level where an element stands: on its own an element's title is an `h2`; as a
 * part of the engagement tool, under the tool's `h2`, it is an `h3`, and everything below moves
 * down one level with it.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface HeadingOptions {
  id?: string;
  part?: string;
  className?: string;
  /** Focus moves here when the user goes to a new step. */
  focusable?: boolean;
}

export function heading(level: number, content: unknown, o: HeadingOptions = {}): TemplateResult {
  const id = o.id ?? nothing;
  const part = o.part ?? nothing;
  const cls = o.className ?? nothing;
  const tab = o.focusable ? '-1' : nothing;
  switch (level) {
    case 2:
      return html`<h2 id=${id} part=${part} class=${cls} tabindex=${tab}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} class=${cls} tabindex=${tab}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class=${cls} tabindex=${tab}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class=${cls} tabindex=${tab}>${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${part} class=${cls} tabindex=${tab}>${content}</h6>`;
  }
}
