// `value`, and bad input gets a clear error and changes nothing: values and
// files refused whole, quickly, with the right code, and copies that the host cannot reach into.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  click,
  content,
  edit,
  elementPage,
  events,
  label,
  setValue,
  sleep,
  textOf,
  until,
  untilSaved,
  valueOf,
  workText,
} from './common.js';

/**
 * Sets each value in turn, as a host page would. Each value is built in the page by its maker
 * (so that proxies, cycles and prototypes are the page's own) from the sample and the schema
 * name. Reports what happened to each, and how long the refusal took.
 */
async function refuseAll(page, el, makers, sample, schema) {
  const out = [];
  for (const [name, make, arg = sample] of makers) {
    const bad = await page.evaluateHandle(make, arg, schema);
    out.push(
      await el.evaluate(
        async (e, bad, name) => {
          const before = JSON.stringify(e.value);
          const seen = [];
          const listen = (ev) => seen.push(ev.detail);
          e.addEventListener('elz-error', listen);
          const t0 = performance.now();
          let error = null;
          try {
            e.value = bad;
          } catch (err) {
            error = { typeError: err instanceof TypeError, message: err.message };
          }
          const ms = performance.now() - t0;
          e.removeEventListener('elz-error', listen);
          await e.updateComplete;
          return { name, error, ms, events: seen, same: JSON.stringify(e.value) === before };
        },
        bad,
        name,
      ),
    );
    await bad.dispose();
  }
  return out;
}

function checkRefusals(results, patterns = {}) {
  for (const r of results) {
    assert.ok(r.error, `${r.name}: not refused`);
    assert.ok(r.error.typeError, `${r.name}: a TypeError (got ${r.error.message})`);
    if (patterns[r.name]) assert.match(r.error.message, patterns[r.name], r.name);
    assert.ok(r.same, `${r.name}: the state changed`);
    assert.deepEqual(
      r.events.map((d) => d.code),
      ['invalid-value'],
      r.name,
    );
    assert.match(
      r.events[0].message,
      /^Deze gegevens kunnen niet gebruikt worden: .* Er is niets veranderd\.$/,
      r.name,
    );
    assert.ok(r.ms < 1000, `${r.name}: refused in ${r.ms.toFixed(0)} ms`);
  }
}

