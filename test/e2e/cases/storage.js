// Nothing is lost, and "forget on this device", in a real browser: real reloads,
// real tabs, a really full quota, really sandboxed documents.
import assert from 'node:assert/strict';
import { STRICT_CSP } from '../server.js';
import {
  BUNDLE,
  buttonOf,
  click,
  content,
  edit,
  elementPage,
  emptyValue,
  events,
  label,
  setValue,
  sleep,
  storageOf,
  textOf,
  until,
  untilSaved,
  valueOf,
  writes,
} from './common.js';

/** Fills the origin's localStorage until not one more character fits (in the page). */
function fillStorage() {
  let chunk = 'x'.repeat(1 << 20);
  let n = 0;
  while (chunk.length > 0) {
    try {
      localStorage.setItem(`fill-${n}`, chunk);
      n++;
    } catch {
      chunk = chunk.slice(0, chunk.length >> 1);
    }
  }
  return n;
}

function freeStorage() {
  for (const k of Object.keys(localStorage)) if (k.startsWith('fill-')) localStorage.removeItem(k);
}

/** Makes storage calls throw whatever `window.__e2eThrow` names, while it is set (in the page). */
function throwingStorage(kind) {
  const make = {
    string: () => 'just a string',
    null: () => null,
    object: () => ({}),
    'firefox-corrupt': () => Object.assign(new Error('NS_ERROR_FILE_CORRUPTED'), { name: 'NS_ERROR_FILE_CORRUPTED' }),
    'invalid-state': () => new DOMException('The operation is insecure.', 'InvalidStateError'),
  };
  for (const method of ['setItem', 'getItem', 'removeItem']) {
    const original = Storage.prototype[method];
    Storage.prototype[method] = function (...args) {
      if (window.__e2eThrow && (method !== 'getItem' || window.__e2eThrowReads)) throw make[window.__e2eThrow]();
      return original.apply(this, args);
    };
  }
  window.__e2eThrow = kind;
  window.__e2eThrowReads = true;
}

const unreadable = (spec) => [
  ['not JSON', '{"broken\r\n  é € ✓ '],
  ['another schema', '{"schema":"elz-something-else/1","groups":[]}'],
  ['a newer version', JSON.stringify({ ...spec.sample(), schema: spec.schema.replace(/\d+$/, '7') }, null, 1)],
  ['__proto__ keys', `{"schema":"${spec.schema}","__proto__":{"polluted":true}}`],
  ['an invalid field', JSON.stringify({ ...spec.sample(), schema: spec.schema, updatedAt: 'gisteren' })],
];

