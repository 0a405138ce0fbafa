/**
 * Three-way merge of two edits of the same JSON value, as two tabs make them: what changed on one
 * side only is taken from that side; where both sides changed the same field in different ways,
 * ours stays and the field is reported, so that the caller can keep theirs too and say so.
 *
 * Lists of objects with an `id` (stakeholders, groups, plan items) merge item by item; any other
 * list, and any other value, is one field.
 */
import { sameContent } from './schema.js';

export interface Merged {
  value: unknown;
  /** Where both sides changed the same field differently (ours was kept). */
  conflicts: string[];
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const hasId = (v: unknown): v is Obj & { id: string } => isObject(v) && typeof v.id === 'string';
const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

export function merge3(base: unknown, ours: unknown, theirs: unknown): Merged {
  const conflicts: string[] = [];
  const value = mergeAt(base, ours, theirs, '', conflicts);
  return { value, conflicts };
}

function mergeAt(base: unknown, ours: unknown, theirs: unknown, path: string, conflicts: string[]): unknown {
  if (sameContent(ours, theirs)) return ours;
  if (sameContent(base, ours)) return theirs;
  if (sameContent(base, theirs)) return ours;
  if (isObject(ours) && isObject(theirs))
    return mergeObjects(isObject(base) ? base : {}, ours, theirs, path, conflicts);
  if (Array.isArray(ours) && Array.isArray(theirs) && [...ours, ...theirs].every(hasId))
    return mergeLists(Array.isArray(base) ? base.filter(hasId) : [], ours, theirs, path, conflicts);
  conflicts.push(path || '(value)');
  return ours;
}

function mergeObjects(base: Obj, ours: Obj, theirs: Obj, path: string, conflicts: string[]): Obj {
  const out: Obj = {};
  for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    if (key === 'updatedAt') {
      // The time stamp is no content: the later of the two.
      out[key] = String(ours[key] ?? '') >= String(theirs[key] ?? '') ? ours[key] : theirs[key];
      continue;
    }
    const v = mergeAt(base[key], ours[key], theirs[key], at(path, key), conflicts);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/** Items matched by id: ours in our order, then the ones only they added, in their order. */
function mergeLists(base: Obj[], ours: Obj[], theirs: Obj[], path: string, conflicts: string[]): Obj[] {
  const byId = (list: Obj[]) => new Map(list.map((x) => [x.id as string, x]));
  const b = byId(base);
  const t = byId(theirs);
  const o = byId(ours);
  const out: Obj[] = [];
  const keep = (v: unknown) => {
    if (v !== undefined) out.push(v as Obj);
  };
  for (const item of ours) {
    const id = item.id as string;
    const here = `${path}[id=${id}]`;
    if (t.has(id)) keep(mergeAt(b.get(id), item, t.get(id), here, conflicts));
    else if (!b.has(id))
      keep(item); // we added it
    else if (!sameContent(b.get(id), item)) {
      // They removed what we changed: our change stays.
      conflicts.push(here);
      keep(item);
    } // else they removed it and we did not touch it: gone
  }
  for (const item of theirs) {
    const id = item.id as string;
    if (o.has(id)) continue;
    if (!b.has(id))
      keep(item); // they added it
    else if (!sameContent(b.get(id), item)) {
      // We removed what they changed: their change stays.
      conflicts.push(`${path}[id=${id}]`);
      keep(item);
    }
  }
  return out;
}
