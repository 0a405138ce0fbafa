/**
 * The script-tag entry: `<script type="module" src="…/elz-widgets.js">`. It holds no element: it
 * watches the page, and when an `elz-…` element first appears (in the HTML, added later by the
 * page's script or by a framework) it loads that element's code, and the texts of the language it
 * will show, from the files beside it (resolved from this module's own URL). A value or attribute set
 * on an element before its code arrives is taken up when it upgrades.
 *
 * The build makes each load one round trip: it adds to every `import()` below the files the loaded
 * one imports, so they are requested together (scripts/rollup-preload.js).
 *
 * It imports nothing from the elements' code: a chunk that imported from this file would load it a
 * second time when the page loaded it under another URL (`elz-widgets.js?v=2`).
 */

const elements = {
  'elz-engagement-tool': () => import('./engagement-tool/define.js'),
  'elz-participation-ladder': () => import('./participation-ladder/define.js'),
  'elz-question-wizard': () => import('./question-wizard/define.js'),
  'elz-stakeholder-circle': () => import('./stakeholder-circle/define.js'),
};
export type ElzTag = keyof typeof elements;

// The same files core/locale.ts loads when it switches: the browser fetches each once.
const texts = {
  fr: () => import('./generated/locales/fr.js'),
  en: () => import('./generated/locales/en.js'),
  de: () => import('./generated/locales/de.js'),
};

/** What the copy of this file in charge of the page offers a later copy. */
interface Loader {
  base: string;
  define(...tags: ElzTag[]): Promise<void>;
}

const MARK = Symbol.for('elz-widgets.loader');
const base = new URL('./', import.meta.url).href;
const tags = Object.keys(elements) as ElzTag[];
const loading = new Map<ElzTag, Promise<void>>();

/** The texts the page will show, as core/locale.ts reads them: `fr-BE` is `fr`; Dutch needs none. */
function textsFor(lang: string | null) {
  return texts[(lang ?? '').trim().toLowerCase().split(/[-_]/)[0] as keyof typeof texts];
}

function load(tag: ElzTag): Promise<void> {
  let done = loading.get(tag);
  if (!done) {
    done = elements[tag]().then(
      () => undefined,
      (error: unknown) => console.error(`elz-widgets: could not load <${tag}>`, error),
    );
    loading.set(tag, done);
    if (loading.size === tags.length) observer.disconnect();
  }
  return done;
}

/** Loads every elz element in `root` (or `root` itself) that is not loaded yet, and its language. */
function discover(root: ParentNode) {
  for (const tag of tags) {
    if (loading.has(tag)) continue;
    const el = (root as Element).localName === tag ? (root as Element) : root.querySelector(tag);
    if (!el) continue;
    // An element's own `lang` wins over the page's; its texts load beside its code.
    textsFor(el.getAttribute('lang') ?? document.documentElement.getAttribute('lang'))?.().catch(() => undefined);
    void load(tag);
  }
}

const observer = new MutationObserver((records) => {
  for (const record of records)
    for (const node of record.addedNodes) if (node.nodeType === 1) discover(node as Element);
});

const first = (globalThis as { [MARK]?: Loader })[MARK];
if (first) {
  // Another copy loads the elements (two copies of Lit would each make a Trusted Types policy).
  if (first.base !== base)
    console.warn(`elz-widgets: the copy from ${first.base} is in charge of this page; ${base} is not used.`);
} else {
  (globalThis as { [MARK]?: Loader })[MARK] = { base, define };
  observer.observe(document.documentElement, { childList: true, subtree: true });
  discover(document);
}

/**
 * Defines the named elements now, without waiting for them to appear in the page; resolves once
 * they are defined. For a framework that sets properties only on defined elements (React 19):
 * `await define('elz-participation-ladder')` before the first render.
 */
export function define(...names: ElzTag[]): Promise<void> {
  if (first) return first.define(...names);
  const unknown = names.find((name) => !(name in elements));
  if (unknown) return Promise.reject(new TypeError(`elz-widgets: there is no <${unknown}>`));
  return Promise.all(names.map(load)).then(() => undefined);
}
