/**
 * Where one step of the tool points to another: the ladder's groups come from the circle (step 1),
 * and the questions show what the ladder (step 2) says instead of asking it again.
 */
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { describeGroup } from '../content/rungs.js';
import type { LadderValue } from '../participation-ladder/value.js';
import type { CircleValue } from '../stakeholder-circle/value.js';

/** Above the ladder: where its groups come from, or that there are none yet. */
export function renderFromCircle(circle: CircleValue, toCircle: () => void): TemplateResult {
  return circle.stakeholders.length
    ? html`<p class="from-circle">
        ${msg('De groepen komen uit stap 1. Een naam wijzigt u daar.', { id: 'tool.ladder.from-circle' })}
      </p>`
    : html`<p class="from-circle">
        ${msg('Er zijn nog geen betrokkenen. Voeg ze eerst toe in stap 1.', { id: 'tool.ladder.empty' })}
        <button type="button" class="link" @click=${toCircle}>${msg('Naar stap 1', { id: 'tool.to-circle' })}</button>
      </p>`;
}

/** How far each group is to take part, and how: asked on the ladder, so shown here, not asked again. */
export function renderFromLadder(ladder: LadderValue, toLadder: () => void): TemplateResult {
  return html`<section class="from-ladder" aria-labelledby="from-ladder-title">
    <h4 id="from-ladder-title">${msg('Wat de ladder zegt', { id: 'tool.from-ladder' })}</h4>
    ${
      ladder.groups.length
        ? html`<ul>
            ${ladder.groups.map((g) => html`<li>${describeGroup(g)}</li>`)}
          </ul>`
        : html`<p>${msg('Er zijn nog geen groepen.', { id: 'ladder.empty' })}</p>`
    }
    <p>
      ${msg('Het doel en de manier van meedoen per groep kiest u op de ladder.', { id: 'tool.from-ladder.where' })}
      <button type="button" class="link" @click=${toLadder}>${msg('Naar stap 2', { id: 'tool.to-ladder' })}</button>
    </p>
  </section>`;
}
