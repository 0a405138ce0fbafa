/**
 * The thin base every elz element stands on: its public settings, the `value` contract, form
 * association, and three controllers — the data model (`model`), the messages (`notices`) and the
 * language. Each element adds its own picture and controls; none writes its own persistence,
 * validation or locale code.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ElzErrorCode } from './events.js';
import { LocaleController, currentLocale } from './locale.js';
import { NoticeController, confirmForget, renderActions, renderStatus, type Notice } from './notices.js';
import type { StorageArea } from './persistence.js';
import { sameContent, type ValueSchema, type Versioned } from './schema.js';
import { TogetherController, type Names } from './together.js';
import { ValueController } from './value-controller.js';
import { HostSetting, applyInlineJson, takeOwnProperty } from './host-setting.js';

export const VERSION = '0.1.0';

const AREAS: readonly StorageArea[] = ['local', 'session', 'none'];

/**
 * What every element has. The custom properties below style every element (set on the engagement
 * tool, they reach its parts too); each element adds its own parts.
 *
 * @cssprop [--elz-accent=#005a70] - Main colour: selected choices, primary buttons, focus ring.
 * @cssprop [--elz-accent-contrast=#ffffff] - Text on the main colour.
 * @cssprop [--elz-text=inherit] - Text colour.
 * @cssprop [--elz-muted=#4a5560] - Secondary text.
 * @cssprop [--elz-surface=#ffffff] - Background of cards and fields.
 * @cssprop [--elz-surface-alt=#f3f6f8] - Background of panels.
 * @cssprop [--elz-border=#8a99a6] - Borders of fields and cards.
 * @cssprop [--elz-radius=6px] - Corner radius.
 * @cssprop [--elz-warning=#fff3cd] - Background of warnings.
 * @cssprop [--elz-danger=#a4161a] - Colour of errors and destructive buttons.
 *
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

  /** Shows the state and allows no edits: no control changes it, erasing included. Downloading a copy stays. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /**
   * With a name, inside a `<form>`, the element takes part in the form and submits its value as a JSON
   * string. Resetting the form does not erase the user's work.
   */
  @property({ reflect: true }) name?: string;

  /** A form or fieldset around us is disabled. */
  @state() protected formDisabled = false;

  protected readonly internals = this.attachInternals();
  protected readonly notices = new NoticeController(this, () => this.focusHome());
  protected readonly model: ValueController<V>;
  protected readonly locale = new LocaleController(this);
  /** Working together: a share link, a link that was opened, a file to take over or merge. */
  protected readonly together: TogetherController<V>;
  private pendingError: { code: ElzErrorCode; cause: unknown } | null = null;

  /** The kind of value this element keeps, for values and files from outside. */
  protected abstract get valueSchema(): ValueSchema<V>;
  /** A fresh, empty value in the current language. */
  protected abstract emptyValue(): V;
  /** The element's own content. */
  protected abstract renderContent(): TemplateResult | typeof nothing;

  constructor() {
    super();
    this.model = new ValueController<V>(this, {
      schema: () => this.valueSchema,
      storedSchema: () => this.storedSchema,
      empty: () => this.emptyValue(),
      fileName: () => this.fileBase,
      notices: this.notices,
      internals: this.internals,
    });
    this.together = new TogetherController<V>(this, {
      // A part of the tool takes no link: the tool does.
      key: () => (this.embedded ? null : this.model.storage.location.key),
      schema: () => this.valueSchema,
      value: () => this.model.value,
      isEmpty: () => sameContent(this.model.value, this.emptyValue()),
      editable: () => !this.readonly && !this.formDisabled,
      take: (next, done) => void this.model.edit(next, done),
      report: (code, cause) => this.refuse(code, cause),
      download: () => this.model.download(),
      notices: this.notices,
      refocus: () => this.focusHome(),
    });
    // Checked once the subclass's settings exist: a value in the page's own sectors needs them.
    this.earlyValue = takeOwnProperty(this, 'value');
  }

  /** A value the page set before the upgrade, not yet checked (see `takeEarlyValue`). */
  private earlyValue: { value: unknown } | null;

  /**
   * Takes the value the page set before the upgrade. The settings it may depend on (`sectors`) are
   * fields of the subclass, which exist only once its constructor has run: so the value is taken
   * at the first use of the element — when it connects, or is read, reset or forgotten.
   */
  private takeEarlyValue(): void {
    const early = this.earlyValue;
    this.earlyValue = null;
    this.applyEarly(early, (value) => this.model.set(value, false));
  }

  /** The kind of value read back from storage; an element whose settings may arrive late is more lenient. */
  protected get storedSchema(): ValueSchema<V> {
    return this.valueSchema;
  }

  /** Applies a property the page set before the element was upgraded, taken by `takeOwnProperty`. */
  private applyEarly(early: { value: unknown } | null, apply: (early: unknown) => void): void {
    if (!early) return;
    try {
      apply(early.value);
    } catch (e) {
      // Throwing would break the upgrade: the error is reported once the element is in the page.
      this.pendingError = { code: 'invalid-value', cause: e };
    }
  }

  /** A setting the page gives besides the value (see `HostSetting`), set early or later. */
  protected setting<T>(name: string, read: (input: unknown) => T | null): HostSetting<T> {
    const setting = new HostSetting<T>(this, read, (e) => this.refuse('invalid-value', e));
    this.applyEarly(takeOwnProperty(this, name), (early) => setting.set(early, false));
    return setting;
  }

  /**
   * A host setting given as an inline `<script type="application/json">` child, for webmasters
   * without JavaScript. `apply` validates and sets it without reporting; a refusal is reported
   * here, once, in the user's language.
   */
  protected readInlineJson(name: string, apply: (data: unknown) => void): void {
    const error = applyInlineJson(this, name, apply);
    if (error) this.refuse('invalid-value', error);
  }

  // ── the value contract ─────────────────────────────────────────────────────────────────────────

  /**
   * The state as a plain JSON object, always a copy. Setting it validates first: an invalid value throws a
   * `TypeError` that names the field, fires `elz-error` and changes nothing; a value equal to the current
   * state changes nothing and fires no event. A value set before the script loaded is taken over when it does.
   */
  get value(): V {
    this.takeEarlyValue();
    return this.model.copy();
  }

  set value(input: unknown) {
    this.earlyValue = null;
    this.model.set(input, true);
  }

  /** The value, so that `JSON.stringify(element)` works. */
  toJSON(): V {
    return this.value;
  }

  /** Clears the work. The user can undo it until the next edit. */
  reset(): void {
    this.takeEarlyValue();
    this.model.reset();
  }

  /** Erases this element's stored data on this device, kept-aside copies included. */
  forget(): void {
    this.takeEarlyValue();
    this.model.forget();
  }

  /**
   * Part of the engagement tool: the tool gives the part its slice of the work, and the part reports
   * edits back with `elz-edit` instead of keeping or announcing them. No storage, no actions bar.
   * @internal
   */
  set embeddedValue(value: V) {
    this.model.adopt(value);
  }

  /** Part of a bigger element (see `embeddedValue`). */
  protected get embedded(): boolean {
    return this.model.embedded;
  }

  /** The level of the element's title: h2 on its own, h3 under the engagement tool's title. */
  protected get headingLevel(): number {
    return this.embedded ? 3 : 2;
  }

  // ── for subclasses ─────────────────────────────────────────────────────────────────────────────

  /** The state being shown — the work a link brought, read-only, while the user decides. Replace it through `change()`. */
  protected get state(): V {
    return this.together.shared ?? this.model.value;
  }

  /** A change made by the user. False when it was refused (the user has been told why), or while a link's work is shown. */
  protected change(next: V): boolean {
    return !this.together.shared && this.model.edit(next);
  }

  /** A change the user may want to take back (removal, reset, import). */
  protected changeUndoable(next: V, done: () => string): boolean {
    return !this.together.shared && this.model.edit(next, done);
  }

  protected get editable(): boolean {
    return !this.readonly && !this.formDisabled && !this.together.shared;
  }

  /** Reports a refusal: an `elz-error` event and a notice, both in the user's language. */
  protected refuse(code: ElzErrorCode, cause?: unknown): void {
    this.model.report(code, cause);
  }

  protected announce(text: string): void {
    this.notices.announce(text);
  }

  protected notify(notice: Notice): void {
    this.notices.show(notice);
  }

  /** Where the focus goes when what had it went away (a closed message): the element's title. */
  protected focusHome(): void {
    this.renderRoot.querySelector<HTMLElement>('[part=heading]')?.focus();
  }

  /** How a merge names what it asks about: the element's questions and sectors, in the current language. */
  protected get names(): Names {
    return {};
  }

  /** The file name base for downloads, e.g. `participatieladder`. */
  protected get fileBase(): string {
    return this.localName;
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
    this.takeEarlyValue();
    super.connectedCallback();
    if (this.pendingError) {
      const { code, cause } = this.pendingError;
      this.pendingError = null;
      this.refuse(code, cause);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Bound at the first update, when the attributes and early properties are known.
    const area = this.embedded ? 'none' : AREAS.includes(this.storage) ? this.storage : 'local';
    this.model.bind(area, this.storageKey || (this.id ? `${this.localName}#${this.id}` : this.localName));
    if (changed.has('name')) this.model.syncForm(); // an untouched tool submits its empty value too
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** The host form's reset must not erase the user's work. */
  formResetCallback(): void {
    this.model.syncForm();
  }

  // ── rendering ──────────────────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const storage = this.model.storage;
    const shared = !!this.together.shared;
    // A link's work shows with its choices above it, and without the actions on one's own work.
    return html`<div class="elz" part="base" lang=${currentLocale()}>
      ${shared ? this.together.render(this.headingLevel) : nothing} ${this.renderContent()}
      <div class="status" part="status" role="status" aria-live="polite">
        ${renderStatus(this.notices, storage.status)}
      </div>
      ${
        this.embedded || shared
          ? nothing
          : html`${renderActions({
              area: storage.status === 'off' ? 'none' : storage.location.area,
              status: storage.status,
              editable: this.editable,
              download: () => this.model.download(),
              share: () => this.together.share(),
              open: (file) => this.together.openFile(file),
              reset: () => this.reset(),
              forget: () => confirmForget(this.notices, () => this.forget()),
            })}
            ${this.together.render(this.headingLevel + 1, this.names)}`
      }
    </div>`;
  }
}
