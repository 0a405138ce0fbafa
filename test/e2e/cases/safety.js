// Every path by which saved work disappeared, tried from outside against the built file: each case
// is a real user's afternoon of work that was lost, and must not be any more.
import assert from 'node:assert/strict';
import {
  buttonOf,
  click,
  content,
  elementPage,
  events,
  setValue,
  sleep,
  stakeholder,
  storageOf,
  textOf,
  until,
  valueOf,
} from './common.js';

const T = '2026-11-20T10:00:00.000Z';
const CIRCLE = 'elz-stakeholder-circle';
const WIZARD = 'elz-question-wizard';
const LADDER = 'elz-participation-ladder';

const person = (i, over = {}) => stakeholder({ id: `p${i}`, name: `Buur ${i}`, ...over });

/**
 * Sets `value` from its JSON text, parsed in the page: keys such as `toString` cannot travel as an
 * object argument to Firefox. Returns the error thrown, or null.
 */
const setValueText = (el, value) =>
  el.evaluate((e, text) => {
    try {
      e.value = JSON.parse(text);
      return null;
    } catch (err) {
      return { typeError: err instanceof TypeError, message: String(err.message) };
    }
  }, JSON.stringify(value));

/** After a reload (a fresh element on a fresh page, same key): its value and the errors it reported. */
async function reload(t, path, tag) {
  const page = await t.open(path);
  const el = await t.element(page, tag);
  await sleep(100);
  return { page, el, value: await valueOf(el), errors: (await events(page, 'elz-error')).map((e) => e.detail.code) };
}

/** Types into the element's text field with this label (through nested shadow roots). */
async function typeInto(el, label, text) {
  const field = await el.evaluateHandle((e, label) => elzRoles.getByRole(e, 'textbox', { name: label }), label);
  await field.evaluate((f, text) => {
    f.focus();
    f.value = text;
    f.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }, text);
  await el.evaluate((e) => e.updateComplete);
}

