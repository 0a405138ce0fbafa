/**
 * The thin base every elz element stands on: the `value` contract, events, form association,
 * notices, and the storage and locale controllers wired in. Each element adds its own picture and
 * controls; none of them writes its own persistence, validation or locale code.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ElzErrorCode, ElzErrorDetail } from './events.js';
import { LocaleController, currentLocale } from './locale.js';
import { errorMessage, statusMessage, storageNote, words } from './messages.js';
import { PersistenceController, type StorageArea } from './persistence.js';
import { ValidationError, parseJsonText, parseValue, sameContent, type ValueSchema, type Versioned } from './schema.js';
import { datedName, downloadFile, readFile } from './file.js';

export const VERSION = '0.1.0';

/**
 * Registers a custom element unless that name is taken. Loading the bundle twice, or beside
 * another copy, must never throw; two different versions meeting is worth a warning.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor & { version?: string }): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) customElements.define(tag, ctor);
  else if (existing !== ctor && existing.version !== ctor.version)
    console.warn(
      `elz-widgets: <${tag}> is already defined by version ${existing.version ?? '?'}; ${ctor.version} is not used.`,
    );
}

interface Notice {
  id: string;
  tone: 'info' | 'warning' | 'error';
  text: () => string;
  actions?: Array<{ label: () => string; run: () => void; tone?: 'danger' | 'primary' }>;
}

const AREAS: readonly StorageArea[] = ['local', 'session', 'none'];

/**
 * @attr {string} lang - The language: `nl`, `fr`, `en` or `de` (`fr-BE` means `fr`); without it, `<html lang>`,
 * else Dutch. A page shows one language at a time: changing `lang` on any element, or on `<html>`, switches
 * every element at once, without a reload.
 */
export abstract class ElzElement<V extends Versioned> extends LitElement {
  static version = VERSION;
  static formAssociated = true;

  /**
   * The localStorage key. Default: the tag name, plus `#` and the element's `id` when it has one
   * (`elz-participation-ladder#my-project`). Give each tool on a page its own `id`.
   */
  @property({ attribute: 'storage-key' }) storageKey?: string;

  /**
   * Where the work is kept: `local` (in this browser until erased), `session` (until the tab is closed — use
   * this on shared computers, e.g. in a library or a waiting room) or `none` (not kept).
   */
  @property() storage: StorageArea = 'local';

  /** Shows the state and allows no edits. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /**
   * With a name, inside a `<form>`, the element takes part in the form and submits its value as a JSON
   * string. Resetting the form does not erase the user's work.
   */
  @property({ reflect: true }) name?: string;

  /**
   * Part of a bigger element (the engagement tool), which keeps the work: no storage and no
   * actions bar of its own. Set before the element is connected.
   * @internal
   */
  embedded = false;

  /** The state being shown. Subclasses read it in render and replace it through `change()`. */
  @state() protected state: V;
  @state() private notices: Notice[] = [];
  /** A short sentence for screen readers after an action that has no notice of its own. */
  @state() private announcement = '';
  /** A form or fieldset around us is disabled. */
  @state() protected formDisabled = false;

  protected readonly internals: ElementInternals;
  protected readonly persistence: PersistenceController<V>;
  protected readonly locale = new LocaleController(this);

  /** The state as it came: not edited, restored or set. It may follow the language. */
  private pristine = true;
  /** The state before the last reset, import or removal, until the next edit. */
  private undoState: V | null = null;
  /** A value the host set before storage was bound; it wins over what is stored. */
  private hostValue: V | null = null;
  private pendingError: { code: ElzErrorCode; cause: unknown } | null = null;
  private stateLocale = currentLocale();
  /**
   * connectedCallback has run: the attributes are read. An element upgraded in the page is
   * connected already in its constructor, before its `storage` and `storage-key` are known.
   */
  private settled = false;

