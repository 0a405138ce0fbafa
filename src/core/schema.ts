/**
 * Validation of everything that comes in: `value`, stored data, imported files, host content.
 *
 * Two passes. `toPlain` (in `plain.ts`) copies the input into plain data under hard limits; the
 * typed checks here then run on that small, plain copy. No eval, no runtime-compiled validators:
 * every check is a plain function (strict CSP).
 */

import { LIMITS, ValidationError, toPlain, type Plain } from './plain.js';

export {
  LIMITS,
  ValidationError,
  short,
  isReservedKey,
  toPlain,
  parseJsonText,
  type Problem,
  type Plain,
} from './plain.js';

// ── Typed checks over plain data ────────────────────────────────────────────────────────────────

export type Check<T> = (v: Plain | undefined, path: string) => T;

const at = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/**
 * Control characters (but tab and line breaks), the non-characters U+FFFE and U+FFFF, and halves
 * of a surrogate pair: no text needs them, and a downloaded picture or report cannot hold them.
 */
const UNFIT =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as the tool keeps it: without the characters no text needs (see `UNFIT`). */
export const cleanText = (text: string): string => text.replace(UNFIT, '');

/** Spaces and characters that show nothing (zero-width spaces and joiners, word joiner, BOM). */
const BLANK = /^[\s\u200B-\u200D\u2060\uFEFF]*$/;

/** Whether text shows nothing at all. */
export const isBlank = (text: string): boolean => BLANK.test(text);

/**
 * Its length in characters, as JSON Schema's `maxLength` counts them: a character outside the
 * Basic Multilingual Plane (an emoji, a rare name's letter) is one, not its two UTF-16 halves.
 */
export function characters(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
}

/** A string of at most `max` characters, cleaned of characters no text needs. */
export const string =
  (max: number): Check<string> =>
  (v, path) => {
    if (typeof v !== 'string') throw new ValidationError(path, { kind: 'type', expected: 'a string' });
    const text = cleanText(v);
    if (text.length > max && characters(text) > max) throw new ValidationError(path, { kind: 'too-long', max });
    return text;
  };

/** A name: a string that is empty or shows something (not only a zero-width space). */
export const name =
  (max: number): Check<string> =>
  (v, path) => {
    const text = string(max)(v, path);
    if (text && isBlank(text)) throw new ValidationError(path, { kind: 'required' });
    return text;
  };

export const boolean: Check<boolean> = (v, path) => {
  if (typeof v !== 'boolean') throw new ValidationError(path, { kind: 'type', expected: 'true or false' });
  return v;
};

export const oneOf =
  <T extends string>(allowed: readonly T[]): Check<T> =>
  (v, path) => {
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v))
      throw new ValidationError(path, { kind: 'one-of', allowed, got: String(v) });
    return v as T;
  };

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (v, path) =>
    v === null ? null : check(v, path);

/** RFC 3339, as JSON Schema's `date-time` reads it: seconds included, the offset a real one. */
const ISO = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
/** Years a date of this tool can be in. */
export const YEARS = Object.freeze({ min: 2000, max: 2199 });

/** Whether year-month-day is a day of the calendar (no 31 February). */
export function realDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * A moment in ISO 8601 (`2026-12-06T09:15:00.000Z`, seconds included): a real day, in a year this
 * tool can be used.
 */
export const isoDate: Check<string> = (v, path) => {
  const m = typeof v === 'string' ? ISO.exec(v) : null;
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  if (!m || y < YEARS.min || y > YEARS.max || !realDay(y, mo, d) || Number.isNaN(Date.parse(v as string)))
    throw new ValidationError(path, { kind: 'type', expected: 'an ISO 8601 date' });
  return v as string;
};

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day (`2027-03-15`): a real day, in a year this tool can be used. */
export const isoDay: Check<string> = (v, path) => {
  const m = typeof v === 'string' ? DAY.exec(v) : null;
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  if (!m || y < YEARS.min || y > YEARS.max || !realDay(y, mo, d))
    throw new ValidationError(path, { kind: 'type', expected: 'a day (YYYY-MM-DD)' });
  return v as string;
};

export const array =
  <T>(item: Check<T>, max: number): Check<T[]> =>
  (v, path) => {
    if (!Array.isArray(v)) throw new ValidationError(path, { kind: 'type', expected: 'a list' });
    if (v.length > max) throw new ValidationError(path, { kind: 'too-many', max });
    return v.map((x, i) => item(x, at(path, i)));
  };

/**
 * A map of free keys (question ids → answers). Keys are checked like ids, and kept as they are: so
 * a key must hold no character that text is cleaned of.
 */
export const record =
  <T>(value: Check<T>, max: number): Check<Record<string, T>> =>
  (v, path) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v))
      throw new ValidationError(path, { kind: 'type', expected: 'an object' });
    const keys = Object.keys(v);
    if (keys.length > max) throw new ValidationError(path, { kind: 'too-many', max });
    const out: Record<string, T> = {};
    for (const key of keys) {
      if (cleanText(key) !== key)
        throw new ValidationError(at(path, key), { kind: 'type', expected: 'an id without control characters' });
      string(LIMITS.id)(key, at(path, key));
      out[key] = value(v[key], at(path, key));
    }
    return out;
  };

