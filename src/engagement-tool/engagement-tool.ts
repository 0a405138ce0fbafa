import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { parseGuidance, type Guidance } from '../content/guidance.js';
import { PHASES, PHASE_TEXT, type PhaseId } from '../content/questions.js';
import { describeGroup } from '../content/rungs.js';
import { ElzElement } from '../core/element.js';
import { isolate } from '../core/messages.js';
import { currentLocale } from '../core/locale.js';
import { newId } from '../core/ids.js';
import { downloadFile } from '../core/file.js';
import { LIMITS, object, type Plain, type ValueSchema } from '../core/schema.js';
import { coreStyles, stepStyles } from '../core/styles.js';
import type { LadderGroup, LadderValue } from '../participation-ladder/value.js';
import type { ElzQuestionWizard } from '../question-wizard/question-wizard.js';
import {
  ASKED_BY_THE_LADDER,
  answerOf,
  answered,
  parseQuestionSet,
  questionsFor,
  type HostQuestion,
  type WizardValue,
} from '../question-wizard/value.js';
import { circleHints, hintText } from '../stakeholder-circle/hints.js';
import { localizeSectors, sectorSetting, type CircleValue, type HostSector } from '../stakeholder-circle/value.js';
import { toolStyles } from './engagement-tool.styles.js';
import { introStyles, renderIntro } from './intro.js';
import { CIRCLE_PARTS, LADDER_PARTS, WIZARD_PARTS } from './parts.js';
import type { PlanItem } from './plan.js';
import type { PlanActions } from './plan-step.js';
import {
  TOOL_STEPS,
  emptyTool,
  ladderGroups,
  toolSchema,
  withLevels,
  type Plan,
  type PlanAction,
  type ToolStep,
  type ToolValue,
} from './value.js';

