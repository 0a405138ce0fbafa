/**
 * The ladder's own pictures and choices, as template functions: the overview of all groups, what
 * the rungs mean, and the choices of a rung and of a way of taking part.
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { renderGuidance, type Guidance } from '../content/guidance.js';
import { MODE_TEXT, RUNGS, describeGroup, rungById, type ParticipationMode, type RungId } from '../content/rungs.js';
import { heading } from '../core/heading.js';
import type { LadderGroup } from './value.js';

/** Top to bottom, as a ladder is drawn and read. */
const TOP_DOWN = [...RUNGS].reverse();

/** Changes one group. */
type Edit = (id: string, patch: Partial<LadderGroup>) => void;

/** All groups at a glance: where each stands now and its goal, as dots on the five rungs. */
export function renderPicture(groups: LadderGroup[]): TemplateResult {
  const label = [msg('Overzicht van de groepen op de ladder.', { id: 'ladder.picture.label' })]
    .concat(groups.map((g) => describeGroup(g)))
    .join(' ');
  return html`<figure class="picture" part="picture">
    <div class="chart" role="img" aria-label=${label} tabindex="0">
      ${TOP_DOWN.map(
        (r) => html`<span class="rung-label s${r.step}"><b>${r.step}</b> <span class="rname">${r.name()}</span></span>`,
      )}
      <span class="corner"></span>
      ${groups.map(renderColumn)}
    </div>
    <figcaption>
      <span class="key"><span class="dot now"></span>${msg('nu', { id: 'ladder.key.now' })}</span>
      <span class="key"><span class="dot target"></span>${msg('doel', { id: 'ladder.key.target' })}</span>
    </figcaption>
  </figure>`;
}

/** One group's column: a line from now to the goal (dashed when the goal is lower). */
function renderColumn(g: LadderGroup) {
  const now = rungById(g.current)?.step ?? 0;
  const goal = rungById(g.target)?.step ?? 0;
  const lo = now && goal ? Math.min(now, goal) : 0;
  const hi = now && goal ? Math.max(now, goal) : 0;
  const cells = TOP_DOWN.map((r) => {
    const s = r.step;
    const line = lo === hi ? '' : s > lo && s < hi ? 'through' : s === hi ? 'lower' : s === lo ? 'upper' : '';
    const down = goal && now && goal < now ? 'down' : '';
    return html`<span class="cell s${s} ${line} ${down}">
      ${s === now ? html`<span class="dot now"></span>` : nothing}
      ${s === goal ? html`<span class="dot target"></span>` : nothing}
    </span>`;
  });
  return html`<span class="col">${cells}<span class="gname" title=${g.name}>${g.name}</span></span>`;
}

/** What each rung means, what we promise on it, an example, and the partner's guidance for it. */
export function renderRungTexts(level: number, guidance: Guidance | null): TemplateResult {
  return html`<ol class="rungs-explained">
    ${TOP_DOWN.map(
      (r) =>
        html`<li>
          ${heading(level, html`<span class="step">${r.step}</span> ${r.name()}`, { className: 'rung-title' })}
          <dl>
            <dt>${msg('Wat het betekent', { id: 'ladder.meaning' })}</dt>
            <dd>${r.meaning()}</dd>
            <dt>${msg('Wat we beloven', { id: 'ladder.promise' })}</dt>
            <dd>${r.promise()}</dd>
            <dt>${msg('Voorbeeld', { id: 'ladder.example' })}</dt>
            <dd>${r.example()}</dd>
          </dl>
          ${renderGuidance(guidance?.rungs?.[r.id], msg('Tips en methodes van de organisatie achter deze pagina', { id: 'guidance.title' }))}
        </li>`,
    )}
  </ol>`;
}

/** The choice of a rung, now or as the goal. */
export function renderRungChoice(
  g: LadderGroup,
  field: 'current' | 'target',
  legend: string,
  edit: Edit,
): TemplateResult {
  // Native radios: the browser gives the radiogroup role, roving focus and arrow keys.
  return html`<fieldset class="rungs ${field}">
    <legend>${legend}</legend>
    ${TOP_DOWN.map(
      (r) =>
        html`<label class="option">
          <input
            type="radio"
            name=${`${g.id}-${field}`}
            value=${r.id}
            .checked=${g[field] === r.id}
            @change=${() => edit(g.id, { [field]: r.id as RungId })}
          />
          <span class="step" aria-hidden="true">${r.step}</span>
          <span class="text"><span class="name">${r.name()}</span> <span class="gist">${r.gist()}</span></span>
        </label>`,
    )}
  </fieldset>`;
}

/** One way of taking part, directly or through representatives. */
export function renderModeOption(g: LadderGroup, m: ParticipationMode, edit: Edit): TemplateResult {
  return html`<label class="option">
    <input
      type="radio"
      name=${`${g.id}-mode`}
      value=${m}
      .checked=${g.mode === m}
      @change=${() => edit(g.id, { mode: m })}
    />
    <span class="text"
      ><span class="name">${MODE_TEXT[m].name()}</span> <span class="gist">${MODE_TEXT[m].gist()}</span></span
    >
  </label>`;
}
