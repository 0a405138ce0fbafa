// `name`: the element as a form field of the host page — submitted for real, kept
// through the host form's reset, left out by a disabled fieldset.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { content, edit, elementPage, events, label, sleep, untilSaved, valueOf } from './common.js';

export default function forms(registry, { elements, server }) {
  const test = (name, fn, opts) => registry.test('forms', name, fn, opts);

  for (const spec of elements) {
    const L = label(spec);
    const path = elementPage(server, spec, {
      body: `<form method="post" action="/submit">
        <p><label>Project <input name="project" value="Valpreventie"></label></p>
        <fieldset><legend>Betrokkenheid</legend><${spec.tag} name="werk" storage-key="k"></${spec.tag}></fieldset>
        <p><button type="submit" id="send">Versturen</button> <button type="reset" id="clear">Formulier leegmaken</button></p>
      </form>`,
    });
    const formData = (page) => page.evaluate(() => Object.fromEntries(new FormData(document.querySelector('form'))));

    test(`${L} submits its value as JSON with the host form, for real`, async (t) => {
      t.allowRequests('/submit');
      const page = await t.open(path);
      const el = await t.element(page, spec.tag);
      assert.deepEqual(
        JSON.parse((await formData(page)).werk),
        await valueOf(el),
        'untouched, it submits its empty value',
      );
      await edit(el, spec);
      // Enter in the element's own text field does not send the host's form.
      const field = await el.evaluateHandle(spec.textField);
      await field.focus();
      await page.keyboard.press('Enter');
      const value = await valueOf(el);
      const id = randomUUID();
      await page.evaluate((id) => (document.querySelector('form').action = `/submit?case=${id}`), id);
      await sleep(300);
      assert.equal(server.submissions.filter((s) => s.query === `?case=${id}`).length, 0, 'not sent by Enter');
      await Promise.all([page.waitForNavigation(), page.click('#send')]);
      const sent = server.submissions.find((s) => s.query === `?case=${id}`);
      assert.ok(sent, 'the form was sent');
      const fields = new URLSearchParams(sent.body);
      assert.equal(fields.get('project'), 'Valpreventie');
      assert.deepEqual(content(JSON.parse(fields.get('werk'))), content(value));
      assert.equal(fields.getAll('werk').length, 1, 'one field: the element, not its inner controls');
    });

    test(`${L} the host form's reset keeps the work (and the stored copy)`, async (t) => {
      const page = await t.open(path);
      const el = await t.element(page, spec.tag);
      await edit(el, spec);
      await untilSaved(page, el);
      const value = await valueOf(el);
      const changes = (await events(page, 'elz-change')).length;
      const writes = await page.evaluate(() => window.__e2e.writes['local:k']);
      await page.click('#clear');
      await sleep(500);
      assert.deepEqual(await valueOf(el), value);
      assert.deepEqual(JSON.parse((await formData(page)).werk), value, 'the form still carries it');
      assert.equal(await page.evaluate(() => document.querySelector('input[name=project]').value), 'Valpreventie');
      assert.equal((await events(page, 'elz-change')).length, changes, 'no change event');
      assert.equal(await page.evaluate(() => window.__e2e.writes['local:k']), writes, 'nothing written');
    });

    test(`${L} a disabled fieldset leaves it out of the form and out of reach, until enabled`, async (t) => {
      const page = await t.open(path);
      const el = await t.element(page, spec.tag);
      await edit(el, spec);
      const value = await valueOf(el);
      const controls = () =>
        el.evaluate((e) => {
          const all = [];
          const walk = (root) => {
            all.push(
              ...[...root.querySelectorAll('input:not([type=file]), textarea, select')].filter((c) => !c.disabled),
            );
            for (const n of root.querySelectorAll('*')) if (n.shadowRoot) walk(n.shadowRoot);
          };
          walk(e.shadowRoot);
          return all.length;
        });
      const enabled = await controls();
      await page.evaluate(() => (document.querySelector('fieldset').disabled = true));
      await el.evaluate((e) => e.updateComplete);
      assert.equal((await formData(page)).werk, undefined, 'not submitted');
      assert.equal(await controls(), 0, 'no control to change it');
      // The keyboard finds nothing to change either, on its way from the project field to "send".
      await page.focus('input[name=project]');
      const reached = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          let a = document.activeElement;
          if (a.id === 'send') return null;
          while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
          return a.matches('input, textarea, select') ? `${a.localName}[${a.type ?? ''}]` : '';
        });
        if (stop === null) break;
        if (stop) reached.push(stop);
      }
      assert.deepEqual(reached, [], 'fields reached by Tab');
      assert.deepEqual(await valueOf(el), value, 'the work is still there');
      await page.evaluate(() => (document.querySelector('fieldset').disabled = false));
      await el.evaluate((e) => e.updateComplete);
      assert.equal(await controls(), enabled);
      assert.deepEqual(JSON.parse((await formData(page)).werk), value);
      await edit(el, spec);
      assert.notDeepEqual(content(await valueOf(el)), content(value), 'edits work again');
      assert.deepEqual(JSON.parse((await formData(page)).werk), await valueOf(el));
    });
  }
}
