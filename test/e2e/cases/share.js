// Working together without a server (issue 17): the work in a link, opened read-only first and
// taken over or merged only on the user's word; links that are cut, damaged, huge, another
// element's or hostile change nothing and say why; merging a file or a link with differences asks
// which version stays; the report goes to the clipboard as rich text and downloads as one HTML file.
// All under the strict policy every case page has, with no request and no cookie.
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { deflateRawSync } from 'node:zlib';
import {
  click,
  content,
  elementPage,
  events,
  setValue,
  sleep,
  stakeholder,
  textOf,
  until,
  valueOf,
  workText,
} from './common.js';

const T = '2026-11-20T10:00:00.000Z';
const CIRCLE = 'elz-stakeholder-circle';
const TOOL = 'elz-engagement-tool';

const person = (id, name, over = {}) => stakeholder({ id, name, ring: 'informal', sector: 'welfare', ...over });
const circle = (stakeholders, theme = 'Valpreventie') => ({
  schema: 'elz-stakeholder-circle/2',
  updatedAt: T,
  theme,
  stakeholders,
});

/** Whether LibreOffice is here, to open the report as a word processor does. */
const OFFICE = spawnSync('soffice', ['--version'], { timeout: 60_000 }).status === 0;

/**
 * An HTML document as LibreOffice Writer reads it (its HTML filter), saved as a flat OpenDocument
 * (XML). Run apart from the test's event loop, which the other case running meanwhile needs.
 */
