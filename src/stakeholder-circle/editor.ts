/**
 * The form that adds a stakeholder or changes one (its name, ring, sector, involvement, rung,
 * marks and note), and while it is closed the button that opens it. The element keeps the draft
 * and decides what saving means; the form shows the draft and reports what the user does.
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { heading } from '../core/heading.js';
import { typed } from '../core/input.js';
import { INVOLVEMENTS, INVOLVEMENT_TEXT, RINGS, RING_TEXT, type Sector } from '../content/circle.js';
import { RUNGS } from '../content/rungs.js';
import { LIMITS } from '../core/schema.js';
import type { Stakeholder } from './value.js';

/** A stakeholder being edited, or a new one (no id yet). */
export type Draft = Omit<Stakeholder, 'id'> & { id: string | null };

/** A new stakeholder in `sector`: a citizen or person with a care need, involved, nothing else known. */
export const blankDraft = (sector: string): Draft => ({
  id: null,
  name: '',
  ring: 'person',
  sector,
  involvement: 'involved',
  level: null,
  hardToReach: false,
  expert: false,
  note: '',
});

/** The draft's fields chosen from a list. */
type ChoiceField = 'ring' | 'sector' | 'involvement' | 'level';

/** What the user does with the form. */
export interface EditorActions {
  /** Opens the form for a new stakeholder. */
  open(): void;
  /** A field changed: `patch` holds its new value. */
  update(patch: Partial<Draft>): void;
  /** The form was submitted (Enter, or the save button). */
  save(e: Event): void;
  /** The stakeholder being edited is to be removed. */
  remove(id: string): void;
  close(): void;
}

/** The form for `draft`, with `problem` (why it cannot be saved) below it; the "add" button while there is no draft. */
export function renderEditor(
  draft: Draft | null,
  problem: string,
  sectors: readonly Sector[],
  actions: EditorActions,
  level = 3,
): TemplateResult {
  if (!draft)
    return html`<p class="add-open">
      <button type="button" class="primary" @click=${actions.open}>
        ${msg('Betrokkene toevoegen', { id: 'circle.add' })}
      </button>
    </p>`;
  const { update } = actions;
  const value = (e: Event) => (e.target as HTMLInputElement).value;
  /** A field chosen from a list, in a `<select id="s-…">` named after it; the empty value is null (no rung). */
  const choice = (field: ChoiceField, label: string, options: Array<[value: string, text: string]>) =>
    html`<div class="field">
      <label for="s-${field}">${label}</label>
      <select id="s-${field}" @change=${(e: Event) => update({ [field]: value(e) || null })}>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${(draft[field] ?? '') === v}>${text}</option>`)}
      </select>
    </div>`;
  return html`<form class="editor" part="editor" @submit=${actions.save} novalidate aria-labelledby="editor-title">
    ${heading(
      level,
      draft.id ? msg('Betrokkene wijzigen', { id: 'circle.edit' }) : msg('Nieuwe betrokkene', { id: 'circle.new' }),
      { id: 'editor-title' },
    )}
    <div class="grid">
      <div class="field wide">
        <label for="s-name">${msg('Naam', { id: 'circle.f.name' })}</label>
        <input
          id="s-name"
          type="text"
          maxlength=${LIMITS.name}
          .value=${live(draft.name)}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby="form-problem"
          @input=${(e: Event) => update({ name: typed(e) })}
        />
      </div>
      ${choice(
        'ring',
        msg('Ring', { id: 'circle.f.ring' }),
        RINGS.map((r) => [r, RING_TEXT[r].name()]),
      )}
      ${choice(
        'sector',
        msg('Sector', { id: 'circle.f.sector' }),
        sectors.map((s) => [s.id, s.name]),
      )}
      ${choice(
        'involvement',
        msg('Betrokken?', { id: 'circle.f.involvement' }),
        INVOLVEMENTS.map((i) => [i, INVOLVEMENT_TEXT[i]()]),
      )}
      ${choice('level', msg('Trede op de participatieladder', { id: 'circle.f.level' }), [
        ['', msg('Nog niet gekozen', { id: 'circle.f.level.none' })],
        ...RUNGS.map((r): [string, string] => [r.id, `${r.step}. ${r.name()}`]),
      ])}
      <label class="option">
        <input
          type="checkbox"
          .checked=${draft.hardToReach}
          @change=${(e: Event) => update({ hardToReach: (e.target as HTMLInputElement).checked })}
        />
        <span>${msg('Moeilijk bereikbare groep', { id: 'circle.f.hard' })}</span>
      </label>
      <label class="option">
        <input
          id="s-expert"
          type="checkbox"
          .checked=${draft.expert}
          @change=${(e: Event) => update({ expert: (e.target as HTMLInputElement).checked })}
        />
        <span>${msg('Ervaringsdeskundige', { id: 'circle.f.expert' })}</span>
      </label>
      <div class="field wide">
        <label for="s-note">${msg('Notitie', { id: 'ladder.note' })}</label>
        <textarea
          id="s-note"
          maxlength=${LIMITS.text}
          .value=${live(draft.note)}
          @input=${(e: Event) => update({ note: typed(e) })}
        ></textarea>
      </div>
    </div>
    <p id="form-problem" class="problem" ?hidden=${!problem}>${problem}</p>
    <div class="buttons">
      <button type="submit" class="primary">
        ${draft.id ? msg('Bewaren', { id: 'circle.save' }) : msg('Toevoegen', { id: 'circle.add.short' })}
      </button>
      ${draft.id ? html`<button type="button" class="danger" @click=${() => actions.remove(draft.id!)}>${msg('Verwijderen', { id: 'circle.remove' })}</button>` : nothing}
      <button type="button" @click=${actions.close}>${msg('Sluiten', { id: 'core.action.close' })}</button>
    </div>
  </form>`;
}
