/**
 * The data model every element holds: the state and where it came from, undo, storage, the form
 * value, and the events that tell the page. The element renders `model.value`, sends the user's
 * edits to `edit()` and the page's values to `set()`; everything else follows from here.
 *
 * Inside the engagement tool a part holds no work of its own: the tool gives it its slice with
 * `adopt()`, which is never reported back, and the part's edits go up as `elz-edit` events. Data
 * flows one way, so no echo can start a loop.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ElzErrorCode, ElzErrorDetail } from './events.js';
import { datedName, downloadFile, readFile } from './file.js';
import { currentLocale } from './locale.js';
import { errorMessage, words } from './messages.js';
import type { NoticeAction, NoticeController } from './notices.js';
import { PersistenceController, type StorageArea } from './persistence.js';
import {
  LIMITS,
  ValidationError,
  parseJsonText,
  parseValue,
  sameContent,
  type ValueSchema,
  type Versioned,
} from './schema.js';

export interface ValueOptions<V extends Versioned> {
  /** Checks what the page or the user brings in: values and files. */
  schema(): ValueSchema<V>;
  /**
   * Checks what was stored, and every edit before it is kept: never stricter than `schema`, so
   * that whatever the element keeps, it can read back (host settings that arrive late included).
   */
  storedSchema?(): ValueSchema<V>;
  /** A fresh, empty value in the current language. */
  empty(): V;
  /** The base of download file names, in the current language. */
  fileName(): string;
  notices: NoticeController;
  internals: ElementInternals;
}

/** Where the state came from: nothing yet, storage (or another tab), or the user and the page. */
type Origin = 'empty' | 'stored' | 'own';

export class ValueController<V extends Versioned> implements ReactiveController {
  /** Part of a bigger element, which keeps the work: see the file's comment. */
  embedded = false;
  readonly storage: PersistenceController<V>;

