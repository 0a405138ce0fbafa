/**
 * A setting the page gives an element besides its value — the circle's sectors, the wizard's
 * questions, the partner's guidance: validated whole when set, kept as the element read it, handed
 * back as a copy, and re-rendered when it changes. One class for every such property, so that the
 * elements only say how a setting is read:
 *
 *   private readonly guidanceSetting = this.setting('guidance', parseGuidance);
 *   get guidance() { return this.guidanceSetting.copy(); }
 *   set guidance(input: unknown) { this.guidanceSetting.set(input); }
 */
import type { ReactiveControllerHost } from 'lit';
import { ValidationError, parseJsonText } from './schema.js';

export class HostSetting<T> {
  private current: T | null = null;

  /**
   * @param read Validates input from the page into the setting (null or undefined: none); throws a
   *   `ValidationError` when the input is refused.
   * @param refused Reports a refusal to the user and the page.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly read: (input: unknown) => T | null,
    private readonly refused: (error: ValidationError) => void,
  ) {}

  /** The setting as the element uses it (never hand this one out: see `copy()`). */
  get value(): T | null {
    return this.current;
  }

  /** A copy for the page: changing it changes nothing here. */
  copy(): T | null {
    return this.current === null ? null : (JSON.parse(JSON.stringify(this.current)) as T);
  }

  /**
   * Validates and takes the input, or throws and keeps what was there. A refusal is reported
   * (`elz-error` and a notice) unless `report` is false — for input the element reports itself,
   * once it is in the page.
   */
  set(input: unknown, report = true): void {
    try {
      this.take(input === null || input === undefined ? null : this.read(input));
    } catch (e) {
      if (report && e instanceof ValidationError) this.refused(e);
      throw e;
    }
  }

  /** Takes a setting already read (a part of inline settings, checked with the others). */
  take(value: T | null): void {
    this.current = value;
    this.host.requestUpdate();
  }
}

/**
 * A property the page set before the element was upgraded sits on the instance and hides the
 * class's accessor: takes it off, and returns it (null when there is none).
 */
export function takeOwnProperty(target: object, name: string): { value: unknown } | null {
  if (!Object.hasOwn(target, name)) return null;
  const record = target as Record<string, unknown>;
  const value = record[name];
  delete record[name];
  return { value };
}

/**
 * A setting given as an inline `<script type="application/json">` child, for webmasters without
 * JavaScript: parses it and hands it to `apply`, which validates and takes it. Returns the refusal,
 * named after the setting where the refusal names no field, for the element to report.
 */
export function applyInlineJson(host: Element, name: string, apply: (data: unknown) => void): unknown {
  const inline = host.querySelector(':scope > script[type="application/json"]');
  if (!inline) return null;
  try {
    apply(parseJsonText(inline.textContent ?? ''));
    return null;
  } catch (e) {
    return e instanceof ValidationError ? new ValidationError(e.path || name, e.problem) : e;
  }
}
