/**
 * From analysis to action: what the plan asks the team to decide. One item for every group whose
 * goal on the ladder is above where it stands, one for every gap the circle shows, and the
 * actions the team added itself; an action written for a group that reached its goal, or a gap
 * that closed, stays in the plan, marked as such.
 */
import { msg, str } from '@lit/localize';
import type { Sector } from '../content/circle.js';
import { rungById } from '../content/rungs.js';
import { isolate } from '../core/messages.js';
import type { LadderGroup } from '../participation-ladder/value.js';
import { circleHints, hintText } from '../stakeholder-circle/hints.js';
import { climbs } from './rounds.js';
import type { Plan, PlanAction, ToolValue } from './value.js';

export interface PlanItem {
  /** The action's id: `group:<id>`, `gap:<kind>` or `own:<random>`. */
  id: string;
  /** What the action is for, in the current language. */
  title: string;
  /** The ladder group it is for, when it is for one. */
  group?: LadderGroup;
  /** What the team wrote; undefined until it writes something. */
  action?: PlanAction;
  /** Written for a group that has since reached its goal, or a gap that has closed. */
  settled: boolean;
}

const none = () => msg('nog niet gekozen', { id: 'ladder.not-chosen' });

/** "Buren: van Informeren naar Adviseren", or "Buren: naar Adviseren" while where they stand is not chosen. */
export function groupTitle(g: LadderGroup): string {
  const to = rungById(g.target)?.name() ?? none();
  const from = rungById(g.current)?.name();
  return from
    ? msg(str`${isolate(g.name)}: van ${from} naar ${to}`, { id: 'plan.group-title' })
    : msg(str`${isolate(g.name)}: naar ${to}`, { id: 'plan.group-title.to' });
}

export function planItems(value: ToolValue, sectors: Sector[]): PlanItem[] {
  const stored = new Map(value.plan.actions.map((a) => [a.id, a]));
  const items: PlanItem[] = [];
  const seen = new Set<string>();
  const add = (id: string, title: string, group?: LadderGroup) => {
    seen.add(id);
    items.push({ id, title, group, action: stored.get(id), settled: false });
  };
  for (const g of value.ladder.groups) if (climbs(g)) add(`group:${g.id}`, groupTitle(g), g);
  for (const h of circleHints(value.circle, sectors)) add(`gap:${h.kind}`, hintText(h, sectors));
  // The team's own actions, then what was written for something that no longer needs it.
  for (const a of value.plan.actions)
    if (!seen.has(a.id)) {
      const own = a.id.startsWith('own:');
      // An action of the team's own is called by what it says.
      const title = own ? a.what.split('\n')[0].slice(0, 80) : a.title;
      items.push({ id: a.id, title, action: a, settled: !own });
    }
  return items;
}

/**
 * The plan with one action changed (or written for the first time). `title` is kept with it in
 * plain text, for when the group or gap it was for is gone.
 */
export function withAction(plan: Plan, id: string, shown: string, patch: Partial<PlanAction>): Plan {
  const title = shown.replace(/[\u2066-\u2069]/g, '');
  const found = plan.actions.some((a) => a.id === id);
  const blank: PlanAction = { id, title, what: '', who: '', due: null, state: 'todo', note: '' };
  return {
    ...plan,
    actions: found
      ? plan.actions.map((a) => (a.id === id ? { ...a, title, ...patch } : a))
      : [...plan.actions, { ...blank, ...patch }],
  };
}
