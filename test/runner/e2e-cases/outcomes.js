// Case files for test/runner/set-up.test.js, which runs test/e2e/run.js on this folder in Chromium:
// one case for each way a case can end. Expected: 4 passed (with the suite's own two checks),
// 4 failed (with broken.js), 2 skipped.
import assert from 'node:assert/strict';

export default function outcomes(registry, { server }) {
  const test = (name, fn, opts) => registry.test('outcomes', name, fn, opts);
  const blank = server.page({ body: '<p>Leeg</p>' });

  test('passes', async (t) => {
    const page = await t.open(blank);
    assert.equal(await page.evaluate(() => document.querySelector('p').textContent), 'Leeg');
  });
  test('fails', async () => assert.fail('as it should'));
  test(
    'times out, and its browser context is closed at once',
    async (t) => {
      const page = await t.open(blank);
      await page.evaluate(() => new Promise(() => {}));
    },
    { timeout: 1500 },
  );
  test('a page error after the case fails it', async (t) => {
    const page = await t.open(blank);
    await page.evaluate(() => setTimeout(() => Promise.reject(new Error('unhandled in the page'))));
    await new Promise((resolve) => setTimeout(resolve, 300));
  });
  test('skips itself', async (t) => t.skip('does not apply'));
  test('runs in Firefox only', async () => {}, { only: ['firefox'], onlyReason: 'a fixture' });
  test(
    'runs alone, after the others, whose contexts are all closed',
    async (t) => {
      await t.open(blank);
      // The browser's default context and this case's own: none left from the cases before.
      assert.equal((await t.browser.browserContexts()).length, 2);
    },
    { serial: true },
  );
}
