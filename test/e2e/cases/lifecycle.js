// The element's life in a host page: set up before the script arrives, moved
// around, reconfigured at runtime, and switched to another language in the middle of typing.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  content,
  edit,
  elementPage,
  events,
  label,
  normalised,
  setValue,
  sleep,
  storageOf,
  textOf,
  until,
  untilSaved,
  valueOf,
  writes,
} from './common.js';

export default function lifecycle(registry, { elements, server }) {
  const test = (name, fn, opts) => registry.test('lifecycle', name, fn, opts);
  const blank = server.page({ body: '<p>Leeg</p>' });

  for (const spec of elements) {
    const L = label(spec);
    const sample = () => ({ schema: spec.schema, ...spec.sample() });

    test(`${L} created, configured and given a value before the script has loaded`, async (t) => {
      const gate = randomUUID();
      const path = server.page({
        head: `<script type="module" src="/elz-widgets.js?gate=${gate}"></script>`,
        body: `<${spec.tag} id="from-html" storage-key="k1" lang="fr"></${spec.tag}><div id="slot"></div>`,
      });
      const prep = await t.open(blank);
      // Something older is stored under k1: the host's value wins, and is saved.
      await prep.evaluate((v) => localStorage.setItem('k1', JSON.stringify(v)), {
        ...sample(),
        ...spec.texts(['Ouder werk']),
      });
      const page = await t.open(null);
      const loaded = t.goto(page, path);
      await until(page, (tag) => !!document.querySelector(tag), spec.tag, 'the page is parsed', 8000);
      const early = await page.evaluate(
        (tag, v) => {
          const fromHtml = document.querySelector(tag);
          const upgraded = !!customElements.get(tag);
          fromHtml.value = v;
          const made = document.createElement(tag);
          made.setAttribute('storage-key', 'k2');
          made.readonly = true;
          made.value = v;
          document.querySelector('#slot').append(made);
          const none = document.createElement(tag);
          none.setAttribute('storage', 'none');
          none.value = v;
          document.querySelector('#slot').append(none);
          const bad = document.createElement(tag);
          bad.setAttribute('storage', 'none');
          bad.id = 'bad';
          bad.value = { schema: 'elz-something-else/1' };
          document.querySelector('#slot').append(bad);
          return upgraded;
        },
        spec.tag,
        sample(),
      );
      assert.equal(early, false, 'the script had not run yet');
      server.openGate(gate);
      await loaded;
      const [fromHtml, made] = [await t.element(page, spec.tag, 0), await t.element(page, spec.tag, 1)];
      const want = await normalised(page, spec.tag, sample());
      for (const el of [fromHtml, made]) assert.deepEqual(content(await valueOf(el)), want);
      assert.ok((await textOf(fromHtml)).includes(spec.words.fr[0]), 'the early lang attribute counts');
      assert.equal(
        await made.evaluate((e) => e.readonly && !e.shadowRoot.querySelector('textarea, input:not([type=file])')),
        true,
      );
      const errors = (await events(page, 'elz-error')).map((e) => [e.id, e.detail.code]);
      assert.deepEqual(errors, [['bad', 'invalid-value']], 'the invalid early value is reported, not thrown');
      await untilSaved(page, fromHtml, 'k1');
      await untilSaved(page, made, 'k2');
      // Nothing written under a key or in a place the attributes did not name.
      await sleep(400);
      assert.deepEqual(
        Object.keys(await storageOf(page)).sort(),
        ['k1', 'k2'],
        'written only where the attributes say',
      );
    });

    test(`${L} removed and re-added: its work, its saving and its syncing come along, once`, async (t) => {
      const path = elementPage(server, spec, {
        body: `<div id="a"><${spec.tag} storage-key="k"></${spec.tag}></div><div id="b"></div>`,
      });
      const page = await t.open(path);
      const other = await t.open(path);
      const el = await t.element(page, spec.tag);
      await edit(el, spec);
      // Removed at once, before the coalesced write: leaving the page writes it.
      await el.evaluate((e) => e.remove());
      assert.deepEqual(content(JSON.parse((await storageOf(page)).k)), content(await valueOf(el)));
      await el.evaluate(async (e) => {
        document.querySelector('#b').append(e);
        await e.updateComplete;
      });
      const before = { changes: (await events(page, 'elz-change')).length, writes: await writes(page, 'k') };
      await edit(el, spec);
      await untilSaved(page, el);
      await sleep(400);
      assert.equal((await events(page, 'elz-change')).length - before.changes, 1, 'one event for one edit');
      assert.equal((await writes(page, 'k')) - before.writes, 1, 'one write for one edit');
      const want = JSON.stringify(await valueOf(el));
      await until(
        other,
        (w) => JSON.stringify(document.querySelector('[storage-key]').value) === w,
        want,
        'the other tab follows',
      );
      const el2 = await t.element(other, spec.tag);
      await edit(el2, spec);
      const back = JSON.stringify(await valueOf(el2));
      await until(
        page,
        (w) => JSON.stringify(document.querySelector('[storage-key]').value) === w,
        back,
        'and it follows the other tab',
      );
    });

    test(
      `${L} 100 times created and removed: no listener left behind on window or document`,
      async (t) => {
        const page = await t.open(server.page({ head: '<script type="module" src="/elz-widgets.js"></script>' }));
        const cdp = await page.createCDPSession();
        const listeners = async () => {
          const out = {};
          for (const target of ['window', 'document']) {
            const { result } = await cdp.send('Runtime.evaluate', { expression: target });
            const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
            for (const l of listeners) out[`${target}:${l.type}`] = (out[`${target}:${l.type}`] ?? 0) + 1;
          }
          return out;
        };
        // One element first: what the page keeps once (the <html lang> observer) is there from then on.
        // Each one is given a value (a change waiting to be written) and removed at once.
        const cycles = async (n) =>
          page.evaluate(
            async (tag, n, v) => {
              for (let i = 0; i < n; i++) {
                const el = document.createElement(tag);
                el.setAttribute('storage-key', `k${i % 3}`);
                document.body.append(el);
                await el.updateComplete;
                await new Promise((r) => setTimeout(r));
                el.value = { ...v, updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() };
                el.remove();
              }
            },
            spec.tag,
            n,
            sample(),
          );
        await cycles(1);
        const baseline = await listeners();
        await cycles(100);
        assert.deepEqual(await listeners(), baseline);
      },
      { only: ['chromium'], onlyReason: 'counting listeners needs the DevTools protocol', timeout: 40_000 },
    );

    test(`${L} attributes changed at runtime: storage-key, storage, readonly, name`, async (t) => {
      const path = elementPage(server, spec, { body: `<form><${spec.tag} storage-key="k"></${spec.tag}></form>` });
      const prep = await t.open(blank);
      await prep.evaluate((v) => localStorage.setItem('k-other', JSON.stringify(v)), sample());
      const page = await t.open(path);
      const el = await t.element(page, spec.tag);
      await edit(el, spec);
      await untilSaved(page, el, 'k');
      // Another key: what is stored there shows; edits go there.
      await el.evaluate(async (e) => {
        e.setAttribute('storage-key', 'k-other');
        await e.updateComplete;
      });
      assert.deepEqual(content(await valueOf(el)), await normalised(page, spec.tag, sample()));
      await edit(el, spec);
      await untilSaved(page, el, 'k-other');
      // Session storage, then none: the work follows, and stops being written.
      await el.evaluate(async (e) => {
        e.setAttribute('storage', 'session');
        await e.updateComplete;
      });
      await edit(el, spec);
      await untilSaved(page, el, 'k-other', 'session');
      assert.match(await textOf(el), /tot u dit tabblad sluit/);
      await el.evaluate(async (e) => {
        e.setAttribute('storage', 'none');
        await e.updateComplete;
      });
      const writesBefore = await page.evaluate(() => ({ ...window.__e2e.writes }));
      await edit(el, spec);
      await sleep(500);
      assert.deepEqual(
        await page.evaluate(() => window.__e2e.writes),
        writesBefore,
        'nothing written with storage="none"',
      );
      assert.match(await textOf(el), /wordt niet opgeslagen/);
      // Read-only and back.
      // The tool's report may be written in another language also when read-only: that choice changes no work.
      const controls = (e) =>
        e.evaluate(
          (x) => x.shadowRoot.querySelectorAll('input:not([type=file]), textarea, select:not(#report-locale)').length,
        );
      const editable = await controls(el);
      await el.evaluate(async (e) => {
        e.setAttribute('readonly', '');
        await e.updateComplete;
      });
      assert.equal(await controls(el), 0);
      await el.evaluate(async (e) => {
        e.removeAttribute('readonly');
        await e.updateComplete;
      });
      assert.equal(await controls(el), editable);
      // A name: now the form carries it.
      const submitted = () => page.evaluate(() => new FormData(document.querySelector('form')).get('werk'));
      assert.equal(await submitted(), null);
      await el.evaluate((e) => e.setAttribute('name', 'werk'));
      assert.deepEqual(JSON.parse(await submitted()), await valueOf(el));
    });

    test(`${L} language: every locale, fr-BE, <html lang> and lang switched while typing, errors too`, async (t) => {
      const path = elementPage(server, spec, {
        body: `<${spec.tag} storage-key="k"></${spec.tag}><${spec.tag} storage="none" id="second"></${spec.tag}>`,
      });
      const page = await t.open(path);
      const el = await t.element(page, spec.tag);
      const second = await t.element(page, spec.tag, 1);
      const shows = async (e, lang) => {
        // A language's texts load when it is first shown: give them a moment.
        const base = (x) => x.shadowRoot.querySelector('[part=base]').getAttribute('lang');
        for (let i = 0; i < 60 && (await e.evaluate(base)) !== lang; i++) await sleep(50);
        const text = await textOf(e);
        for (const w of spec.words[lang]) assert.ok(text.includes(w), `${lang}: "${w}" in ${text.slice(0, 300)}`);
        assert.equal(await e.evaluate((x) => x.shadowRoot.querySelector('[part=base]').getAttribute('lang')), lang);
      };
      const setHtml = async (lang) => {
        await page.evaluate((l) => (document.documentElement.lang = l), lang);
        await sleep(150);
      };
      for (const lang of ['fr', 'en', 'de', 'nl']) {
        await setHtml(lang);
        await shows(el, lang);
        await shows(second, lang);
      }
      await setHtml('fr-BE');
      await shows(el, 'fr');
      // Typing, the language changes under the user's hands: the text and the focus stay.
      const field = await el.evaluateHandle(spec.textField);
      await field.evaluate((f) => {
        f.value = '';
        f.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      });
      await field.focus();
      await page.keyboard.type('Eerste deel');
      await setHtml('nl');
      await page.keyboard.type(', tweede deel');
      await second.evaluate((e) => (e.lang = 'de'));
      await sleep(150);
      await page.keyboard.type(', derde deel');
      assert.equal(spec.typed(await valueOf(el)), 'Eerste deel, tweede deel, derde deel');
      await shows(el, 'de');
      const focused = await page.evaluate(() => {
        let a = document.activeElement;
        while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
        return a?.localName;
      });
      assert.equal(focused, await field.evaluate((f) => f.localName), 'the focus stayed in the field');
      // Errors in the page's language.
      await setHtml('fr');
      await setValue(el, { schema: 'elz-other/1' });
      const [error] = (await events(page, 'elz-error')).slice(-1);
      assert.match(error.detail.message, /^Ces données ne peuvent pas être utilisées/);
    });
  }
}
