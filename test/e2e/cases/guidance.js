// The partner's own guidance (PRODUCT.md §3) on a partner's page under the strict policy: what the
// page brings is shown as text, a link that is no web address is refused whole (and never reaches
// the page as a link), and a good link opens the partner's page in a new tab that cannot reach
// back (no opener) and is not told where the user came from (no referrer).
import assert from 'node:assert/strict';
import { BUNDLE, events, textOf, until } from './common.js';
import { deepActive } from '../elements.js';

const LADDER = 'elz-participation-ladder';
const WIZARD = 'elz-question-wizard';
const TOOL = 'elz-engagement-tool';

/** Text and names a hostile page (or a careless copy-paste) may put in the guidance. */
const HOSTILE = '<img src=/xss-probe onerror="window.__pwned=1"><script>window.__pwned=2</script>';

/** Everything in the element's shadow trees a link could hide in (in the page). */
function linksIn(el) {
  const found = [];
  const walk = (root) => {
    for (const n of root.querySelectorAll('*')) {
      if (n.localName === 'a' || n.hasAttribute('href'))
        found.push({ href: n.getAttribute('href'), target: n.getAttribute('target'), rel: n.getAttribute('rel') });
      if (/^(img|script|iframe)$/.test(n.localName) && n.closest('[part=guidance]'))
        found.push({ markup: n.localName });
      if (n.shadowRoot) walk(n.shadowRoot);
    }
  };
  walk(el.shadowRoot);
  return { found, pwned: window.__pwned ?? null };
}

export default (registry, { server, elements }) => {
  const has = (tag) => elements.some((e) => e.tag === tag);
  const test = (name, fn, opts) => registry.test('guidance', name, fn, opts);
  // The partner's own page, where its links lead (same server: the case allows no other request).
  const partner = server.page({ body: '<p id="partner">Methodefiche dialoogtafel</p>', title: 'Methodes' });
  const guidance = (url) => ({
    phases: {
      discover: {
        text: `Start bij de verbindingspersonen. ${HOSTILE}`,
        links: [{ label: `Methodefiche ${HOSTILE}`, url }],
      },
    },
    rungs: { consult: { text: { nl: 'Een maandelijkse ontmoeting.', fr: 'Une rencontre mensuelle.' } } },
  });
  // In a script element `</script>` ends it: `<` is written as \u003c, as a CMS that embeds JSON does.
  const inline = (tag, settings) =>
    `<${tag} storage="none"><script type="application/json">${JSON.stringify(settings).replace(/</g, '\\u003c')}</script></${tag}>`;

  if (has(WIZARD))
    test('a good link opens the partner page in a new tab, without opener or referrer; text stays text', async (t) => {
      const path = server.page({ head: BUNDLE, body: inline(WIZARD, { guidance: guidance(server.origin + partner) }) });
      const page = await t.open(path);
      const el = await t.element(page, WIZARD);
      const text = await textOf(el);
      assert.ok(text.includes(`Start bij de verbindingspersonen. ${HOSTILE}`), 'the partner text, as text');
      assert.ok(
        text.includes('(link van de organisatie achter deze pagina, opent in een nieuw tabblad)'),
        'the link says where it goes',
      );
      const { found, pwned } = await el.evaluate(linksIn);
      assert.deepEqual(found, [{ href: server.origin + partner, target: '_blank', rel: 'noopener noreferrer' }]);
      assert.equal(pwned, null);
      // With the keyboard: Tab to the link, Enter.
      await page.evaluate(
        (tag) => document.querySelector(tag).shadowRoot.querySelector('[part=heading]').focus(),
        WIZARD,
      );
      for (let i = 0; i < 12; i++) {
        const onLink = await page.evaluate((a) => a?.localName === 'a', await page.evaluateHandle(deepActive));
        if (onLink) break;
        await page.keyboard.press('Tab');
      }
      const opened = page.browserContext().waitForTarget((target) => target.url().endsWith(partner), { timeout: 8000 });
      await page.keyboard.press('Enter');
      const tab = await (await opened).page();
      await until(tab, () => !!document.getElementById('partner'), null, 'the partner page in the new tab');
      assert.deepEqual(await tab.evaluate(() => ({ opener: window.opener, referrer: document.referrer })), {
        opener: null,
        referrer: '',
      });
      assert.equal(page.url(), server.origin + path, 'the tool stays where it was');
      await tab.close();
    });

  for (const [tag, where] of [
    [LADDER, 'guidance.phases.discover.links[0].url'],
    [WIZARD, 'guidance.phases.discover.links[0].url'],
    [TOOL, 'guidance.phases.discover.links[0].url'],
  ])
    if (has(tag))
      test(`<${tag}>: guidance with a javascript: link is refused whole, inline and as a property`, async (t) => {
        const hostile = guidance('javascript:window.__pwned=3');
        const path = server.page({ head: BUNDLE, body: inline(tag, { guidance: hostile }) });
        const page = await t.open(path);
        const el = await t.element(page, tag);
        await until(page, () => window.__e2e.events.some((e) => e.type === 'elz-error'), null, 'an elz-error');
        const errors = (await events(page, 'elz-error')).map((e) => e.detail);
        assert.deepEqual(
          errors.map((e) => e.code),
          ['invalid-value'],
        );
        assert.match(errors[0].message, /Er is niets veranderd/);
        assert.ok(errors[0].message.includes(where), errors[0].message);
        assert.equal(await el.evaluate((e) => e.guidance), null);
        // As a property: a TypeError, and the guidance it had stays.
        const result = await el.evaluate(
          async (e, { good, bad }) => {
            e.guidance = good;
            let thrown = null;
            for (const url of [bad, 'data:text/html,<script>alert(1)</script>', '/relative', ' javascript:alert(1)'])
              try {
                e.guidance = { phases: { discover: { links: [{ label: 'Klik', url }] } } };
              } catch (err) {
                thrown = { typeError: err instanceof TypeError, message: err.message };
              }
            await e.updateComplete;
            return { thrown, kept: e.guidance?.rungs?.consult?.text?.nl ?? null };
          },
          { good: guidance(server.origin + partner), bad: 'javascript:window.__pwned=4' },
        );
        assert.equal(result.thrown.typeError, true);
        assert.match(result.thrown.message, /guidance\.phases\.discover\.links\[0\]\.url/);
        assert.equal(result.kept, 'Een maandelijkse ontmoeting.');
        const { found, pwned } = await el.evaluate(linksIn);
        assert.ok(
          found.every((l) => !l.href || l.href.startsWith(server.origin)),
          JSON.stringify(found),
        );
        assert.equal(pwned, null);
      });
};
