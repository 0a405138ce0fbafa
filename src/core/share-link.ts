/**
 * The work in a link: `#elz=<key>:<payload>` at the end of the page's own address, where `key` is
 * the element's storage key (so that only the element it came from takes it) and `payload` the
 * value's JSON, compressed (`deflate-raw`) and written in base64url. The fragment never reaches
 * the web server: the browser keeps it. The value carries its `schema` id, so a link made today
 * is read, and migrated, by later versions like a file is.
 *
 * Reading is as careful as an import: the payload's length is checked before anything is decoded,
 * the inflated text is counted while it comes (a small link cannot unpack into a huge text), and
 * the JSON is copied under the core's limits. The value's own checks are the element's.
 */
import { msg, str } from '@lit/localize';
import { toBase64 } from './base64.js';
import { LIMITS, ValidationError, parseJsonText, type Plain } from './schema.js';

/** What starts our part of the fragment. Anything else in the fragment is the page's own. */
export const PREFIX = 'elz=';

/**
 * Up to this length, in characters (the whole address), a link survives where people paste it:
 * about 2,000 characters is the length commonly given as safe for mail programs (Outlook and older
 * web mail wrap or cut longer ones), chat apps' previews and old browsers (Internet Explorer's
 * 2,083). A first plan with a circle of 20 to 25 names fits (measured: 20 stakeholders without
 * notes, 1,263 characters on a 56-character page address; the whole worked example, with notes,
 * answers and a plan, 2,600 to 2,800).
 */
export const LINK_SAFE = 2000;

/**
 * The longest link the tool makes. Between `LINK_SAFE` and this it makes the link and says that
 * some mail programs may cut it, and offers the file too; above it, only the file. 8,000 is the
 * length RFC 9110 asks every sender and recipient of an address to handle, and what chat apps
 * still take in one message.
 */
export const LINK_LIMIT = 8000;

/**
 * The longest payload read from a link: what the biggest value (LIMITS.bytes) could take,
 * compressed at worst not at all, in base64 (4 characters per 3 bytes).
 */
export const MAX_PAYLOAD = Math.ceil((LIMITS.bytes * 4) / 3) + 4;

export type ShareProblem = 'truncated' | 'not-base64' | 'too-large' | 'broken';

/** A link that cannot be read. `problem` says why; `reason()` says it to the user (`errorMessage` asks). */
export class ShareLinkError extends Error {
  constructor(readonly problem: ShareProblem) {
    super(`The link cannot be read: ${problem}`);
    this.name = 'ShareLinkError';
  }

  reason(): string {
    switch (this.problem) {
      case 'truncated':
        return msg('de link is niet volledig. Misschien werd hij afgebroken bij het kopiëren.', {
          id: 'core.reason.link-cut',
        });
      case 'too-large':
        return msg(str`dit is groter dan ${Math.round(LIMITS.bytes / 1024)} kB.`, { id: 'core.reason.too-large' });
      default:
        return msg('de link is beschadigd.', { id: 'core.reason.link-broken' });
    }
  }
}

// ── base64url ─────────────────────────────────────────────────────────────────────────────────

const B64URL = /^[A-Za-z0-9_-]*$/;

export function toBase64Url(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  // A length of 4n + 1 cannot come from any bytes: the end was cut off.
  if (!B64URL.test(text) || text.length % 4 === 1) throw new ShareLinkError('not-base64');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// ── compression ────────────────────────────────────────────────────────────────────────────────

async function deflate(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Inflates at most `max` bytes: a few kilobytes of link could otherwise unpack into gigabytes.
 * A stream that ends early or holds anything but deflate data is refused.
 */
async function inflate(bytes: Uint8Array, max: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > max) {
        void reader.cancel().catch(() => undefined);
        throw new ShareLinkError('too-large');
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof ShareLinkError) throw e;
    // Chromium and Firefox say "incomplete" or "junk" in their own words: both are a cut or broken link.
    throw new ShareLinkError('truncated');
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

// ── the fragment ───────────────────────────────────────────────────────────────────────────────

/** Our part of a fragment (`#…`), with where it starts and ends, or null when there is none. */
function find(hash: string): { start: number; end: number; body: string } | null {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  const offset = hash.length - text.length;
  // At the start, or after `&` when a page keeps its own parameters in the fragment too.
  const at = text.startsWith(PREFIX) ? 0 : text.indexOf(`&${PREFIX}`) + 1;
  if (at === 0 && !text.startsWith(PREFIX)) return null;
  const next = text.indexOf('&', at);
  const end = next < 0 ? text.length : next;
  return { start: offset + at, end: offset + end, body: text.slice(at + PREFIX.length, end) };
}

/** The storage key a fragment is meant for, or null when it holds no link of ours. */
export function linkKey(hash: string): string | null {
  const part = find(hash);
  if (!part) return null;
  const colon = part.body.indexOf(':');
  if (colon < 0) return null;
  try {
    return decodeURIComponent(part.body.slice(0, colon));
  } catch {
    return null;
  }
}

/** The fragment without our part: what the page had there, or `''`. */
export function withoutLink(hash: string): string {
  const part = find(hash);
  if (!part) return hash;
  let rest = hash.slice(0, part.start) + hash.slice(part.end);
  rest = rest.replace(/^#&/, '#').replace(/&&/, '&').replace(/&$/, '');
  return rest === '#' ? '' : rest;
}

/** Encodes a value for `key`: the fragment's text, without the `#`. */
export async function encodeShare(key: string, value: unknown): Promise<string> {
  const payload = toBase64Url(await deflate(JSON.stringify(value)));
  return `${PREFIX}${encodeURIComponent(key)}:${payload}`;
}

/**
 * The link to the page at `href` (its own fragment left out: it would take the reader elsewhere in
 * the page's own routing) that opens this value, with its length and whether it is short enough
 * to make (`fits`, up to `LINK_LIMIT`) and to paste anywhere (`safe`, up to `LINK_SAFE`).
 */
export async function shareLink(
  href: string,
  key: string,
  value: unknown,
): Promise<{ link: string; length: number; fits: boolean; safe: boolean }> {
  const url = new URL(href);
  url.hash = '';
  const link = `${url.href.replace(/#$/, '')}#${await encodeShare(key, value)}`;
  return { link, length: link.length, fits: link.length <= LINK_LIMIT, safe: link.length <= LINK_SAFE };
}

/**
 * Reads the value in a fragment meant for `key`: null when the fragment holds no link for it.
 * Throws a `ShareLinkError` for a link that cannot be read, and the core's `ValidationError` for
 * text that is not data (not JSON, too deep, a forbidden key): the value's schema is checked by
 * the element, as for a file.
 */
export async function readShare(hash: string, key: string): Promise<Plain | null> {
  if (linkKey(hash) !== key) return null;
  const part = find(hash)!;
  const payload = part.body.slice(part.body.indexOf(':') + 1);
  if (!payload) throw new ShareLinkError('truncated');
  if (payload.length > MAX_PAYLOAD) throw new ShareLinkError('too-large');
  const bytes = fromBase64Url(payload);
  // UTF-8 takes at most 3 bytes for each character JSON holds here (4 for a pair, which counts as 2).
  const inflated = await inflate(bytes, LIMITS.bytes * 3);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    throw new ShareLinkError('broken');
  }
  try {
    return parseJsonText(text);
  } catch (e) {
    if (e instanceof ValidationError && e.problem.kind === 'too-large') throw new ShareLinkError('too-large');
    if (e instanceof ValidationError && e.problem.kind === 'not-json') throw new ShareLinkError('broken');
    throw e;
  }
}
