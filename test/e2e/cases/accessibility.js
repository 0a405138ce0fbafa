// Accessible: axe in every state and language, the whole job with the keyboard
// alone, reflow at 320 px and 200 % zoom, messages in a live region, and no motion.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setViewport } from '../harness.js';
import { BUNDLE, edit, elementPage, label, setValue, sleep, textOf, until, valueOf } from './common.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The states every element is checked in (in the page, after the value is set). */
const STATES = {
  empty: null,
  filled: 'sample',
  readonly: async (el) => {
    el.readonly = true;
    await el.updateComplete;
  },
  'an error shown': async (el) => {
    try {
      el.value = { schema: 'elz-other/1' };
    } catch {
      // refused, and shown
    }
    await el.updateComplete;
  },
};

export default function accessibility(registry, { elements, server }) {
  const test = (name, fn, opts) => registry.test('accessibility', name, fn, opts);
  const blank = server.page({ body: '<p>Leeg</p>' });

  for (const spec of elements) {
    const L = label(spec);
    const path = elementPage(server, spec, { attrs: 'storage-key="k"' });
    const sample = () => ({ schema: spec.schema, ...spec.sample() });
    const states = { ...STATES, ...spec.states };
    /** Puts the element in a state: writable again, a value, then the state's own steps. */
    const enter = async (el, prepare) => {
      await el.evaluate(async (e) => {
        e.readonly = false;
        await e.updateComplete;
      });
      await setValue(el, prepare === null ? { schema: spec.schema, ...spec.texts([]) } : sample());
      if (typeof prepare === 'function') await el.evaluate(prepare);
      await sleep(150);
    };

    for (const lang of ['nl', 'fr', 'en', 'de'])
      test(
        `${L} axe: no violation in any state (${Object.keys(states).length + 1} states) in ${lang}`,
        async (t) => {
          const prep = await t.open(blank);
          await prep.evaluate(() => localStorage.setItem('k', '{"broken'));
          const page = await t.open(path);
          await page.evaluate((l) => (document.documentElement.lang = l), lang);
          await page.evaluate(axeSource);
          const check = async (state) => {
            await sleep(100);
            const { violations } = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
            const found = violations.map(
              (v) =>
                `${v.id} (${v.impact}): ${v.nodes
                  .map((n) => n.target.join(' '))
                  .slice(0, 3)
                  .join(', ')}`,
            );
            assert.deepEqual(found, [], `${lang}, ${state}`);
          };
          // The first state: unreadable data found, its notice with a download.
          const el = await t.element(page, spec.tag);
          // A language's texts load when it is first shown.
          for (let i = 0; i < 60 && !(await textOf(el)).includes(spec.words[lang][0]); i++) await sleep(50);
          assert.match(await textOf(el), new RegExp(spec.words[lang][0]));
          await check('unreadable data kept aside');
          // Then each state in turn, in the same page (the notices of the earlier ones may stay).
          for (const [state, prepare] of Object.entries(states)) {
            await enter(el, prepare);
            await check(state);
          }
        },
        { timeout: 60_000 },
      );

    test(
      `${L} the whole job with the keyboard alone, a visible focus at every stop, no trap`,
      async (t) => {
        const page = await t.open(
          elementPage(server, spec, {
            body: `<p><a href="#voor">Voor de tool</a></p><${spec.tag} storage-key="k"></${spec.tag}><p><button type="button" id="after">Na de tool</button></p>`,
          }),
        );
        // Focus rings show in the window that has the focus: this one (and the case runs alone).
        await page.bringToFront();
        const el = await t.element(page, spec.tag);
        const done = await spec.keyboard(page);
        await sleep(100);
        const value = await valueOf(el);
        assert.ok(done(value), `the value after the keyboard: ${JSON.stringify(value).slice(0, 600)}`);
        // From the top again: every stop shows where the focus is, and Tab leaves the element.
        await page.evaluate(() => document.activeElement?.blur());
        await page.evaluate(() => window.scrollTo(0, 0));
        const unseen = [];
        let stops = 0;
        for (; stops < 200; stops++) {
          await page.keyboard.press('Tab');
          const stop = await page.evaluate((tag) => {
            let a = document.activeElement;
            const inside = a?.localName === tag;
            while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
            if (!a || a === document.body) return { out: true };
            const shows = (n) => {
              const s = getComputedStyle(n);
              return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
            };
            const ring = shows(a) || [a.parentElement, a.parentElement?.parentElement].some((p) => p && shows(p));
            return {
              inside,
              id: a.id,
              name: `${a.localName}${a.id ? `#${a.id}` : ''} ${a.textContent.trim().slice(0, 30)}`,
              ring,
            };
          }, spec.tag);
          if (stop.out || stop.id === 'after') break;
          if (stop.inside && !stop.ring) unseen.push(stop.name);
        }
        assert.ok(stops < 200, 'Tab leaves the element (no keyboard trap)');
        assert.deepEqual(unseen, [], 'focus visible at every stop');
      },
      { serial: true },
    );

    for (const [name, viewport] of [
      ['320 px wide', { width: 320, height: 640, deviceScaleFactor: 1 }],
      ['200 % zoom (a 1280 px window)', { width: 640, height: 480, deviceScaleFactor: 2 }],
    ])
      test(
        `${L} ${name}: no horizontal scrolling, in every state, in Dutch and German`,
        async (t) => {
          const page = await t.open(path, { viewport });
          const problems = [];
          const el = await t.element(page, spec.tag);
          for (const lang of ['nl', 'de'])
            for (const [state, prepare] of Object.entries(states)) {
              await page.evaluate((l) => (document.documentElement.lang = l), lang);
              await enter(el, prepare);
              const wide = await page.evaluate(() => {
                const { scrollWidth, clientWidth } = document.documentElement;
                if (scrollWidth <= clientWidth) return null;
                // What sticks out, and is not inside something that scrolls on its own.
                const out = [];
                const walk = (root) => {
                  for (const n of root.querySelectorAll('*')) {
                    const r = n.getBoundingClientRect();
                    if (r.right > clientWidth + 1 && r.width > 0)
                      out.push(`${n.localName}.${[...n.classList].join('.')}`);
                    if (n.shadowRoot) walk(n.shadowRoot);
                  }
                };
                walk(document.body);
                return `${scrollWidth} > ${clientWidth}: ${out.slice(0, 6).join(', ')}`;
              });
              if (wide) problems.push(`${lang}, ${state}: ${wide}`);
            }
          assert.deepEqual(problems, []);
        },
        { timeout: 40_000 },
      );

    test(`${L} messages reach screen readers through a polite live region that was there first`, async (t) => {
      const page = await t.open(path);
      const el = await t.element(page, spec.tag);
      const region = () =>
        el.evaluate((e) => {
          const r = e.shadowRoot.querySelector('[role=status]');
          return (
            r && {
              live: r.getAttribute('aria-live'),
              text: r.textContent.replace(/\s+/g, ' ').trim(),
              hidden: !!r.closest('[aria-hidden=true]'),
            }
          );
        });
      const first = await region();
      assert.deepEqual([first?.live, first?.hidden], ['polite', false], 'a polite live region from the first render');
      await edit(el, spec);
      await until(
        page,
        (e) => /Opgeslagen in deze browser/.test(e.shadowRoot.querySelector('[role=status]').textContent),
        el,
        '"saved" announced',
      );
      await setValue(el, { schema: 'elz-other/1' });
      assert.match((await region()).text, /Deze gegevens kunnen niet gebruikt worden/, 'the error is announced');
      // Reset: "done, undo?" is announced too, with its button inside the region.
      await el.evaluate((e) => e.reset());
      assert.match((await region()).text, /Alles is leeggemaakt/);
    });

    test(`${L} no motion: nothing animates or transitions, also with reduced motion asked`, async (t) => {
      const page = await t.open(path);
      const el = await t.element(page, spec.tag);
      await setValue(el, sample());
      await edit(el, spec);
      const moving = () =>
        page.evaluate(() => {
          const out = [];
          const walk = (root) => {
            for (const n of root.querySelectorAll('*')) {
              const s = getComputedStyle(n);
              const moves =
                s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) ||
                (s.animationName !== 'none' && s.animationDuration.split(',').some((d) => parseFloat(d) > 0)) ||
                s.scrollBehavior === 'smooth';
              if (moves) out.push(n.localName);
              if (n.shadowRoot) walk(n.shadowRoot);
            }
          };
          walk(document.body);
          return { styled: out, running: document.getAnimations().length };
        });
      assert.deepEqual(await moving(), { styled: [], running: 0 });
      if (!t.firefox) {
        await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
        await edit(el, spec);
        assert.deepEqual(await moving(), { styled: [], running: 0 });
      }
    });
  }

  const circle = elements.find((e) => e.tag === 'elz-stakeholder-circle');
  if (circle)
    test(
      '<elz-stakeholder-circle> on a touch phone: a finger on the picture scrolls the page, a tap on a dot opens its form',
      async (t) => {
        if (t.firefox) t.skip('touch input is sent through the Chrome DevTools Protocol');
        const page = await t.open(elementPage(server, circle), {
          viewport: { width: 360, height: 640, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
        });
        const el = await t.element(page, circle.tag);
        await setValue(el, { schema: circle.schema, ...circle.sample() });
        // A touch screen is told to tap; the keyboard help stays, for screen readers only.
        const help = await el.evaluate((e) => {
          const r = e.shadowRoot;
          const box = (sel) => r.querySelector(sel).getBoundingClientRect();
          return {
            coarse: matchMedia('(pointer: coarse)').matches,
            touch: box('.touch-help').height,
            keys: box('#picture-help').height,
            describedBy: r.querySelector('figure > svg').getAttribute('aria-describedby'),
          };
        });
        assert.equal(help.coarse, true, 'the page is a touch screen');
        assert.ok(help.touch > 10, 'the tap help shows');
        assert.ok(help.keys <= 1, 'the keyboard help is out of sight');
        assert.equal(help.describedBy, 'picture-help');
        const cdp = await page.createCDPSession();
        const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
        // The picture in view, its middle (the theme, no dot) under the finger; then a swipe up.
        const middle = await el.evaluate((e) => {
          const svg = e.shadowRoot.querySelector('figure > svg');
          svg.scrollIntoView({ block: 'start' });
          const r = svg.getBoundingClientRect();
          return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
        });
        const before = await page.evaluate(() => scrollY);
        await touch('touchStart', [middle]);
        for (let i = 1; i <= 8; i++) await touch('touchMove', [{ x: middle.x, y: middle.y - i * 15 }]);
        await touch('touchEnd', []);
        await until(page, (least) => scrollY > least, before + 40, 'the page scrolled');
        // A tap on a dot: its form opens, and nothing moved. A tap while the swipe's fling still
        // runs only stops the fling (on a loaded machine it runs long), so wait until the page is
        // still, and tap where the dot is under the finger.
        const still = async () => {
          let last = NaN;
          for (let same = 0, i = 0; same < 4 && i < 100; i++) {
            const y = await page.evaluate(() => scrollY);
            same = y === last ? same + 1 : 0;
            last = y;
            await sleep(100);
          }
        };
        await still();
        await el.evaluate((e) => e.shadowRoot.querySelector('svg .node circle').scrollIntoView({ block: 'center' }));
        await still();
        const dot = await el.evaluate((e) => {
          const node = e.shadowRoot.querySelector('svg .node circle');
          const c = node.getBoundingClientRect();
          const at = { x: Math.round(c.left + c.width / 2), y: Math.round(c.top + c.height / 2) };
          return { ...at, hit: node.closest('.node').contains(e.shadowRoot.elementFromPoint(at.x, at.y)) };
        });
        assert.ok(dot.hit, 'the dot is under the finger');
        delete dot.hit;
        const was = await valueOf(el);
        await touch('touchStart', [dot]);
        await touch('touchEnd', []);
        await until(
          el,
          (e) => !!elzRoles.queryByRole(e, 'textbox', { name: 'Naam' })?.value,
          undefined,
          'the form opened with the name',
        );
        assert.deepEqual((await valueOf(el)).stakeholders, was.stakeholders);
      },
      { serial: true }, // input timing: alone, not beside other cases
    );

  test("the fixture page itself passes axe (so that a violation is the element's)", async (t) => {
    const page = await t.open(server.page({ head: BUNDLE, body: '<p>Alleen tekst.</p>' }));
    await page.evaluate(axeSource);
    const { violations } = await page.evaluate(() => window.axe.run(document));
    assert.deepEqual(
      violations.map((v) => v.id),
      [],
    );
    // And axe does look inside shadow roots: an unlabelled field in one is found.
    const found = await page.evaluate(async () => {
      const host = document.createElement('div');
      document.querySelector('main').append(host);
      host.attachShadow({ mode: 'open' }).append(document.createElement('input'));
      return (await window.axe.run(document)).violations.map((v) => v.id);
    });
    assert.ok(found.includes('label'), `axe found: ${found}`);
    await setViewport(page, { width: 320, height: 640 });
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true);
  });
}
