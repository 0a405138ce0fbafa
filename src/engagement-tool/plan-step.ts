/**
 * Step 4 of the tool, the plan (Plan/Do): per item what we do, who does it, by when and where it
 * stands; the project's engagement ambassador and the day of the next round. A template module:
 * it draws what it is given and reports edits through `actions`.
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { heading } from '../core/heading.js';
import { typed } from '../core/input.js';
import { currentLocale } from '../core/locale.js';
import { LIMITS } from '../core/schema.js';
import type { LadderGroup } from '../participation-ladder/value.js';
import type { PlanItem } from './plan.js';
import { ACTION_STATES, type ActionState, type Plan, type PlanAction } from './value.js';

export interface PlanActions {
  plan(patch: Partial<Plan>): void;
  action(item: PlanItem, patch: Partial<PlanAction>): void;
  /** For a group that takes part indirectly: who represents it, and how its voice comes back. */
  group(id: string, patch: Partial<Pick<LadderGroup, 'representative' | 'feedback'>>): void;
  addOwn(): void;
  removeOwn(id: string): void;
  /** An item is opened or closed by the user. */
  toggled(id: string, open: boolean): void;
}

export const stateText = (s: ActionState): string => {
  switch (s) {
    case 'todo':
      return msg('Te doen', { id: 'plan.state.todo' });
    case 'doing':
      return msg('Bezig', { id: 'plan.state.doing' });
    case 'done':
      return msg('Gedaan', { id: 'plan.state.done' });
    case 'dropped':
      return msg('Geschrapt', { id: 'plan.state.dropped' });
  }
};

/** A day as the page's language writes it. */
export const dayText = (day: string): string => new Date(`${day}T12:00:00Z`).toLocaleDateString(currentLocale());

/** What an item's closed line says: its state, who, by when. */
function line(a: PlanAction | undefined, ambassador: string): string {
  if (!a?.what) return msg('Nog niets gepland', { id: 'plan.nothing-yet' });
  const who = a.who || ambassador;
  return [stateText(a.state), who, a.due ? dayText(a.due) : ''].filter(Boolean).join(' · ');
}

export function renderPlanStep(
  items: PlanItem[],
  plan: Plan,
  open: ReadonlyMap<string, boolean>,
  actions: PlanActions,
  level: number,
): TemplateResult {
  const firstOpen = items.find((i) => !i.action?.what)?.id;
  return html`<div class="plan-step">
    <p class="intro">
      ${msg(
        'Van analyse naar actie: wat doen we, wie doet het en tegen wanneer? Vul in wat u al weet. De rest kan later.',
        { id: 'plan.intro' },
      )}
    </p>
    <div class="plan-head">
      <div class="field">
        <label for="ambassador">${msg('Betrokkenheidsambassadeur van het project', { id: 'plan.ambassador' })}</label>
        <p class="help" id="ambassador-help">
          ${msg(
            'Wie waakt erover dat de doelgroep betrokken blijft? Bij elke actie kunt u bij "Wie doet het?" ook iemand anders invullen.',
            { id: 'plan.ambassador.help' },
          )}
        </p>
        <input
          id="ambassador"
          type="text"
          maxlength=${LIMITS.name}
          aria-describedby="ambassador-help"
          .value=${live(plan.ambassador)}
          @input=${(e: Event) => actions.plan({ ambassador: typed(e) })}
        />
      </div>
      <div class="field">
        <label for="next-round">${msg('Volgende ronde op', { id: 'plan.next-round' })}</label>
        <input
          id="next-round"
          type="date"
          .value=${live(plan.nextRound ?? '')}
          @change=${(e: Event) => actions.plan({ nextRound: typed(e) || null })}
        />
      </div>
    </div>
    ${
      items.length
        ? html`<ul class="plan-items">
            ${items.map((item, i) =>
              renderItem(item, i, open.get(item.id) ?? item.id === firstOpen, plan.ambassador, actions, level),
            )}
          </ul>`
        : html`<p class="empty">
            ${msg(
              'Er is nog niets te plannen: geen groep wil hoger op de ladder en er ontbreekt niemand in de cirkel.',
              { id: 'plan.empty' },
            )}
          </p>`
    }
    <p>
      <button type="button" @click=${actions.addOwn}>${msg('Eigen actie toevoegen', { id: 'plan.add' })}</button>
    </p>
  </div>`;
}

