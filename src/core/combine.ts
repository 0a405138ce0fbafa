/**
 * Combining a colleague's work (a file or a link) with one's own: the two-way form of the tabs'
 * merge (`merge3` without a base). Items of both sides are matched by id, and by name where the
 * ids differ but the names agree (two people who each added "Mantelzorgers" mean the same group);
 * what only one side has is kept, a field one side left empty takes the other's, and every field
 * both filled in differently is a conflict the user settles with `choose`.
 *
 * Pure functions over plain values. The caller validates what comes in before, and the result
 * after (a merge can pass a limit neither side did).
 */
import { merge3, type Conflict, type Step } from './merge.js';
import { sameContent } from './schema.js';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A list of items with ids, and how an item is named for matching ('' is never matched). */
interface Matched {
  path: string[];
  name(item: Obj): string;
  /** What the summary calls these items. */
  count: Count;
}

export type Count = 'stakeholders' | 'groups' | 'answers' | 'actions';

const byName = (item: Obj) => (typeof item.name === 'string' ? item.name : '');
/** An action of the team's own is named by what it does; the others have fixed ids (`group:…`, `gap:…`). */
const actionName = (item: Obj) =>
  typeof item.id === 'string' && item.id.startsWith('own:') && typeof item.what === 'string' ? item.what : '';

interface Kind {
  lists: Matched[];
  /** Where the answers are, keyed by question id. */
  answers?: string[];
  /** Where the user is (a step, a phase): not content, ours stays. */
  place: string[][];
  /** Fields that follow from others, not asked twice (the tool's ladder names and levels follow the circle). */
  derived?(c: Conflict, value: Obj): boolean;
}

const KINDS: Record<string, Kind> = {
  'elz-stakeholder-circle': { lists: [{ path: ['stakeholders'], name: byName, count: 'stakeholders' }], place: [] },
  'elz-participation-ladder': { lists: [{ path: ['groups'], name: byName, count: 'groups' }], place: [] },
  'elz-question-wizard': { lists: [], answers: ['answers'], place: [['phase']] },
  'elz-engagement-tool': {
    lists: [
      { path: ['circle', 'stakeholders'], name: byName, count: 'stakeholders' },
      { path: ['ladder', 'groups'], name: byName, count: 'groups' },
      { path: ['plan', 'actions'], name: actionName, count: 'actions' },
    ],
    answers: ['wizard', 'answers'],
    place: [['step'], ['wizard', 'phase']],
    // A group of a stakeholder takes its name and where it stands from the circle.
    derived: (c, value) => {
      const [a, b, item, field] = c.at;
      if (a !== 'ladder' || b !== 'groups' || typeof item !== 'object' || (field !== 'name' && field !== 'current'))
        return false;
      return list(value, ['circle', 'stakeholders']).some((s) => s.id === item.id);
    },
  },
};

const kindOf = (value: unknown) => {
  const schema = isObject(value) && typeof value.schema === 'string' ? value.schema : '';
  return KINDS[schema.replace(/\/\d+$/, '')];
};

function get(value: unknown, path: readonly string[]): unknown {
  let v = value;
  for (const k of path) v = isObject(v) && Object.hasOwn(v, k) ? v[k] : undefined;
  return v;
}

function list(value: unknown, path: readonly string[]): Obj[] {
  const v = get(value, path);
  return Array.isArray(v) ? v.filter(isObject) : [];
}

/** Names compared as people write them: case, spaces and accents' forms do not count. */
const norm = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/**
 * Their ids that name the same item as one of ours: an item of theirs whose id we do not have,
 * whose name is the name of exactly one item of ours that they do not have.
 */
export function matchByName(kind: Kind, ours: unknown, theirs: unknown): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of kind.lists) {
    const mine = list(ours, m.path);
    const other = list(theirs, m.path);
    const myIds = new Set(mine.map((x) => x.id));
    const theirIds = new Set(other.map((x) => x.id));
    const free = new Map<string, string[]>();
    for (const x of mine) {
      const n = norm(m.name(x));
      if (!n || theirIds.has(x.id) || typeof x.id !== 'string') continue;
      free.set(n, [...(free.get(n) ?? []), x.id]);
    }
    const taken = new Set(map.values());
    for (const y of other) {
      const id = y.id;
      if (typeof id !== 'string' || myIds.has(id) || map.has(id)) continue;
      const candidates = (free.get(norm(m.name(y))) ?? []).filter((c) => !taken.has(c));
      if (candidates.length === 1 && (free.get(norm(m.name(y)))?.length ?? 0) === 1) {
        map.set(id, candidates[0]);
        taken.add(candidates[0]);
      }
    }
  }
  return map;
}