type Shape = Record<string, Check<unknown>>;
type Out<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

/**
 * A fixed-shape object. Unknown keys are refused (a typo must not be saved silently); keys listed
 * in `defaults` may be left out and get that value.
 */
export const object =
  <S extends Shape>(shape: S, defaults: Partial<Out<S>> = {}): Check<Out<S>> =>
  (v, path) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v))
      throw new ValidationError(path, { kind: 'type', expected: 'an object' });
    for (const key of Object.keys(v))
      if (!Object.hasOwn(shape, key)) throw new ValidationError(at(path, key), { kind: 'unknown-key', key });
    const out = {} as Out<S>;
    for (const key of Object.keys(shape) as Array<keyof S & string>) {
      if (v[key] === undefined) {
        if (Object.hasOwn(defaults, key)) out[key] = defaults[key] as Out<S>[typeof key];
        else throw new ValidationError(at(path, key), { kind: 'required' });
      } else out[key] = shape[key](v[key], at(path, key)) as Out<S>[typeof key];
    }
    return out;
  };

/** Refuses a list in which two items share an id. */
export function uniqueIds<T extends { id: string }>(list: T[], path: string): T[] {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (seen.has(item.id)) throw new ValidationError(at(at(path, i), 'id'), { kind: 'duplicate', id: item.id });
    seen.add(item.id);
  });
  return list;
}

// ── Versioned values ────────────────────────────────────────────────────────────────────────────

export interface Versioned {
  schema: string;
  updatedAt: string;
}

/**
 * One value kind of the contract: its schema name and version, the check of its own fields, and
 * migrations from older versions (`migrations[n]` turns version n into n + 1).
 */
export interface ValueSchema<V extends Versioned> {
  name: string;
  version: number;
  fields: Check<Omit<V, 'schema' | 'updatedAt'>>;
  migrations?: Record<number, (old: { [key: string]: Plain }) => { [key: string]: Plain }>;
}

/** Validates (and, for older versions, migrates) any input into a fresh value of this kind. */
export function parseValue<V extends Versioned>(schema: ValueSchema<V>, input: unknown): V {
  let plain: unknown;
  try {
    plain = input !== null && typeof input === 'object' && !Array.isArray(input) ? toPlain(input) : input;
  } catch (e) {
    // `Array.isArray` throws on a revoked proxy.
    if (e instanceof ValidationError) throw e;
    throw new ValidationError('', { kind: 'type', expected: 'plain JSON data' });
  }
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain))
    throw new ValidationError('', { kind: 'type', expected: 'an object' });
  let data = plain as { [key: string]: Plain };
  const expected = `${schema.name}/${schema.version}`;
  // A value names its kind: `{}` from a framework whose state starts empty is no value.
  const declared = data.schema;
  if (declared === undefined) throw new ValidationError('schema', { kind: 'required' });
  if (typeof declared !== 'string') throw new ValidationError('schema', { kind: 'type', expected: 'a string' });
  const match = /^(.+)\/(\d+)$/.exec(declared);
  if (!match || match[1] !== schema.name)
    throw new ValidationError('schema', { kind: 'schema', expected, got: declared });
  let version = Number(match[2]);
  if (version > schema.version) throw new ValidationError('schema', { kind: 'newer-version', got: declared });
  while (version < schema.version) {
    const step = schema.migrations?.[version];
    if (!step) throw new ValidationError('schema', { kind: 'schema', expected, got: declared });
    data = step(data);
    version++;
  }
  const { schema: _s, updatedAt, ...rest } = data;
  void _s;
  const fields = schema.fields(rest, '');
  return {
    schema: expected,
    updatedAt: updatedAt === undefined ? new Date().toISOString() : isoDate(updatedAt, 'updatedAt'),
    ...fields,
  } as V;
}

/** A whole value of another kind inside this one (the engagement tool holds the three parts). */
export const nested =
  <V extends Versioned>(schema: ValueSchema<V>): Check<V> =>
  (v, path) => {
    try {
      return parseValue(schema, v);
    } catch (e) {
      if (e instanceof ValidationError) throw new ValidationError(e.path ? at(path, e.path) : path, e.problem);
      throw e;
    }
  };

/**
 * Whether two values hold the same content: the same data whatever the order of object keys, time
 * stamps (`updatedAt`) not counted. A framework that re-assigns the value it got must not look
 * like an edit, nor must the same answers listed in another order.
 */
export function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((x, i) => sameContent(x, other[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => k !== 'updatedAt' && o[k] !== undefined);
  const kx = keys(x);
  return kx.length === keys(y).length && kx.every((k) => Object.hasOwn(y, k) && sameContent(x[k], y[k]));
}
