/**
 * Locale: which language the page shows, and @lit/localize set up once.
 *
 * @lit/localize keeps one active locale per page, so a page shows one language at a time. The
 * language follows the most recent of: a `lang` change on any elz element, a `lang` change on
 * `<html>`. At start an element's own `lang` wins over `<html lang>`; without either it is `nl`.
 */
import { configureLocalization } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { allLocales, sourceLocale, targetLocales } from '../generated/locale-codes.js';

export type Locale = (typeof allLocales)[number];
export const LOCALES: readonly Locale[] = allLocales;

// A static map, so the bundler sees every locale and can inline them all (no further requests).
const loaders = {
  fr: () => import('../generated/locales/fr.js'),
  en: () => import('../generated/locales/en.js'),
  de: () => import('../generated/locales/de.js'),
};

/** `fr-BE` → `fr`, `EN_gb` → `en`; anything we do not speak → null. */
export function normalizeLocale(tag: string | null | undefined): Locale | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : null;
}

/**
 * Each language's module, asked for once: switching back to a language already shown then takes
 * no trip through the module loader (a task), only promise callbacks — so a report built in another
 * language and the switch back happen before the browser paints (see `inLocale` in the report).
 */
const modules = new Map<keyof typeof loaders, ReturnType<(typeof loaders)[keyof typeof loaders]>>();
function load(locale: keyof typeof loaders) {
  let module = modules.get(locale);
  if (!module) {
    module = loaders[locale]();
    modules.set(locale, module);
    // A failed load (the network) may be tried again.
    module.catch(() => modules.delete(locale));
  }
  return module;
}

let runtime: { getLocale: () => string; setLocale: (l: string) => Promise<void> } | null = null;
let pending: Promise<void> = Promise.resolve();

function setUp() {
  if (runtime) return runtime;
  try {
    runtime = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => load(locale as keyof typeof loaders),
    });
  } catch {
    // The host application configured @lit/localize itself (it throws on a second call): its
    // locale rules, and ours become a no-op rather than breaking the page.
    console.warn('elz-widgets: @lit/localize is configured by the page; following its locale.');
    runtime = { getLocale: () => sourceLocale, setLocale: () => Promise.resolve() };
  }
  return runtime;
}

/** The locale every elz element currently shows. */
export function currentLocale(): Locale {
  return normalizeLocale(runtime?.getLocale()) ?? sourceLocale;
}

/** Switches every elz element on the page. Resolves once the new words are in place. */
export function switchLocale(locale: Locale): Promise<void> {
  const rt = setUp();
  if (rt.getLocale() !== locale) pending = pending.then(() => rt.setLocale(locale)).catch(() => undefined);
  return pending;
}

/** Resolves when the last requested locale switch has finished. */
export function localeReady(): Promise<void> {
  return pending;
}

const htmlLocale = () => normalizeLocale(document.documentElement.getAttribute('lang'));

// One observer of <html lang> for the whole page, made when the first element connects. It is
// kept (one per page, not per element): a language toggle may run while no element is shown.
let connected = 0;
let observer: MutationObserver | null = null;

function watchHtml() {
  if (observer) return;
  observer = new MutationObserver(() => void switchLocale(htmlLocale() ?? sourceLocale));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/** Ties an element's `lang` attribute to the page-wide locale. */
export class LocaleController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected() {
    setUp();
    const first = connected++ === 0;
    watchHtml();
    const own = normalizeLocale(this.host.getAttribute('lang'));
    if (own) void switchLocale(own);
    else if (first) void switchLocale(htmlLocale() ?? sourceLocale);
  }

  hostDisconnected() {
    connected--;
  }

  /** Call from the host's attributeChangedCallback for `lang`. */
  langChanged(value: string | null) {
    if (!this.host.isConnected) return;
    void switchLocale(normalizeLocale(value) ?? htmlLocale() ?? sourceLocale);
  }
}
