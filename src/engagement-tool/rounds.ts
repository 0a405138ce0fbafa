/**
 * Plan-Do-Check-Act over rounds: what a new round keeps, and what moved since the round before.
 * Pure functions over the tool's value, and the words for a move, shared by the summary, the report
 * document and the tests.
 */
import { msg } from '@lit/localize';
import { PHASES } from '../content/questions.js';
import { RUNGS, type RungId } from '../content/rungs.js';
import type { LadderGroup } from '../participation-ladder/value.js';
import type { PlanAction, Round, ToolValue } from './value.js';

const step = (id: RungId | null) => RUNGS.find((r) => r.id === id)?.step ?? 0;

/** Whether a group's goal on the ladder is above where it stands now (a goal with no "now" yet counts). */
export const climbs = (g: LadderGroup): boolean => step(g.target) > step(g.current);

/**
 * A new round: the round that ends is kept whole and read-only in `rounds`; the new one starts from
 * it — the same circle, ladder and plan, the answers as a start, the questions from phase 1.
 */
export function startRound(value: ToolValue, now = new Date().toISOString()): ToolValue {
  const { round, completedAt, circle, ladder, wizard, plan } = value;
  const kept: Round = { round, completedAt, closedAt: now, circle, ladder, answers: wizard.answers, plan };
  return {
    ...value,
    step: 'circle',
    completedAt: null,
    round: round + 1,
    rounds: [...value.rounds, kept],
    // The wizard's own cycle counts on, so that it asks the check questions; the tool keeps the
    // earlier answers in its rounds, not twice in the wizard's history.
    wizard: { ...wizard, cycle: wizard.cycle + 1, phase: PHASES[0], completedAt: null },
  };
}

export type Move = 'up' | 'down' | 'same' | 'reached' | 'new';

/** A group's move since the round before, in words. */
export const MOVE_TEXT: Record<Move, () => string> = {
  up: () => msg('hoger', { id: 'round.up' }),
  down: () => msg('lager', { id: 'round.down' }),
  same: () => msg('gelijk', { id: 'round.same' }),
  reached: () => msg('doel bereikt', { id: 'round.reached' }),
  new: () => msg('nieuw', { id: 'round.new' }),
};

export interface GroupMove {
  id: string;
  name: string;
  then: RungId | null;
  now: RungId | null;
  target: RungId | null;
  move: Move;
}

export interface Comparison {
  /** The round compared with (the one before this). */
  round: number;
  groups: GroupMove[];
  /** Names of stakeholders in the circle now and not then, and the other way round. */
  joined: string[];
  left: string[];
  /** Actions done now that were not done at the end of the round before. */
  done: PlanAction[];
}

/** What moved since the round before: per group the rung then and now, who joined or left, what got done. */
export function compare(before: Round, value: ToolValue): Comparison {
  const thenGroups = new Map(before.ladder.groups.map((g) => [g.id, g]));
  const groups = value.ladder.groups.map((g): GroupMove => {
    const then = thenGroups.get(g.id);
    const moved = then ? step(g.current) - step(then.current) : 0;
    const reached = !!g.target && step(g.current) >= step(g.target) && (!then || step(then.current) < step(g.target));
    const move: Move = !then
      ? 'new'
      : reached && moved > 0
        ? 'reached'
        : moved > 0
          ? 'up'
          : moved < 0
            ? 'down'
            : 'same';
    return { id: g.id, name: g.name, then: then?.current ?? null, now: g.current, target: g.target, move };
  });
  const ids = (list: { id: string }[]) => new Set(list.map((s) => s.id));
  const thenIds = ids(before.circle.stakeholders);
  const nowIds = ids(value.circle.stakeholders);
  const doneBefore = new Set(before.plan.actions.filter((a) => a.state === 'done').map((a) => a.id));
  return {
    round: before.round,
    groups,
    joined: value.circle.stakeholders.filter((s) => !thenIds.has(s.id)).map((s) => s.name),
    left: before.circle.stakeholders.filter((s) => !nowIds.has(s.id)).map((s) => s.name),
    done: value.plan.actions.filter((a) => a.state === 'done' && !doneBefore.has(a.id)),
  };
}
