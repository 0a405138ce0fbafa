/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { normalizeLocale, switchLocale, type Locale } from '../src/core/locale.js';
// Registers every element at once (the tool's define registers its three parts too).
import '../src/engagement-tool/define.js';

interface Declaration {
  tagName?: string;
  members?: Array<{ name?: string; privacy?: string; static?: boolean }>;
  attributes?: Array<{ fieldName?: string }>;
  events?: Array<{ name?: string }>;
}

/**
 * The manifest lists every member, private and protected ones too, and the events the base class
 * dispatches through constants (`ELZ_CHANGE`) beside their real names. Storybook would show all
 * of them as controls; page authors need the public instance API only. A property that has an
 * attribute is shown once, as the attribute (`storage-key`, not also `storageKey`).
 */
function forPageAuthors(manifest: Record<string, unknown>): Record<string, unknown> {
  const modules = (manifest.modules ?? []) as Array<{ declarations?: Declaration[] }>;
  return {
    ...manifest,
    modules: modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) =>
        d.tagName
          ? {
              ...d,
              members: d.members
                ?.filter((m) => (!m.privacy || m.privacy === 'public') && !m.static)
                .filter((m) => !d.attributes?.some((a) => a.fieldName === m.name)),
              events: d.events?.filter((e) => e.name && !/^[A-Z0-9_]+$/.test(e.name)),
            }
          : d,
      ),
    })),
  };
}

// The manifest `cem analyze` writes (npm run storybook / build-storybook run it first). Read through
// a glob so that type-checking a fresh clone, before anything is built, does not fail on it.
const manifests = import.meta.glob<Record<string, unknown>>('../dist/custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(forPageAuthors(manifest));
else console.warn('elz-widgets: dist/custom-elements.json is missing; run `npm run analyze` for docs and controls.');

/** Storage keys our elements use: `elz-…` by default, and every story-specific key starts so too. */
const ours = (key: string | null): key is string => key !== null && key.startsWith('elz-');

function clearOurStorage() {
  for (const store of [localStorage, sessionStorage]) {
    try {
      const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter(ours);
      keys.forEach((k) => store.removeItem(k));
    } catch {
      // Storage may be blocked (sandboxed iframe); then nothing leaks either.
    }
  }
}

const preview: Preview = {
  parameters: {
    controls: { expanded: true, matchers: { color: /(background|color)$/i } },
    // Zero axe violations in every story: a violation fails the story's test.
    a11y: { test: 'error' },
    // The documentation pages' sections are h2, their steps h3.
    docs: { toc: { headingSelector: 'h2, h3' } },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Webmaster',
          ['Nederlands', 'Français'],
          'Developers',
          ['Install and use', 'Elements and values', 'Privacy, storage and limits', 'Changelog'],
          'Elements',
        ],
      },
    },
  },
  globalTypes: {
    locale: {
      description: 'Language of the elz elements',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'nl', right: 'NL', title: 'Nederlands' },
          { value: 'fr', right: 'FR', title: 'Français' },
          { value: 'en', right: 'EN', title: 'English' },
          { value: 'de', right: 'DE', title: 'Deutsch' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nl' },
  loaders: [
    // Each story starts from empty storage, so that no story shows what another one saved.
    // A story that wants to keep its data across reloads sets `parameters.elz.keepStorage`.
    async ({ parameters }) => {
      if (!parameters.elz?.keepStorage) clearOurStorage();
      return {};
    },
    // The page shows one language at a time (@lit/localize): switch it, as a host page would, and
    // wait until the new words are in place before the story renders.
    async ({ globals }) => {
      const locale: Locale = normalizeLocale(globals.locale as string | undefined) ?? 'nl';
      document.documentElement.lang = locale;
      await switchLocale(locale);
      return {};
    },
  ],
};

export default preview;
