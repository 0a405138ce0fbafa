// Helpers the case files share. Everything goes through the page, as a host page's script would.
import assert from 'node:assert/strict';

export const BUNDLE = '<script type="module" src="/elz-widgets.js"></script>';

/** A page with the bundle and one element (attributes as written). */
export function elementPage(server, spec, { attrs = 'storage-key="k"', body, head = '', ...rest } = {}) {
  return server.page({
    head: `${BUNDLE}${head}`,
    body: body ?? `<${spec.tag} ${attrs}></${spec.tag}>`,
    ...rest,
  });
}

/** A stakeholder of the circle with every field (as test/fixtures.ts has it); `over` sets any of them. */
export const stakeholder = (over = {}) => ({
  id: 's1',
  name: 'Mevrouw Claeys',
  ring: 'person',
  sector: 'care',
  involvement: 'involved',
  level: null,
  hardToReach: false,
  expert: false,
  note: '',
  ...over,
});

/** The value without its time stamps (the whole tool's parts have their own). */
export const content = (v) => JSON.parse(JSON.stringify(v), (key, value) => (key === 'updatedAt' ? undefined : value));

export const valueOf = (el) => el.evaluate((e) => e.value);

/** Sets `value` as a host page would; returns the error thrown, or null. */
export const setValue = (el, v) =>
  el.evaluate(async (e, v) => {
    try {
      e.value = v;
      await e.updateComplete;
      // A step the element loads when the user gets there (the tool's plan and report) is shown.
      for (let i = 0; i < 300 && e.shadowRoot?.querySelector('.loading'); i++) {
        await new Promise((r) => setTimeout(r, 10));
        await e.updateComplete;
      }
      return null;
    } catch (err) {
      return { typeError: err instanceof TypeError, message: String(err.message) };
    }
  }, v);

export const edit = async (el, spec) => el.evaluate(spec.edit);

/** The element's text, through its shadow roots (nested elements' too). */
export const textOf = (el) =>
  el.evaluate((e) => {
    const texts = [];
    const walk = (root) => {
      texts.push(root.textContent);
      for (const n of root.querySelectorAll('*')) if (n.shadowRoot) walk(n.shadowRoot);
    };
    walk(e.shadowRoot);
    return texts.join(' ').replace(/\s+/g, ' ');
  });

/** What the element shows of the work: its text without the live region's messages. */
export const workText = (el) =>
  el.evaluate((e) => {
    const texts = [];
    const walk = (root) => {
      const nodes = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      while (nodes.nextNode())
        if (!nodes.currentNode.parentElement?.closest('[role=status]')) texts.push(nodes.currentNode.data);
      for (const n of root.querySelectorAll('*')) if (n.shadowRoot) walk(n.shadowRoot);
    };
    walk(e.shadowRoot);
    return texts.join(' ').replace(/\s+/g, ' ');
  });

/** The element's button (through nested shadow roots) whose accessible name starts with `label`, or null. */
export const buttonOf = (el, label) =>
  el.evaluateHandle(
    (e, label) => elzRoles.queryAllByRole(e, 'button', { name: (n) => n.startsWith(label) })[0] ?? null,
    label,
  );

/** Clicks the element's button whose text starts with `label`. */
export async function click(el, label) {
  const button = await buttonOf(el, label);
  const found = await button.evaluate((b) => {
    b?.click();
    return !!b;
  });
  assert.ok(found, `no button "${label}"`);
  await el.evaluate((e) => e.updateComplete);
}

export const events = (page, type) =>
  page.evaluate((type) => window.__e2e.events.filter((e) => !type || e.type === type), type);

export const writes = (page, key, area = 'local') =>
  page.evaluate((k) => window.__e2e.writes[k] ?? 0, `${area}:${key}`);

/** Everything in localStorage (or sessionStorage) of the page's origin. */
export const storageOf = (page, area = 'local') =>
  page.evaluate((area) => ({ ...(area === 'local' ? localStorage : sessionStorage) }), area);

/** Waits until `fn` (in the page) returns something truthy; fails with `what` after `timeout`. */
export async function until(page, fn, arg, what, timeout = 4000) {
  // Not page.waitForFunction: over WebDriver BiDi it compiles the function in the page, which
  // the strict policy (no eval) forbids.
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    // A navigation may replace the document between two looks: look again.
    if (await page.evaluate(fn, arg).catch(() => false)) return;
    await sleep(50);
  }
  assert.fail(`${what} (not within ${timeout} ms)`);
}

/** Waits until the page's storage holds `key` with content equal to the element's value. */
export async function untilSaved(page, el, key = 'k', area = 'local', timeout = 4000) {
  const want = JSON.stringify(content(await valueOf(el)));
  await until(
    page,
    ({ key, area, want }) => {
      const text = (area === 'local' ? localStorage : sessionStorage).getItem(key);
      if (!text) return false;
      const stored = JSON.parse(text, (key, value) => (key === 'updatedAt' ? undefined : value));
      return JSON.stringify(stored) === want;
    },
    { key, area, want },
    `the work saved under "${key}"`,
    timeout,
  );
}

/** A fresh element's value in this page (storage="none"), to compare with "starts clean". */
export const emptyValue = (page, tag) =>
  page.evaluate(async (tag) => {
    const el = document.createElement(tag);
    el.setAttribute('storage', 'none');
    document.body.append(el);
    await el.updateComplete;
    const v = el.value;
    el.remove();
    return v;
  }, tag);

/** What the element makes of `v` (the whole tool, say, joins its parts up), as a fresh one does. */
export const normalised = async (page, tag, v) =>
  content(
    await page.evaluate(
      async (tag, v) => {
        const el = document.createElement(tag);
        el.setAttribute('storage', 'none');
        document.body.append(el);
        el.value = v;
        await el.updateComplete;
        const out = el.value;
        el.remove();
        return out;
      },
      tag,
      v,
    ),
  );

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** `e2e: ...` names: `<tag>` for short. */
export const label = (spec) => `<${spec.tag}>`;