export default function storage(registry, { elements, server }) {
  const test = (name, fn, opts) => registry.test('storage', name, fn, opts);
  const blank = server.page({ body: '<p>Leeg</p>' });

  for (const spec of elements) {
    const L = label(spec);
    const page1 = elementPage(server, spec);

    test(`${L} storage access throws SecurityError (page sandboxed by its CSP): works in memory, says so`, async (t) => {
      const path = elementPage(server, spec, { csp: `sandbox allow-scripts allow-downloads; ${STRICT_CSP}` });
      const page = await t.open(path);
      const el = await t.element(page, spec.tag);
      assert.equal(await page.evaluate(() => origin), 'null', 'the document has an opaque origin');
      await edit(el, spec);
      const errors = await events(page, 'elz-error');
      assert.deepEqual(
        errors.map((e) => e.detail.code),
        ['storage-unavailable'],
      );
      assert.match(errors[0].detail.message, /laat niet toe om uw werk op te slaan/);
      assert.match(await textOf(el), /Niet opgeslagen/);
      const before = await valueOf(el);
      await edit(el, spec);
      assert.notDeepEqual(content(await valueOf(el)), content(before), 'edits still work');
      const file = await t.download(page, () => click(el, 'Kopie downloaden'));
      assert.deepEqual(JSON.parse(file.text), await valueOf(el));
    });

    test(`${L} in a sandboxed iframe without allow-same-origin: works in memory, says so`, async (t) => {
      const frame = elementPage(server, spec);
      const host = server.page({ body: `<iframe sandbox="allow-scripts" src="${frame}" title="Tool"></iframe>` });
      // Firefox's remote agent sometimes reports this from its own scripts in an opaque-origin
      // frame (seen with any preload script, never without one): not the page's doing.
      if (t.firefox) t.allowPageError(/^Error: Permission denied to access property "length"$/);
      const page = await t.open(host);
      const f = page.frames().find((x) => x.url().endsWith(frame));
      assert.ok(f, 'the frame loaded');
      const el = await t.element(f, spec.tag);
      await edit(el, spec);
      const errors = await f.evaluate(() => window.__e2e.events.filter((e) => e.type === 'elz-error'));
      assert.deepEqual(
        errors.map((e) => e.detail.code),
        ['storage-unavailable'],
      );
      assert.match(await textOf(el), /Niet opgeslagen/);
      assert.equal((await f.evaluate(() => window.__e2e.events.filter((e) => e.type === 'elz-change'))).length, 1);
    });

    test(`${L} quota full from the start, then space again: keeps working, saves once it can`, async (t) => {
      const prep = await t.open(blank);
      assert.ok((await prep.evaluate(fillStorage)) > 0);
      const page = await t.open(page1);
      const el = await t.element(page, spec.tag);
      await edit(el, spec);
      await until(page, () => window.__e2e.events.some((e) => e.type === 'elz-error'), null, 'an elz-error');
      assert.deepEqual(
        (await events(page, 'elz-error')).map((e) => e.detail.code),
        ['storage-full'],
      );
      assert.match(await textOf(el), /De opslag van deze browser is vol/);
      assert.equal((await storageOf(page)).k, undefined);
      await page.evaluate(freeStorage);
      await untilSaved(page, el, 'k', 'local', 5000);
      await until(page, (e) => /Het opslaan lukt weer/.test(e.shadowRoot.textContent), el, 'the "saved again" notice');
      assert.doesNotMatch(await textOf(el), /De opslag van deze browser is vol/);
    });

    test(`${L} quota full mid-session, then space again: the stored copy stays whole, then catches up`, async (t) => {
      const page = await t.open(page1);
      const el = await t.element(page, spec.tag);
      await edit(el, spec);
      await untilSaved(page, el);
      const old = (await storageOf(page)).k;
      await page.evaluate(fillStorage);
      assert.equal(await setValue(el, { schema: spec.schema, ...spec.sample() }), null);
      await edit(el, spec);
      await until(page, () => window.__e2e.events.some((e) => e.type === 'elz-error'), null, 'an elz-error');
      assert.deepEqual(
        (await events(page, 'elz-error')).map((e) => e.detail.code),
        ['storage-full'],
      );
      assert.equal((await storageOf(page)).k, old, 'the last good copy is untouched');
      await page.evaluate(freeStorage);
      await untilSaved(page, el, 'k', 'local', 5000);
      const last = await valueOf(el);
      await page.reload({ waitUntil: 'load' });
      assert.deepEqual(await valueOf(await t.element(page, spec.tag)), last, 'restored after a reload');
    });

    test(`${L} storage that throws anything (string, null, object, Firefox's corrupt file, InvalidStateError)`, async (t) => {
      const kinds = ['string', 'null', 'object', 'firefox-corrupt', 'invalid-state'];
      await Promise.all(
        kinds.map(async (kind) => {
          // Reads throw too from the first moment: the kind is set before the bundle runs.
          const context = await t.newContext();
          const page = await t.open(page1, { context, preload: [throwingStorage, kind] });
          const el = await t.element(page, spec.tag);
          await edit(el, spec);
          await sleep(400);
          const codes = (await events(page, 'elz-error')).map((e) => e.detail.code);
          assert.deepEqual(
            codes,
            ['storage-unavailable'],
            `${kind}: ${JSON.stringify(await events(page))} ${await textOf(el)}`,
          );
          assert.match(await textOf(el), /Niet opgeslagen/, kind);
          await edit(el, spec);
          await page.evaluate(() => (window.__e2eThrow = window.__e2eThrowReads = null));
          await untilSaved(page, el, 'k', 'local', 10_000);
        }),
      );
    });

    test(`${L} stored work that could not be read at start is not overwritten when storage comes back`, async (t) => {
      const prep = await t.open(blank);
      const earlier = JSON.stringify({ schema: spec.schema, updatedAt: '2026-01-02T03:04:05.000Z', ...spec.sample() });
      await prep.evaluate((text) => localStorage.setItem('k', text), earlier);
      // Firefox throws NS_ERROR_FILE_CORRUPTED (or a transient I/O error) on access; it can pass.
      const page = await t.open(page1, { preload: [throwingStorage, 'firefox-corrupt'] });
      const el = await t.element(page, spec.tag);
      await edit(el, spec);
      await page.evaluate(() => (window.__e2eThrow = window.__e2eThrowReads = null));
      await sleep(2500); // the first retry
      const kept = Object.values(await storageOf(page));
      assert.ok(kept.includes(earlier), 'the earlier work is still in storage, under its key or kept aside');
      const aside = Object.keys(await storageOf(page)).find((k) => k.startsWith('k.unreadable.'));
      if (aside) {
        assert.match(await textOf(el), /apart gezet/);
        const file = await t.download(page, () => click(el, 'Oude gegevens downloaden'));
        assert.equal(file.text, earlier);
      }
    });

    test(`${L} storage="session": kept through a reload, gone in a new tab, never in localStorage`, async (t) => {
      const path = elementPage(server, spec, { attrs: 'storage="session" storage-key="k"' });
      const page = await t.open(path);
      const el = await t.element(page, spec.tag);
      assert.match(await textOf(el), /tot u dit tabblad sluit/);
      await edit(el, spec);
      await untilSaved(page, el, 'k', 'session');
      const saved = await valueOf(el);
      await page.reload({ waitUntil: 'load' });
      assert.deepEqual(await valueOf(await t.element(page, spec.tag)), saved);
      assert.deepEqual(await storageOf(page), {});
      const other = await t.open(path);
      assert.deepEqual(
        content(await valueOf(await t.element(other, spec.tag))),
        content(await emptyValue(other, spec.tag)),
      );
    });

    test(`${L} storage="none": writes nothing anywhere, says so, offers no "forget"`, async (t) => {
      const path = elementPage(server, spec, { attrs: 'storage="none" storage-key="k"' });
      const page = await t.open(path);
      const el = await t.element(page, spec.tag);
      await edit(el, spec);
      assert.equal(await setValue(el, { schema: spec.schema, ...spec.sample() }), null);
      await sleep(500);
      assert.deepEqual(await page.evaluate(() => window.__e2e.writes), {});
      assert.deepEqual(await storageOf(page), {});
      assert.deepEqual(await storageOf(page, 'session'), {});
      assert.match(await textOf(el), /wordt niet opgeslagen/);
      assert.equal(await (await buttonOf(el, 'Wissen op dit toestel')).evaluate((b) => !!b), false);
      await page.reload({ waitUntil: 'load' });
      const again = await t.element(page, spec.tag);
      assert.deepEqual(content(await valueOf(again)), content(await emptyValue(page, spec.tag)));
    });

    for (const [kind, text] of unreadable(spec))
      test(`${L} unreadable stored data (${kind}): kept aside byte for byte, downloadable, starts clean`, async (t) => {
        const prep = await t.open(blank);
        await prep.evaluate((text) => localStorage.setItem('k', text), text);
        const page = await t.open(page1);
        const el = await t.element(page, spec.tag);
        assert.equal(await page.evaluate(() => ({}).polluted), undefined, 'no prototype touched');
        assert.deepEqual(
          (await events(page, 'elz-error')).map((e) => e.detail.code),
          ['storage-unreadable'],
        );
        const stored = await storageOf(page);
        const aside = Object.keys(stored).filter((k) => /^k\.unreadable\.\d+/.test(k));
        assert.equal(aside.length, 1, `one copy aside in ${Object.keys(stored)}`);
        assert.equal(stored[aside[0]], text, 'kept byte for byte');
        assert.equal(stored.k, undefined);
        assert.deepEqual(content(await valueOf(el)), content(await emptyValue(page, spec.tag)), 'starts clean');
        assert.match(await textOf(el), /apart gezet/);
        const file = await t.download(page, () => click(el, 'Oude gegevens downloaden'));
        assert.deepEqual(file.bytes, Buffer.from(text, 'utf8'), 'the download is the kept text');
        await edit(el, spec);
        await untilSaved(page, el);
        const edited = await valueOf(el);
        await page.reload({ waitUntil: 'load' });
        const again = await t.element(page, spec.tag);
        assert.deepEqual(await valueOf(again), edited);
        assert.equal((await storageOf(page))[aside[0]], text, 'still kept after the next save and a reload');
        assert.deepEqual(await events(page, 'elz-error'), []);
      });

    test(`${L} typing: writes coalesced (a few a second at most), the last keystroke survives a reload and a closed tab`, async (t) => {
      const page = await t.open(page1);
      const el = await t.element(page, spec.tag);
      const field = await el.evaluateHandle(spec.textField);
      await field.focus();
      const t0 = Date.now();
      await page.keyboard.type('Typen in een traag tempo', { delay: 40 });
      const ms = Date.now() - t0;
      await page.keyboard.type('snel!');
      const n = await writes(page, 'k');
      assert.ok(n <= Math.ceil(ms / 300) + 2, `${n} writes while typing for ${ms} ms`);
      const typed = spec.typed(await valueOf(el));
      assert.match(typed, /Typen in een traag tempo ?snel!$/);
      // At once, before the coalesced write: the unload must flush it.
      await page.reload({ waitUntil: 'load' });
      const again = await t.element(page, spec.tag);
      assert.equal(spec.typed(await valueOf(again)), typed, 'the last keystrokes survived the reload');
      const field2 = await again.evaluateHandle(spec.textField);
      await field2.focus();
      await page.keyboard.type(' en weg');
      // The keys reach the element first (Firefox, busy, once closed the tab before they had), then the tab closes.
      for (let i = 0; i < 40 && spec.typed(await valueOf(again)) !== `${typed} en weg`; i++) await sleep(50);
      assert.equal(spec.typed(await valueOf(again)), `${typed} en weg`, 'the keys arrived');
      await page.close({ runBeforeUnload: true });
      const reopened = await t.open(page1);
      const third = await t.element(reopened, spec.tag);
      assert.equal(spec.typed(await valueOf(third)), `${typed} en weg`, 'and a closed tab');
    });

    test(`${L} two elements with one key in one page stay in sync, without echo`, async (t) => {
      const path = elementPage(server, spec, {
        body: `<${spec.tag} id="a" storage-key="k"></${spec.tag}><${spec.tag} id="b" storage-key="k"></${spec.tag}>`,
      });
      const page = await t.open(path);
      const a = await t.element(page, spec.tag, 0);
      const b = await t.element(page, spec.tag, 1);
      await edit(a, spec);
      await b.evaluate((e) => e.updateComplete);
      assert.deepEqual(await valueOf(b), await valueOf(a));
      await untilSaved(page, a);
      await sleep(400);
      assert.equal(await writes(page, 'k'), 1, 'one write for one edit');
      const changes = (await events(page, 'elz-change')).map((e) => e.id);
      assert.deepEqual(changes.sort(), ['a', 'b']);
      await edit(b, spec);
      await a.evaluate((e) => e.updateComplete);
      assert.deepEqual(await valueOf(a), await valueOf(b));
      assert.equal(await textOf(a), await textOf(b), 'both show the same');
    });

    test(`${L} two tabs stay in sync through real storage events, without echo`, async (t) => {
      const pageA = await t.open(page1);
      const pageB = await t.open(page1);
      const a = await t.element(pageA, spec.tag);
      const b = await t.element(pageB, spec.tag);
      await sleep(50); // the storage listener is attached right after the first render
      await edit(a, spec);
      const want = JSON.stringify(await valueOf(a));
      await until(
        pageB,
        (w) => JSON.stringify(document.querySelector('[storage-key]').value) === w,
        want,
        'tab B follows',
      );
      await sleep(800);
      assert.equal(await writes(pageB, 'k'), 0, 'tab B does not write back');
      assert.equal(await writes(pageA, 'k'), 1);
      assert.equal((await events(pageB, 'elz-change')).length, 1);
      assert.equal((await events(pageA, 'elz-change')).length, 1);
      await edit(b, spec);
      const back = JSON.stringify(await valueOf(b));
      await until(
        pageA,
        (w) => JSON.stringify(document.querySelector('[storage-key]').value) === w,
        back,
        'tab A follows',
      );
      await sleep(800);
      assert.equal(await writes(pageA, 'k'), 1, 'tab A does not write back');
      assert.equal((await events(pageA, 'elz-change')).length, 2);
    });

    test(`${L} storage cleared by another tab: the work is written again`, async (t) => {
      const page = await t.open(page1);
      const el = await t.element(page, spec.tag);
      await edit(el, spec);
      await untilSaved(page, el);
      const other = await t.open(blank);
      await other.evaluate(() => localStorage.clear());
      await until(other, () => localStorage.getItem('k') !== null, null, 'the work written again');
      assert.deepEqual(JSON.parse((await storageOf(other)).k), await valueOf(el));
    });

    test(`${L} "forget on this device" leaves nothing behind, in this tab and another`, async (t) => {
      const prep = await t.open(blank);
      await prep.evaluate(() => localStorage.setItem('k.unreadable.1', 'oud'));
      const page = await t.open(page1);
      const other = await t.open(page1);
      const el = await t.element(page, spec.tag);
      const el2 = await t.element(other, spec.tag);
      await edit(el, spec);
      await untilSaved(page, el);
      await click(el, 'Wissen op dit toestel');
      assert.notEqual((await storageOf(page)).k, undefined, 'nothing erased before the confirmation');
      await click(el, 'Ja, alles wissen');
      assert.deepEqual(await storageOf(page), {});
      await sleep(600);
      for (const p of [page, other]) {
        assert.deepEqual(await storageOf(p), {});
        assert.deepEqual(await storageOf(p, 'session'), {});
        assert.equal(await p.evaluate(() => document.cookie), '');
      }
      assert.deepEqual(
        content(await valueOf(el2)),
        content(await emptyValue(other, spec.tag)),
        'the other tab forgot too',
      );
      await Promise.all([page.reload({ waitUntil: 'load' }), other.reload({ waitUntil: 'load' })]);
      assert.deepEqual(await storageOf(page), {}, 'nothing written on the way out');
      const left = await page.evaluate(async () => ({
        databases: (await indexedDB.databases?.())?.length ?? 0,
        caches: (await caches.keys()).length,
      }));
      assert.deepEqual(left, { databases: 0, caches: 0 });
      assert.match(await textOf(await t.element(page, spec.tag)), /Uw werk blijft alleen in deze browser/);
    });
  }

  // The bundle in a page of its own does not need storage at all until the user changes something.
  test('no element writes anything before the user changes something', async (t) => {
    const body = elements.map((s) => `<${s.tag} id="x"></${s.tag}>`).join('');
    const page = await t.open(server.page({ head: BUNDLE, body }));
    for (const s of elements) await t.element(page, s.tag);
    await sleep(500);
    assert.deepEqual(await storageOf(page), {});
    assert.deepEqual(await page.evaluate(() => window.__e2e.writes), {});
  });
}
