/**
 * The value of `<elz-engagement-tool>`: the three parts under one key, the action plan, earlier
 * rounds, and where the user is, so that coming back lands on the same step. The parts feed each
 * other: every stakeholder of the circle is a group on the ladder (same id), and the circle's
 * `level` is the ladder's `current`.
 *
 * Version 2 added the plan (step `plan`), the round number and `rounds`: a read-only copy of each
 * earlier round. A value of version 1 reads as round `wizard.cycle` with an empty plan.
 */
import { circleSchema, emptyCircle, type CircleValue, type Stakeholder } from '../stakeholder-circle/value.js';
import { ladderSchema, type LadderGroup, type LadderValue } from '../participation-ladder/value.js';
import { answers, emptyWizard, wizardSchema, type Answers, type WizardValue } from '../question-wizard/value.js';
import {
  LIMITS,
  array,
  isoDate,
  isoDay,
  name,
  nested,
  nullable,
  object,
  oneOf,
  string,
  ValidationError,
  uniqueIds,
  type Check,
  type Plain,
  type ValueSchema,
} from '../core/schema.js';

export const TOOL_STEPS = ['circle', 'ladder', 'questions', 'plan', 'summary'] as const;
export type ToolStep = (typeof TOOL_STEPS)[number];

export const ACTION_STATES = ['todo', 'doing', 'done', 'dropped'] as const;
export type ActionState = (typeof ACTION_STATES)[number];

/** One thing the team will do: for a group to climb the ladder, for a gap, or of its own. */
export interface PlanAction {
  /** `group:<group id>`, `gap:<kind of gap>`, or `own:<random>` for an action the team added. */
  id: string;
  /** What the action is for, in words, as it was when the action was written (the group or gap may go). */
  title: string;
  what: string;
  /** Who does it: the engagement ambassador, named for this action. */
  who: string;
  /** By when: a day, or null. */
  due: string | null;
  state: ActionState;
  note: string;
}

export interface Plan {
  /** The engagement ambassador (betrokkenheidsambassadeur) of the project, unless an action names another. */
  ambassador: string;
  /** When the team looks again: the next round, a day or null. */
  nextRound: string | null;
  actions: PlanAction[];
}

/** An earlier round, kept as it was when the next one started. */
export interface Round {
  round: number;
  /** When that round was marked as done, or null. */
  completedAt: string | null;
  /** When the next round started. */
  closedAt: string;
  circle: CircleValue;
  ladder: LadderValue;
  answers: Answers;
  plan: Plan;
}

export interface ToolValue {
  schema: 'elz-engagement-tool/2';
  updatedAt: string;
  /** The step the user was on. */
  step: ToolStep;
  /** When the team marked the result as done; null while it is being worked on. */
  completedAt: string | null;
  /** 1 for the first round; earlier ones are in `rounds`. */
  round: number;
  circle: CircleValue;
  ladder: LadderValue;
  wizard: WizardValue;
  plan: Plan;
  rounds: Round[];
}

/** Rounds a value can hold (each a copy of the whole work: the size limit comes first anyway). */
export const MAX_ROUNDS = 100;

/**
 * The ladder's groups for a circle: one per stakeholder, in the circle's order, with its name and
 * its level as where it stands now; the ambition, the way of taking part and the note stay with
 * the id. `kept` holds groups of stakeholders removed earlier (so that undo brings their notes
 * back). Groups of the ladder that never were stakeholders (from an imported file) are kept at
 * the end, except those of stakeholders that were just removed.
 */
export function ladderGroups(
  stakeholders: readonly Stakeholder[],
  groups: readonly LadderGroup[],
  removed: ReadonlySet<string> = new Set(),
  kept: ReadonlyMap<string, LadderGroup> = new Map(),
): LadderGroup[] {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const ids = new Set(stakeholders.map((s) => s.id));
  const derived = stakeholders.map((s): LadderGroup => {
    const g = byId.get(s.id) ?? kept.get(s.id);
    return {
      id: s.id,
      name: s.name,
      current: s.level,
      target: g?.target ?? null,
      mode: g?.mode ?? 'direct',
      note: g?.note ?? '',
      representative: g?.representative ?? '',
      feedback: g?.feedback ?? '',
    };
  });
  return [...derived, ...groups.filter((g) => !ids.has(g.id) && !removed.has(g.id))];
}

