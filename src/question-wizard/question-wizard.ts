import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { PHASES, PHASE_TEXT, type PhaseId, type Question } from '../content/questions.js';
import { guidanceStyles, parseGuidance, renderGuidance, type Guidance } from '../content/guidance.js';
import { ElzElement } from '../core/element.js';
import type { Names } from '../core/together.js';
import { heading } from '../core/heading.js';
import { currentLocale } from '../core/locale.js';
import { object, type Plain, type ValueSchema } from '../core/schema.js';
import { coreStyles, stepStyles } from '../core/styles.js';
import { renderAnswers, renderQuestion } from './question-view.js';
import { wizardStyles } from './question-wizard.styles.js';
import {
  STEPS,
  answerOf,
  answered,
  emptyWizard,
  nextCycle,
  parseQuestionSet,
  questionsFor,
  wizardSchema,
  type Answer,
  type Answers,
  type HostQuestion,
  type Step,
  type WizardValue,
} from './value.js';

/** The inline settings as an object: `{"questions": […], "guidance": …}`, both optional. */
const settings = object({ questions: (v) => v, guidance: (v) => v }, { questions: null, guidance: null });

/**
 * The supporting questions of the engagement tool in three phases — discover the target group,
 * understand it, hand it the direction — and a summary, inside a Plan-Do-Check-Act cycle: from
 * the summary a new cycle starts, with the earlier answers as a starting point and check questions.
 *
 * @summary The three-phase question wizard of the engagement tool.
 * @tag elz-question-wizard
 *
 * @fires {CustomEvent<WizardValue>} elz-change - After every change by the user or through `value`; `detail` is the whole value.
 * @fires {CustomEvent<WizardValue>} elz-complete - The user marked the cycle as finished; `detail` is the whole value.
 * @fires {CustomEvent<ElzErrorDetail>} elz-error - Something was refused or cannot be saved; `detail` is `{code, message}`.
 *
 * @csspart base - The element's wrapper.
 * @csspart heading - The title.
 * @csspart steps - The list of steps (phases and summary).
 * @csspart phase - The questions of the current phase, or the summary.
 * @csspart question - One question.
 * @csspart guidance - The partner's own explanation and links (see `guidance`).
 * @csspart status - The live region with messages.
 * @csspart notice - One message.
 * @csspart actions - Download, share with a link, open, start over, forget.
 * @csspart shared - Above work a link brought: what it is, and take over, merge or close.
 * @csspart share - The link to the work, to copy.
 * @csspart import-choice - A file chosen while there is work: replace or merge.
 * @csspart merge - The differences of a merge, each with both versions to choose from.
 */
@localized()
export class ElzQuestionWizard extends ElzElement<WizardValue> {
  static override styles = [coreStyles, stepStyles, wizardStyles, guidanceStyles];

  /** The host's own question set, validated; null for the default set. */
  private readonly questionSetting = this.setting('questions', parseQuestionSet);
  private readonly guidanceSetting = this.setting('guidance', parseGuidance);

  /**
   * Questions not asked here because the page shows their answer elsewhere (the engagement tool
   * shows the ladder's rungs and ways of taking part instead).
   * @internal
   */
  @property({ attribute: false }) skip: readonly string[] = [];
  private moved = false;

  /**
   * A question set of the page's own instead of the default one: a list of
   * `{id, phase, kind, text, help?, options?, optional?, check?}` with texts as a string or per
   * language (`{"nl": "…", "fr": "…"}`). Also read from an inline `<script type="application/json">`
   * child. Invalid sets are refused whole (TypeError and `elz-error`), and the set stays as it was.
   */
  get questions(): HostQuestion[] | null {
    return this.questionSetting.copy();
  }

  set questions(input: unknown) {
    this.questionSetting.set(input);
  }

  /**
   * The page's own guidance per phase: a few sentences and links to its methods, shown under the
   * phase's introduction. `{"phases": {"discover": {"text": "…", "links": [{"label": "…", "url":
   * "https://…"}]}}}`, texts and labels as a string or per language (`{"nl": "…", "fr": "…"}`);
   * `rungs` (for the ladder) may be there too. At most 1,000 characters of text and 5 links per
   * phase; links only to `https:` or `http:` addresses, opened in a new tab. Also read from an inline
   * `<script type="application/json">` child, as `{"guidance": …}` (beside `"questions"`). Refused whole
   * (TypeError and `elz-error`) when invalid: an unknown phase, a link that is no web address, a text
   * too long; the guidance stays as it was.
   */
  get guidance(): Guidance | null {
    return this.guidanceSetting.copy();
  }

