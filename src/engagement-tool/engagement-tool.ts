import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { PHASES, PHASE_TEXT, type PhaseId } from '../content/questions.js';
import { MODE_TEXT, describeGroup, rungById } from '../content/rungs.js';
import { ElzElement } from '../core/element.js';
import { isolate } from '../core/messages.js';
import { currentLocale } from '../core/locale.js';
import { object, type Plain, type ValueSchema } from '../core/schema.js';
import { coreStyles, stepStyles } from '../core/styles.js';
import type { LadderGroup, LadderValue } from '../participation-ladder/value.js';
import type { ElzQuestionWizard } from '../question-wizard/question-wizard.js';
import {
  ASKED_BY_THE_LADDER,
  answerOf,
  answered,
  nextCycle,
  parseQuestionSet,
  questionsFor,
  type HostQuestion,
  type WizardValue,
} from '../question-wizard/value.js';
import { circleHints, hintText } from '../stakeholder-circle/hints.js';
import { localizeSectors, sectorSetting, type CircleValue, type HostSector } from '../stakeholder-circle/value.js';
import { toolStyles } from './engagement-tool.styles.js';
import { CIRCLE_PARTS, LADDER_PARTS, WIZARD_PARTS } from './parts.js';
import { TOOL_STEPS, emptyTool, ladderGroups, toolSchema, withLevels, type ToolStep, type ToolValue } from './value.js';

/** Refuses an inline settings object with keys other than these two. */
const settings = object({ sectors: (v) => v, questions: (v) => v }, { sectors: null, questions: null });

/** Where the user can be, in order: step 3 has the three phases of the questions. */
interface Place {
  step: ToolStep;
  phase?: PhaseId;
}
const PLACES: readonly Place[] = TOOL_STEPS.flatMap((step): Place[] =>
  step === 'questions' ? PHASES.map((phase) => ({ step, phase })) : [{ step }],
);

/**
 * The whole engagement tool (betrokkenheidstool) in one element: who is involved (the stakeholder
 * circle), how far each of them takes part now and the ambition (the participation ladder), the
 * supporting questions in three phases, and a summary a team takes into its meeting. The parts
 * feed each other: the ladder's groups are the circle's stakeholders, and a level set on the ladder
 * shows on the circle.
 *
 * The tool keeps the whole value. Each part shows the slice the tool gives it and reports the
 * user's edits back (`elz-edit`); it never announces a value of its own, so nothing can echo.
 *
 * @summary The whole engagement tool: circle, ladder, questions and summary.
 * @tag elz-engagement-tool
 *
 * @fires {CustomEvent<ToolValue>} elz-change - After every change by the user or through `value`; `detail` is the whole value. The parts' own events stay inside.
 * @fires {CustomEvent<ToolValue>} elz-complete - The user marked the result as done; `detail` is the whole value.
 * @fires {CustomEvent<ElzErrorDetail>} elz-error - Something was refused or cannot be saved; `detail` is `{code, message}`.
 *
 * @csspart base - The element's wrapper.
 * @csspart heading - The title.
 * @csspart steps - The list of the four steps.
 * @csspart step - The current step.
 * @csspart summary - The summary report.
 * @csspart status - The live region with messages.
 * @csspart notice - One message.
 * @csspart actions - Download, open, start over, forget.
 * @csspart circle-base - Inside the circle (step 1 and the summary): its wrapper.
 * @csspart circle-heading - Inside the circle: its title.
 * @csspart circle-picture - Inside the circle: the picture.
 * @csspart circle-hints - Inside the circle: what stands out.
 * @csspart circle-counts - Inside the circle: how many per ring and sector.
 * @csspart circle-list - Inside the circle: everyone, by ring.
 * @csspart circle-editor - Inside the circle: the form that adds or changes a stakeholder.
 * @csspart circle-status - Inside the circle: its messages.
 * @csspart circle-notice - Inside the circle: one message.
 * @csspart ladder-base - Inside the ladder (step 2): its wrapper.
 * @csspart ladder-heading - Inside the ladder: its title.
 * @csspart ladder-picture - Inside the ladder: the overview of all groups.
 * @csspart ladder-explanation - Inside the ladder: what the rungs mean.
 * @csspart ladder-group - Inside the ladder: one group's card.
 * @csspart ladder-status - Inside the ladder: its messages.
 * @csspart ladder-notice - Inside the ladder: one message.
 * @csspart wizard-base - Inside the questions (step 3 and the summary): their wrapper.
 * @csspart wizard-heading - Inside the questions: their title.
 * @csspart wizard-phase - Inside the questions: the current phase.
 * @csspart wizard-question - Inside the questions: one question.
 * @csspart wizard-status - Inside the questions: their messages.
 * @csspart wizard-notice - Inside the questions: one message.
 *
 * @cssprop [--elz-accent=#005a70] - Main colour.
 * @cssprop [--elz-accent-contrast=#ffffff] - Text on the main colour.
 * @cssprop [--elz-text=inherit] - Text colour.
 * @cssprop [--elz-muted=#4a5560] - Secondary text.
 * @cssprop [--elz-surface=#ffffff] - Background of cards and fields.
 * @cssprop [--elz-surface-alt=#f3f6f8] - Background of panels.
 * @cssprop [--elz-border=#8a99a6] - Borders.
 * @cssprop [--elz-radius=6px] - Corner radius.
 * @cssprop [--elz-warning=#fff3cd] - Background of warnings.
 * @cssprop [--elz-danger=#a4161a] - Errors and destructive buttons.
 */
