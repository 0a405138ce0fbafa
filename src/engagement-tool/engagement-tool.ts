import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { parseGuidance, type Guidance } from '../content/guidance.js';
import { ElzElement } from '../core/element.js';
import type { Names } from '../core/together.js';
import { currentLocale, type Locale } from '../core/locale.js';
import { downloadFile } from '../core/file.js';
import { object, type Plain, type ValueSchema } from '../core/schema.js';
import { coreStyles, stepStyles } from '../core/styles.js';
import type { LadderGroup, LadderValue } from '../participation-ladder/value.js';
import type { ElzQuestionWizard } from '../question-wizard/question-wizard.js';
import type { ElzStakeholderCircle } from '../stakeholder-circle/stakeholder-circle.js';
import {
  ASKED_BY_THE_LADDER,
  parseQuestionSet,
  questionsFor,
  type HostQuestion,
  type WizardValue,
} from '../question-wizard/value.js';
import { localizeSectors, sectorSetting, type CircleValue, type HostSector } from '../stakeholder-circle/value.js';
import { toolStyles } from './engagement-tool.styles.js';
import { renderFromCircle, renderFromLadder } from './cross-step.js';
import { isBlank, isExample, renderExampleBanner, renderExampleOffer } from './example-offer.js';
import { introStyles, renderIntro } from './intro.js';
import { PLACES, placeIndex, renderStepNav, renderSteps, stepName, type Navigation, type Place } from './navigation.js';
import { CIRCLE_PARTS, LADDER_PARTS, WIZARD_PARTS } from './parts.js';
import { TOOL_STEPS, emptyTool, ladderGroups, toolSchema, withLevels, type ToolStep, type ToolValue } from './value.js';

