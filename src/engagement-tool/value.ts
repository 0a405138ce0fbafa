/**
 * The value of `<elz-engagement-tool>` (PRODUCT.md §4): the three parts under one key, plus where
 * the user is, so that coming back lands on the same step. The parts feed each other: every
 * stakeholder of the circle is a group on the ladder (same id), and the circle's `level` is the
 * ladder's `current`.
 */
import { circleSchema, emptyCircle, type CircleValue, type Stakeholder } from '../stakeholder-circle/value.js';
import { ladderSchema, type LadderGroup, type LadderValue } from '../participation-ladder/value.js';
import { emptyWizard, wizardSchema, type WizardValue } from '../question-wizard/value.js';
import { isoDate, nested, nullable, object, oneOf, type ValueSchema } from '../core/schema.js';

export const TOOL_STEPS = ['circle', 'ladder', 'questions', 'summary'] as const;
export type ToolStep = (typeof TOOL_STEPS)[number];

export interface ToolValue {
  schema: 'elz-engagement-tool/1';
  updatedAt: string;
  /** The step the user was on. */
  step: ToolStep;
  /** When the team marked the result as done; null while it is being worked on. */
  completedAt: string | null;
  circle: CircleValue;
  ladder: LadderValue;
  wizard: WizardValue;
}

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

/** The tool's value schema for a list of sector ids (the defaults unless the host set its own), or any sector. */
export function toolSchema(sectorIds?: readonly string[] | 'any'): ValueSchema<ToolValue> {
  const fields = object(
    {
      step: oneOf(TOOL_STEPS),
      completedAt: nullable(isoDate),
      circle: nested(circleSchema(sectorIds)),
      ladder: nested(ladderSchema),
      wizard: nested(wizardSchema),
    },
    { step: 'circle', completedAt: null },
  );
  return {
    name: 'elz-engagement-tool',
    // The version of the tool's own fields. Each part carries its own version and migrates itself
    // when it is read (nested()): a circle of version 1 inside becomes version 2, the tool stays 1.
    version: 1,
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
    schema: 'elz-engagement-tool/1',
    updatedAt,
    step: 'circle',
    completedAt: null,
    circle: emptyCircle(),
    ladder: { schema: 'elz-participation-ladder/1', updatedAt, groups: [] },
    wizard: emptyWizard(),
  };
}
