/**
 * Where the work is kept: the browser's storage areas, and copies kept aside under a key of their
 * own (`<key>.unreadable.<time>`, `<key>.conflict.<time>`) so that nothing is ever lost.
 */

export type StorageArea = 'local' | 'session' | 'none';

/** Copies kept aside per key; older ones are removed when a new one is made. */
export const KEEP_ASIDE = 3;

/** Reads `localStorage` or `sessionStorage`; even the property access can throw (sandboxed frames). */
export function storageFor(area: StorageArea): Storage | null {
  if (area === 'none') return null;
  try {
    const store = area === 'local' ? window.localStorage : window.sessionStorage;
    return store ?? null;
  } catch {
    return null;
  }
}

/** Whether a storage error says the area is full (browsers name it differently). */
export function isQuotaError(e: unknown): boolean {
  const err = e as { name?: unknown; code?: unknown; message?: unknown } | null;
  return (
    !!err &&
    (err.code === 22 ||
      err.code === 1014 ||
      /quota/i.test(String(err.name)) ||
      /quota|full|exceeded/i.test(String(err.message)))
  );
}

/** The end of a key that holds a copy kept aside. */
const ASIDE = /\.(unreadable|conflict)\.(\d+)(?:-(\d+))?$/;

/** The copies kept aside of `key` in `store`, oldest first. */
export function asideKeys(store: Storage, key: string): string[] {
  const found: Array<{ k: string; t: number; n: number }> = [];
  for (let i = 0; i < store.length; i++) {
    const k = store.key(i);
    const m = k?.startsWith(`${key}.`) ? ASIDE.exec(k.slice(key.length)) : null;
    if (k && m) found.push({ k, t: Number(m[2]), n: Number(m[3] ?? 0) });
  }
  return found.sort((a, b) => a.t - b.t || a.n - b.n).map((f) => f.k);
}

/**
 * Copies `text` to a key of its own beside `key`, checks that it stuck, and removes the oldest
 * copies beyond `KEEP_ASIDE`. Returns the copy's key; throws when the copy could not be made.
 */
export function copyAside(store: Storage, key: string, text: string, kind: 'unreadable' | 'conflict'): string {
  const now = Date.now();
  let aside = `${key}.${kind}.${now}`;
  for (let n = 1; store.getItem(aside) !== null; n++) aside = `${key}.${kind}.${now}-${n}`;
  store.setItem(aside, text);
  if (store.getItem(aside) !== text) throw new Error('copy did not stick');
  const older = asideKeys(store, key).filter((k) => k !== aside);
  older.slice(0, Math.max(0, older.length - (KEEP_ASIDE - 1))).forEach((k) => store.removeItem(k));
  return aside;
}