@localized()
export class ElzEngagementTool extends ElzElement<ToolValue> {
  static override styles = [coreStyles, stepStyles, toolStyles];

  @state() private hostSectors: HostSector[] | null = null;
  @state() private hostQuestions: HostQuestion[] | null = null;
  /** Ladder groups of stakeholders removed in this visit: undo in the circle brings their notes back. */
  private removedGroups = new Map<string, LadderGroup>();
  /** After the next render, the focus goes to the heading of the step or of the phase shown. */
  private focusAfterUpdate: 'step' | 'phase' | null = null;

  constructor() {
    super();
    this.takeEarly('sectors', (early) => this.setSectors(early, false));
    this.takeEarly('questions', (early) => this.setQuestions(early, false));
  }

  /**
   * The page's own sectors for the circle (see `<elz-stakeholder-circle>`). Refused whole when
   * invalid or when a stakeholder uses a sector it leaves out.
   */
  get sectors(): HostSector[] | null {
    return this.hostSectors && (JSON.parse(JSON.stringify(this.hostSectors)) as HostSector[]);
  }

  set sectors(input: unknown) {
    this.setSectors(input, true);
  }

  /** The page's own question set for step 3 (see `<elz-question-wizard>`). Refused whole when invalid. */
  get questions(): HostQuestion[] | null {
    return this.hostQuestions && (JSON.parse(JSON.stringify(this.hostQuestions)) as HostQuestion[]);
  }

  set questions(input: unknown) {
    this.setQuestions(input, true);
  }

  private setSectors(input: unknown, report: boolean) {
    this.hostSectors = this.validate(() => sectorSetting(input, this.state.circle.stakeholders), report);
  }

  private setQuestions(input: unknown, report: boolean) {
    this.hostQuestions =
      input === null || input === undefined ? null : this.validate(() => parseQuestionSet(input), report);
  }

  protected get valueSchema(): ValueSchema<ToolValue> {
    return toolSchema(this.hostSectors?.map((s) => s.id));
  }

  /** Stored work reads whatever sectors the page sets, and when: the circle shows any it does not name. */
  protected override get storedSchema(): ValueSchema<ToolValue> {
    return toolSchema('any');
  }

  protected emptyValue(): ToolValue {
    return emptyTool();
  }

  protected override get fileBase(): string {
    return msg('betrokkenheidstool', { id: 'tool.file' });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // `{"sectors": […], "questions": […]}`, both optional.
    if (!this.hostSectors && !this.hostQuestions)
      this.readInlineJson('settings', (data) => {
        // Both are checked before either is taken: a half-applied setting is refused whole.
        const { sectors, questions } = settings(data as Plain, '');
        const sectorList = sectors === null ? null : sectorSetting(sectors, this.state.circle.stakeholders);
        const questionSet = questions === null ? null : parseQuestionSet(questions);
        this.hostSectors = sectorList;
        this.hostQuestions = questionSet;
      });
  }

  // ── the parts feed each other ──────────────────────────────────────────────────────────────────

