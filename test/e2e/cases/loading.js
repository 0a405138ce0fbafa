// The files a webmaster uses, and what a page loads: dist/elz-widgets.js defines an element when the
// page first uses it and loads a language's texts only when that language is shown, from the files
// beside it, in one round trip after the entry. Which source files a fetched file holds is read from
// its source map, so "no circle code" means no module of the circle, whatever the file is called.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { BUNDLE, content, label, normalised, setValue, sleep, textOf, valueOf } from './common.js';

const root = resolve(new URL('../../..', import.meta.url).pathname);
const dist = dirname(resolve(process.env.ELZ_BUNDLE || join(root, 'dist/elz-widgets.js')));

/** The source modules in a file the page fetched (`/chunks/x.js`), from the file's source map. */
function sourcesOf(path) {
  const map = join(dist, `${path}.map`);
  assert.ok(existsSync(map), `no source map for ${path}`);
  return JSON.parse(readFileSync(map, 'utf8')).sources.map((s) => s.replace(/^(\.\.\/)+/, ''));
}

/** What a page fetched of the bundle's files, in order (`/chunks/x.js`, also from a /held/ folder). */
const fetched = (page) =>
  page.seen.requests
    .map((u) => new URL(u).pathname.replace(/^\/held\/[\w-]+/, ''))
    .filter((p) => p === '/elz-widgets.js' || p.startsWith('/chunks/'));

/** Modules that belong to one element (or its language files) only. */
const OWN = {
  'elz-participation-ladder': /^src\/participation-ladder\//,
  'elz-question-wizard': /^src\/(question-wizard\/|content\/questions)/,
  'elz-stakeholder-circle': /^src\/(stakeholder-circle\/|content\/circle)/,
  'elz-engagement-tool': /^src\/engagement-tool\//,
};
const LANGUAGE = (lang) => new RegExp(`^src/generated/locales/${lang}\\.`);

