// The circle's examples of stakeholders from the built bundle, under the strict policy: their file
// arrives only when the user opens them (and from beside the script), their look comes with them,
// and one press of Enter adds one.
import assert from 'node:assert/strict';
import { elementPage, until, valueOf } from './common.js';
import { deepActive, tabTo } from '../elements.js';

const CIRCLE = 'elz-stakeholder-circle';

export default (registry, { server, elements }) => {
  if (!elements.some((e) => e.tag === CIRCLE)) return;
  registry.test(
    'suggestions',
    'the examples load when opened, look like buttons, and Enter adds one',
    async (t) => {
      const page = await t.open(elementPage(server, { tag: CIRCLE }, { attrs: 'storage="none"' }));
      // Keys go to the window that has the focus: this one (and the case runs alone).
      await page.bringToFront();
      const el = await t.element(page, CIRCLE);
      const asked = () => page.seen.requests.filter((u) => u.includes('/chunks/suggestions')).length;
      assert.equal(asked(), 0, 'not loaded before they are opened');
      await tabTo(page, (a) => a.localName === 'summary' && !!a.closest('[part=suggestions]'));
      await page.keyboard.press('Enter');
      // Two steps, so that a failure says which one: the disclosure opens, then its file arrives.
      await until(
        page,
        (tag) => document.querySelector(tag).shadowRoot.querySelector('[part=suggestions]').open,
        CIRCLE,
        'the examples open with Enter',
      );
      await until(
        page,
        (tag) => document.querySelector(tag).shadowRoot.querySelectorAll('.suggestions button').length > 0,
        CIRCLE,
        'the examples',
      );
      assert.equal(asked(), 1);
      // Their styles were adopted: buttons wrap side by side in a flex row.
      assert.equal(
        await el.evaluate((e) => getComputedStyle(e.shadowRoot.querySelector('.suggestions')).display),
        'flex',
      );
      await page.keyboard.press('Tab');
      assert.equal(
        await page.evaluate((a) => a.closest('.suggestions') !== null, await page.evaluateHandle(deepActive)),
        true,
      );
      await page.keyboard.press('Enter');
      await until(page, (tag) => document.querySelector(tag).value.stakeholders.length === 1, CIRCLE, 'one added');
      const [added] = (await valueOf(el)).stakeholders;
      assert.equal(added.involvement, 'planned');
      assert.equal(added.ring, 'person');
    },
    { serial: true },
  );
};
