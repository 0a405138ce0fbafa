/**
 * The library for bundler users: classes, types and schemas. Importing this registers nothing;
 * import `elz-widgets/participation-ladder/define.js` (or the script-tag bundle) for that.
 */
export { ElzElement, VERSION } from './core/element.js';
export { defineElement } from './core/define.js';
export type {
  ElzChangeEvent,
  ElzCompleteEvent,
  ElzEngagementToolEventMap,
  ElzErrorCode,
  ElzErrorDetail,
  ElzErrorEvent,
  ElzParticipationLadderEventMap,
  ElzQuestionWizardEventMap,
  ElzStakeholderCircleEventMap,
  ElzValue,
} from './core/events.js';
export { LIMITS, ValidationError, parseValue } from './core/schema.js';
export type { StorageArea } from './core/persistence.js';
export type { LocalText } from './core/local-text.js';
export type { Guidance, GuidanceEntry, GuidanceLink } from './content/guidance.js';
export { LOCALES, normalizeLocale, switchLocale, type Locale } from './core/locale.js';
export { RUNGS, RUNG_IDS, MODES, type RungId, type ParticipationMode } from './content/rungs.js';
export { ElzParticipationLadder } from './participation-ladder/participation-ladder.js';
export { ladderSchema, emptyLadder, type LadderGroup, type LadderValue } from './participation-ladder/value.js';
export {
  PHASES,
  QUESTION_KINDS,
  defaultQuestions,
  type PhaseId,
  type Question,
  type QuestionKind,
} from './content/questions.js';
export { ElzQuestionWizard } from './question-wizard/question-wizard.js';
export {
  wizardSchema,
  emptyWizard,
  parseQuestionSet,
  type Answer,
  type HostQuestion,
  type WizardValue,
  type WizardCycle,
} from './question-wizard/value.js';
export {
  RINGS,
  INVOLVEMENTS,
  DEFAULT_SECTOR_IDS,
  defaultSectors,
  type RingId,
  type Involvement,
  type Sector,
} from './content/circle.js';
export { ElzStakeholderCircle } from './stakeholder-circle/stakeholder-circle.js';
export {
  circleSchema,
  emptyCircle,
  parseSectorList,
  type CircleValue,
  type HostSector,
  type Stakeholder,
} from './stakeholder-circle/value.js';
export { circleHints, type Hint } from './stakeholder-circle/hints.js';
export { ElzEngagementTool } from './engagement-tool/engagement-tool.js';
export {
  toolSchema,
  emptyTool,
  ladderGroups,
  TOOL_STEPS,
  type ToolStep,
  type ToolValue,
} from './engagement-tool/value.js';