/** Refuses an inline settings object with keys other than these. */
const settings = object(
  { sectors: (v) => v, questions: (v) => v, guidance: (v) => v },
  { sectors: null, questions: null, guidance: null },
);

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
 * @csspart intro - Why the tool, what it does and who fills it in, at the start (a team can fold it away).
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

  private readonly planActions: PlanActions = {
    plan: (patch) => this.changePlan({ ...this.state.plan, ...patch }),
    action: (item, patch) => this.changeAction(item, patch),
    group: (id, patch) => this.changeLadderGroup(id, patch),
    addOwn: () => this.addOwnAction(),
    removeOwn: (id) => this.removeOwnAction(id),
    toggled: (id, open) => (this.planOpen = new Map(this.planOpen).set(id, open)),
  };

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

  private changePlan(plan: Plan) {
    this.change({ ...this.state, plan });
  }

  private changeAction(item: PlanItem, patch: Partial<PlanAction>) {
    if (this.later) this.changePlan(this.later.withAction(this.state.plan, item.id, item.title, patch));
  }

  private changeLadderGroup(id: string, patch: Partial<LadderGroup>) {
    const { ladder } = this.state;
    const groups = ladder.groups.map((g) => (g.id === id ? { ...g, ...patch } : g));
    this.change({ ...this.state, ladder: { ...ladder, groups } });
  }

  private addOwnAction() {
    const id = `own:${newId('a')}`;
    if (!this.later || !this.change({ ...this.state, plan: this.later.withAction(this.state.plan, id, '', {}) }))
      return;
    this.planOpen = new Map(this.planOpen).set(id, true);
    // The new action's first field takes the focus.
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('.plan-item:last-child textarea')?.focus(),
    );
  }

  private removeOwnAction(id: string) {
    const { plan } = this.state;
    this.changeUndoable({ ...this.state, plan: { ...plan, actions: plan.actions.filter((a) => a.id !== id) } }, () =>
      msg('De actie is verwijderd.', { id: 'plan.removed' }),
    );
    this.focusHome();
  }

  /** Earlier rounds in a file of their own (a copy of the whole work), then out of the work to make room. */
  private moveRoundsOut() {
    downloadFile(`${this.fileBase}-${msg('rondes', { id: 'round.file' })}.json`, JSON.stringify(this.state, null, 2));
    this.changeUndoable({ ...this.state, rounds: [] }, () =>
      msg('De eerdere rondes staan nu alleen in het gedownloade bestand.', { id: 'round.moved-out' }),
    );
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

  private stepName(step: ToolStep): string {
    switch (step) {
      case 'circle':
        return msg('Wie is betrokken?', { id: 'circle.title' });
      case 'ladder':
        return msg('Participatieladder', { id: 'ladder.title' });
      case 'questions':
        return msg('Vragen', { id: 'tool.step.questions' });
      case 'plan':
        return msg('Plan', { id: 'tool.step.plan' });
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
      ${this.editable && this.isExample ? this.renderExampleBanner() : nothing}
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
    return html`<nav part="steps" aria-label=${msg('De stappen', { id: 'tool.steps' })}>
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
        this.introOpen ??= !circle.theme && !circle.stakeholders.length;
        return html`${renderIntro(this.introOpen, (open) => (this.introOpen = open))}${
          this.blank ? this.renderExampleOffer() : nothing
        }${this.renderCircle(circle, false)}`;
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
            .guidance=${this.hostGuidance}
            exportparts=${LADDER_PARTS}
            .embeddedValue=${ladder}
            @elz-edit=${this.onLadder}
          ></elz-participation-ladder>`;
      case 'questions':
        return html`${this.renderWizard(wizard, false)}${
          this.skipped.length && PLACES[this.place].phase === 'self-direction' ? this.renderFromLadder(ladder) : nothing
        }`;
      case 'plan':
        return this.later
          ? this.later.renderPlanStep(
              this.later.planItems(this.state, this.sectorList),
              this.state.plan,
              this.planOpen,
              this.planActions,
              3,
            )
          : this.renderLoading();
      case 'summary':
        return this.later ? this.renderSummary(this.later) : this.renderLoading();
    }
  }

  // ── the worked example ─────────────────────────────────────────────────────────────────────────

  /** Work that is nothing yet: no theme, nobody in the circle, no answer, no plan. */
  private get blank(): boolean {
    const { circle, wizard, plan, rounds } = this.state;
    return (
      !circle.theme &&
      !circle.stakeholders.length &&
      !Object.keys(wizard.answers).length &&
      !plan.actions.length &&
      !rounds.length
    );
  }

  /** The worked example is the work (its stakeholders' ids say so). */
  private get isExample(): boolean {
    return this.state.circle.stakeholders.some((s) => s.id.startsWith('ex-'));
  }

  private async openExample() {
    const { workedExample } = await import('./example.js');
    if (!this.blank) return; // something was written meanwhile: the example never replaces work
    if (
      this.changeUndoable(workedExample(currentLocale()), () =>
        msg('Het voorbeeld is geopend.', { id: 'example.opened' }),
      )
    )
      this.focusAfterUpdate = 'step';
  }

  private renderExampleOffer() {
    return html`<p class="example-offer">
      ${msg('Nieuw hier?', { id: 'example.new' })}
      <button type="button" class="link" @click=${this.openExample}>
        ${msg('Bekijk een uitgewerkt voorbeeld', { id: 'example.open' })}
      </button>
    </p>`;
  }

  private renderExampleBanner() {
    return html`<div class="example-banner" role="note">
      <p>
        ${msg(
          'U bekijkt een voorbeeld: een project rond ouderen die alleen wonen, zoals Marie-Rose. Kijk rond in alle stappen.',
          { id: 'example.banner' },
        )}
      </p>
      <button type="button" @click=${() => this.reset()}>
        ${msg('Voorbeeld wissen en zelf beginnen', { id: 'example.clear' })}
      </button>
    </div>`;
  }

  private renderLoading() {
    void this.loadLater();
    return html`<p class="loading">${msg('Even geduld…', { id: 'tool.loading' })}</p>`;
  }

  /** The sectors the circle shows: the page's, or the defaults, and any the work uses besides. */
  private get sectorList() {
    return localizeSectors(this.hostSectors, this.state.circle.stakeholders);
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
      .guidance=${this.hostGuidance}
      .embeddedValue=${wizard}
      @elz-edit=${this.onWizard}
    ></elz-question-wizard>`;
  }

  /** The report a team takes into its meeting: what stands out, who, how far, what we do, and what moved. */
  private renderSummary(later: typeof import('./later.js')) {
    const { compare, renderComparison, renderLadderTable, renderPlanTable, renderRounds } = later;
    const value = this.state;
    const { circle, ladder, wizard, completedAt, plan, rounds } = value;
    const sectors = this.sectorList;
    const hints = [...circleHints(circle, sectors).map((h) => hintText(h, sectors)), ...this.ladderHints(ladder)];
    const date = (iso: string) => new Date(iso).toLocaleDateString(currentLocale());
    const before = rounds.at(-1);
    const all = questionsFor(this.hostQuestions, Infinity);
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
      ${renderPlanTable(plan, 'plan-title', 3)} ${this.renderCircle(circle, true)}
      ${renderLadderTable(ladder, 'ladder-title', 3)} ${this.renderWizard(wizard, true)}
      <p class="done" ?hidden=${!completedAt}>
        ${completedAt ? msg(str`Afgerond op ${date(completedAt)}.`, { id: 'tool.done-on' }) : ''}
      </p>
      ${this.editable ? this.renderSummaryActions(completedAt) : nothing}
      ${
        rounds.length
          ? renderRounds(
              rounds,
              this.roundsOpened,
              (n) => (this.roundsOpened = new Set(this.roundsOpened).add(n)),
              all,
              3,
            )
          : nothing
      }
    </div>`;
  }

  private renderSummaryActions(completedAt: string | null) {
    // Near the size limit, earlier rounds can leave the work (to a file) before a new round is refused.
    const size = JSON.stringify(this.state).length;
    const full = this.state.rounds.length > 0 && size > LIMITS.bytes * 0.75;
    return html`<div class="step-nav no-print">
        ${
          completedAt
            ? nothing
            : html`<button type="button" class="primary" @click=${this.finish}>
                ${msg('Afronden', { id: 'tool.finish' })}
              </button>`
        }
        <button type="button" @click=${() => window.print()}>${msg('Afdrukken', { id: 'wizard.print' })}</button>
        <button type="button" @click=${this.newRound} aria-describedby="pdca">
          ${msg('Nieuwe ronde starten', { id: 'wizard.new-cycle' })}
        </button>
      </div>
      <p class="pdca no-print" id="pdca">
        ${msg(
          'Plannen, doen, nakijken, bijsturen: zo werkt u in rondes. Een nieuwe ronde bewaart deze ronde zoals ze is. U begint opnieuw bij stap 1, met wat u nu weet, en ziet daarna wat er veranderde.',
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
              <button type="button" @click=${this.moveRoundsOut}>
                ${msg('Eerdere rondes downloaden en hier weghalen', { id: 'round.move-out' })}
              </button>
            </div>`
          : nothing
      }`;
  }

  /** Groups without an ambition yet, and groups whose ambition is higher than where they stand. */
  private ladderHints(ladder: LadderValue): string[] {
    const open = ladder.groups.filter((g) => !g.target).map((g) => g.name);
    return open.length
      ? [msg(str`Nog geen doel op de ladder voor: ${open.map(isolate).join(', ')}.`, { id: 'tool.hint.no-target' })]
      : [];
  }
}
