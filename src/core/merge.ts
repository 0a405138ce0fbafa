/**
 * Three-way merge of two edits of the same JSON value, as two tabs make them: what changed on one
 * side only is taken from that side; where both sides changed the same field in different ways,
 * ours stays and the field is reported, so that the caller can keep theirs too and say so.
 *
 * Without a common base (a colleague's file or link), it is a two-way merge: `merge3(undefined,
 * ours, theirs, { twoWay: true })` keeps what only one side has, takes a field one side left empty
 * from the other, and reports every field both filled in differently.
 *
 * Lists of objects with an `id` (stakeholders, groups, plan items) merge item by item; any other
 * list, and any other value, is one field.
 */
import { sameContent } from './schema.js';

/** A step of a path into a value: an object's key, or the item of a list with this id. */
export type Step = string | { id: string };

/** A field both sides changed differently: where it is, and the two versions. */
export interface Conflict {
  at: Step[];
  ours: unknown;
  theirs: unknown;
}

export interface Merged {
  value: unknown;
  /** Where both sides changed the same field differently (ours was kept). */
  conflicts: string[];
  /** The same conflicts, each with its place as steps and both versions. */
  details: Conflict[];
}

export interface MergeOptions {
  /** No common base: a field that one side left empty (`''`, `null`, `[]`, `{}`) takes the other's. */
  twoWay?: boolean;
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const hasId = (v: unknown): v is Obj & { id: string } => isObject(v) && typeof v.id === 'string';
const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

const isEmpty = (v: unknown) =>
  v === '' || v === null || (Array.isArray(v) && !v.length) || (isObject(v) && !Object.keys(v).length);

/** Where we are in the value: the path as text (for the two tabs' message) and as steps. */
interface Here {
  path: string;
  steps: Step[];
}

class Run {
  readonly conflicts: string[] = [];
  readonly details: Conflict[] = [];
  constructor(readonly twoWay: boolean) {}
  conflict(here: Here, ours: unknown, theirs: unknown) {
    this.conflicts.push(here.path || '(value)');
    this.details.push({ at: here.steps, ours, theirs });
  }
}

const key = (here: Here, k: string): Here => ({ path: at(here.path, k), steps: [...here.steps, k] });
const item = (here: Here, id: string): Here => ({ path: `${here.path}[id=${id}]`, steps: [...here.steps, { id }] });

export function merge3(base: unknown, ours: unknown, theirs: unknown, options: MergeOptions = {}): Merged {
  const run = new Run(options.twoWay === true);
  const value = mergeAt(base, ours, theirs, { path: '', steps: [] }, run);
  return { value, conflicts: run.conflicts, details: run.details };
}

function mergeAt(base: unknown, ours: unknown, theirs: unknown, here: Here, run: Run): unknown {
  if (sameContent(ours, theirs)) return ours;
  if (sameContent(base, ours)) return theirs;
  if (sameContent(base, theirs)) return ours;
  if (run.twoWay && (ours === undefined || isEmpty(ours))) return theirs;
  if (run.twoWay && (theirs === undefined || isEmpty(theirs))) return ours;
  if (isObject(ours) && isObject(theirs)) return mergeObjects(isObject(base) ? base : {}, ours, theirs, here, run);
  if (Array.isArray(ours) && Array.isArray(theirs) && [...ours, ...theirs].every(hasId))
    return mergeLists(Array.isArray(base) ? base.filter(hasId) : [], ours, theirs, here, run);
  run.conflict(here, ours, theirs);
  return ours;
}

function mergeObjects(base: Obj, ours: Obj, theirs: Obj, here: Here, run: Run): Obj {
  const out: Obj = {};
  for (const k of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    if (k === 'updatedAt') {
      // The time stamp is no content: the later of the two.
      out[k] = String(ours[k] ?? '') >= String(theirs[k] ?? '') ? ours[k] : theirs[k];
      continue;
    }
    const v = mergeAt(base[k], ours[k], theirs[k], key(here, k), run);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** Items matched by id: ours in our order, then the ones only they added, in their order. */
function mergeLists(base: Obj[], ours: Obj[], theirs: Obj[], list: Here, run: Run): Obj[] {
  const byId = (list: Obj[]) => new Map(list.map((x) => [x.id as string, x]));
  const b = byId(base);
  const t = byId(theirs);
  const o = byId(ours);
  const out: Obj[] = [];
  const keep = (v: unknown) => {
    if (v !== undefined) out.push(v as Obj);
  };
  for (const mine of ours) {
    const id = mine.id as string;
    const here = item(list, id);
    if (t.has(id)) keep(mergeAt(b.get(id), mine, t.get(id), here, run));
    else if (!b.has(id))
      keep(mine); // we added it
    else if (!sameContent(b.get(id), mine)) {
      // They removed what we changed: our change stays.
      run.conflict(here, mine, undefined);
      keep(mine);
    } // else they removed it and we did not touch it: gone
  }
  for (const other of theirs) {
    const id = other.id as string;
    if (o.has(id)) continue;
    if (!b.has(id))
      keep(other); // they added it
    else if (!sameContent(b.get(id), other)) {
      // We removed what they changed: their change stays.
      run.conflict(item(list, id), undefined, other);
      keep(other);
    }
  }
  return out;
}
