/**
 * Everyone in the circle, by ring, with what is known of them: the text that says what the picture
 * shows. Also the picture's download buttons.
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { INVOLVEMENT_TEXT, RINGS, RING_TEXT, type RingId, type Sector } from '../content/circle.js';
import { rungById } from '../content/rungs.js';
import { heading } from '../core/heading.js';
import type { Stakeholder } from './value.js';

/** Groups bigger than this are listed when opened, not in the first render. */
const LIST_OPEN_LIMIT = 30;

/** What the user does with the list. */
export interface ListActions {
  /** A ring's group was opened. */
  opened(ring: RingId): void;
  /** Opens a stakeholder's form. */
  edit(id: string): void;
  downloadSvg(): void;
  downloadPng(): void;
}

/**
 * Everyone, by ring: the picture's text alternative. A ring with many stakeholders is listed once
 * it is opened (`opened` records it; `open` are the rings opened so far). Without `editable`, no
 * "change" buttons.
 */
export function renderList(
  stakeholders: readonly Stakeholder[],
  sectors: readonly Sector[],
  open: ReadonlySet<RingId>,
  editable: boolean,
  actions: ListActions,
  level = 3,
): TemplateResult {
  const sectorName = (id: string) => sectors.find((s) => s.id === id)?.name ?? id;
  return html`<section class="list" part="list" aria-labelledby="list-title">
    ${heading(level, msg('Alle betrokkenen', { id: 'circle.list' }), { id: 'list-title' })}
    ${RINGS.map((r) => {
      const here = stakeholders.filter((s) => s.ring === r);
      const lazy = here.length > LIST_OPEN_LIMIT;
      const listed = !lazy || open.has(r);
      return html`<details
        ?open=${!lazy}
        @toggle=${(e: Event) => {
          if ((e.target as HTMLDetailsElement).open) actions.opened(r);
        }}
      >
        <summary>${RING_TEXT[r].name()} (${here.length})</summary>
        <p class="who">${RING_TEXT[r].who()}</p>
        ${
          listed && here.length
            ? html`<ul>
                ${here.map(
                  (s) =>
                    html`<li>
                      <span class="name">${s.name}</span>
                      <span class="facts">
                        ${sectorName(s.sector)} · ${INVOLVEMENT_TEXT[s.involvement]()}
                        ${s.level ? html` · ${rungById(s.level)?.name()}` : nothing}
                        ${s.hardToReach ? html` · ${msg('moeilijk bereikbaar', { id: 'circle.hard-to-reach.lower' })}` : nothing}
                        ${s.expert ? html` · ${msg('ervaringsdeskundige', { id: 'circle.expert.lower' })}` : nothing}
                      </span>
                      ${s.note ? html`<span class="note">${s.note}</span>` : nothing}
                      ${
                        editable
                          ? html`<button type="button" class="link" @click=${() => actions.edit(s.id)}>
                              ${msg('Wijzigen', { id: 'circle.edit.short' })}<span class="visually-hidden"
                                >: ${s.name}</span
                              >
                            </button>`
                          : nothing
                      }
                    </li>`,
                )}
              </ul>`
            : here.length
              ? nothing
              : html`<p class="empty">${msg('Nog niemand.', { id: 'circle.nobody' })}</p>`
        }
      </details>`;
    })}
    <p class="downloads">
      <button type="button" @click=${actions.downloadSvg}>
        ${msg('Afbeelding downloaden (SVG)', { id: 'circle.svg' })}
      </button>
      <button type="button" @click=${actions.downloadPng}>
        ${msg('Afbeelding downloaden (PNG)', { id: 'circle.png' })}
      </button>
    </p>
  </section>`;
}