function renderItem(
  item: PlanItem,
  i: number,
  open: boolean,
  ambassador: string,
  actions: PlanActions,
  level: number,
): TemplateResult {
  const a = item.action;
  const id = `a${i}`;
  const set = (patch: Partial<PlanAction>) => actions.action(item, patch);
  const own = item.id.startsWith('own:');
  const g = item.group;
  return html`<li class="plan-item ${item.settled ? 'settled' : ''}">
    <details ?open=${open} @toggle=${(e: Event) => actions.toggled(item.id, (e.target as HTMLDetailsElement).open)}>
      <summary>
        ${heading(level, item.title || msg('Eigen actie', { id: 'plan.own' }), { className: 'item-title' })}
        <span class="item-state">
          ${item.settled ? html`<b>${msg('Niet meer nodig', { id: 'plan.settled' })}</b> · ` : nothing}${line(a, ambassador)}
        </span>
      </summary>
      <div class="item-body">
        <div class="field">
          <label for="${id}-what">${msg('Wat doen we?', { id: 'plan.what' })}</label>
          <textarea
            id="${id}-what"
            maxlength=${LIMITS.text}
            .value=${live(a?.what ?? '')}
            @input=${(e: Event) => set({ what: typed(e) })}
          ></textarea>
        </div>
        <div class="row">
          <div class="field">
            <label for="${id}-who">${msg('Wie doet het?', { id: 'plan.who' })}</label>
            <input
              id="${id}-who"
              type="text"
              maxlength=${LIMITS.name}
              placeholder=${ambassador}
              .value=${live(a?.who ?? '')}
              @input=${(e: Event) => set({ who: typed(e) })}
            />
          </div>
          <div class="field">
            <label for="${id}-due">${msg('Tegen wanneer?', { id: 'plan.due' })}</label>
            <input
              id="${id}-due"
              type="date"
              .value=${live(a?.due ?? '')}
              @change=${(e: Event) => set({ due: typed(e) || null })}
            />
          </div>
          <div class="field">
            <label for="${id}-state">${msg('Hoe staat het?', { id: 'plan.state' })}</label>
            <select id="${id}-state" @change=${(e: Event) => set({ state: typed(e) as ActionState })}>
              ${ACTION_STATES.map(
                (s) => html`<option value=${s} ?selected=${(a?.state ?? 'todo') === s}>${stateText(s)}</option>`,
              )}
            </select>
          </div>
        </div>
        ${
          g && g.mode === 'indirect'
            ? html`<div class="row">
                <div class="field">
                  <label for="${id}-rep"
                    >${msg('Wie vertegenwoordigt de groep?', { id: 'ladder.representative' })}</label
                  >
                  <input
                    id="${id}-rep"
                    type="text"
                    maxlength=${LIMITS.name}
                    .value=${live(g.representative)}
                    @input=${(e: Event) => actions.group(g.id, { representative: typed(e) })}
                  />
                </div>
                <div class="field">
                  <label for="${id}-back">
                    ${msg(
                      'Hoe haalt de vertegenwoordiger de stem van de groep op, en hoe hoort de groep wat ermee gebeurt?',
                      { id: 'ladder.feedback' },
                    )}
                  </label>
                  <textarea
                    id="${id}-back"
                    maxlength=${LIMITS.text}
                    .value=${live(g.feedback)}
                    @input=${(e: Event) => actions.group(g.id, { feedback: typed(e) })}
                  ></textarea>
                </div>
              </div>`
            : nothing
        }
        <div class="field">
          <label for="${id}-note">${msg('Notitie', { id: 'ladder.note' })}</label>
          <textarea
            id="${id}-note"
            maxlength=${LIMITS.text}
            .value=${live(a?.note ?? '')}
            @input=${(e: Event) => set({ note: typed(e) })}
          ></textarea>
        </div>
        ${
          own
            ? html`<button type="button" class="danger" @click=${() => actions.removeOwn(item.id)}>
                ${msg('Actie verwijderen', { id: 'plan.remove' })}
              </button>`
            : nothing
        }
      </div>
    </details>
  </li>`;
}