export default function values(registry, { elements, server }) {
  const test = (name, fn, opts) => registry.test('values', name, fn, opts);
  const files = mkdtempSync(join(tmpdir(), 'elz-e2e-files-'));

  for (const spec of elements) {
    const L = label(spec);
    const path = elementPage(server, spec, { attrs: 'storage-key="k"' });
    const sample = () => ({ schema: spec.schema, ...spec.sample() });

    test(`${L} wrong types and invalid fields: a TypeError naming the field, one elz-error, nothing changed`, async (t) => {
      const page = await t.open(path);
      const el = await t.element(page, spec.tag);
      assert.equal(await setValue(el, sample()), null);
      const shown = await workText(el);
      const generic = [
        ['a list', () => [1, 2]],
        ['a string', () => 'tekst'],
        ['a number', () => 42],
        ['null', () => null],
        ['true', () => true],
        ['undefined', () => undefined],
        ['a date', () => new Date()],
        ['a map', (_, schema) => new Map([['schema', schema]])],
        [
          'a class instance',
          (_, schema) =>
            new (class Value {
              schema = schema;
            })(),
        ],
        ['a function inside', (s) => ({ ...s, x: () => [] })],
        ['a symbol inside', (s) => ({ ...s, x: Symbol('x') })],
        ['a NaN inside', (s) => ({ ...s, x: NaN })],
        ['a cycle', (s) => Object.assign(s, { self: s })],
        [
          'a throwing getter',
          (s) =>
            Object.defineProperty(s, 'x', {
              enumerable: true,
              get: () => {
                throw new Error('boom');
              },
            }),
        ],
        [
          'a revoked proxy inside',
          (s) => {
            const p = Proxy.revocable({}, {});
            p.revoke();
            return { ...s, x: p.proxy };
          },
        ],
        ['another schema', () => ({ schema: 'elz-other/1' })],
        // The version after the element's own, whatever that is (the circle and the tool are at 2).
        ['a newer version', (_, schema) => ({ schema: schema.replace(/\d+$/, (n) => String(Number(n) + 1)) })],
      ];
      const specific = spec.invalid.map((x, i) => [`invalid #${i + 1}`, (v, schema) => ({ schema, ...v }), x.value]);
      const results = await refuseAll(page, el, [...generic, ...specific], sample(), spec.schema);
      checkRefusals(results, {
        'another schema': /schema/,
        'a newer version': /newer/,
        ...Object.fromEntries(spec.invalid.map((x, i) => [`invalid #${i + 1}`, x.names])),
      });
      await sleep(400);
      assert.equal(await workText(el), shown, 'the same work is shown');
      assert.equal((await events(page, 'elz-change')).length, 1, 'only the valid value changed anything');
    });

    test(`${L} 5 MB, 10,000-deep nesting, hostile keys: refused at once, no freeze, no prototype touched`, async (t) => {
      const page = await t.open(path);
      const el = await t.element(page, spec.tag);
      assert.equal(await setValue(el, sample()), null);
      const results = await refuseAll(
        page,
        el,
        [
          ['5 MB of text', (s) => ({ ...s, padding: 'x'.repeat(5 * 1024 * 1024) })],
          ['5 MB in small pieces', (s) => ({ ...s, padding: Array.from({ length: 500000 }, () => 'xxxxxxxx') })],
          [
            '10,000 levels deep',
            (s) => {
              let d = {};
              for (let i = 0; i < 10000; i++) d = { a: d };
              return { ...s, deep: d };
            },
          ],
          [
            '10,000 lists deep',
            (s) => {
              let d = [];
              for (let i = 0; i < 10000; i++) d = [d];
              return { ...s, deep: d };
            },
          ],
          ['__proto__ at the top', (s) => JSON.parse(`{"schema":"${s.schema}","__proto__":{"polluted":true}}`)],
          ['__proto__ inside', (s) => ({ ...s, x: JSON.parse('{"a":[{"__proto__":{"polluted":true}}]}') })],
          ['constructor.prototype', (s) => ({ ...s, constructor: { prototype: { polluted: true } } })],
          ['prototype', (s) => ({ ...s, prototype: { polluted: true } })],
        ],
        sample(),
        spec.schema,
      );
      checkRefusals(results, {
        '5 MB of text': /larger/,
        '5 MB in small pieces': /larger/,
        '10,000 levels deep': /deeper/,
        '10,000 lists deep': /deeper/,
        '__proto__ at the top': /__proto__/,
        '__proto__ inside': /__proto__/,
      });
      const after = await page.evaluate(async () => {
        const t0 = performance.now();
        // A task, not a timer (browsers slow down timers of pages they think nobody looks at).
        await new Promise((r) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = r;
          channel.port2.postMessage(0);
        });
        return { polluted: {}.polluted ?? Object.prototype.polluted ?? null, lag: performance.now() - t0 };
      });
      assert.equal(after.polluted, null, 'no prototype polluted');
      assert.ok(after.lag < 200, `the page answers (${after.lag.toFixed(0)} ms)`);
    });

    test(`${L} imports: bad files refused whole with invalid-import, a downloaded copy comes back`, async (t) => {
      const page = await t.open(path);
      const el = await t.element(page, spec.tag);
      assert.equal(await setValue(el, sample()), null);
      const before = await valueOf(el);
      const s = JSON.stringify(sample());
      const deep = `${'{"a":'.repeat(10000)}1${'}'.repeat(10000)}`;
      const bad = {
        'not JSON': '{"broken',
        empty: '',
        'a list': '[1,2,3]',
        'another schema': '{"schema":"elz-other/1"}',
        'a newer version': JSON.stringify({ ...sample(), schema: spec.schema.replace(/\d+$/, '9') }),
        '5 MB': JSON.stringify({ ...sample(), padding: 'x'.repeat(5 * 1024 * 1024) }),
        '10,000 deep': `{"schema":"${spec.schema}","deep":${deep}}`,
        '__proto__ keys': s.replace('{', '{"__proto__":{"polluted":true},'),
        'an invalid field': JSON.stringify({ schema: spec.schema, ...spec.invalid[0].value }),
        'a PNG': Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
      };
      const input = await el.evaluateHandle((e) => {
        const find = (root) =>
          root.querySelector('input[type=file]') ??
          [...root.querySelectorAll('*')].map((n) => n.shadowRoot && find(n.shadowRoot)).find(Boolean);
        return find(e.shadowRoot);
      });
      for (const [name, body] of Object.entries(bad)) {
        const file = join(files, `${spec.tag}-${name.replace(/\W+/g, '-')}.json`);
        writeFileSync(file, body);
        const n = (await events(page, 'elz-error')).length;
        const t0 = Date.now();
        await input.uploadFile(file);
        await until(
          page,
          (n) => window.__e2e.events.filter((e) => e.type === 'elz-error').length > n,
          n,
          `${name}: refused`,
        );
        assert.ok(Date.now() - t0 < 3000, `${name}: refused in ${Date.now() - t0} ms`);
        const [error] = (await events(page, 'elz-error')).slice(n);
        assert.equal(error.detail.code, 'invalid-import', name);
        assert.match(error.detail.message, /^Dit bestand kan niet gebruikt worden: .* Er is niets veranderd\.$/, name);
        assert.deepEqual(await valueOf(el), before, `${name}: nothing changed`);
      }
      assert.equal(await page.evaluate(() => ({}).polluted ?? null), null);
      // A real round trip: the downloaded copy, opened in another browser (context) by hand.
      const copy = await t.download(page, () => click(el, 'Kopie downloaden'));
      const file = join(files, `${spec.tag}-${copy.name}`);
      writeFileSync(file, copy.bytes);
      const elsewhere = await t.open(path, { context: await t.newContext() });
      const fresh = await t.element(elsewhere, spec.tag);
      if (t.firefox) {
        // Firefox ESR 140 does not report file dialogs over WebDriver BiDi: set the file directly.
        await (await fresh.evaluateHandle((e) => e.shadowRoot.querySelector('input[type=file]'))).uploadFile(file);
      } else {
        // The user's way: the "open" button, the browser's file dialog, a file.
        const [chooser] = await Promise.all([elsewhere.waitForFileChooser(), click(fresh, 'Bestand openen')]);
        await chooser.accept([file]);
      }
      await until(elsewhere, () => window.__e2e.events.some((e) => e.type === 'elz-change'), null, 'the file opened');
      assert.deepEqual(content(await valueOf(fresh)), content(before));
      assert.match(await textOf(fresh), /Het bestand is geopend/);
    });

    test(`${L} a value the host got or gave, mutated afterwards, does not change the element`, async (t) => {
      const page = await t.open(path);
      const el = await t.element(page, spec.tag);
      const result = await el.evaluate(async (e, sample) => {
        // Deface every string, empty every list, add keys everywhere.
        const deface = (v) => {
          if (Array.isArray(v)) {
            v.forEach((x, i) => (typeof x === 'object' && x ? deface(x) : (v[i] = 'bad')));
            v.push('extra');
          } else if (v && typeof v === 'object') {
            for (const k of Object.keys(v)) {
              if (typeof v[k] === 'object' && v[k]) deface(v[k]);
              else v[k] = 'bad';
            }
            v.extra = true;
          }
          return v;
        };
        const given = JSON.parse(JSON.stringify(sample));
        e.value = given;
        await e.updateComplete;
        const want = JSON.stringify(e.value);
        const shown = e.shadowRoot.textContent;
        deface(given);
        deface(e.value);
        const got = e.value;
        deface(got);
        deface(e.toJSON());
        // A listener that defaces what it hears, before anyone else.
        e.addEventListener('elz-change', (ev) => deface(ev.detail));
        let later = null;
        e.parentElement.addEventListener('elz-change', (ev) => (later = JSON.stringify(ev.detail)));
        e.value = JSON.parse(want.replace(/"updatedAt":"[^"]*"/, '"updatedAt":"2026-01-01T00:00:00.000Z"'));
        await e.updateComplete;
        return { want, now: JSON.stringify(e.value), shown, shownNow: e.shadowRoot.textContent, later };
      }, sample());
      assert.equal(result.now, result.want, 'the value is the one given');
      assert.equal(result.shownNow, result.shown, 'the element shows the same');
      assert.equal(result.later, null, 'an equal value (another time stamp) fires no event');
      // Defacing the detail of a real change does not reach the element either.
      await page.evaluate(() =>
        document.querySelector('[storage-key]').addEventListener('elz-change', (e) => (e.detail.schema = 'bad')),
      );
      await edit(el, spec);
      assert.equal((await valueOf(el)).schema, spec.schema);
    });

    test(`${L} a framework that assigns the same value on every render: no event, no write, no loop`, async (t) => {
      const page = await t.open(path);
      const el = await t.element(page, spec.tag);
      assert.equal(await setValue(el, sample()), null);
      await untilSaved(page, el);
      const counts = await el.evaluate(async (e) => {
        let changes = 0;
        e.addEventListener('elz-change', () => changes++);
        const v = e.value;
        // A reactive proxy, as Vue hands over, re-assigned on every "render".
        for (let i = 0; i < 50; i++) {
          e.value = new Proxy(JSON.parse(JSON.stringify(v)), {});
          e.value = e.value;
          await e.updateComplete;
        }
        return { changes };
      });
      await sleep(400);
      assert.deepEqual(counts, { changes: 0 });
      assert.equal(await page.evaluate(() => window.__e2e.writes['local:k']), 1);
    });
  }
}
