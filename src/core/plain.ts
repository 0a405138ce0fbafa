/**
 * The first pass over everything that comes in: the input copied into plain JSON data by reading
 * it (so framework proxies work), without recursion and under hard limits (size, depth, hostile
 * keys), so that no input can freeze the page or blow the stack; and the error every refusal
 * throws, which names the field and the problem.
 */

export const LIMITS = Object.freeze({
  /** Largest value or file, in characters of JSON (≈ bytes for the tool's texts). */
  bytes: 1024 * 1024,
  /** Deepest nesting any of our values needs is 6; 32 leaves room for host content. */
  depth: 32,
  /** Stakeholders, groups, answers: items in one list. */
  items: 1000,
  questions: 500,
  name: 200,
  text: 5000,
  id: 100,
});

export type Problem =
  | { kind: 'not-json' }
  | { kind: 'too-large'; max: number }
  | { kind: 'too-deep'; max: number }
  | { kind: 'forbidden-key'; key: string }
  | { kind: 'unknown-key'; key: string }
  | { kind: 'required' }
  | { kind: 'type'; expected: string }
  | { kind: 'one-of'; allowed: readonly string[]; got: string }
  | { kind: 'too-long'; max: number }
  | { kind: 'too-many'; max: number }
  | { kind: 'duplicate'; id: string }
  | { kind: 'in-use'; id: string }
  | { kind: 'schema'; expected: string; got: string }
  | { kind: 'newer-version'; got: string };

/** Thrown for any refused input. A TypeError, as the contract promises for an invalid `value`. */
export class ValidationError extends TypeError {
  constructor(
    readonly path: string,
    readonly problem: Problem,
  ) {
    super(`${short(path || 'value', 120)}: ${describe(problem)}`);
    this.name = 'ValidationError';
  }
}

/** Input echoed in a message, cut short: a 200,000-character key must not make a 200,000-character message. */
export function short(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function describe(p: Problem): string {
  switch (p.kind) {
    case 'not-json':
      return 'is not valid JSON';
    case 'too-large':
      return `is larger than ${p.max} characters`;
    case 'too-deep':
      return `is nested deeper than ${p.max} levels`;
    case 'forbidden-key':
      return `has the forbidden key "${short(p.key)}"`;
    case 'unknown-key':
      return `has an unknown key "${short(p.key)}"`;
    case 'required':
      return 'is required';
    case 'type':
      return `must be ${p.expected}`;
    case 'one-of':
      return `must be one of ${p.allowed.map((a) => short(a)).join(', ')} (got "${short(p.got)}")`;
    case 'too-long':
      return `is longer than ${p.max} characters`;
    case 'too-many':
      return `has more than ${p.max} items`;
    case 'duplicate':
      return `repeats the id "${short(p.id)}"`;
    case 'in-use':
      return `leaves out "${short(p.id)}", which the work still uses`;
    case 'schema':
      return `must be "${p.expected}" (got "${short(p.got)}")`;
    case 'newer-version':
      return `comes from a newer version ("${short(p.got)}") than this tool reads`;
  }
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Keys that could reach an object's prototype: never a key of ours, nor an id that becomes one. */
export const isReservedKey = (key: string): boolean => FORBIDDEN.has(key);

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Copies `input` into fresh plain JSON data, reading it key by key (no structuredClone: host
 * frameworks hand us proxies). Iterative, so a 10,000-deep input fails fast on the depth limit
 * instead of overflowing the stack; the size budget counts as it goes, so a huge input stops early.
 */
export function toPlain(input: unknown, path = ''): Plain {
  let budget = LIMITS.bytes;
  const spend = (n: number, at: string) => {
    budget -= n;
    if (budget < 0) throw new ValidationError(at, { kind: 'too-large', max: LIMITS.bytes });
  };
  const leaf = (v: unknown, at: string): Plain | undefined => {
    if (v === null) return (spend(4, at), null);
    switch (typeof v) {
      case 'string':
        spend(v.length + 2, at);
        return v;
      case 'boolean':
        spend(5, at);
        return v;
      case 'number':
        if (!Number.isFinite(v)) throw new ValidationError(at, { kind: 'type', expected: 'a finite number' });
        spend(8, at);
        return v;
      case 'object':
        return undefined;
      default:
        throw new ValidationError(at, { kind: 'type', expected: 'JSON data' });
    }
  };

  const root = leaf(input, path);
  if (root !== undefined) return root;
  const out: { v: Plain } = { v: null };
  // Each frame: a source container, the copy being filled, and where to put the copy.
  const stack: Array<{ src: object; depth: number; at: string; put: (v: Plain) => void }> = [
    { src: input as object, depth: 1, at: path, put: (v) => (out.v = v) },
  ];
  try {
    while (stack.length) {
      const { src, depth, at, put } = stack.pop()!;
      if (depth > LIMITS.depth) throw new ValidationError(at, { kind: 'too-deep', max: LIMITS.depth });
      if (Array.isArray(src)) {
        const n = src.length;
        spend(n + 2, at);
        const copy: Plain[] = new Array(n);
        put(copy);
        for (let i = 0; i < n; i++) {
          const child: unknown = src[i];
          const here = `${at}[${i}]`;
          const v = leaf(child, here);
          if (v !== undefined) copy[i] = v;
          else stack.push({ src: child as object, depth: depth + 1, at: here, put: (c) => (copy[i] = c) });
        }
      } else {
        if (!isPlainObject(src)) throw new ValidationError(at, { kind: 'type', expected: 'plain JSON data' });
        const keys = Object.keys(src);
        spend(keys.length + 2, at);
        const copy: { [key: string]: Plain } = {};
        put(copy);
        for (const key of keys) {
          const here = at ? `${at}.${key}` : key;
          if (FORBIDDEN.has(key)) throw new ValidationError(here, { kind: 'forbidden-key', key });
          spend(key.length + 3, here);
          const child: unknown = (src as Record<string, unknown>)[key];
          if (child === undefined) continue; // as JSON.stringify does
          const v = leaf(child, here);
          if (v !== undefined) copy[key] = v;
          else stack.push({ src: child as object, depth: depth + 1, at: here, put: (c) => (copy[key] = c) });
        }
      }
    }
  } catch (e) {
    if (e instanceof ValidationError) throw e;
    // A getter that throws, a revoked proxy…: not data we can take.
    throw new ValidationError(path, { kind: 'type', expected: 'plain JSON data' });
  }
  return out.v;
}

/** Parses text from storage or a file: size first, then JSON, then the plain copy. */
export function parseJsonText(text: string): Plain {
  if (text.length > LIMITS.bytes) throw new ValidationError('', { kind: 'too-large', max: LIMITS.bytes });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ValidationError('', { kind: 'not-json' });
  }
  return toPlain(data);
}
