/**
 * What the circle shows at a glance, in words and numbers: the gaps (what stands out) and a table
 * of how many stakeholders each ring and sector has.
 */
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { heading } from '../core/heading.js';
import { RINGS, RING_TEXT, type RingId, type Sector } from '../content/circle.js';
import { circleHints, hintText } from './hints.js';
import type { CircleValue, Stakeholder } from './value.js';

/** The gaps. In the engagement tool's summary the tool lists them, with the ladder's. */
export function renderHints(value: CircleValue, sectors: Sector[], level = 3): TemplateResult {
  const empty = !value.stakeholders.length;
  const hints = empty ? [] : circleHints(value, sectors);
  return html`<section class="hints ${empty ? 'calm' : ''}" part="hints" aria-labelledby="hints-title">
    ${heading(level, msg('Wat valt op?', { id: 'circle.hints' }), { id: 'hints-title' })}
    ${
      // An empty circle has every gap: one place to start says more than a list of them.
      empty
        ? html`<p>
            ${msg(
              'Begin met de mensen om wie het gaat: burgers en personen met een zorg- en ondersteuningsnood, en ervaringsdeskundigen.',
              { id: 'circle.start' },
            )}
          </p>`
        : hints.length
          ? html`<ul>
              ${hints.map((h) => html`<li>${hintText(h, sectors)}</li>`)}
            </ul>`
          : html`<p>${msg('Geen gaten gevonden. Kijk toch samen nog eens na.', { id: 'circle.no-hints' })}</p>`
    }
  </section>`;
}

/** How many stakeholders per ring and sector, with a total per ring. */
export function renderCounts(stakeholders: readonly Stakeholder[], sectors: readonly Sector[]): TemplateResult {
  // One pass: with 1,000 stakeholders a filter per cell would walk the list dozens of times.
  const tally = new Map<string, number>();
  for (const s of stakeholders)
    for (const key of [s.ring, `${s.ring} ${s.sector}`]) tally.set(key, (tally.get(key) ?? 0) + 1);
  const count = (ring: RingId, sector?: string) => tally.get(sector ? `${ring} ${sector}` : ring) ?? 0;
  return html`<section class="counts" part="counts">
    <div class="table-wrap" tabindex="0" role="region" aria-labelledby="counts-title">
      <table>
        <caption id="counts-title">
          ${msg('Aantal per ring en sector', { id: 'circle.counts' })}
        </caption>
        <thead>
          <tr>
            <td></td>
            ${sectors.map((s) => html`<th scope="col">${s.name}</th>`)}
            <th scope="col">${msg('Totaal', { id: 'circle.total' })}</th>
          </tr>
        </thead>
        <tbody>
          ${RINGS.map(
            (r) =>
              html`<tr>
                <th scope="row">${RING_TEXT[r].name()}</th>
                ${sectors.map((s) => {
                  const n = count(r, s.id);
                  return html`<td class=${n ? '' : 'zero'}>${n}</td>`;
                })}
                <td>${count(r)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}