/** A copy of `value` with ids renamed: items' `id`s, and the plan's `group:<id>` that points to one. */
function rename(value: unknown, map: ReadonlyMap<string, string>): unknown {
  if (!map.size) return value;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!isObject(v)) return v;
    const out: Obj = {};
    for (const [k, x] of Object.entries(v)) {
      if (k === 'id' && typeof x === 'string') {
        const group = x.startsWith('group:') ? x.slice(6) : null;
        out[k] = map.get(x) ?? (group !== null && map.has(group) ? `group:${map.get(group)}` : x);
      } else out[k] = walk(x);
    }
    return out;
  };
  return walk(value);
}

function setAt(value: unknown, path: readonly Step[], next: unknown): unknown {
  if (!path.length) return next;
  const [step, ...rest] = path;
  if (typeof step === 'string') {
    const obj = isObject(value) ? value : {};
    const out: Obj = { ...obj };
    const v = setAt(obj[step], rest, next);
    if (v === undefined) delete out[step];
    else out[step] = v;
    return out;
  }
  const items = Array.isArray(value) ? value : [];
  const i = items.findIndex((x) => isObject(x) && x.id === step.id);
  if (i < 0) return next === undefined ? items : [...items, setAt(undefined, rest, next)];
  const v = setAt(items[i], rest, next);
  return v === undefined ? items.filter((_, j) => j !== i) : items.map((x, j) => (j === i ? v : x));
}

export type Summary = Record<Count, { added: number; changed: number }>;

export interface Combined {
  /** Both sides together, ours kept where they differ. */
  value: unknown;
  /** The fields the user must choose for: ours is in `value` until `choose` says otherwise. */
  conflicts: Conflict[];
  /** What came in: new and changed items per kind of item. */
  summary: Summary;
  /** Nothing came in and nothing differs: the merge would change nothing. */
  same: boolean;
}

/** Combines their value with ours (both plain, valid values of the same kind). */
export function combine(ours: unknown, theirs: unknown): Combined {
  const kind = kindOf(ours) ?? { lists: [], place: [] };
  let other = rename(theirs, matchByName(kind, ours, theirs));
  // Where they were in the tool is no content: ours stays, and is no question.
  for (const path of kind.place) {
    const mine = get(ours, path);
    if (mine !== undefined && get(other, path) !== undefined) other = setAt(other, path, mine);
  }
  const merged = merge3(undefined, ours, other, { twoWay: true });
  const value = merged.value as Obj;
  const conflicts = merged.details.filter((c) => !kind.derived?.(c, value));
  return {
    value,
    conflicts,
    summary: summarise(kind, ours, value),
    same: sameContent(ours, value) && !conflicts.length,
  };
}

function summarise(kind: Kind, before: unknown, after: unknown): Summary {
  const summary: Summary = {
    stakeholders: { added: 0, changed: 0 },
    groups: { added: 0, changed: 0 },
    answers: { added: 0, changed: 0 },
    actions: { added: 0, changed: 0 },
  };
  const stakeholderIds = new Set(list(after, ['circle', 'stakeholders']).map((s) => s.id));
  for (const m of kind.lists) {
    const old = new Map(list(before, m.path).map((x) => [x.id, x]));
    for (const x of list(after, m.path)) {
      // In the tool, a stakeholder's group is the stakeholder: counted once.
      if (m.count === 'groups' && stakeholderIds.has(x.id)) continue;
      const was = old.get(x.id);
      if (!was) summary[m.count].added++;
      else if (!sameContent(was, x)) summary[m.count].changed++;
    }
  }
  if (kind.answers) {
    const was = get(before, kind.answers);
    const now = get(after, kind.answers);
    if (isObject(now))
      for (const [id, a] of Object.entries(now)) {
        const old = isObject(was) && Object.hasOwn(was, id) ? was[id] : undefined;
        if (old === undefined || old === '' || (Array.isArray(old) && !old.length)) {
          if (!sameContent(old, a)) summary.answers.added++;
        } else if (!sameContent(old, a)) summary.answers.changed++;
      }
  }
  return summary;
}

/**
 * The combined value with the user's choices: `theirs[i]` true takes their version of
 * `conflicts[i]`, false keeps ours (as `value` has it).
 */
export function choose(value: unknown, conflicts: readonly Conflict[], theirs: readonly boolean[]): unknown {
  let out = value;
  conflicts.forEach((c, i) => {
    if (theirs[i]) out = setAt(out, c.at, c.theirs);
  });
  return out;
}

/** The item a conflict is in (a stakeholder, a group, an action), as the combined value has it. */
export function conflictItem(value: unknown, c: Conflict): Obj | null {
  let v: unknown = value;
  let found: Obj | null = null;
  for (const step of c.at) {
    if (typeof step === 'string') v = isObject(v) ? v[step] : undefined;
    else {
      v = Array.isArray(v) ? v.find((x) => isObject(x) && x.id === step.id) : undefined;
      if (isObject(v)) found = v;
    }
  }
  return found;
}

export type { Conflict, Step };