export default function loading(registry, { elements, server }) {
  const test = (name, fn, opts) => registry.test('loading', name, fn, opts);

  for (const spec of elements) {
    const L = label(spec);
    const others = elements.filter((s) => s !== spec && !(spec.tag === 'elz-engagement-tool'));

    test(`${L} alone on a Dutch page: its code and the core, nothing of another element or language`, async (t) => {
      const page = await t.open(server.page({ head: BUNDLE, body: `<${spec.tag} storage="none"></${spec.tag}>` }));
      await t.element(page, spec.tag);
      await sleep(300);
      const files = fetched(page);
      assert.equal(files[0], '/elz-widgets.js');
      assert.equal(new Set(files).size, files.length, 'each file once');
      const sources = files.slice(1).flatMap(sourcesOf);
      assert.ok(
        sources.some((s) => OWN[spec.tag].test(s)),
        'its own code',
      );
      for (const other of others)
        assert.deepEqual(
          sources.filter((s) => OWN[other.tag].test(s)),
          [],
          `no code of <${other.tag}>`,
        );
      for (const lang of ['fr', 'en', 'de'])
        assert.deepEqual(
          sources.filter((s) => LANGUAGE(lang).test(s)),
          [],
          `no ${lang} texts`,
        );
    });
  }

  const ladder = elements.find((s) => s.tag === 'elz-participation-ladder') ?? elements[0];

  test(`${label(ladder)} a language switch loads that language once, and only it`, async (t) => {
    const page = await t.open(server.page({ head: BUNDLE, body: `<${ladder.tag} storage="none"></${ladder.tag}>` }));
    const el = await t.element(page, ladder.tag);
    await sleep(200);
    const before = fetched(page).length;
    const switchTo = async (lang, word) => {
      await page.evaluate((lang) => (document.documentElement.lang = lang), lang);
      for (let i = 0; !(await el.evaluate((e, w) => e.shadowRoot.textContent.includes(w), word)); i++) {
        assert.ok(i < 80, `shows ${lang}`);
        await sleep(50);
      }
    };
    await switchTo('fr', ladder.words.fr[0]);
    const french = fetched(page).slice(before);
    assert.equal(french.length, 1, `one file for French: ${french}`);
    assert.ok(
      sourcesOf(french[0]).some((s) => LANGUAGE('fr').test(s)),
      'the French texts',
    );
    await switchTo('nl', ladder.words.nl[0]);
    await switchTo('fr-BE', ladder.words.fr[0]);
    await switchTo('nl', ladder.words.nl[0]);
    await switchTo('fr', ladder.words.fr[0]);
    assert.deepEqual(fetched(page).slice(before), french, 'French again: nothing fetched again');
    await switchTo('de', ladder.words.de[0]);
    const german = fetched(page).slice(before + 1);
    assert.equal(german.length, 1, `one file for German: ${german}`);
    assert.ok(
      sourcesOf(german[0]).some((s) => LANGUAGE('de').test(s)),
      'the German texts',
    );
  });

  test('a page in French gets its texts in the same round trip as the code', async (t) => {
    const probe = server.holdFiles();
    try {
      const body = elements.map((s) => `<${s.tag} storage="none"></${s.tag}>`).join('');
      t.allowRequests(probe.folder);
      const head = `<script type="module" src="${probe.folder}/elz-widgets.js"></script>`;
      const page = await t.open(server.page({ head, body, lang: 'fr' }), { wait: 'domcontentloaded' });
      for (const spec of elements) {
        const el = await t.element(page, spec.tag);
        for (let i = 0; !(await textOf(el)).includes(spec.words.fr[0]); i++) {
          assert.ok(i < 40, `${label(spec)} in French`);
          await sleep(50);
        }
      }
      // Every file came in the first wave: none was asked for only after another had arrived.
      assert.equal(probe.waves.length, 1, `waves of files: ${probe.waves} (${fetched(page)})`);
      const files = fetched(page).slice(1);
      assert.ok(
        files.flatMap(sourcesOf).some((s) => LANGUAGE('fr').test(s)),
        'the French texts came along',
      );
      assert.equal(probe.waves[0], files.length);
    } finally {
      probe.stop();
    }
  });

  for (const spec of elements)
    test(`${label(spec)} one round trip after the entry: the element's files are asked for together`, async (t) => {
      const probe = server.holdFiles();
      try {
        t.allowRequests(probe.folder);
        const head = `<script type="module" src="${probe.folder}/elz-widgets.js"></script>`;
        const page = await t.open(server.page({ head, body: `<${spec.tag} storage="none"></${spec.tag}>` }), {
          wait: 'domcontentloaded',
        });
        await t.element(page, spec.tag);
        assert.deepEqual(probe.waves, [fetched(page).length - 1], 'one wave, with every file');
      } finally {
        probe.stop();
      }
    });

  for (const spec of elements)
    test(`${label(spec)} added later by the page, its value set before its code arrived: defined, value taken`, async (t) => {
      const page = await t.open(server.page({ head: BUNDLE, body: '<p>Nog niets</p>' }));
      await sleep(200);
      assert.deepEqual(fetched(page), ['/elz-widgets.js'], 'no element, nothing loaded');
      const sample = { schema: spec.schema, ...spec.sample() };
      const early = await page.evaluate(
        (tag, v) => {
          const el = document.createElement(tag);
          el.setAttribute('storage', 'none');
          el.value = v;
          const wrapper = document.createElement('div');
          wrapper.append(el);
          document.querySelector('main').append(wrapper);
          return !!customElements.get(tag);
        },
        spec.tag,
        sample,
      );
      assert.equal(early, false, 'not defined when the value was set');
      const el = await t.element(page, spec.tag);
      assert.deepEqual(content(await valueOf(el)), await normalised(page, spec.tag, sample));
    });

  test('define(): a script defines an element before it is in the page (React 19 sets properties only then)', async (t) => {
    const page = await t.open(server.page({ head: BUNDLE, body: '<p>Nog niets</p>' }));
    const tag = ladder.tag;
    const got = await page.evaluate(async (tag) => {
      const { define } = await import('/elz-widgets.js');
      const before = !!customElements.get(tag);
      await define(tag);
      const unknown = await define('elz-nothing').then(
        () => null,
        (e) => e.name,
      );
      return { before, after: !!customElements.get(tag), unknown };
    }, tag);
    assert.deepEqual(got, { before: false, after: true, unknown: 'TypeError' });
    const el = await page.evaluateHandle((tag) => {
      const el = document.createElement(tag);
      el.setAttribute('storage', 'none');
      document.querySelector('main').append(el);
      return el;
    }, tag);
    assert.equal(await setValue(el, { schema: ladder.schema, ...ladder.sample() }), null);
  });

  test('two copies from two folders, under Trusted Types: the first loads the elements, the second says so', async (t) => {
    t.allowConsole(/is in charge of this page/);
    t.allowRequests('/copy/elz-widgets.js');
    const body = elements.map((s) => `<${s.tag} storage="none"></${s.tag}>`).join('');
    const page = await t.open(
      server.page({ head: `${BUNDLE}<script type="module" src="/copy/elz-widgets.js"></script>`, body }),
    );
    for (const spec of elements) await t.element(page, spec.tag);
    await sleep(300);
    const paths = page.seen.requests.map((u) => new URL(u).pathname);
    assert.deepEqual(
      paths.filter((p) => p.startsWith('/copy/')),
      ['/copy/elz-widgets.js'],
      "the second copy's files are not loaded",
    );
    assert.ok(
      page.seen.console.some((m) => /in charge/.test(m)),
      'the second copy warns',
    );
  });
}
