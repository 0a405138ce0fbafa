/**
 * The tool's last step: the report a team takes into its meeting — what stands out, who, how far,
 * what we do, and what moved since the round before — with finishing, printing and a new round.
 * Loaded with the plan (see `later.ts`).
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Sector } from '../content/circle.js';
import type { Question } from '../content/questions.js';
import { currentLocale, type Locale } from '../core/locale.js';
import { isolate } from '../core/messages.js';
import { LIMITS } from '../core/schema.js';
import type { LadderValue } from '../participation-ladder/value.js';
import { circleHints, hintText } from '../stakeholder-circle/hints.js';
import { renderComparison, renderLadderTable, renderPlanTable, renderRounds } from './report.js';
import { compare } from './rounds.js';
import type { ToolValue } from './value.js';

/** What the summary shows and what its buttons do, given by the tool. */
export interface SummaryView {
  value: ToolValue;
  sectors: Sector[];
  /** Every question the work can hold an answer to (the check questions among them). */
  questions: Question[];
  editable: boolean;
  /** The circle and the answers, as the tool shows them read-only. */
  circle: TemplateResult;
  wizard: TemplateResult;
  /** Earlier rounds opened so far (each is built when first opened). */
  roundsOpened: ReadonlySet<number>;
  openRound(round: number): void;
  finish(): void;
  newRound(): void;
  moveRoundsOut(): void;
  /** The report as a document: its language (the page's unless chosen), copied or downloaded. */
  report: {
    locale: Locale;
    choose(locale: Locale): void;
    copy(): void;
    download(): void;
    /** In a disabled form: like the form's own fields, out of reach. */
    disabled: boolean;
  };
}

/** Each language by its own name, so that a reader finds it whatever the page shows; Brussels' two first. */
const LANGUAGE_NAMES: Record<Locale, string> = { nl: 'Nederlands', fr: 'Français', en: 'English', de: 'Deutsch' };
const LANGUAGES = Object.keys(LANGUAGE_NAMES) as Locale[];

export function renderSummary(view: SummaryView): TemplateResult {
  const { value, sectors, questions: all } = view;
  const { circle, ladder, wizard, completedAt, plan, rounds } = value;
  const hints = [...circleHints(circle, sectors).map((h) => hintText(h, sectors)), ...ladderHints(ladder)];
  const date = (iso: string) => new Date(iso).toLocaleDateString(currentLocale());
  const before = rounds.at(-1);
  return html`<div class="summary" part="summary">
    ${
      value.round > 1
        ? html`<p class="round">${msg(str`Ronde ${value.round}`, { id: 'wizard.cycle-title' })}</p>`
        : nothing
    }
    <section class="balance">
      <h3>${msg('Wat valt op?', { id: 'circle.hints' })}</h3>
      ${
        hints.length
          ? html`<ul>
              ${hints.map((h) => html`<li>${h}</li>`)}
            </ul>`
          : html`<p>${msg('Geen gaten gevonden. Kijk toch samen nog eens na.', { id: 'circle.no-hints' })}</p>`
      }
    </section>
    ${
      before
        ? renderComparison(
            compare(before, value),
            all.filter((q) => q.check),
            wizard.answers,
            3,
          )
        : nothing
    }
    ${renderPlanTable(plan, 'plan-title', 3)} ${view.circle} ${renderLadderTable(ladder, 'ladder-title', 3)}
    ${view.wizard}
    <p class="done" ?hidden=${!completedAt}>
      ${completedAt ? msg(str`Afgerond op ${date(completedAt)}.`, { id: 'tool.done-on' }) : ''}
    </p>
    ${renderReportActions(view)} ${view.editable ? renderSummaryActions(view) : nothing}
    ${rounds.length ? renderRounds(rounds, view.roundsOpened, view.openRound, all, 3) : nothing}
  </div>`;
}

/** The report for the meeting: copied as rich text or saved as one file, in the language chosen. Also when read-only. */
function renderReportActions({ report }: SummaryView) {
  return html`<section class="report-actions no-print" part="report" aria-labelledby="report-actions-title">
    <h4 id="report-actions-title">${msg('Het verslag voor uw vergadering', { id: 'report.actions' })}</h4>
    <p class="field">
      <label for="report-locale">${msg('Taal van het verslag', { id: 'report.language' })}</label>
      <select
        id="report-locale"
        ?disabled=${report.disabled}
        @change=${(e: Event) => report.choose((e.target as HTMLSelectElement).value as Locale)}
      >
        ${LANGUAGES.map(
          (l) => html`<option value=${l} lang=${l} ?selected=${l === report.locale}>${LANGUAGE_NAMES[l]}</option>`,
        )}
      </select>
    </p>
    <p class="buttons">
      <button type="button" @click=${report.copy}>${msg('Verslag kopiëren', { id: 'report.copy' })}</button>
      <button type="button" @click=${report.download}>${msg('Verslag downloaden', { id: 'report.download' })}</button>
    </p>
  </section>`;
}

/** Finish, print, a new round; near the size limit, taking earlier rounds out to a file. */
function renderSummaryActions(view: SummaryView) {
  const { completedAt, rounds } = view.value;
  // Near the size limit, earlier rounds can leave the work (to a file) before a new round is refused.
  const size = JSON.stringify(view.value).length;
  const full = rounds.length > 0 && size > LIMITS.bytes * 0.75;
  return html`<div class="step-nav no-print">
      ${
        completedAt
          ? nothing
          : html`<button type="button" class="primary" @click=${view.finish}>
              ${msg('Afronden', { id: 'tool.finish' })}
            </button>`
      }
      <button type="button" @click=${() => window.print()}>${msg('Afdrukken', { id: 'wizard.print' })}</button>
      <button type="button" @click=${view.newRound} aria-describedby="pdca">
        ${msg('Nieuwe ronde starten', { id: 'wizard.new-cycle' })}
      </button>
    </div>
    <p class="pdca no-print" id="pdca">
      ${msg(
        'Plannen, doen, nakijken, bijsturen (de PDCA-cirkel): zo werkt u in rondes. Een nieuwe ronde bewaart deze ronde zoals ze is. U begint opnieuw bij stap 1, met wat u nu weet, en ziet daarna wat er veranderde.',
        { id: 'round.pdca' },
      )}
    </p>
    ${
      full
        ? html`<div class="notice warning no-print">
            <p>
              ${msg(
                str`Uw werk is ${Math.round(size / 1024)} kB groot; het mag niet groter worden dan ${Math.round(LIMITS.bytes / 1024)} kB. Bewaar de eerdere rondes in een bestand om plaats te maken.`,
                { id: 'round.nearly-full' },
              )}
            </p>
            <button type="button" @click=${view.moveRoundsOut}>
              ${msg('Eerdere rondes downloaden en hier weghalen', { id: 'round.move-out' })}
            </button>
          </div>`
        : nothing
    }`;
}

/** Groups without an ambition yet, and groups whose ambition is higher than where they stand. */
function ladderHints(ladder: LadderValue): string[] {
  const open = ladder.groups.filter((g) => !g.target).map((g) => g.name);
  return open.length
    ? [msg(str`Nog geen doel op de ladder voor: ${open.map(isolate).join(', ')}.`, { id: 'tool.hint.no-target' })]
    : [];
}