  /** The kind of value this element keeps. */
  protected abstract get valueSchema(): ValueSchema<V>;
  /** A fresh, empty value in the current language. */
  protected abstract emptyValue(): V;
  /** The element's own content. */
  protected abstract renderContent(): TemplateResult | typeof nothing;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.state = this.emptyValue();
    this.persistence = new PersistenceController<V>(this, {
      parse: (text) => parseValue(this.valueSchema, parseJsonText(text)),
      current: () => (this.pristine ? null : this.state),
      apply: (value, origin) => this.applyStored(value, origin),
      forgotten: () => this.clear(),
      problem: (code) => this.refuse(code),
      recovered: () => {
        this.dismiss('error-storage-full');
        this.dismiss('error-storage-unavailable');
        this.notify({ id: 'recovered', tone: 'info', text: words.savedAgain });
      },
    });
    this.takeEarly('value', (early) => this.setValue(early, false));
  }

  /**
   * A property set before the element was upgraded sits on the instance and hides our accessor:
   * take it off and apply it. Throwing would break the upgrade, so an error is reported once the
   * element is in the page.
   */
  protected takeEarly(name: string, apply: (early: unknown) => void): void {
    if (!Object.prototype.hasOwnProperty.call(this, name)) return;
    const early = (this as unknown as Record<string, unknown>)[name];
    delete (this as unknown as Record<string, unknown>)[name];
    try {
      apply(early);
    } catch (e) {
      this.pendingError = { code: 'invalid-value', cause: e };
    }
  }

  /**
   * A host setting given as an inline `<script type="application/json">` child, for webmasters
   * without JavaScript. `apply` validates and sets it without reporting; a refusal is reported
   * here, once, in the user's language.
   */
  protected readInlineJson(name: string, apply: (data: unknown) => void): void {
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (!inline) return;
    try {
      apply(parseJsonText(inline.textContent ?? ''));
    } catch (e) {
      this.refuse('invalid-value', e instanceof ValidationError ? new ValidationError(e.path || name, e.problem) : e);
    }
  }

  // ── the value contract ─────────────────────────────────────────────────────────────────────────

  /** The state as a plain JSON object: a copy, never a live reference. */
  get value(): V {
    this.bindStorage();
    return JSON.parse(JSON.stringify(this.state)) as V;
  }

  /**
   * The state as a plain JSON object, always a copy. Setting it validates first: an invalid value throws a
   * `TypeError` that names the field, fires `elz-error` and changes nothing; a value equal to the current
   * state changes nothing and fires no event. A value set before the script loaded is taken over when it does.
   */
  set value(input: unknown) {
    this.setValue(input, true);
  }

  /**
   * Runs `parse` on input from the page (a value, a question set, a sector list). A refusal is
   * reported as an `elz-error` when `report` is set, and thrown either way.
   */
  protected validate<T>(parse: () => T, report: boolean): T {
    try {
      return parse();
    } catch (e) {
      if (report && e instanceof ValidationError) this.refuse('invalid-value', e);
      throw e;
    }
  }

  private setValue(input: unknown, report: boolean): void {
    const next = this.validate(() => parseValue(this.valueSchema, input), report);
    this.bindStorage();
    if (!this.persistence.isBound) this.hostValue = next;
    if (sameContent(next, this.state)) return;
    this.commit(next);
  }

  /** The value, so that `JSON.stringify(element)` works. */
  toJSON(): V {
    return this.value;
  }

  /** Clears the work. The user can undo it until the next edit. */
  reset(): void {
    this.changeUndoable(this.emptyValue(), words.resetDone);
  }

  /** Erases this element's stored data on this device, kept-aside copies included. */
  forget(): void {
    this.persistence.forget();
    this.clear();
    this.notify({ id: 'forgotten', tone: 'info', text: words.forgotten });
  }

  // ── for subclasses ─────────────────────────────────────────────────────────────────────────────

  /** A change made by the user. */
  protected change(next: V): void {
    this.commit({ ...next, updatedAt: new Date().toISOString() });
  }

  /** A change the user may want to take back (removal, reset, import). */
  protected changeUndoable(next: V, done: () => string): void {
    const before = this.state;
    this.change(next);
    this.undoState = before;
    this.notify({
      id: 'undo',
      tone: 'info',
      text: done,
      actions: [{ label: words.undo, run: () => this.undo() }],
    });
  }

  protected get editable(): boolean {
    return !this.readonly && !this.formDisabled;
  }

  /** Reports a refusal: an `elz-error` event and a notice, both in the user's language. */
  protected refuse(code: ElzErrorCode, cause?: unknown): void {
    const text = () => errorMessage(code, cause);
    const detail: ElzErrorDetail = { code, message: text() };
    this.dispatchEvent(new CustomEvent('elz-error', { detail, bubbles: true, composed: true }));
    const actions =
      code === 'storage-unreadable'
        ? [{ label: words.downloadAside, run: () => this.downloadKeptAside() }]
        : code === 'storage-full' || code === 'storage-unavailable'
          ? [{ label: words.download, run: () => this.download() }]
          : [];
    this.notify({ id: `error-${code}`, tone: code.startsWith('storage') ? 'warning' : 'error', text, actions });
  }

  /** Says something to screen reader users without showing it. */
  protected announce(text: string): void {
    // Cleared first, so that the same sentence twice is still heard twice.
    this.announcement = '';
    setTimeout(() => (this.announcement = text), 50);
  }

  protected notify(notice: Notice): void {
    const actions = [...(notice.actions ?? []), { label: words.close, run: () => this.dismiss(notice.id) }];
    this.notices = [...this.notices.filter((n) => n.id !== notice.id), { ...notice, actions }];
  }

  protected dismiss(id: string): void {
    if (this.notices.some((n) => n.id === id)) this.notices = this.notices.filter((n) => n.id !== id);
  }

  /** The file name base for downloads, e.g. `participatieladder`. */
  protected get fileBase(): string {
    return this.localName;
  }

  protected download(): void {
    downloadFile(datedName(this.fileBase), JSON.stringify(this.state, null, 2));
  }

  protected async importFile(file: Blob): Promise<void> {
    let next: V;
    try {
      next = parseValue(this.valueSchema, parseJsonText(await readFile(file)));
    } catch (e) {
      this.refuse('invalid-import', e);
      return;
    }
    this.changeUndoable(next, words.importDone);
  }

  // ── lifecycle ──────────────────────────────────────────────────────────────────────────────────

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.locale.langChanged(value);
  }

  override connectedCallback(): void {
    this.settled = true;
    super.connectedCallback();
    if (this.pendingError) {
      const { code, cause } = this.pendingError;
      this.pendingError = null;
      this.refuse(code, cause);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.bindStorage();
    if (changed.has('name')) this.syncForm(); // an untouched tool submits its empty value too
    // Untouched default content (a default group's name) follows a language switch.
    const locale = currentLocale();
    if (this.pristine && locale !== this.stateLocale) this.state = this.emptyValue();
    this.stateLocale = locale;
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** The host form's reset must not erase the user's work. */
  formResetCallback(): void {
    this.syncForm();
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────────────

  private get resolvedKey(): string {
    return this.storageKey || (this.id ? `${this.localName}#${this.id}` : this.localName);
  }

  private get resolvedArea(): StorageArea {
    if (this.embedded) return 'none';
    return AREAS.includes(this.storage) ? this.storage : 'local';
  }

  /** Binds storage once the element is in the page and its settings are known. */
  private bindStorage(): void {
    if (!this.isConnected || !this.settled) return;
    const area = this.resolvedArea;
    const key = this.resolvedKey;
    const { area: boundArea, key: boundKey } = this.persistence.location;
    if (this.persistence.isBound && area === boundArea && key === boundKey) return;
    const stored = this.persistence.bind(area, key);
    if (this.hostValue) {
      // The host's value wins over what is stored, and is saved.
      const host = this.hostValue;
      this.hostValue = null;
      this.persistence.save(host);
    } else if (stored) {
      this.applyStored(stored, 'restore');
    } else if (!this.pristine) {
      this.persistence.save(this.state);
    }
  }

  private commit(next: V): void {
    this.state = next;
    this.pristine = false;
    this.undoState = null;
    this.dismiss('undo');
    this.persistence.save(next);
    this.syncForm();
    this.emitChange();
  }

  private applyStored(value: V, origin: 'restore' | 'sync'): void {
    if (!this.pristine && sameContent(value, this.state)) return;
    this.state = value;
    this.pristine = false;
    this.syncForm();
    if (origin === 'sync') this.emitChange();
  }

  private clear(): void {
    this.state = this.emptyValue();
    this.pristine = true;
    this.undoState = null;
    this.syncForm();
    this.emitChange();
  }

  private undo(): void {
    const back = this.undoState;
    if (!back) return;
    this.change(back);
  }

  private emitChange(): void {
    this.dispatchEvent(new CustomEvent('elz-change', { detail: this.value, bubbles: true, composed: true }));
  }

  private syncForm(): void {
    this.internals.setFormValue(this.hasAttribute('name') ? JSON.stringify(this.state) : null);
  }

  private downloadKeptAside(): void {
    for (const { key, text } of this.persistence.keptAside) downloadFile(`${key.replace(/[^\w.-]+/g, '_')}.json`, text);
  }

  private confirmForget(): void {
    this.notify({
      id: 'forget',
      tone: 'warning',
      text: words.forgetConfirm,
      actions: [
        { label: words.forgetYes, run: () => (this.dismiss('forget'), this.forget()), tone: 'danger' },
        { label: words.cancel, run: () => this.dismiss('forget') },
      ],
    });
  }

  private onFileChosen(e: Event): void {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void this.importFile(file);
  }

  // ── rendering ──────────────────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    return html`<div class="elz" part="base" lang=${currentLocale()}>
      ${this.renderContent()}
      <div class="status" part="status" role="status" aria-live="polite">${this.renderStatus()}</div>
      ${this.embedded ? nothing : this.renderActions()}
    </div>`;
  }

  private get saving(): boolean {
    const s = this.persistence.status;
    return s !== 'unavailable' && s !== 'full';
  }

  private renderStatus() {
    // "Saved" is announced once; while typing the text stays the same, so it is not repeated.
    const saved = this.saving && this.persistence.status !== 'idle' && this.persistence.status !== 'off';
    return html`${
        saved ? html`<span class="visually-hidden">${statusMessage(this.persistence.status)}</span>` : nothing
      }<span class="visually-hidden">${this.announcement}</span>${this.notices.map(
        (n) =>
          html`<div class="notice ${n.tone}" part="notice">
            <p>${n.text()}</p>
            <span class="buttons">
              ${n.actions?.map(
                (a) => html`<button type="button" class=${a.tone ?? ''} @click=${a.run}>${a.label()}</button>`,
              )}
            </span>
          </div>`,
      )}`;
  }

  private renderActions() {
    const area = this.persistence.status === 'off' ? 'none' : this.resolvedArea;
    return html`<div class="actions" part="actions" role="group" aria-label=${words.actions()}>
      <p class="note">
        ${this.saving ? nothing : html`<strong>${statusMessage(this.persistence.status)}</strong>`} ${storageNote(area)}
      </p>
      <div class="buttons">
        <button type="button" @click=${this.download}>${words.download()}</button>
        ${
          this.editable
            ? html`<button
                  type="button"
                  @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#elz-file')?.click()}
                >
                  ${words.open()}
                </button>
                <input
                  id="elz-file"
                  class="visually-hidden"
                  type="file"
                  accept=".json,application/json"
                  tabindex="-1"
                  aria-hidden="true"
                  @change=${this.onFileChosen}
                />
                <button type="button" @click=${() => this.reset()}>${words.reset()}</button>`
            : nothing
        }
        ${
          area !== 'none'
            ? html`<button type="button" class="danger" @click=${this.confirmForget}>${words.forget()}</button>`
            : nothing
        }
      </div>
    </div>`;
  }
}