  private onCircle(e: CustomEvent<CircleValue>) {
    const circle = e.detail;
    const ids = new Set(circle.stakeholders.map((s) => s.id));
    const removed = new Set(this.state.circle.stakeholders.filter((s) => !ids.has(s.id)).map((s) => s.id));
    for (const g of this.state.ladder.groups) if (removed.has(g.id)) this.removedGroups.set(g.id, g);
    const groups = ladderGroups(circle.stakeholders, this.state.ladder.groups, removed, this.removedGroups);
    this.change({ ...this.state, circle, ladder: { ...this.state.ladder, groups } });
  }

  private onLadder(e: CustomEvent<LadderValue>) {
    const ladder = e.detail;
    this.change({ ...this.state, ladder, circle: withLevels(this.state.circle, ladder.groups) });
  }

  private onWizard(e: CustomEvent<WizardValue>) {
    this.change({ ...this.state, wizard: e.detail });
  }

  // ── moving through the tool ────────────────────────────────────────────────────────────────────

  /** Where the user is; inside step 3, the phase the questions are at (the summary counts as the last). */
  private get place(): number {
    const { step, wizard } = this.state;
    if (step !== 'questions') return PLACES.findIndex((p) => p.step === step);
    const phase = PHASES.indexOf(wizard.phase as PhaseId);
    return PLACES.findIndex((p) => p.step === 'questions') + (phase < 0 ? PHASES.length - 1 : phase);
  }

  private go(place: Place) {
    const { step, wizard } = this.state;
    const phase = place.phase ?? wizard.phase;
    if (place.step === step && phase === wizard.phase) return;
    const next = { ...this.state, step: place.step, wizard: phase === wizard.phase ? wizard : { ...wizard, phase } };
    if (!this.change(next)) return;
    // Between phases the phase's heading takes the focus, else the step's.
    this.focusAfterUpdate = place.step === 'questions' && step === 'questions' ? 'phase' : 'step';
  }

  private placeName({ step, phase }: Place): string {
    return phase ? PHASE_TEXT[phase].name() : this.stepName(step);
  }

  private finish() {
    const now = new Date().toISOString();
    if (!this.change({ ...this.state, completedAt: now, wizard: { ...this.state.wizard, completedAt: now } })) return;
    this.dispatchEvent(new CustomEvent('elz-complete', { detail: this.value, bubbles: true, composed: true }));
    this.announce(msg('Het resultaat is afgerond.', { id: 'tool.finished' }));
    // The button is gone: focus goes to the finished summary, not to the page.
    this.focusAfterUpdate = 'step';
  }

  /** PDCA: the questions go to a new cycle (the answers as a start), and the team looks again from step 1. */
  private newCycle() {
    if (this.change({ ...this.state, step: 'circle', completedAt: null, wizard: nextCycle(this.state.wizard) }))
      this.focusAfterUpdate = 'step';
  }

