/** Test helpers shared by every element's tests. */
import { WRITE_DELAY } from '../src/core/persistence.js';
import { localeReady, normalizeLocale, switchLocale } from '../src/core/locale.js';
import { getByRole, queryAllByRole } from './by-role.js';

export const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The cross-tab `storage` listener is attached in the task after the first render. */
export const listening = () => wait(0);

/** Long enough for a coalesced write to have happened. */
export const afterSave = () => wait(WRITE_DELAY + 60);

export function clearStorage() {
  localStorage.clear();
  sessionStorage.clear();
}

type Restore = () => void;

/** Makes `window.localStorage` (or sessionStorage) itself throw, as in a sandboxed iframe. */
export function blockStorageAccess(area: 'localStorage' | 'sessionStorage' = 'localStorage'): Restore {
  const own = Object.getOwnPropertyDescriptor(window, area);
  Object.defineProperty(window, area, {
    configurable: true,
    get() {
      throw new DOMException('The document is sandboxed', 'SecurityError');
    },
  });
  return () => {
    if (own) Object.defineProperty(window, area, own);
    else delete (window as unknown as Record<string, unknown>)[area];
  };
}

/** Makes `setItem` throw the given error (quota by default); reads still work. */
export function failWrites(error: unknown = new DOMException('quota', 'QuotaExceededError')): Restore {
  const original = Storage.prototype.setItem;
  Storage.prototype.setItem = function () {
    throw error;
  };
  return () => {
    Storage.prototype.setItem = original;
  };
}

/** Counts `setItem` calls for one key. */
export function countWrites(key: string): { count: number; restore: Restore } {
  const original = Storage.prototype.setItem;
  const spy = {
    count: 0,
    restore: () => {
      Storage.prototype.setItem = original;
    },
  };
  Storage.prototype.setItem = function (k: string, v: string) {
    if (k === key) spy.count++;
    return original.call(this, k, v);
  };
  return spy;
}

/** Captures the next download: its file name and text. */
export function captureDownloads(): {
  files: Array<{ name: string; text: Promise<string>; blob: Promise<Blob> }>;
  restore: Restore;
} {
  const original = HTMLAnchorElement.prototype.click;
  const files: Array<{ name: string; text: Promise<string>; blob: Promise<Blob> }> = [];
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) {
      // Both read at once: the page may revoke the object URL right after the click.
      const blob = fetch(this.href).then((r) => r.blob());
      files.push({ name: this.download, text: blob.then((b) => b.text()), blob });
    } else original.call(this);
  };
  return {
    files,
    restore: () => {
      HTMLAnchorElement.prototype.click = original;
    },
  };
}

/** Puts a file into a file input and fires `change`, as the user choosing it would. */
export function chooseFile(input: HTMLInputElement, text: string, name = 'import.json') {
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Opens a file as the user does: presses the element's "open a file" button (its label in the
 * page's language) and chooses the file in the dialog that button opens.
 */
export function openFile(el: Element, text: string, { button = 'Bestand openen', name = 'import.json' } = {}) {
  const open = getByRole(el, 'button', { name: button });
  const click = HTMLInputElement.prototype.click;
  let dialogs = 0;
  HTMLInputElement.prototype.click = function (this: HTMLInputElement) {
    if (this.type !== 'file') return click.call(this);
    dialogs++;
    chooseFile(this, text, name);
  };
  try {
    open.click();
  } finally {
    HTMLInputElement.prototype.click = click;
  }
  if (dialogs !== 1) throw new Error(`"${button}" opened ${dialogs} file dialogs`);
}

/** Sets `<html lang>` and waits until every element shows it. */
export async function setPageLang(lang: string) {
  document.documentElement.lang = lang;
  await wait(0);
  // Before any element has connected nobody watches <html lang> yet; switch as the first one would.
  await switchLocale(normalizeLocale(lang) ?? 'nl');
  await localeReady();
}

/** What a reader sees: the text, without the invisible marks that set user text apart (U+2066–U+2069). */
export const seen = (text: string): string => text.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ');

export function textOf(el: Element): string {
  return seen(el.shadowRoot?.textContent ?? el.textContent ?? '');
}

/**
 * The element's button whose accessible name starts with `text` (or matches the pattern), as a
 * user finds it; undefined when there is none the user can reach.
 */
export function buttonNamed(el: Element, text: string | RegExp): HTMLButtonElement | undefined {
  const name = typeof text === 'string' ? (n: string) => n.startsWith(text) : text;
  return queryAllByRole<HTMLButtonElement>(el, 'button', { name })[0];
}

let seq = 0;
/** A tag name no test has used yet, for upgrade tests. */
export const freshTag = (base: string) => `${base}-t${Date.now().toString(36)}${seq++}`;

/** Records the `code` of every `elz-error` on the document until `stop()`. */
export function collectErrorCodes(): { codes: string[]; stop: Restore } {
  const codes: string[] = [];
  const listen = (e: Event) => codes.push((e as CustomEvent<{ code: string }>).detail.code);
  document.addEventListener('elz-error', listen);
  return { codes, stop: () => document.removeEventListener('elz-error', listen) };
}

/** The line of a group of the participation ladder: the button that opens it, named after the group, then where it stands. */
export function groupLine(ladder: Element, name: string): HTMLElement {
  return getByRole(ladder, 'button', { name: (n) => n.startsWith(`${name} `) && n.includes(': ') });
}

/** A group of the participation ladder, as the user sees it: the disclosure its line opens. */
export function ladderGroup(ladder: Element, name: string): HTMLDetailsElement {
  return groupLine(ladder, name).parentElement as HTMLDetailsElement;
}

/** Opens a group of the participation ladder by its name (closed groups show one line, not their choices). */
export async function openGroup(ladder: HTMLElement & { updateComplete: Promise<boolean> }, name: string) {
  const details = ladderGroup(ladder, name);
  if (!details.open) {
    const toggled = new Promise((r) => details.addEventListener('toggle', r, { once: true }));
    getByRole(details, 'button', { expanded: false }).click();
    await toggled;
  }
  await ladder.updateComplete;
  return details;
}

/** Until an element shows no "loading" placeholder (a part it loads when the user gets there). */
export async function untilLoaded(el: Element & { updateComplete: Promise<unknown> }): Promise<void> {
  await el.updateComplete;
  for (let i = 0; i < 500 && el.shadowRoot?.querySelector('.loading'); i++) {
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
  }
}
