// A partner's app built with a framework, beside the script tag: React 19 and Vue 3
// render the element, hand it a value and hear its events, with the element's code loaded by
// dist/elz-widgets.js when the app puts the element in the page. The apps are built by run.js with
// esbuild from the packages in devDependencies (FRAMEWORK_APPS below).
import assert from 'node:assert/strict';
import { BUNDLE, content, edit, label, normalised, sleep, textOf, until, valueOf } from './common.js';
import { STRICT_CSP } from '../server.js';

/** The apps' sources. Each reads `window.__app = { tag, value }` and renders into `#app`. */
export const FRAMEWORK_APPS = {
  // React 19 sets a property only on an element that is already defined (else an attribute, and an
  // object becomes "[object Object]"): the app defines the element first, with the entry's define().
  'react-app': `
    import { createElement as h, useState } from 'react';
    import { createRoot } from 'react-dom/client';
    const { tag, value } = window.__app;
    const { define } = await import(new URL('/elz-widgets.js', location.href).href);
    await define(tag);
    function App() {
      const [heard, setHeard] = useState(null);
      const [lang, setLang] = useState('nl');
      return h('div', null,
        h('button', { id: 'fr', onClick: () => setLang('fr') }, 'Français'),
        h(tag, { value, lang, storage: 'none', 'onelz-change': (e) => setHeard(e.detail) }),
        h('output', { id: 'heard' }, heard ? JSON.stringify(heard) : ''));
    }
    createRoot(document.getElementById('app')).render(h(App));`,
  // Vue 3 binds \`.value\` as a property (in a template: \`:value.prop\`) before the element is
  // defined; the element takes it up when its code arrives. The value is a reactive proxy.
  'vue-app': `
    import { createApp, h, reactive } from 'vue';
    const { tag, value } = window.__app;
    const state = reactive({ value, heard: null, lang: 'nl' });
    createApp({
      render: () => h('div', [
        h('button', { id: 'fr', onClick: () => (state.lang = 'fr') }, 'Français'),
        h(tag, { '.value': state.value, lang: state.lang, storage: 'none', onElzChange: (e) => (state.heard = e.detail) }),
        h('output', { id: 'heard' }, state.heard ? JSON.stringify(state.heard) : ''),
      ]),
    }).mount('#app');`,
};

export default function frameworks(registry, { elements, server }) {
  const test = (name, fn, opts) => registry.test('frameworks', name, fn, opts);

  for (const [app, framework, csp] of [
    ['react-app', 'React 19', STRICT_CSP],
    // Vue makes a Trusted Types policy of its own, named "vue": a strict page allows it by name.
    ['vue-app', 'Vue 3', STRICT_CSP.replace('trusted-types lit-html', 'trusted-types lit-html vue')],
  ])
    for (const spec of elements)
      test(`${label(spec)} in a ${framework} app: its value, its events in the app's state, a language switch`, async (t) => {
        t.allowRequests(`/${app}.js`);
        const sample = { schema: spec.schema, ...spec.sample() };
        const page = await t.open(
          server.page({
            head: `${BUNDLE}<script type="module" src="/${app}.js"></script>`,
            body: '<div id="app"></div>',
            csp,
          }),
          { preload: [(tag, value) => (window.__app = { tag, value }), spec.tag, sample] },
        );
        await until(page, (tag) => !!document.querySelector(tag), spec.tag, 'the app renders the element', 8000);
        const el = await t.element(page, spec.tag);
        assert.equal(await el.evaluate((e) => e.hasAttribute('value')), false, 'given as a property');
        assert.deepEqual(content(await valueOf(el)), await normalised(page, spec.tag, sample), "the app's value");
        await edit(el, spec);
        let heard = '';
        for (let i = 0; i < 40 && !heard; i++) {
          await sleep(50);
          heard = await page.evaluate(() => document.querySelector('#heard').textContent);
        }
        assert.ok(heard, "the app's state got elz-change");
        assert.deepEqual(JSON.parse(heard), await valueOf(el), 'the whole value, as the event detail');
        await page.evaluate(() => document.querySelector('#fr').click());
        for (let i = 0; !(await textOf(el)).includes(spec.words.fr[0]); i++) {
          assert.ok(i < 60, 'switched to French by the app');
          await sleep(50);
        }
      });
}