async function inWriter(html) {
  const dir = mkdtempSync(join(tmpdir(), 'elz-office-'));
  try {
    writeFileSync(join(dir, 'report.html'), html);
    await promisify(execFile)(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/profile`,
        '--infilter=HTML (StarWriter)',
        '--convert-to',
        'fodt',
        '--outdir',
        dir,
        join(dir, 'report.html'),
      ],
      { timeout: 90_000 },
    );
    return readFileSync(join(dir, 'report.fodt'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A fragment as the tool writes it, made here from any text (so that it can be anything). */
const fragment = (key, text) =>
  `#elz=${encodeURIComponent(key)}:${deflateRawSync(Buffer.from(text)).toString('base64url')}`;

/** The link the element made: the field the user copies it from. */
const linkOf = (el) => el.evaluate((e) => e.shadowRoot.querySelector('#share-link')?.value ?? null);

/** Opens `url` as a fresh load (not a jump within the page), as a link from a mail is opened. */
async function openLink(t, page, url) {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'load' });
}

/** Waits until the element shows the shared work, or reports an error. */
const untilDecided = (page, tag) =>
  until(
    page,
    (tag) => {
      const el = document.querySelector(tag);
      // A boolean: Firefox cannot hand an element back over WebDriver BiDi.
      return (
        !!el?.shadowRoot?.querySelector('.together.shared') || window.__e2e.events.some((e) => e.type === 'elz-error')
      );
    },
    tag,
    'the shared work or an error',
  );

export default function share(registry, { elements, server }) {
  const test = (name, fn, opts) => registry.test('share', name, fn, opts);
  const has = (tag) => elements.some((e) => e.tag === tag);

  for (const spec of elements) {
    const L = `<${spec.tag}>`;
    const path = elementPage(server, spec, { attrs: 'storage-key="k"' });

    test(`${L} link round trip: made and copied on a click, opened read-only elsewhere, merged on the user's word`, async (t) => {
      // Alice's browser: her work, and the link.
      const alice = await t.open(path);
      const a = await t.element(alice, spec.tag);
      assert.equal(await setValue(a, { schema: spec.schema, ...spec.sample() }), null);
      await click(a, 'Delen via een link');
      await until(
        alice,
        (tag) => !!document.querySelector(tag).shadowRoot.querySelector('#share-link'),
        spec.tag,
        'the link',
      );
      const link = await linkOf(a);
      assert.match(link, new RegExp(`^${server.origin.replace(/\./g, '\\.')}/p/[^#]+#elz=k:[A-Za-z0-9_-]+$`));
      assert.match(await textOf(a), /Iedereen die deze link heeft, kan lezen wat erin staat/);
      // Bob's browser, which has work of its own under the same key: nothing taken before he says so.
      const bobContext = await t.newContext();
      const bob = await t.open(path, { context: bobContext });
      const before = content(await valueOf(await t.element(bob, spec.tag)));
      await openLink(t, bob, link);
      const b = await t.element(bob, spec.tag);
      await untilDecided(bob, spec.tag);
      assert.match(await textOf(b), /Iemand deelde dit werk met u/);
      assert.deepEqual(content(await valueOf(b)), before, 'his own work is unchanged while he looks');
      assert.equal(await b.evaluate((e) => !!e.shadowRoot.querySelector('[part=actions] input[type=file]')), false);
      await click(b, 'Samenvoegen met mijn werk');
      await sleep(100);
      const merged = content(await valueOf(b));
      assert.deepEqual(merged, content(await valueOf(a)), 'an empty side takes the other whole');
      assert.equal(await bob.evaluate(() => location.hash), '', 'our part is out of the address');
      assert.ok((await events(bob, 'elz-change')).length >= 1);
      await t.finalChecks();
    });

    test(
      `${L} hostile links: cut, not base64, a zip bomb, another element's value, __proto__ — a message, nothing changed`,
      async (t) => {
        const page = await t.open(path);
        const el = await t.element(page, spec.tag);
        assert.equal(await setValue(el, { schema: spec.schema, ...spec.sample() }), null);
        await sleep(400); // saved
        const before = content(await valueOf(el));
        const good = fragment('k', JSON.stringify({ schema: spec.schema, ...spec.sample() }));
        const other = spec.tag === CIRCLE ? 'elz-participation-ladder/2' : 'elz-stakeholder-circle/2';
        const cases = [
          ['cut off', good.slice(0, -9)],
          ['not base64', '#elz=k:%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
          ['a zip bomb', fragment('k', `"${'a'.repeat(6 * 1024 * 1024)}"`)],
          ['another element', fragment('k', JSON.stringify({ schema: other, updatedAt: T }))],
          ['__proto__', fragment('k', `{"schema":"${spec.schema}","__proto__":{"polluted":true}}`)],
          ['not JSON', fragment('k', 'alert(1)')],
        ];
        // Chromium takes an address of 1.4 million characters; Firefox stops at 1 MB.
        if (!t.firefox) cases.push(['over the length any value makes', `#elz=k:${'A'.repeat(1_400_000)}`]);
        for (const [what, hash] of cases) {
          await openLink(t, page, `${server.origin}${path}${hash}`);
          const again = await t.element(page, spec.tag);
          await untilDecided(page, spec.tag);
          const errors = await events(page, 'elz-error');
          assert.deepEqual(
            errors.map((e) => e.detail.code),
            ['invalid-link'],
            what,
          );
          assert.match(
            errors[0].detail.message,
            /^Deze link kan niet gebruikt worden: .+ Er is niets veranderd\.$/,
            what,
          );
          assert.deepEqual(content(await valueOf(again)), before, `${what}: the work is unchanged`);
          assert.equal(await page.evaluate(() => location.hash), '', `${what}: our part is out of the address`);
          assert.equal(await page.evaluate(() => ({}).polluted), undefined, what);
        }
        await t.finalChecks();
      },
      // Seven fresh loads, one of them 1.4 million characters long.
      { timeout: 90_000 },
    );
  }

  if (has(CIRCLE)) {
    const path = elementPage(
      server,
      elements.find((e) => e.tag === CIRCLE),
      { attrs: 'storage-key="k"' },
    );
    test(`<${CIRCLE}> a long link (over 2,000 characters): made with a warning and the file offered, and it opens whole`, async (t) => {
      // A hundred people with notes that do not compress away: a link of some thousands of characters.
      let seed = 7;
      const word = () => {
        seed = (seed * 48271) % 2147483647;
        return seed.toString(36);
      };
      const people = Array.from({ length: 100 }, (_, i) =>
        person(`p${i}`, `Persoon ${i} ${word()}`, { note: word() + word() }),
      );
      const alice = await t.open(path);
      const a = await t.element(alice, CIRCLE);
      assert.equal(await setValue(a, circle(people)), null);
      await click(a, 'Delen via een link');
      await until(
        alice,
        (tag) => !!document.querySelector(tag).shadowRoot.querySelector('#share-link'),
        CIRCLE,
        'the link',
      );
      const link = await linkOf(a);
      assert.ok(link.length > 2000 && link.length <= 8000, `a link of ${link.length} characters`);
      assert.match(await textOf(a), new RegExp(`Deze link is lang: ${link.length} tekens`));
      assert.ok(
        await a.evaluate((e) =>
          [...e.shadowRoot.querySelectorAll('button')].some((b) => /download/i.test(b.textContent)),
        ),
      );
      const bob = await t.open(path, { context: await t.newContext() });
      await openLink(t, bob, link);
      const b = await t.element(bob, CIRCLE);
      await untilDecided(bob, CIRCLE);
      await click(b, 'Overnemen in plaats van mijn werk');
      await sleep(100);
      assert.deepEqual(content(await valueOf(b)).stakeholders, people);
      await t.finalChecks();
    });
  }

  if (has(CIRCLE)) {
    const path = server.page({
      head: '<script type="module" src="/elz-widgets.js"></script>',
      // The host's own router keeps its place in the fragment, and counts every change of it.
      body: `<nav><a href="#/home">Home</a></nav><elz-stakeholder-circle storage-key="k"></elz-stakeholder-circle>`,
    });

    test(`<${CIRCLE}> the host's hash routing: only our part is read and taken out, without a new history entry`, async (t) => {
      const page = await t.open(path);
      await t.element(page, CIRCLE);
      const link = fragment('k', JSON.stringify(circle([person('x', 'Vrijwilligers')])));
      await openLink(t, page, `${server.origin}${path}#/projects/7&${link.slice(1)}`);
      const el = await t.element(page, CIRCLE);
      await untilDecided(page, CIRCLE);
      const length = await page.evaluate(() => history.length);
      await page.evaluate(() => {
        window.__hashchanges = 0;
        addEventListener('hashchange', () => window.__hashchanges++);
      });
      await click(el, 'Sluiten, niets veranderen');
      assert.equal(await page.evaluate(() => location.hash), '#/projects/7');
      assert.equal(await page.evaluate(() => history.length), length);
      assert.equal(await page.evaluate(() => window.__hashchanges), 0);
      assert.equal((await valueOf(el)).stakeholders.length, 0, 'closing took nothing');
      // A fragment of the host's own is not ours: nothing happens.
      await openLink(t, page, `${server.origin}${path}#/elz=k:abc`);
      await t.element(page, CIRCLE);
      await sleep(300);
      assert.deepEqual(await events(page, 'elz-error'), []);
      await t.finalChecks();
    });

    test(`<${CIRCLE}> merging a link with differences: both versions shown, the user picks, undo takes it back`, async (t) => {
      const page = await t.open(path);
      let el = await t.element(page, CIRCLE);
      const mine = circle([
        person('a', 'Buren', { note: 'Mijn notitie' }),
        person('b', 'Huisarts', { ring: 'formal', sector: 'care' }),
      ]);
      assert.equal(await setValue(el, mine), null);
      await sleep(400);
      const theirs = circle([
        person('a', 'Buren', { note: 'Haar notitie' }),
        person('c', 'Apotheker', { ring: 'formal', sector: 'care' }),
      ]);
      await openLink(t, page, `${server.origin}${path}${fragment('k', JSON.stringify(theirs))}`);
      el = await t.element(page, CIRCLE);
      await untilDecided(page, CIRCLE);
      // Shown read-only: her work is on screen, his is not touched.
      assert.match(await workText(el), /Apotheker/);
      await click(el, 'Samenvoegen met mijn werk');
      const legends = await el.evaluate((e) =>
        [...e.shadowRoot.querySelectorAll('.merge legend')].map((l) => l.textContent.replace(/[\u2068\u2069]/g, '')),
      );
      assert.deepEqual(legends, ['Buren: Notitie']);
      // With the keyboard: the focus is on the picker's title; Tab to the other version, Space, then merge.
      const focused = await el.evaluate((e) => e.shadowRoot.activeElement?.id);
      assert.equal(focused, 'merge-title');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
      await click(el, 'Samenvoegen');
      const merged = await valueOf(el);
      assert.deepEqual(
        merged.stakeholders.map((s) => [s.name, s.note]),
        [
          ['Buren', 'Haar notitie'],
          ['Huisarts', ''],
          ['Apotheker', ''],
        ],
      );
      assert.match(await textOf(el), /Samengevoegd\. Erbij: nieuwe betrokkenen: 1\./);
      await click(el, 'Ongedaan maken');
      assert.deepEqual(content(await valueOf(el)), content(mine));
      await t.finalChecks();
    });

    test(`<${CIRCLE}> opening a file of one's own work and merging it changes nothing`, async (t) => {
      const page = await t.open(path);
      const el = await t.element(page, CIRCLE);
      const mine = circle([person('a', 'Buren')]);
      assert.equal(await setValue(el, mine), null);
      await sleep(400);
      const changes = (await events(page, 'elz-change')).length;
      await el.evaluate(async (e, text) => {
        const input = e.shadowRoot.querySelector('[part=actions] input[type=file]');
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'werk.json', { type: 'application/json' }));
        input.files = transfer.files;
        input.dispatchEvent(new Event('change'));
      }, JSON.stringify(mine));
      await until(
        page,
        () => !!document.querySelector('elz-stakeholder-circle').shadowRoot.querySelector('.together.choice'),
        null,
        'the choice',
      );
      await click(el, 'Samenvoegen met mijn werk');
      assert.match(await textOf(el), /Er is niets nieuws/);
      assert.deepEqual(content(await valueOf(el)), content(mine));
      assert.equal((await events(page, 'elz-change')).length, changes);
      await t.finalChecks();
    });
  }

  if (has(TOOL)) {
    const tool = elements.find((e) => e.tag === TOOL);
    const path = elementPage(server, tool, { attrs: 'storage-key="k"' });
    /** Goes to the summary with the sample. */
    async function atSummary(t, options) {
      const page = await t.open(path, options);
      const el = await t.element(page, TOOL);
      assert.equal(await setValue(el, { schema: tool.schema, ...tool.sample(), step: 'summary' }), null);
      return { page, el };
    }

    /** Copies the report in `lang` from the summary: what went on the clipboard, by type. */
    async function copyReport(t, lang) {
      // Firefox lets no page read the clipboard: there the page's clipboard is watched instead.
      const watch = () => {
        window.__copied = [];
        const write = navigator.clipboard.write.bind(navigator.clipboard);
        navigator.clipboard.write = async (items) => {
          for (const item of items)
            window.__copied.push(
              Object.fromEntries(
                await Promise.all(item.types.map(async (ty) => [ty, await (await item.getType(ty)).text()])),
              ),
            );
          return write(items).catch(() => undefined);
        };
      };
      const { page, el } = await atSummary(t, { preload: [watch] });
      if (!t.firefox)
        await page
          .browserContext()
          .overridePermissions(server.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
      await el.evaluate(async (e, lang) => {
        const select = elzRoles.getByRole(e, 'combobox', { name: 'Taal van het verslag' });
        select.value = lang;
        select.dispatchEvent(new Event('change'));
        await e.updateComplete;
      }, lang);
      await click(el, 'Verslag kopiëren');
      await until(page, () => window.__copied.length > 0, null, 'the report copied');
      const [copied] = await page.evaluate(() => window.__copied);
      return { page, el, copied };
    }

    test(`<${TOOL}> the report on the clipboard: rich text (HTML tables and headings, and plain text) in the language chosen`, async (t) => {
      const { page, el, copied } = await copyReport(t, 'fr');
      assert.deepEqual(Object.keys(copied).sort(), ['text/html', 'text/plain']);
      assert.match(copied['text/html'], /<table /);
      assert.match(copied['text/html'], /<h2>Plan d&#39;action<\/h2>/);
      assert.match(copied['text/html'], /lang="fr"/);
      assert.doesNotMatch(copied['text/html'], /<script/i);
      assert.match(copied['text/plain'], /Valpreventie in Sint-Kruis/);
      // The circle as a picture inside the pasted text, described in the report's language.
      assert.match(copied['text/html'], /<img [^>]*src="data:image\/png;base64,[A-Za-z0-9+/=]{200,}"/);
      assert.match(copied['text/html'], /<img [^>]*alt="Le cercle des acteurs impliqués/);
      // The page itself still speaks Dutch.
      assert.match(await textOf(el), /Verslag kopiëren/);
      if (!t.firefox) {
        const types = await page.evaluate(async () => (await navigator.clipboard.read())[0]?.types ?? []);
        assert.ok(types.includes('text/html') && types.includes('text/plain'), types.join(', '));
      }
      await t.finalChecks();
    });

    test(
      `<${TOOL}> the report in a word processor (LibreOffice): pasted, and the file opened, with headings, tables and the picture`,
      async (t) => {
        if (!OFFICE) t.skip('LibreOffice is not installed here (.ci/run installs it)');
        const { page, el, copied } = await copyReport(t, 'fr');
        const file = await t.download(page, () => click(el, 'Verslag downloaden'));
        // Writer takes HTML from the clipboard with the same filter as an HTML file it opens.
        const pasted = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${copied['text/html']}</body></html>`;
        for (const [what, html] of [
          ['pasted', pasted],
          ['the file', file.text],
        ]) {
          const doc = await inWriter(html);
          const headings = [...doc.matchAll(/<text:h [^>]*text:outline-level="(\d)"[^>]*>([^<]*)/g)].map(
            ([, level, text]) => `${level} ${text.replace(/\u00a0/g, ' ')}`,
          );
          assert.ok(headings.includes('2 Plan d&apos;action'), `${what}: ${headings.join(' | ')}`);
          assert.ok(headings.includes('2 Qui est impliqué ?'), `${what}: ${headings.join(' | ')}`);
          assert.ok((doc.match(/<table:table /g) ?? []).length >= 5, `${what}: the tables`);
          // The picture is in the document itself, not linked, with its description.
          assert.match(doc, /<draw:image draw:mime-type="image\/(png|svg\+xml)">\s*<office:binary-data>/, what);
          assert.match(doc, /<svg:title>Le cercle des acteurs impliqués/, what);
          // Nothing of the report is left as markup or code in the text.
          assert.doesNotMatch(doc, /&lt;(svg|table|img|h2)/, what);
        }
        await t.finalChecks();
      },
      {
        only: ['chromium'],
        onlyReason: 'the clipboard content is the same; LibreOffice reads it once',
        timeout: 120_000,
      },
    );

    test(`<${TOOL}> the report as one HTML file: no script, inline styles, escaped user text`, async (t) => {
      const { page, el } = await atSummary(t);
      const file = await t.download(page, () => click(el, 'Verslag downloaden'));
      assert.match(file.name, /\.html$/);
      assert.match(file.text, /^<!DOCTYPE html>/);
      // No file to load: not even an icon (a browser asks a page served from a site for one).
      assert.doesNotMatch(
        file.text,
        /<script|<link(?! rel="icon" href="data:,">)|@import|https?:\/\/(?!www\.w3\.org)/i,
      );
      assert.match(file.text, /Content-Security-Policy" content="default-src 'none'/);
      assert.match(file.text, /<table /);
      assert.match(file.text, /Valpreventie in Sint-Kruis/);
      // The circle as an SVG image, its legend drawn in the report's language, shown under the file's own policy.
      const svg =
        /<figure><img src="data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)" alt="De cirkel van betrokkenen/.exec(
          file.text,
        );
      assert.ok(svg, 'the circle as an SVG image in the file');
      assert.match(Buffer.from(svg[1], 'base64').toString('utf8'), /^<svg [\s\S]*Nog te contacteren[\s\S]*<\/svg>$/);
      // Opened on a phone: the picture shows, and nothing is wider than the screen (a row is a card there).
      const opened = await t.open(server.page({ html: file.text, csp: null }), {
        viewport: { width: 320, height: 640 },
      });
      const shown = await opened.evaluate(async () => {
        const img = document.querySelector('figure img');
        await img.decode();
        const td = document.querySelector('tbody td');
        const card = `${getComputedStyle(td).display} ${getComputedStyle(td, '::before').fontWeight} ${td.dataset.label}`;
        return {
          img: [img.naturalWidth, img.getBoundingClientRect().height],
          wide: document.documentElement.scrollWidth,
          card,
        };
      });
      assert.ok(shown.img[0] > 0 && shown.img[1] > 100, `the picture shows when the file is opened: ${shown.img}`);
      assert.ok(shown.wide <= 320, `the report is ${shown.wide} px wide on a 320 px screen`);
      assert.match(shown.card, /^block 700 \S.*[:?]$/);
      await t.finalChecks();
    });
  }
}