export default (registry, { server, elements }) => {
  const has = (tag) => elements.some((e) => e.tag === tag);
  const test = (name, fn, opts) => registry.test('safety', name, fn, opts);
  const page = (tag, attrs = 'storage-key="k"') => elementPage(server, { tag }, { attrs });

  if (has(CIRCLE))
    test('1. a circle at the size limit refuses the edit that would pass it, and what it saved reads back', async (t) => {
      const path = page(CIRCLE);
      const p = await t.open(path);
      const el = await t.element(p, CIRCLE);
      const note = 'n'.repeat(5000);
      const start = {
        schema: `${CIRCLE}/2`,
        theme: 'Groot',
        stakeholders: Array.from({ length: 200 }, (_, i) => person(i, { note })),
      };
      assert.equal(await setValue(el, start), null);
      // Five more through the form, each with a long note, as the user who lost their afternoon did.
      await click(el, 'Betrokkene toevoegen');
      for (let i = 0; i < 5; i++) {
        await typeInto(el, 'Naam', `Nieuw ${i}`);
        await typeInto(el, 'Notitie', note);
        await el.evaluate((e) => elzRoles.getByRole(e, 'button', { name: 'Toevoegen' }).click());
        await el.evaluate((e) => e.updateComplete);
      }
      const refused = (await events(p, 'elz-error')).map((e) => e.detail);
      assert.ok(
        refused.some((d) => d.code === 'edit-refused'),
        'an edit over the limit is refused',
      );
      assert.match(refused.find((d) => d.code === 'edit-refused').message, /groter worden dan 1024 kB/);
      const kept = await valueOf(el);
      assert.ok(JSON.stringify(kept).length <= 1024 * 1024, 'what the element holds fits the limit');
      await p.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
      const again = await reload(t, path, CIRCLE);
      assert.deepEqual(again.errors, [], 'the reload reads it');
      assert.deepEqual(content(again.value), content(kept));
      assert.deepEqual(
        Object.keys(await storageOf(again.page)).filter((k) => k.includes('.unreadable.')),
        [],
      );
    });

  if (has(WIZARD))
    test('1. a wizard near the limit refuses "new round" (it would double the answers), and reads back', async (t) => {
      const path = page(WIZARD);
      const p = await t.open(path);
      const el = await t.element(p, WIZARD);
      const answers = Object.fromEntries(Array.from({ length: 110 }, (_, i) => [`q${i}`, 'a'.repeat(4900)]));
      assert.equal(await setValue(el, { schema: `${WIZARD}/1`, phase: 'summary', answers }), null);
      await click(el, 'Nieuwe ronde starten');
      const codes = (await events(p, 'elz-error')).map((e) => e.detail.code);
      assert.deepEqual(codes, ['edit-refused']);
      assert.equal((await valueOf(el)).cycle, 1, 'the round stayed');
      await p.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
      const again = await reload(t, path, WIZARD);
      assert.deepEqual(again.errors, []);
      assert.equal(Object.keys(again.value.answers).length, 110);
    });

  for (const tag of [CIRCLE, 'elz-engagement-tool'].filter(has))
    test(`2. <${tag}>: stored work using the page's own sector reads when the page sets its sectors late`, async (t) => {
      const circle = {
        schema: `${CIRCLE}/2`,
        updatedAt: T,
        theme: 'Sport en bewegen',
        stakeholders: [person(1, { sector: 'sport' })],
      };
      const stored =
        tag === CIRCLE
          ? circle
          : {
              schema: 'elz-engagement-tool/1',
              updatedAt: T,
              step: 'circle',
              completedAt: null,
              circle,
              ladder: { schema: `${LADDER}/1`, updatedAt: T, groups: [] },
              wizard: {
                schema: `${WIZARD}/1`,
                updatedAt: T,
                cycle: 1,
                phase: 'discover',
                answers: { who: 'De sportclub' },
                completedAt: null,
                history: [],
              },
            };
      const blank = server.page({
        head: '<script type="module" src="/elz-widgets.js"></script>',
        body: '<main></main>',
      });
      const p = await t.open(blank);
      await p.evaluate((text) => localStorage.setItem('k', text), JSON.stringify(stored));
      // Another tab with the same work open, as the user may have.
      const other = await t.open(blank);
      await other.evaluate(async (tag) => {
        const el = document.createElement(tag);
        el.setAttribute('storage-key', 'k');
        document.querySelector('main').append(el);
        // Polled: a pending whenDefined() promise can be collected while the element's code loads.
        while (!customElements.get(tag)) await new Promise((r) => setTimeout(r, 20));
      }, tag);
      // The page appends the element and sets its sectors 20 ms later, as after fetching its settings.
      await p.evaluate(async (tag) => {
        const el = document.createElement(tag);
        el.setAttribute('storage-key', 'k');
        document.querySelector('main').append(el);
        // Polled: a pending whenDefined() promise can be collected while the element's code loads.
        while (!customElements.get(tag)) await new Promise((r) => setTimeout(r, 20));
        await new Promise((r) => setTimeout(r, 20));
        el.sectors = [
          { id: 'care', name: 'Zorg' },
          { id: 'sport', name: 'Sport' },
        ];
        await el.updateComplete;
      }, tag);
      await sleep(300);
      const el = await t.element(p, tag);
      const v = await valueOf(el);
      const people = tag === CIRCLE ? v.stakeholders : v.circle.stakeholders;
      assert.deepEqual(
        people.map((s) => [s.name, s.sector]),
        [['Buur 1', 'sport']],
      );
      if (tag !== CIRCLE) assert.equal(v.wizard.answers.who, 'De sportclub');
      assert.deepEqual(
        (await events(p, 'elz-error')).map((e) => e.detail.code),
        [],
      );
      const keys = Object.keys(await storageOf(p));
      assert.deepEqual(
        keys.filter((k) => k.includes('.unreadable.')),
        [],
        'nothing moved aside',
      );
      assert.ok(keys.includes('k'), 'the work is still stored');
      assert.match(await textOf(el), /Buur 1/);
      // The other tab kept its work too.
      const otherEl = await t.element(other, tag);
      const ov = await valueOf(otherEl);
      assert.equal((tag === CIRCLE ? ov.stakeholders : ov.circle.stakeholders).length, 1);
    });

  if (has(WIZARD))
    test('3. a newer version written by another tab is kept aside before this tab writes over it', async (t) => {
      const path = page(WIZARD);
      const a = await t.open(path);
      const el = await t.element(a, WIZARD);
      await sleep(50);
      const newer = JSON.stringify({
        schema: `${WIZARD}/2`,
        updatedAt: T,
        cycle: 1,
        phase: 'discover',
        answers: {},
        completedAt: null,
        history: [],
        priorities: ['x'],
      });
      const b = await t.open(server.page({ body: '<p>B</p>' }));
      await b.evaluate((text) => localStorage.setItem('k', text), newer);
      await sleep(200);
      await typeInto(el, 'Wie heeft met dit thema te maken? Wie kan helpen?', 'Buren');
      await sleep(600);
      const stored = await storageOf(a);
      const aside = Object.entries(stored).filter(([k]) => k.startsWith('k.unreadable.'));
      assert.deepEqual(
        aside.map(([, v]) => v),
        [newer],
        "tab B's version is kept, byte for byte",
      );
      assert.match(await textOf(el), /Een ander tabblad bewaarde hier gegevens/);
      assert.equal(JSON.parse(stored.k).answers.who, 'Buren', "and this tab's work is saved");
    });

  if (has(WIZARD))
    test("4. undo is for this tab's own last step: an edit from another tab takes it away", async (t) => {
      const path = page(WIZARD);
      const a = await t.open(path);
      const b = await t.open(path);
      const ea = await t.element(a, WIZARD);
      const eb = await t.element(b, WIZARD);
      await sleep(50);
      await typeInto(ea, 'Wie heeft met dit thema te maken? Wie kan helpen?', 'Eerst');
      await sleep(500);
      await ea.evaluate((e) => e.reset());
      await sleep(500);
      assert.ok(await (await buttonOf(ea, 'Ongedaan maken')).evaluate((x) => !!x));
      await typeInto(eb, 'Wie heeft met dit thema te maken? Wie kan helpen?', 'Van tab B');
      await until(
        a,
        () => document.querySelector('[storage-key]').value.answers.who === 'Van tab B',
        null,
        'tab A follows',
      );
      const undo = await buttonOf(ea, 'Ongedaan maken');
      assert.equal(await undo.evaluate((x) => x), null, "no undo after another tab's edit");
      await sleep(500);
      assert.equal((await valueOf(eb)).answers.who, 'Van tab B');
      assert.equal((await valueOf(ea)).answers.who, 'Van tab B');
    });

  if (has(WIZARD))
    test('5. two tabs answering within 300 ms: both answers are kept, in both tabs and in storage', async (t) => {
      const path = page(WIZARD);
      const a = await t.open(path);
      const b = await t.open(path);
      const ea = await t.element(a, WIZARD);
      const eb = await t.element(b, WIZARD);
      await sleep(50);
      await ea.evaluate(async (e) => {
        e.value = { ...e.value, phase: 'understand' };
        await e.updateComplete;
      });
      await sleep(500);
      await typeInto(ea, 'Wat zijn de noden van de groep, in hun eigen woorden?', 'Antwoord van A');
      await sleep(100);
      // Another question.
      await typeInto(eb, 'In welke situatie leven ze? Wat maakt meedoen moeilijk of makkelijk?', 'Antwoord van B');
      await sleep(1200);
      const va = (await valueOf(ea)).answers;
      const vb = (await valueOf(eb)).answers;
      const stored = JSON.parse((await storageOf(a)).k).answers;
      for (const answers of [va, vb, stored]) {
        assert.ok(Object.values(answers).includes('Antwoord van A'), JSON.stringify(answers));
        assert.ok(Object.values(answers).includes('Antwoord van B'), JSON.stringify(answers));
      }
    });

  for (const tag of [CIRCLE, WIZARD].filter(has))
    test(`6. <${tag}> refuses {} (a framework's empty state): TypeError, elz-error, the work stays`, async (t) => {
      const p = await t.open(page(tag));
      const el = await t.element(p, tag);
      const start =
        tag === CIRCLE
          ? { schema: `${CIRCLE}/2`, theme: 'Valpreventie', stakeholders: [person(1)] }
          : { schema: `${WIZARD}/1`, phase: 'understand', answers: { who: 'Buren' } };
      assert.equal(await setValue(el, start), null);
      const before = await valueOf(el);
      const error = await setValue(el, {});
      assert.ok(error?.typeError, 'a TypeError');
      assert.match(error.message, /schema/);
      assert.deepEqual(
        (await events(p, 'elz-error')).map((e) => e.detail.code),
        ['invalid-value'],
      );
      assert.deepEqual(await valueOf(el), before);
    });

  if (has(WIZARD))
    test('7. the wizard saves nothing it would refuse: cycle 10,000, reserved question ids, toString', async (t) => {
      const path = page(WIZARD);
      const p = await t.open(path);
      const el = await t.element(p, WIZARD);
      assert.equal(
        await setValue(el, { schema: `${WIZARD}/1`, cycle: 10000, phase: 'summary', answers: { who: 'x' } }),
        null,
      );
      await click(el, 'Nieuwe ronde starten');
      assert.equal((await valueOf(el)).cycle, 10000);
      const ids = await el.evaluate((e) => {
        const out = {};
        for (const id of ['prototype', 'constructor', '__proto__', 'toString']) {
          try {
            e.questions = [{ id, phase: 'discover', kind: 'text', text: 'Vraag' }];
            out[id] = 'taken';
          } catch (err) {
            out[id] = err instanceof TypeError ? 'refused' : String(err);
          }
        }
        return out;
      });
      assert.deepEqual(ids, { prototype: 'refused', constructor: 'refused', __proto__: 'refused', toString: 'taken' });
      // `toString` is a question like any other: not answered before it is, and shown as text.
      await el.evaluate(async (e) => {
        e.value = { ...e.value, answers: {} };
        await e.updateComplete;
      });
      const text = await textOf(el);
      assert.doesNotMatch(text, /native code|function/);
      assert.match(text, /0 van 1 vragen beantwoord/);
      await p.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
      const again = await reload(t, path, WIZARD);
      assert.deepEqual(again.errors, []);
    });

  if (has(WIZARD) && has(LADDER))
    test("8. two kinds of element under one key: neither takes the other's value", async (t) => {
      const p = await t.open(
        server.page({
          head: '<script type="module" src="/elz-widgets.js"></script>',
          body: `<${LADDER} storage-key="shared"></${LADDER}><${WIZARD} storage-key="shared"></${WIZARD}>`,
        }),
      );
      const ladder = await t.element(p, LADDER);
      const wizard = await t.element(p, WIZARD);
      const before = await valueOf(ladder);
      assert.equal(await setValue(wizard, { schema: `${WIZARD}/1`, answers: { who: 'Buren' } }), null);
      await sleep(100);
      const after = await valueOf(ladder);
      assert.equal(after.schema, `${LADDER}/2`);
      assert.deepEqual(content(after), content(before));
      assert.match(await textOf(ladder), /onder dezelfde naam/);
      assert.ok(!(await p.evaluate(() => window.__e2e.errors?.length)), 'no exception');
    });

  if (has(WIZARD))
    test('9. forget() on a storage="none" element leaves the same key in localStorage alone', async (t) => {
      const p = await t.open(page(WIZARD, 'storage="none" storage-key="k"'));
      await p.evaluate(() => localStorage.setItem('k', 'kept'));
      const el = await t.element(p, WIZARD);
      await el.evaluate((e) => e.forget());
      assert.equal((await storageOf(p)).k, 'kept');
    });

  if (has(CIRCLE))
    test('10. control characters in names are dropped; the SVG download is well-formed', async (t) => {
      const p = await t.open(page(CIRCLE));
      const el = await t.element(p, CIRCLE);
      const bad = 'A\u0000B\u0001C\uFFFE\u0008D';
      assert.equal(
        await setValue(el, {
          schema: `${CIRCLE}/2`,
          theme: `T${bad}`,
          stakeholders: [person(1, { name: bad, note: bad })],
        }),
        null,
      );
      const v = await valueOf(el);
      assert.equal(v.stakeholders[0].name, 'ABCD');
      assert.equal(v.theme, 'TABCD');
      const file = await t.download(p, () => click(el, 'Afbeelding downloaden (SVG)'));
      // Parsed in a page without the strict policy (its Trusted Types guard DOMParser).
      const plain = await t.open(server.page({ body: '<p>XML</p>', csp: null }));
      const wellFormed = await plain.evaluate(
        (text) => !new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror'),
        file.text,
      );
      assert.ok(wellFormed, 'the SVG parses');
    });

  if (has(CIRCLE))
    test('11. smaller holes: inherited keys, a revoked proxy, a huge key, impossible dates, invisible names, right-to-left names, copies kept aside', async (t) => {
      const path = page(CIRCLE);
      const p = await t.open(path);
      const el = await t.element(p, CIRCLE);
      const base = { schema: `${CIRCLE}/2`, theme: '', stakeholders: [] };
      for (const key of ['toString', 'valueOf', 'hasOwnProperty']) {
        const error = await setValueText(el, { ...base, [key]: 'x' });
        assert.match(error?.message ?? '', new RegExp(`unknown key "${key}"`), key);
      }
      const proxy = await el.evaluate((e) => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        let thrown = null;
        const heard = [];
        e.addEventListener('elz-error', (ev) => heard.push(ev.detail.code), { once: true });
        try {
          e.value = proxy;
        } catch (err) {
          thrown = err instanceof TypeError;
        }
        return { thrown, heard };
      });
      assert.deepEqual(proxy, { thrown: true, heard: ['invalid-value'] });
      const huge = await setValueText(el, { ...base, ['k'.repeat(200000)]: 1 });
      assert.ok(huge.message.length < 400, `a short message (${huge.message.length})`);
      for (const updatedAt of ['2026-02-31T10:00:00Z', '9999-01-01T00:00:00Z'])
        assert.ok((await setValue(el, { ...base, updatedAt }))?.typeError, updatedAt);
      assert.ok(
        (await setValue(el, { ...base, stakeholders: [person(1, { name: '\u200B' })] }))?.typeError,
        'a name that shows nothing',
      );
      // A right-to-left override in one name does not turn the rest of a sentence around.
      assert.equal(
        await setValue(el, {
          ...base,
          stakeholders: [person(1, { name: 'Abc\u202Edef', hardToReach: true, involvement: 'planned' })],
        }),
        null,
      );
      const hint = await el.evaluate((e) =>
        [...e.shadowRoot.querySelectorAll('.hints li, [part=hints] li')].map((li) => li.textContent).join(' '),
      );
      assert.match(hint, /\u2068Abc\u202Edef\u2069/, 'the name is isolated');
      // Unreadable copies: the newest three are kept, no more.
      for (let i = 0; i < 5; i++) {
        await p.evaluate((i) => localStorage.setItem('k', `broken ${i}`), i);
        await reload(t, path, CIRCLE);
      }
      const aside = Object.keys(await storageOf(p)).filter((k) => k.startsWith('k.unreadable.'));
      assert.equal(aside.length, 3);
    });
};