  set guidance(input: unknown) {
    this.guidanceSetting.set(input);
  }

  /** The host's own question set, validated; null for the default set. */
  private get hostSet(): HostQuestion[] | null {
    return this.questionSetting.value;
  }

  private get hostGuidance(): Guidance | null {
    return this.guidanceSetting.value;
  }

  protected get valueSchema(): ValueSchema<WizardValue> {
    return wizardSchema;
  }

  protected emptyValue(): WizardValue {
    return emptyWizard();
  }

  protected override get fileBase(): string {
    return msg('vragen', { id: 'wizard.file' });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A list is a question set; an object holds `questions` and `guidance`. Both are checked before either is taken.
    if (!this.hostSet && !this.hostGuidance)
      this.readInlineJson('questions', (data) => {
        const { questions, guidance } = Array.isArray(data)
          ? { questions: data, guidance: null }
          : settings(data as Plain, '');
        const set = questions === null ? null : parseQuestionSet(questions);
        this.guidanceSetting.take(parseGuidance(guidance));
        this.questionSetting.take(set);
      });
  }

  /** The questions of this cycle, in the current language. */
  private get list(): Question[] {
    return questionsFor(this.hostSet, this.state.cycle, this.skip);
  }

  protected override get names(): Names {
    return { question: (id) => questionsFor(this.hostSet, Infinity).find((q) => q.id === id)?.text };
  }

