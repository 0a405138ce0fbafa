/**
 * The offer of a worked example on a blank tool, and the banner that says the work shown is the
 * example, with a way to clear it. The example itself (`example.ts`) loads when the user opens it.
 */
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { ToolValue } from './value.js';

/** Ids of the worked example's stakeholders start with this: the tool knows its example by it. */
export const EXAMPLE_PREFIX = 'ex-';

/** Work that is nothing yet: no theme, nobody in the circle, no answer, no plan, no earlier round. */
export function isBlank({ circle, wizard, plan, rounds }: ToolValue): boolean {
  return (
    !circle.theme &&
    !circle.stakeholders.length &&
    !Object.keys(wizard.answers).length &&
    !plan.actions.length &&
    !rounds.length
  );
}

/** The worked example is the work (its stakeholders' ids say so). */
export const isExample = (value: ToolValue): boolean =>
  value.circle.stakeholders.some((s) => s.id.startsWith(EXAMPLE_PREFIX));

export function renderExampleOffer(open: () => void): TemplateResult {
  return html`<p class="example-offer">
    ${msg('Nieuw hier?', { id: 'example.new' })}
    <button type="button" class="link" @click=${open}>
      ${msg('Bekijk een uitgewerkt voorbeeld', { id: 'example.open' })}
    </button>
  </p>`;
}

export function renderExampleBanner(clear: () => void): TemplateResult {
  return html`<div class="example-banner" role="note">
    <p>
      ${msg(
        'U bekijkt een voorbeeld: een project rond ouderen die alleen wonen, zoals Marie-Rose (72), op de vierde verdieping zonder lift. Kijk rond in alle stappen.',
        { id: 'example.banner' },
      )}
    </p>
    <button type="button" @click=${clear}>${msg('Voorbeeld wissen en zelf beginnen', { id: 'example.clear' })}</button>
  </div>`;
}
