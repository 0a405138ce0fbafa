/**
 * The plan step's edits, each a change of the whole value the tool applies (and the user can undo
 * where an edit removes something). Loaded with the plan (see `later.ts`).
 */
import { msg } from '@lit/localize';
import { newId } from '../core/ids.js';
import { withAction } from './plan.js';
import type { PlanActions } from './plan-step.js';
import type { ToolValue } from './value.js';

/** What the plan's edits need from the tool. */
export interface PlanHost {
  /** The work as it is now. */
  value(): ToolValue;
  /** Applies a change (undoable, with `done` as its message, where given); false when refused. */
  change(next: ToolValue, done?: () => string): boolean;
  /** An item opened or closed, by the user or for a new action. */
  opened(id: string, open: boolean): void;
  /** After a new action of the team's own: its first field takes the focus. */
  focusNewAction(): void;
  /** After a removal: the step's heading takes the focus. */
  focusHome(): void;
}

export function planEdits(host: PlanHost): PlanActions {
  const { value, change } = host;
  return {
    plan: (patch) => change({ ...value(), plan: { ...value().plan, ...patch } }),
    action: (item, patch) => change({ ...value(), plan: withAction(value().plan, item.id, item.title, patch) }),
    group: (id, patch) => {
      const { ladder } = value();
      const groups = ladder.groups.map((g) => (g.id === id ? { ...g, ...patch } : g));
      change({ ...value(), ladder: { ...ladder, groups } });
    },
    addOwn: () => {
      const id = `own:${newId('a')}`;
      if (!change({ ...value(), plan: withAction(value().plan, id, '', {}) })) return;
      host.opened(id, true);
      host.focusNewAction();
    },
    removeOwn: (id) => {
      const { plan } = value();
      change({ ...value(), plan: { ...plan, actions: plan.actions.filter((a) => a.id !== id) } }, () =>
        msg('De actie is verwijderd.', { id: 'plan.removed' }),
      );
      host.focusHome();
    },
    toggled: (id, open) => host.opened(id, open),
  };
}