  protected override focusHome(): void {
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const focus = this.focusAfterUpdate;
    this.focusAfterUpdate = null;
    if (focus === 'phase') void this.renderRoot.querySelector<ElzQuestionWizard>('elz-question-wizard')?.focusStep();
    // A new step: its heading takes the focus, so screen readers hear where they are.
    else if (focus === 'step') this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  // ── rendering ──────────────────────────────────────────────────────────────────────────────────

  private stepName(step: ToolStep): string {
    switch (step) {
      case 'circle':
        return msg('Wie is betrokken?', { id: 'circle.title' });
      case 'ladder':
        return msg('Participatieladder', { id: 'ladder.title' });
      case 'questions':
        return msg('Vragen', { id: 'tool.step.questions' });
      case 'summary':
        return msg('Overzicht', { id: 'wizard.summary' });
    }
  }

  protected renderContent(): TemplateResult {
    const step = this.editable ? this.state.step : 'summary';
    const index = TOOL_STEPS.indexOf(step);
    const theme = this.state.circle.theme.trim();
    return html`
      <h2 part="heading">
        ${msg('Betrokkenheidstool', { id: 'tool.title' })}${
          theme
            ? // French puts a (no-break) space before the colon.
              html`<span class="theme">${msg(': ', { id: 'tool.title.colon' })}${theme}</span>`
            : nothing
        }
      </h2>
      ${this.editable ? this.renderSteps(step) : nothing}
      <section class="step" part="step" aria-labelledby="step-heading">
        <p id="step-heading" class="step-label" tabindex="-1">
          ${msg(str`Stap ${index + 1} van ${TOOL_STEPS.length}: ${this.stepName(step)}`, { id: 'tool.step-of' })}
        </p>
        ${this.renderStep(step)} ${this.editable ? this.renderStepNav() : nothing}
      </section>
    `;
  }

  /** The one list of where the user is: the four steps, and in step 3 its three phases. */
  private renderSteps(current: ToolStep) {
    const place = PLACES[this.place];
    return html`<nav part="steps" aria-label=${msg('De vier stappen', { id: 'tool.steps' })}>
      <ol class="steps tool-steps">
        ${TOOL_STEPS.map(
          (s, i) =>
            html`<li>
              <button
                type="button"
                aria-current=${s !== current ? 'false' : s === 'questions' ? 'true' : 'step'}
                @click=${() => this.go({ step: s })}
              >
                <span class="n" aria-hidden="true">${i + 1}</span> <span class="name">${this.stepName(s)}</span>
              </button>
              ${s === 'questions' && current === 'questions' ? this.renderPhases(place.phase!) : nothing}
            </li>`,
        )}
      </ol>
    </nav>`;
  }

  /** The default questions the tool leaves to the ladder; a page's own set is asked whole. */
  private get skipped(): readonly string[] {
    return this.hostQuestions ? [] : ASKED_BY_THE_LADDER;
  }

  private renderPhases(current: PhaseId) {
    const list = questionsFor(this.hostQuestions, this.state.wizard.cycle, this.skipped);
    const { answers } = this.state.wizard;
    return html`<ol class="steps phases">
      ${PHASES.map((p, i) => {
        const qs = list.filter((q) => q.phase === p);
        const done = qs.filter((q) => answered(answerOf(answers, q.id))).length;
        return html`<li>
          <button
            type="button"
            aria-current=${p === current ? 'step' : 'false'}
            @click=${() => this.go({ step: 'questions', phase: p })}
          >
            <span class="n" aria-hidden="true">3.${i + 1}</span> <span class="name">${PHASE_TEXT[p].name()}</span>
            <span class="tally">${done}/${qs.length}</span>
          </button>
        </li>`;
      })}
    </ol>`;
  }

  /** One way back and one way forward, phase by phase through step 3. */
  private renderStepNav() {
    const here = this.place;
    const back = PLACES[here - 1];
    const next = PLACES[here + 1];
    return html`<div class="step-nav no-print">
      ${
        back
          ? html`<button type="button" @click=${() => this.go(back)}>${msg('Vorige', { id: 'wizard.back' })}</button>`
          : nothing
      }
      ${
        next
          ? html`<button type="button" class="primary" @click=${() => this.go(next)}>
              ${msg(str`Verder: ${this.placeName(next)}`, { id: 'wizard.next' })}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderStep(step: ToolStep) {
    const { circle, ladder, wizard } = this.state;
    switch (step) {
      case 'circle':
        return this.renderCircle(circle, false);
      case 'ladder':
        return html`${
            circle.stakeholders.length
              ? html`<p class="from-circle">
                  ${msg('De groepen komen uit stap 1. Een naam wijzigt u daar.', { id: 'tool.ladder.from-circle' })}
                </p>`
              : html`<p class="from-circle">
                  ${msg('Er zijn nog geen betrokkenen. Voeg ze eerst toe in stap 1.', { id: 'tool.ladder.empty' })}
                  <button type="button" class="link" @click=${() => this.go({ step: 'circle' })}>
                    ${msg('Naar stap 1', { id: 'tool.to-circle' })}
                  </button>
                </p>`
          }
          <elz-participation-ladder
            fixed-groups
            exportparts=${LADDER_PARTS}
            .embeddedValue=${ladder}
            @elz-edit=${this.onLadder}
          ></elz-participation-ladder>`;
      case 'questions':
        return html`${this.renderWizard(wizard, false)}${
          this.skipped.length && PLACES[this.place].phase === 'self-direction' ? this.renderFromLadder(ladder) : nothing
        }`;
      case 'summary':
        return this.renderSummary();
    }
  }

  private renderCircle(circle: CircleValue, readonly: boolean) {
    return html`<elz-stakeholder-circle
      exportparts=${CIRCLE_PARTS}
      ?readonly=${readonly}
      .sectors=${this.hostSectors}
      .embeddedValue=${circle}
      @elz-edit=${this.onCircle}
    ></elz-stakeholder-circle>`;
  }

  /** How far each group is to take part, and how: asked on the ladder, so shown here, not asked again. */
  private renderFromLadder(ladder: LadderValue) {
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
        <button type="button" class="link" @click=${() => this.go({ step: 'ladder' })}>
          ${msg('Naar stap 2', { id: 'tool.to-ladder' })}
        </button>
      </p>
    </section>`;
  }

  private renderWizard(wizard: WizardValue, readonly: boolean) {
    return html`<elz-question-wizard
      exportparts=${WIZARD_PARTS}
      ?readonly=${readonly}
      .skip=${this.skipped}
      .questions=${this.hostQuestions}
      .embeddedValue=${wizard}
      @elz-edit=${this.onWizard}
    ></elz-question-wizard>`;
  }

  /** The report a team takes into its meeting. */
  private renderSummary() {
    const { circle, ladder, wizard, completedAt } = this.state;
    const sectors = localizeSectors(this.hostSectors, circle.stakeholders);
    const hints = [...circleHints(circle, sectors).map((h) => hintText(h, sectors)), ...this.ladderHints(ladder)];
    const date = (iso: string) => new Date(iso).toLocaleDateString(currentLocale());
    return html`<div class="summary" part="summary">
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
      ${this.renderCircle(circle, true)} ${this.renderLadderTable(ladder)} ${this.renderWizard(wizard, true)}
      <p class="done" ?hidden=${!completedAt}>
        ${completedAt ? msg(str`Afgerond op ${date(completedAt)}.`, { id: 'tool.done-on' }) : ''}
      </p>
      ${
        this.editable
          ? html`<div class="step-nav no-print">
              ${
                completedAt
                  ? nothing
                  : html`<button type="button" class="primary" @click=${this.finish}>
                      ${msg('Afronden', { id: 'tool.finish' })}
                    </button>`
              }
              <button type="button" @click=${() => window.print()}>${msg('Afdrukken', { id: 'wizard.print' })}</button>
              <button type="button" @click=${this.newCycle}>
                ${msg('Nieuwe ronde starten', { id: 'wizard.new-cycle' })}
              </button>
            </div>`
          : nothing
      }
    </div>`;
  }

  /** Groups without an ambition yet, and groups whose ambition is higher than where they stand. */
  private ladderHints(ladder: LadderValue): string[] {
    const open = ladder.groups.filter((g) => !g.target).map((g) => g.name);
    return open.length
      ? [msg(str`Nog geen doel op de ladder voor: ${open.map(isolate).join(', ')}.`, { id: 'tool.hint.no-target' })]
      : [];
  }

  private renderLadderTable(ladder: LadderValue) {
    const none = msg('nog niet gekozen', { id: 'ladder.not-chosen' });
    return html`<section class="ladder">
      <h3 id="ladder-title">${msg('Participatieladder: nu en doel', { id: 'tool.ladder.title' })}</h3>
      ${
        ladder.groups.length
          ? html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="ladder-title">
              <table>
                <thead>
                  <tr>
                    <th scope="col">${msg('Groep', { id: 'tool.col.group' })}</th>
                    <th scope="col">${msg('Nu', { id: 'ladder.now' })}</th>
                    <th scope="col">${msg('Doel', { id: 'ladder.target' })}</th>
                    <th scope="col">${msg('Manier van meedoen', { id: 'ladder.mode' })}</th>
                    <th scope="col">${msg('Notitie', { id: 'ladder.note' })}</th>
                  </tr>
                </thead>
                <tbody>
                  ${ladder.groups.map(
                    (g) =>
                      html`<tr>
                        <th scope="row">${g.name}</th>
                        <td>${rungById(g.current)?.name() ?? none}</td>
                        <td>${rungById(g.target)?.name() ?? none}</td>
                        <td>${MODE_TEXT[g.mode].name()}</td>
                        <td class="note">${g.note}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : html`<p>${msg('Er zijn nog geen groepen.', { id: 'ladder.empty' })}</p>`
      }
    </section>`;
  }
}