/** The circle with each stakeholder's level taken from its group on the ladder. */
export function withLevels(circle: CircleValue, groups: readonly LadderGroup[]): CircleValue {
  const current = new Map(groups.map((g) => [g.id, g.current]));
  let changed = false;
  const stakeholders = circle.stakeholders.map((s) => {
    const level = current.has(s.id) ? current.get(s.id)! : s.level;
    if (level === s.level) return s;
    changed = true;
    return { ...s, level };
  });
  return changed ? { ...circle, stakeholders } : circle;
}

const action = object(
  {
    id: string(LIMITS.id),
    title: string(LIMITS.text),
    what: string(LIMITS.text),
    who: name(LIMITS.name),
    due: nullable(isoDay),
    state: oneOf(ACTION_STATES),
    note: string(LIMITS.text),
  },
  { title: '', what: '', who: '', due: null, state: 'todo', note: '' },
);

const actions = array(action, LIMITS.items);

export const planSchema = object(
  {
    ambassador: name(LIMITS.name),
    nextRound: nullable(isoDay),
    actions: (v, path) => uniqueIds(actions(v, path), path),
  },
  { ambassador: '', nextRound: null, actions: [] },
);

const roundNumber: Check<number> = (v, path) => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 10_000)
    throw new ValidationError(path, { kind: 'type', expected: 'a whole number from 1 to 10000' });
  return v;
};

/** Version 1 had one round at a time: it is round `wizard.cycle` (a new round counted there), with no plan yet. */
function fromVersion1(old: { [key: string]: Plain }): { [key: string]: Plain } {
  const wizard = old.wizard;
  const cycle = wizard && typeof wizard === 'object' && !Array.isArray(wizard) ? wizard.cycle : undefined;
  return { ...old, round: typeof cycle === 'number' ? cycle : 1 };
}

export function emptyPlan(): Plan {
  return { ambassador: '', nextRound: null, actions: [] };
}

/** The tool's value schema for a list of sector ids (the defaults unless the host set its own), or any sector. */
export function toolSchema(sectorIds?: readonly string[] | 'any'): ValueSchema<ToolValue> {
  const circle = nested(circleSchema(sectorIds));
  const ladder = nested(ladderSchema);
  // An earlier round keeps the sectors it had: read with any sector.
  const round = object({
    round: roundNumber,
    completedAt: nullable(isoDate),
    closedAt: isoDate,
    circle: nested(circleSchema('any')),
    ladder,
    answers,
    plan: planSchema,
  });
  const fields = object(
    {
      step: oneOf(TOOL_STEPS),
      completedAt: nullable(isoDate),
      round: roundNumber,
      circle,
      ladder,
      wizard: nested(wizardSchema),
      plan: planSchema,
      rounds: array(round, MAX_ROUNDS),
    },
    { step: 'circle', completedAt: null, round: 1, plan: emptyPlan(), rounds: [] },
  );
  return {
    name: 'elz-engagement-tool',
    // The version of the tool's own fields. Each part carries its own version and migrates itself
    // when it is read (nested()): a circle of version 1 inside becomes version 2.
    version: 2,
    migrations: { 1: fromVersion1 },
    // The circle is the source of who is on the ladder and where they stand now.
    fields: (v, path) => {
      const out = fields(v, path);
      return { ...out, ladder: { ...out.ladder, groups: ladderGroups(out.circle.stakeholders, out.ladder.groups) } };
    },
  };
}

export function emptyTool(): ToolValue {
  const updatedAt = new Date().toISOString();
  return {
    schema: 'elz-engagement-tool/2',
    updatedAt,
    step: 'circle',
    completedAt: null,
    round: 1,
    circle: emptyCircle(),
    ladder: { schema: 'elz-participation-ladder/2', updatedAt, groups: [] },
    wizard: emptyWizard(),
    plan: emptyPlan(),
    rounds: [],
  };
}
