/**
 * Files the user makes or brings: downloads are built in the browser (no network), imports are
 * size-checked before a single byte is read.
 */
import { LIMITS, ValidationError } from './schema.js';

/** Offers `data` (a text, or a Blob such as a picture) as a file download. */
export function downloadFile(filename: string, data: string | Blob, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.click();
  // The download has started by the next task; keep the URL a little longer for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a chosen file as text, refusing anything over the size limit without reading it. */
export async function readFile(file: Blob): Promise<string> {
  if (file.size > LIMITS.bytes) throw new ValidationError('', { kind: 'too-large', max: LIMITS.bytes });
  return file.text();
}

/** `elz-participation-ladder-2026-11-23.json` */
export function datedName(base: string, ext = 'json', date = new Date()): string {
  return `${base}-${date.toISOString().slice(0, 10)}.${ext}`;
}