  private state: V;
  private origin: Origin = 'empty';
  /** The state before the last reset, import or removal, until anything else changes it. */
  private undoState: V | null = null;
  /** A value the page set before storage was bound; it wins over what is stored. */
  private hostValue: V | null = null;
  private stateLocale = currentLocale();
  private readonly notices: NoticeController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ValueOptions<V>,
  ) {
    host.addController(this);
    this.notices = options.notices;
    this.state = options.empty();
    this.storage = new PersistenceController<V>(host, {
      parse: (text) => parseValue(this.storedSchema, parseJsonText(text)),
      current: () => (this.origin === 'empty' ? null : this.state),
      apply: (value, origin) => this.applyStored(value, origin),
      forgotten: () => this.clear(),
      problem: (code, source) => this.report(code, source),
      recovered: () => {
        this.notices.dismiss('error-storage-full');
        this.notices.dismiss('error-storage-unavailable');
        this.notices.show({ id: 'recovered', tone: 'info', text: words.savedAgain });
      },
    });
  }

  /** The state being shown. Never change it in place: edits make a new value. */
  get value(): V {
    return this.state;
  }

  /** A plain copy of the state, for the page. */
  copy(): V {
    return JSON.parse(JSON.stringify(this.state)) as V;
  }

  private get storedSchema(): ValueSchema<V> {
    return this.options.storedSchema?.() ?? this.options.schema();
  }

  // ── what comes in ──────────────────────────────────────────────────────────────────────────────

  /**
   * A value from the page: checked whole first; a refusal throws the `ValidationError` (a
   * TypeError) and, with `report`, fires `elz-error`. A value with the same content changes nothing.
   */
  set(input: unknown, report: boolean): void {
    const next = this.check(() => parseValue(this.options.schema(), input), report ? 'invalid-value' : null);
    if (!this.storage.isBound) this.hostValue = next;
    if (sameContent(next, this.state)) return;
    this.commit(next);
  }

  /** The whole element gives this part its slice of the work: shown, never reported back. */
  adopt(value: V): void {
    this.embedded = true;
    if (value === this.state) return;
    if (!sameContent(value, this.state)) this.dropUndo();
    this.state = value;
    this.origin = 'own';
    this.host.requestUpdate();
  }

  /**
   * An edit by the user, time-stamped. It is checked as a reload would read it, so that the
   * element never keeps what it could not read back (a text over the size limit, a count past
   * its bound); a refused edit changes nothing and says why. With `done`, the user may undo it.
   */
  edit(next: V, done?: () => string): boolean {
    const stamped = { ...next, updatedAt: new Date().toISOString() };
    try {
      this.check(() => this.readable(stamped), 'edit-refused');
    } catch {
      this.host.requestUpdate(); // fields show the state again, not the refused text
      return false;
    }
    const before = this.state;
    this.commit(stamped);
    if (done) {
      this.undoState = before;
      this.notices.show({
        id: 'undo',
        tone: 'info',
        text: done,
        actions: [{ label: words.undo, run: () => this.undo() }],
      });
    }
    return true;
  }

  /** Throws unless a reload would read `value` back as it is. */
  private readable(value: V): void {
    const text = JSON.stringify(value);
    if (text.length > LIMITS.bytes) throw new ValidationError('', { kind: 'too-large', max: LIMITS.bytes });
    parseValue(this.storedSchema, value);
  }

  /** Clears the work; the user can undo it until anything else changes. */
  reset(): void {
    this.edit(this.options.empty(), words.resetDone);
  }

  undo(): void {
    const back = this.undoState;
    if (back) this.edit(back);
  }

  async importFile(file: Blob): Promise<void> {
    let next: V;
    try {
      next = parseValue(this.options.schema(), parseJsonText(await readFile(file)));
    } catch (e) {
      this.report('invalid-import', e);
      return;
    }
    this.edit(next, words.importDone);
  }

  /** Erases what this element keeps on this device, kept-aside copies included. */
  forget(): void {
    this.storage.forget();
    this.clear();
    this.notices.show({ id: 'forgotten', tone: 'info', text: words.forgotten });
  }

  // ── storage ────────────────────────────────────────────────────────────────────────────────────

  /** Keeps the work under this area and key from now on, and shows what is stored there. */
  bind(area: StorageArea, key: string): void {
    const { area: boundArea, key: boundKey } = this.storage.location;
    if (this.storage.isBound && area === boundArea && key === boundKey) return;
    const stored = this.storage.bind(area, key);
    if (this.hostValue) {
      // The page's value wins over what is stored, and is saved.
      const host = this.hostValue;
      this.hostValue = null;
      this.storage.save(host);
    } else if (stored) {
      this.applyStored(stored, 'restore');
    } else if (this.origin !== 'empty') {
      this.storage.save(this.state);
    }
  }

  private applyStored(value: V, origin: 'restore' | 'sync'): void {
    if (this.origin !== 'empty' && sameContent(value, this.state)) return;
    // Undo would take back what came from elsewhere: it is for this tab's own last step only.
    this.dropUndo();
    this.state = value;
    this.origin = 'stored';
    this.syncForm();
    this.host.requestUpdate();
    if (origin === 'sync') this.emitChange();
  }

  // ── what goes out ──────────────────────────────────────────────────────────────────────────────

  /** Reports a refusal: an `elz-error` event and a notice, both in the user's language. */
  report(code: ElzErrorCode, cause?: unknown): void {
    const text = () => errorMessage(code, cause);
    const detail: ElzErrorDetail = { code, message: text() };
    this.host.dispatchEvent(new CustomEvent('elz-error', { detail, bubbles: true, composed: true }));
    const actions: NoticeAction[] =
      (code === 'storage-unreadable' && cause !== 'another-element') || code === 'storage-conflict'
        ? [{ label: words.downloadAside, run: () => this.downloadKeptAside() }]
        : code === 'storage-full' || code === 'storage-unavailable'
          ? [{ label: words.download, run: () => this.download() }]
          : [];
    this.notices.show({ id: `error-${code}`, tone: code.startsWith('storage') ? 'warning' : 'error', text, actions });
  }

  download(): void {
    downloadFile(datedName(this.options.fileName()), JSON.stringify(this.state, null, 2));
  }

  private downloadKeptAside(): void {
    for (const { key, text } of this.storage.keptAside) downloadFile(`${key.replace(/[^\w.-]+/g, '_')}.json`, text);
  }

  /** The form submits the value as JSON while the element has a name. */
  syncForm(): void {
    this.options.internals.setFormValue(this.host.hasAttribute('name') ? JSON.stringify(this.state) : null);
  }

  hostUpdate(): void {
    // Untouched default content (a default group's name) follows a language switch.
    const locale = currentLocale();
    if (this.origin === 'empty' && locale !== this.stateLocale) this.state = this.options.empty();
    this.stateLocale = locale;
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────────────

  /** Runs a check; a refusal is reported under `code` (unless null) and thrown on. */
  private check<T>(run: () => T, code: ElzErrorCode | null): T {
    try {
      return run();
    } catch (e) {
      // Anything that is not our refusal (a revoked proxy, a throwing getter) is bad data too.
      const refusal =
        e instanceof ValidationError ? e : new ValidationError('', { kind: 'type', expected: 'JSON data' });
      if (code) this.report(code, refusal);
      throw refusal;
    }
  }

  private commit(next: V): void {
    this.state = next;
    this.origin = 'own';
    this.dropUndo();
    this.host.requestUpdate();
    if (this.embedded) {
      // Up to the whole element, which keeps the work; it does not cross its shadow root.
      this.host.dispatchEvent(new CustomEvent('elz-edit', { detail: next }));
      return;
    }
    this.storage.save(next);
    this.syncForm();
    this.emitChange();
  }

  private clear(): void {
    this.state = this.options.empty();
    this.origin = 'empty';
    this.dropUndo();
    this.syncForm();
    this.host.requestUpdate();
    this.emitChange();
  }

  private dropUndo(): void {
    this.undoState = null;
    this.notices.dismiss('undo');
  }

  private emitChange(): void {
    this.host.dispatchEvent(new CustomEvent('elz-change', { detail: this.copy(), bubbles: true, composed: true }));
  }
}
