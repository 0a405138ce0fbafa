/**
 * What the tool shows only at its plan and its summary, loaded when the user gets there (or is
 * about to): a page that shows the tool's first steps does not pay for the report.
 */
export { planItems, withAction } from './plan.js';
export { renderPlanStep } from './plan-step.js';
export { planEdits } from './plan-edits.js';
export { renderComparison, renderLadderTable, renderPlanTable, renderRounds } from './report.js';
export { compare, startRound } from './rounds.js';
export { renderSummary } from './summary.js';