/** Refuses an inline settings object with keys other than these. */
const settings = object(
  { sectors: (v) => v, questions: (v) => v, guidance: (v) => v },
  { sectors: null, questions: null, guidance: null },
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
 * @summary The whole engagement tool: circle, ladder, questions, plan and summary.
 * @tag elz-engagement-tool
 *
 * @fires {CustomEvent<ToolValue>} elz-change - After every change by the user or through `value`; `detail` is the whole value. The parts' own events stay inside.
 * @fires {CustomEvent<ToolValue>} elz-complete - The user marked the result as done; `detail` is the whole value.
 * @fires {CustomEvent<ElzErrorDetail>} elz-error - Something was refused or cannot be saved; `detail` is `{code, message}`.
 *
 * @csspart base - The element's wrapper.
 * @csspart heading - The title.
 * @csspart steps - The list of the steps (and, in step 3, its phases).
 * @csspart step - The current step.
 * @csspart intro - Why the tool, what it does and who fills it in, at the start (a team can fold it away).
 * @csspart summary - The summary report.
 * @csspart report - In the summary: the report for the meeting, its language, copy and download.
 * @csspart status - The live region with messages.
 * @csspart notice - One message.
 * @csspart actions - Download, share with a link, open, start over, forget.
 * @csspart shared - Above work a link brought: what it is, and take over, merge or close.
 * @csspart share - The link to the work, to copy.
 * @csspart import-choice - A file chosen while there is work: replace or merge.
 * @csspart merge - The differences of a merge, each with both versions to choose from.
 * @csspart circle-base - Inside the circle (step 1 and the summary): its wrapper.
 * @csspart circle-heading - Inside the circle: its title.
 * @csspart circle-picture - Inside the circle: the picture.
 * @csspart circle-hints - Inside the circle: what stands out.
 * @csspart circle-counts - Inside the circle: how many per ring and sector.
 * @csspart circle-list - Inside the circle: everyone, by ring.
 * @csspart circle-editor - Inside the circle: the form that adds or changes a stakeholder.
 * @csspart circle-suggestions - Inside the circle: the examples of stakeholders to add.
 * @csspart circle-status - Inside the circle: its messages.
 * @csspart circle-notice - Inside the circle: one message.
 * @csspart ladder-base - Inside the ladder (step 2): its wrapper.
 * @csspart ladder-heading - Inside the ladder: its title.
 * @csspart ladder-picture - Inside the ladder: the overview of all groups.
 * @csspart ladder-explanation - Inside the ladder: what the rungs mean.
 * @csspart ladder-group - Inside the ladder: one group's card.
 * @csspart ladder-guidance - Inside the ladder: the partner's guidance for a rung.
 * @csspart ladder-status - Inside the ladder: its messages.
 * @csspart ladder-notice - Inside the ladder: one message.
 * @csspart wizard-base - Inside the questions (step 3 and the summary): their wrapper.
 * @csspart wizard-heading - Inside the questions: their title.
 * @csspart wizard-phase - Inside the questions: the current phase.
 * @csspart wizard-question - Inside the questions: one question.
 * @csspart wizard-guidance - Inside the questions: the partner's guidance for a phase.
 * @csspart wizard-status - Inside the questions: their messages.
 * @csspart wizard-notice - Inside the questions: one message.
 */
@localized()
export class ElzEngagementTool extends ElzElement<ToolValue> {
  static override styles = [coreStyles, stepStyles, toolStyles, introStyles];

  private readonly sectorSetting = this.setting('sectors', (input) =>
    sectorSetting(input, this.state.circle.stakeholders),
  );
  private readonly questionSetting = this.setting('questions', parseQuestionSet);
  private readonly guidanceSetting = this.setting('guidance', parseGuidance);
  /** Ladder groups of stakeholders removed in this visit: undo in the circle brings their notes back. */
  private removedGroups = new Map<string, LadderGroup>();
  /**
   * Whether the introduction is open: at first for a team that starts, folded for one that comes
   * back to its work; from then on as the user leaves it (for this visit, not in the work).
   */
  private introOpen?: boolean;
  /** After the next render, the focus goes to the heading of the step or of the phase shown. */
  private focusAfterUpdate: 'step' | 'phase' | null = null;
  /** Plan items the user opened or closed; the others follow the first one still to fill in. */
  @state() private planOpen = new Map<string, boolean>();
  /** Earlier rounds opened so far (each is built when first opened). */
  @state() private roundsOpened = new Set<number>();
  /** The plan and the report, once loaded (see `later.ts`). */
  @state() private later: typeof import('./later.js') | null = null;
  private loading: Promise<void> | null = null;
  /** The report's language, once the user chose one; else the page's. */
  @state() private reportLocale: Locale | null = null;

  /**
   * The page's own sectors for the circle (see `<elz-stakeholder-circle>`). Refused whole when
   * invalid or when a stakeholder uses a sector it leaves out.
   */
  get sectors(): HostSector[] | null {
    return this.sectorSetting.copy();
  }

  set sectors(input: unknown) {
    this.sectorSetting.set(input);
  }

  /** The page's own question set for step 3 (see `<elz-question-wizard>`). Refused whole when invalid. */
  get questions(): HostQuestion[] | null {
    return this.questionSetting.copy();
  }

  set questions(input: unknown) {
    this.questionSetting.set(input);
  }

  /**
   * The page's own guidance: per rung (`rungs`, shown on the ladder) and per phase (`phases`, shown
   * with the questions), a few sentences and links to its methods (see `<elz-participation-ladder>`
   * and `<elz-question-wizard>`). Refused whole when invalid.
   */
  get guidance(): Guidance | null {
    return this.guidanceSetting.copy();
  }

  set guidance(input: unknown) {
    this.guidanceSetting.set(input);
  }

  private get hostSectors(): HostSector[] | null {
    // Read by the value's schema, also while the base class takes a value set before the upgrade,
    // before this class's fields exist.
    return this.sectorSetting?.value ?? null;
  }

  private get hostQuestions(): HostQuestion[] | null {
    return this.questionSetting.value;
  }

  private get hostGuidance(): Guidance | null {
    return this.guidanceSetting.value;
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
    // `{"sectors": […], "questions": […], "guidance": {…}}`, each optional.
    if (!this.hostSectors && !this.hostQuestions && !this.hostGuidance)
      this.readInlineJson('settings', (data) => {
        // All are checked before any is taken: a half-applied setting is refused whole.
        const { sectors, questions, guidance } = settings(data as Plain, '');
        const sectorList = sectors === null ? null : sectorSetting(sectors, this.state.circle.stakeholders);
        const questionSet = questions === null ? null : parseQuestionSet(questions);
        this.guidanceSetting.take(parseGuidance(guidance));
        this.sectorSetting.take(sectorList);
        this.questionSetting.take(questionSet);
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

  private moveTo(place: Place) {
    const { step, wizard } = this.state;
    const phase = place.phase ?? wizard.phase;
    if (place.step === step && phase === wizard.phase) return;
    const next = { ...this.state, step: place.step, wizard: phase === wizard.phase ? wizard : { ...wizard, phase } };
    if (!this.change(next)) return;
    // Between phases the phase's heading takes the focus, else the step's.
    this.focusAfterUpdate = place.step === 'questions' && step === 'questions' ? 'phase' : 'step';
  }

  private finish() {
    const now = new Date().toISOString();
    if (!this.change({ ...this.state, completedAt: now, wizard: { ...this.state.wizard, completedAt: now } })) return;
    this.dispatchEvent(new CustomEvent('elz-complete', { detail: this.value, bubbles: true, composed: true }));
    this.announce(msg('Deze ronde is afgerond.', { id: 'tool.finished' }));
    // The button is gone: focus goes to the finished summary, not to the page.
    this.focusAfterUpdate = 'step';
  }

  /** Loads the plan and the report; resolves once they can be shown. */
  private loadLater(): Promise<void> {
    this.loading ??= import('./later.js').then((m) => {
      this.later = m;
    });
    return this.loading;
  }

  /** PDCA: this round is kept as it is, and the team looks again from step 1, starting from what it knows. */
  private newRound() {
    if (this.later && this.change(this.later.startRound(this.state))) {
      this.focusAfterUpdate = 'step';
      this.announce(msg(str`Ronde ${this.state.round} is begonnen.`, { id: 'round.started' }));
    }
  }

  // ── the plan ───────────────────────────────────────────────────────────────────────────────────

  /** Earlier rounds in a file of their own (a copy of the whole work), then out of the work to make room. */
  private moveRoundsOut() {
    downloadFile(`${this.fileBase}-${msg('rondes', { id: 'round.file' })}.json`, JSON.stringify(this.state, null, 2));
    this.changeUndoable({ ...this.state, rounds: [] }, () =>
      msg('De eerdere rondes staan nu alleen in het gedownloade bestand.', { id: 'round.moved-out' }),
    );
  }

  // ── the report as a document ───────────────────────────────────────────────────────────────────

  /** The report in the language chosen, with the circle's picture as the summary shows it. Loaded on the first click. */
  private async report() {
    const m = await import('./report.on-demand.js');
    const circle = this.renderRoot.querySelector<ElzStakeholderCircle>('elz-stakeholder-circle');
    const input = { value: this.state, sectors: this.hostSectors, questions: this.hostQuestions };
    return {
      m,
      doc: await m.makeReport(input, circle, this.reportLocale ?? currentLocale()),
    };
  }

  private async copyReport() {
    const { m, doc } = await this.report();
    const copied = await m.copyReport(doc);
    this.notify({
      id: 'report',
      tone: copied ? 'info' : 'warning',
      text: () => m.copiedText(copied),
      actions: copied ? [] : [{ label: () => m.downloadLabel(), run: () => m.downloadReport(doc) }],
    });
  }

  private async downloadReport() {
    const { m, doc } = await this.report();
    m.downloadReport(doc);
  }

  protected override focusHome(): void {
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Past step 1, the plan and the report are fetched ahead, so that they show at once.
    if (this.state.step !== 'circle') void this.loadLater();
    const focus = this.focusAfterUpdate;
    this.focusAfterUpdate = null;
    if (focus === 'phase') void this.renderRoot.querySelector<ElzQuestionWizard>('elz-question-wizard')?.focusStep();
    // A new step: its heading takes the focus, so screen readers hear where they are.
    else if (focus === 'step') this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  // ── rendering ──────────────────────────────────────────────────────────────────────────────────

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
      ${this.editable ? renderSteps(this.navigation, step) : nothing}
      ${this.editable && isExample(this.state) ? renderExampleBanner(() => this.clearExample()) : nothing}
      <section class="step" part="step" aria-labelledby="step-heading">
        <p id="step-heading" class="step-label" tabindex="-1">
          ${msg(str`Stap ${index + 1} van ${TOOL_STEPS.length}: ${stepName(step)}`, { id: 'tool.step-of' })}
        </p>
        ${this.renderStep(step)} ${this.editable ? renderStepNav(this.navigation) : nothing}
      </section>
    `;
  }

  /** Where the user is and how to move, for the list of steps and the buttons under each. */
  private get navigation(): Navigation {
    return {
      value: this.state,
      questions: questionsFor(this.hostQuestions, this.state.wizard.cycle, this.skipped),
      moveTo: (place) => this.moveTo(place),
    };
  }

  /** The default questions the tool leaves to the ladder; a page's own set is asked whole. */
  private get skipped(): readonly string[] {
    return this.hostQuestions ? [] : ASKED_BY_THE_LADDER;
  }

  private renderStep(step: ToolStep) {
    const { circle, ladder, wizard } = this.state;
    switch (step) {
      case 'circle':
        this.introOpen ??= !circle.theme && !circle.stakeholders.length;
        return html`${renderIntro(this.introOpen, (open) => (this.introOpen = open))}${
          isBlank(this.state) ? renderExampleOffer(() => void this.openExample()) : nothing
        }${this.renderCircle(circle, false)}`;
      case 'ladder':
        return html`${renderFromCircle(circle, () => this.moveTo({ step: 'circle' }))}
          <elz-participation-ladder
            fixed-groups
            .guidance=${this.hostGuidance}
            exportparts=${LADDER_PARTS}
            .embeddedValue=${ladder}
            @elz-edit=${this.onLadder}
          ></elz-participation-ladder>`;
      case 'questions':
        return html`${this.renderWizard(wizard, false)}${
          this.skipped.length && PLACES[placeIndex(this.state)].phase === 'self-direction'
            ? renderFromLadder(ladder, () => this.moveTo({ step: 'ladder' }))
            : nothing
        }`;
      case 'plan':
        return this.later
          ? this.later.renderPlanStep(
              this.later.planItems(this.state, this.sectorList),
              this.state.plan,
              this.planOpen,
              this.later.planEdits({
                value: () => this.state,
                change: (next, done) => (done ? this.changeUndoable(next, done) : this.change(next)),
                opened: (id, open) => (this.planOpen = new Map(this.planOpen).set(id, open)),
                focusNewAction: () =>
                  void this.updateComplete.then(() =>
                    this.renderRoot.querySelector<HTMLElement>('.plan-item:last-child textarea')?.focus(),
                  ),
                focusHome: () => this.focusHome(),
              }),
              3,
            )
          : this.renderLoading();
      case 'summary':
        return this.later
          ? this.later.renderSummary({
              value: this.state,
              sectors: this.sectorList,
              questions: questionsFor(this.hostQuestions, Infinity),
              editable: this.editable,
              circle: this.renderCircle(this.state.circle, true),
              wizard: this.renderWizard(this.state.wizard, true),
              roundsOpened: this.roundsOpened,
              openRound: (n) => (this.roundsOpened = new Set(this.roundsOpened).add(n)),
              finish: () => this.finish(),
              newRound: () => this.newRound(),
              moveRoundsOut: () => this.moveRoundsOut(),
              report: {
                locale: this.reportLocale ?? currentLocale(),
                choose: (locale) => (this.reportLocale = locale),
                copy: () => void this.copyReport(),
                download: () => void this.downloadReport(),
                disabled: this.formDisabled,
              },
            })
          : this.renderLoading();
    }
  }

  // ── the worked example ─────────────────────────────────────────────────────────────────────────

  /** The banner and its button go: the focus goes to the step's heading, not to the page. */
  private clearExample() {
    this.reset();
    void this.updateComplete.then(() => this.focusHome());
  }

  private async openExample() {
    const { workedExample } = await import('./example.js');
    if (!isBlank(this.state)) return; // something was written meanwhile: the example never replaces work
    if (
      this.changeUndoable(workedExample(currentLocale()), () =>
        msg('Het voorbeeld is geopend.', { id: 'example.opened' }),
      )
    )
      this.focusAfterUpdate = 'step';
  }

  private renderLoading() {
    void this.loadLater();
    return html`<p class="loading">${msg('Even geduld…', { id: 'tool.loading' })}</p>`;
  }

  /** The sectors the circle shows: the page's, or the defaults, and any the work uses besides. */
  private get sectorList() {
    return localizeSectors(this.hostSectors, this.state.circle.stakeholders);
  }

  protected override get names(): Names {
    return {
      sector: (id) => this.sectorList.find((s) => s.id === id)?.name,
      question: (id) => questionsFor(this.hostQuestions, Infinity).find((q) => q.id === id)?.text,
    };
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

  private renderWizard(wizard: WizardValue, readonly: boolean) {
    return html`<elz-question-wizard
      exportparts=${WIZARD_PARTS}
      ?readonly=${readonly}
      .skip=${this.skipped}
      .questions=${this.hostQuestions}
      .guidance=${this.hostGuidance}
      .embeddedValue=${wizard}
      @elz-edit=${this.onWizard}
    ></elz-question-wizard>`;
  }
}