  /**
   * Inside the engagement tool, which leads from phase to phase: the heading of the phase shown
   * takes the focus.
   * @internal
   */
  async focusStep(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  // ── edits ──────────────────────────────────────────────────────────────────────────────────────

  private answer(id: string, a: Answer | undefined) {
    const { [id]: _old, ...answers }: Answers = this.state.answers;
    void _old;
    this.change({ ...this.state, answers: answered(a) ? { ...answers, [id]: a! } : answers });
  }

  private go(step: Step) {
    if (step === this.state.phase) return;
    this.moved = true;
    this.change({ ...this.state, phase: step });
  }

  private finish() {
    if (!this.change({ ...this.state, completedAt: new Date().toISOString() })) return;
    this.dispatchEvent(new CustomEvent('elz-complete', { detail: this.value, bubbles: true, composed: true }));
    this.announce(msg('De ronde is afgerond.', { id: 'wizard.finished' }));
    // The button is gone: focus goes to the summary's heading, not to the page.
    this.moved = true;
  }

  /** PDCA: the finished cycle goes to history; the next starts from its answers. */
  private newCycle() {
    this.moved = true;
    this.change(nextCycle(this.state));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.moved) return;
    this.moved = false;
    // A new step: its heading takes the focus, so screen readers hear where they are.
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  // ── rendering ──────────────────────────────────────────────────────────────────────────────────

  protected renderContent(): TemplateResult {
    const list = this.list;
    const done = list.filter((q) => answered(answerOf(this.state.answers, q.id))).length;
    // Inside the engagement tool the tool's own summary follows the last phase.
    const phase = this.state.phase;
    const step = !this.editable ? 'summary' : this.embedded && phase === 'summary' ? PHASES[PHASES.length - 1] : phase;
    return html`
      ${heading(this.headingLevel, msg('Vragen over betrokkenheid', { id: 'wizard.title' }), { part: 'heading', focusable: true })}
      <p class="intro">
        ${msg(str`Ronde ${this.state.cycle}.`, { id: 'wizard.cycle' })}
        ${msg(str`${done} van ${list.length} vragen beantwoord.`, { id: 'wizard.progress' })}
        ${
          this.state.cycle > 1 && this.editable
            ? msg('De antwoorden van de vorige ronde staan er al. Pas aan wat veranderd is.', { id: 'wizard.carried' })
            : nothing
        }
      </p>
      <progress max=${list.length} .value=${done} aria-hidden="true"></progress>
      ${this.editable && !this.embedded ? this.renderSteps(list, step) : nothing}
      <section part="phase" aria-labelledby="step-heading">
        ${step === 'summary' ? this.renderSummary(list) : this.renderPhase(step, list)}
      </section>
    `;
  }

  private stepName(step: Step) {
    return step === 'summary' ? msg('Overzicht', { id: 'wizard.summary' }) : PHASE_TEXT[step].name();
  }

  /** The steps shown: the phases, and the summary unless the engagement tool has its own. */
  private get steps(): readonly Step[] {
    return this.embedded ? PHASES : STEPS;
  }

  private renderSteps(list: Question[], current: Step) {
    return html`<nav part="steps" aria-label=${msg('Stappen', { id: 'wizard.steps' })}>
      <ol class="steps">
        ${this.steps.map((s, i) => {
          const qs = list.filter((q) => q.phase === s);
          const count =
            s === 'summary'
              ? ''
              : `${qs.filter((q) => answered(answerOf(this.state.answers, q.id))).length}/${qs.length}`;
          return html`<li>
            <button type="button" aria-current=${s === current ? 'step' : 'false'} @click=${() => this.go(s)}>
              <span class="n" aria-hidden="true">${i + 1}</span> ${this.stepName(s)}
              ${count ? html`<span class="tally">${count}</span>` : nothing}
            </button>
          </li>`;
        })}
      </ol>
    </nav>`;
  }

  private renderPhase(phase: PhaseId, list: Question[]) {
    const index = STEPS.indexOf(phase);
    return html`
      ${heading(this.headingLevel + 1, `${index + 1}. ${PHASE_TEXT[phase].name()}`, { id: 'step-heading', focusable: true })}
      <p class="intro">${PHASE_TEXT[phase].intro()}</p>
      ${renderGuidance(this.hostGuidance?.phases?.[phase], msg('Tips en methodes van de organisatie achter deze pagina', { id: 'guidance.title' }))}
      <ol class="questions">
        ${list.map((q, i) =>
          q.phase === phase
            ? renderQuestion(
                q,
                `q${i}`,
                () => this.state.answers,
                (id, a) => this.answer(id, a),
              )
            : nothing,
        )}
      </ol>
      ${this.embedded ? nothing : this.renderPhaseNav(index)}
    `;
  }

  /** Back and forward; inside the engagement tool, the tool leads. */
  private renderPhaseNav(index: number) {
    return html`<div class="step-nav">
      ${
        index > 0
          ? html`<button type="button" @click=${() => this.go(STEPS[index - 1])}>
              ${msg('Vorige', { id: 'wizard.back' })}
            </button>`
          : nothing
      }
      ${
        index + 1 < this.steps.length
          ? html`<button type="button" class="primary" @click=${() => this.go(STEPS[index + 1])}>
              ${msg(str`Verder: ${this.stepName(STEPS[index + 1])}`, { id: 'wizard.next' })}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderSummary(list: Question[]) {
    const { completedAt, history } = this.state;
    // Earlier cycles are shown with the whole set, check questions included.
    const all = history.length ? questionsFor(this.hostSet, Infinity) : [];
    const date = (iso: string) => new Date(iso).toLocaleDateString(currentLocale());
    return html`
      ${heading(this.headingLevel + 1, `${this.editable ? `${STEPS.length}. ` : ''}${this.stepName('summary')}`, {
        id: 'step-heading',
        focusable: true,
      })}
      ${renderAnswers(this.state.answers, list, this.headingLevel + 2)}
      <p class="done" ?hidden=${!completedAt}>
        ${completedAt ? msg(str`Deze ronde is afgerond op ${date(completedAt)}.`, { id: 'wizard.done-on' }) : ''}
      </p>
      ${
        this.editable
          ? html`<div class="step-nav no-print">
              <button type="button" @click=${() => this.go(PHASES[PHASES.length - 1])}>
                ${msg('Vorige', { id: 'wizard.back' })}
              </button>
              ${
                completedAt
                  ? nothing
                  : html`<button type="button" class="primary" @click=${this.finish}>
                      ${msg('Ronde afronden', { id: 'wizard.finish' })}
                    </button>`
              }
              <button type="button" @click=${() => window.print()}>${msg('Afdrukken', { id: 'wizard.print' })}</button>
              <button type="button" @click=${this.newCycle}>
                ${msg('Nieuwe ronde starten', { id: 'wizard.new-cycle' })}
              </button>
            </div>`
          : nothing
      }
      ${
        history.length
          ? html`<details class="history">
              <summary>${msg(str`Eerdere rondes (${history.length})`, { id: 'wizard.history' })}</summary>
              ${history.map(
                (c) =>
                  html`<section class="cycle">
                    ${heading(this.headingLevel + 2, msg(str`Ronde ${c.cycle}`, { id: 'wizard.cycle-title' }))}
                    ${renderAnswers(c.answers, all, this.headingLevel + 3, true)}
                  </section>`,
              )}
            </details>`
          : nothing
      }
    `;
  }
}
