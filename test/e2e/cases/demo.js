// Issue 5: the demo partner page (`npm start`) with the built bundle, as a visitor uses it — the
// host's aggressive CSS, the nl/fr toggle, the event log, the host form — and the tool completed on it.
import assert from 'node:assert/strict';
import { focusOn, startToolWithKeyboard, tabTo } from '../elements.js';
import { content, sleep, until, valueOf } from './common.js';

const DEMO = '/demo/index.html';
const TAG = 'elz-engagement-tool';

/** The JSON under the first line of one of the demo's logs (`<pre>`), or null. */
const logged = (page, id) =>
  page.evaluate((id) => {
    const text = document.getElementById(id).textContent;
    return {
      head: text.split('\n')[0],
      json: text.includes('\n') ? JSON.parse(text.slice(text.indexOf('\n') + 1)) : null,
    };
  }, id);

/** The tool's step as the page sees it, once every part has rendered. */
const settled = (el) =>
  el.evaluate(async (e) => {
    await e.updateComplete;
    for (const part of e.shadowRoot.querySelectorAll('*')) await part.updateComplete;
    return e.value.step;
  });

/**
 * The tool's button that leads on ("Verder: …", in French "Suivant : …"), or the one called
 * `label` (in the page); the tool's own: the wizard inside has none.
 */
const nextButton = (a, label) =>
  elzRoles.is(a, 'button', { name: label ?? /^(Verder|Suivant) ?: / }) &&
  a.getRootNode().host?.localName === 'elz-engagement-tool';

export default function demo(registry, { elements }) {
  if (!elements.some((e) => e.tag === TAG)) return; // the demo page shows the whole tool
  const test = (name, fn, opts) => registry.test('demo page', name, fn, opts);

  test(
    'a visitor completes the tool with the keyboard, switching to French on the way; the page gets the JSON',
    async (t) => {
      t.allowRequests('/demo/', '/dist/elz-widgets.js');
      const page = await t.open(DEMO, { viewport: { width: 1280, height: 900 } });
      await page.bringToFront();
      const el = await t.element(page, TAG);

      // Step 1, the circle: the theme and one stakeholder, through the form.
      await startToolWithKeyboard(page, 'Valpreventie', 'Buurtbewoners');
      assert.deepEqual(
        (await valueOf(el)).circle.stakeholders.map((s) => s.name),
        ['Buurtbewoners'],
        'the stakeholder is in the circle',
      );
      let log = await logged(page, 'event-log');
      assert.equal(log.head, `elz-change from <${TAG}>`, 'the page heard the change');
      assert.deepEqual(content(log.json), content(await valueOf(el)), 'the log shows the whole value');

      // The host's language toggle switches the tool live, in the middle of the work.
      await page.click('[data-lang="fr"]');
      await until(
        page,
        (tag) => document.querySelector(tag).shadowRoot.textContent.includes("Outil d'implication"),
        TAG,
        'the tool speaks French',
      );
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');

      // Step 2, the ladder: the new group's current rung.
      await tabTo(page, nextButton);
      await page.keyboard.press('Enter');
      assert.equal(await settled(el), 'ladder');
      await tabTo(page, focusOn, ['radio', { group: 'Où en est le groupe maintenant ?' }]);
      await page.keyboard.press(' ');
      // Step 3, the questions: one answer.
      await tabTo(page, nextButton);
      await page.keyboard.press('Enter');
      assert.equal(await settled(el), 'questions');
      await tabTo(page, focusOn, ['textbox', 'Qui est concerné par ce thème ? Qui peut aider ?']);
      await page.keyboard.type('Via de bakker en de apotheek.');
      // Through the other two phases with the one "Next" button, then the plan, the summary, and "Finaliser".
      for (const phase of ['understand', 'self-direction']) {
        await tabTo(page, nextButton);
        await page.keyboard.press('Enter');
        assert.equal(await settled(el), 'questions');
        assert.equal((await valueOf(el)).wizard.phase, phase);
      }
      // Step 4, the plan (nothing to plan for a group with no goal yet), then step 5, the summary.
      await tabTo(page, nextButton);
      await page.keyboard.press('Enter');
      assert.equal(await settled(el), 'plan');
      await tabTo(page, nextButton);
      await page.keyboard.press('Enter');
      assert.equal(await settled(el), 'summary');
      await tabTo(page, nextButton, 'Finaliser');
      await page.keyboard.press('Enter');

      const value = await valueOf(el);
      assert.ok(value.completedAt, 'the tool is completed');
      assert.equal(value.ladder.groups[0].name, 'Buurtbewoners');
      assert.ok(value.ladder.groups[0].current, 'the ladder has the current rung');
      assert.ok(Object.values(value.wizard.answers).includes('Via de bakker en de apotheek.'), 'the answer is in');
      log = await logged(page, 'event-log');
      assert.equal(log.head, `elz-complete from <${TAG}>`, 'the page heard elz-complete');
      assert.deepEqual(content(log.json), content(value));

      // The host's form submits the tool's value, as the page's own script shows it.
      await page.click('#project-form button[type="submit"]');
      const sent = await logged(page, 'form-log');
      assert.equal(sent.head, 'FormData "tool":');
      assert.deepEqual(sent.json, value);
    },
    { timeout: 60_000, serial: true },
  );

  test('every step looks right at 320 px and 1280 px despite the host CSS: no sideways scroll, the circle drawn', async (t) => {
    t.allowRequests('/demo/', '/dist/elz-widgets.js');
    for (const width of [320, 1280]) {
      const page = await t.open(DEMO, { viewport: { width, height: 800 } });
      const el = await t.element(page, TAG);
      for (const step of [0, 1, 2, 3]) {
        await el.evaluate((e, n) => {
          // The n-th of the four steps (the phases of step 3 in the same list end in a count).
          const steps = elzRoles.getByRole(e, 'navigation');
          elzRoles.getAllByRole(steps, 'button', { name: (t) => !/ \d+\/\d+$/.test(t) })[n].click();
        }, step);
        await settled(el);
        await sleep(50);
        const look = await page.evaluate((tag) => {
          const tool = document.querySelector(tag);
          const circle = tool.shadowRoot.querySelector('elz-stakeholder-circle');
          const svg = circle && !circle.hidden && circle.shadowRoot.querySelector('svg');
          const box = svg?.getBoundingClientRect();
          return {
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            svg: svg ? { display: getComputedStyle(svg).display, width: box.width } : null,
            // The host's rules still hold for its own elements.
            hostH2: getComputedStyle(document.querySelector('main h2')).textTransform,
          };
        }, TAG);
        assert.ok(look.overflow <= 0, `${width} px, step ${step + 1}: ${look.overflow} px sideways scroll`);
        assert.equal(look.hostH2, 'uppercase', 'the tool leaves the host CSS alone');
        if (step === 0) {
          assert.ok(look.svg, 'the circle is there');
          assert.notEqual(look.svg.display, 'none', `${width} px: the host's "main svg {display: none}" stays out`);
          assert.ok(look.svg.width >= width / 2, `${width} px: the circle is ${look.svg.width} px wide`);
        }
      }
    }
  });
}
