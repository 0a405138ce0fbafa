// The end-to-end suite: loads only the built bundle into plain pages served on 127.0.0.1 and drives
// them from outside in a real browser, for every element the bundle registers.
// It runs on node:test: `npm run test:e2e` (node --test-reporter=spec test/e2e/run.js).
//
//   ELZ_BUNDLE=path/to/other.js      another build of the bundle (default dist/elz-widgets.js)
//   E2E_BROWSERS=chromium,firefox    the browsers (default: Chromium, and Firefox ESR if installed)
//   E2E_GREP=text                    only the cases whose "group name" contains the text (or
//                                    node --test-name-pattern=regex test/e2e/run.js, on "group › name",
//                                    which lists the others as skipped)
//   E2E_CONCURRENCY=n                cases at once, per browser (default 2)
//   E2E_ONE_BROWSER_AT_A_TIME=1      the browsers one after the other (default: side by side)
//   E2E_CASES=folder                 another folder of case files (default test/e2e/cases/)
//
// Every module in cases/ with a default export is a case file: `export default (registry, env) =>
// registry.test(group, name, async (t) => …, { timeout, only, onlyReason, serial })`, where `t` is
// a CaseContext (harness.js), `env` is `{ elements, server, all }`, `only` lists the browsers the
// case runs in, and `serial` cases run alone, after the others. Each case is a node:test test that
// ends with `t.finalChecks()`, the checks every page must pass.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findBrowser, NO_BROWSER_MESSAGE } from '../../scripts/find-browser.js';
import { ELEMENTS } from './elements.js';
import { CaseContext, Skip } from './harness.js';
import { startServer } from './server.js';
import { FRAMEWORK_APPS } from './cases/frameworks.js';

const root = resolve(new URL('../..', import.meta.url).pathname);
const bundle = resolve(process.env.ELZ_BUNDLE || join(root, 'dist/elz-widgets.js'));
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const grep = process.env.E2E_GREP || '';
const concurrency = Number(process.env.E2E_CONCURRENCY) || 2;

if (!existsSync(bundle)) throw new Error(`No bundle at ${bundle}: run \`npm run build\` (or rollup -c) first.`);
const chromePath = findBrowser();
const wanted = (process.env.E2E_BROWSERS || `chromium${existsSync(FIREFOX) ? ',firefox' : ''}`).split(',');
if (wanted.includes('chromium') && !chromePath) throw new Error(NO_BROWSER_MESSAGE);

// Another copy of Lit on the page, as a partner's own widgets would bring: its own element and
// its own @lit/localize set-up.
const scratch = mkdtempSync(join(tmpdir(), 'elz-e2e-'));
const otherLit = join(scratch, 'other-lit.js');
const other = await build({
  stdin: {
    contents: `import { LitElement, html } from 'lit';
      import { configureLocalization } from '@lit/localize';
      configureLocalization({ sourceLocale: 'en', targetLocales: [], loadLocale: () => Promise.resolve({}) });
      class HostWidget extends LitElement { render() { return html\`<button>Host widget</button>\`; } }
      if (!customElements.get('host-widget')) customElements.define('host-widget', HostWidget);`,
    resolveDir: root,
    loader: 'js',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
});
writeFileSync(otherLit, other.outputFiles[0].text);

// The test helper that finds controls by role and accessible name, in every page and frame the
// cases open, as `elzRoles` (a preload runs inside a function: the global is set explicitly).
const roles = await build({
  entryPoints: [join(root, 'test/by-role.ts')],
  bundle: true,
  format: 'iife',
  globalName: 'elzRoles',
  footer: { js: 'globalThis.elzRoles = elzRoles;' },
  write: false,
});
const pageScripts = [roles.outputFiles[0].text];

// Apps of a partner built with a framework (React 19, Vue 3), each with the script tag beside it.
const apps = {};
for (const [name, contents] of Object.entries(FRAMEWORK_APPS)) {
  const out = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  });
  apps[`/${name}.js`] = join(dirname(otherLit), `${name}.js`);
  writeFileSync(apps[`/${name}.js`], out.outputFiles[0].text);
}

const server = await startServer({ bundle, otherLit, apps });

const launchers = {
  chromium: () => puppeteer.launch({ executablePath: chromePath, headless: true, args: CHROME_FLAGS }),
  async firefox() {
    // Firefox ESR 140 cannot take a download folder per context over WebDriver BiDi: one folder
    // for the browser, set through its preferences, that the cases take in turns.
    const downloads = mkdtempSync(join(tmpdir(), 'elz-e2e-ff-dl-'));
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: {
        // No network beyond 127.0.0.1: no updates, no captive-portal or connectivity checks.
        'app.update.enabled': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        // Downloads go straight to the folder, without asking.
        'browser.download.folderList': 2,
        'browser.download.dir': downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.helperApps.neverAsk.saveToDisk': 'application/json,image/svg+xml,image/png',
        'browser.download.start_downloads_in_tmp_dir': false,
        // Tabs behind the selected one are hidden, and Firefox slows their timers to once a second:
        // not while several cases run side by side.
        'dom.min_background_timeout_value': 4,
        'dom.min_background_timeout_value_without_budget_throttling': 4,
        'dom.timeout.enable_budget_timer_throttling': false,
      },
    });
    browser.sharedDownloads = downloads;
    browser.once('disconnected', () => rmSync(downloads, { recursive: true, force: true }));
    return browser;
  },
};
for (const name of wanted) if (!launchers[name]) throw new Error(`Unknown browser "${name}" (chromium, firefox).`);

/**
 * The case files; one that fails to load becomes a failing test, and the others still run. (No test
 * is declared before the last top-level await: node:test would start it, and the root's `after`
 * hook would run as soon as it ended.)
 */
const casesDir = process.env.E2E_CASES
  ? pathToFileURL(`${resolve(process.env.E2E_CASES)}/`)
  : new URL('cases/', import.meta.url);
const caseFiles = [];
for (const file of readdirSync(casesDir).sort()) {
  if (!file.endsWith('.js')) continue;
  const loaded = await import(new URL(file, casesDir).href).catch((error) => ({ error }));
  if (loaded.error || typeof loaded.default === 'function') caseFiles.push({ file, ...loaded });
}

/**
 * The elements this bundle registers, found by loading it into a page that uses every `elz-…`
 * name in the entry's text (it defines an element when the page uses it), so that an element
 * registered without a table entry is noticed.
 */
const namesInBundle = [...new Set(readFileSync(bundle, 'utf8').match(/elz-[a-z]+(?:-[a-z]+)*/g) ?? [])].filter(
  (n) => n !== 'elz-widgets',
);
async function registered(browser) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const body = namesInBundle.map((n) => `<${n} storage="none"></${n}>`).join('');
  const path = server.page({ head: '<script type="module" src="/elz-widgets.js"></script>', body });
  await page.goto(server.origin + path, { waitUntil: 'load' });
  const tags = await page.evaluate(
    (names) =>
      Promise.all(
        names.map((n) =>
          Promise.race([customElements.whenDefined(n), new Promise((r) => setTimeout(r, 5000))]).then(() =>
            customElements.get(n) ? n : null,
          ),
        ),
      ).then((found) => found.filter(Boolean)),
    namesInBundle,
  );
  await context.close();
  const unknown = tags.filter((t) => !ELEMENTS.some((e) => e.tag === t));
  return { elements: ELEMENTS.filter((e) => tags.includes(e.tag)), unknown };
}

/** One case as a node:test test: a fresh CaseContext, closed when the case ends or times out. */
function caseTest(c, browser, browserName) {
  const skip = c.only && !c.only.includes(browserName) && `${browserName}: ${c.onlyReason ?? 'not here'}`;
  const timeout = (c.timeout ?? 20_000) * (browserName === 'firefox' ? 1.5 : 1);
  test(`${c.group} › ${c.name}`, { skip, timeout }, async (nt) => {
    const t = new CaseContext(browser, browserName, server, pageScripts);
    // On a time-out node:test aborts the signal: closing the contexts ends what the case still waits for.
    nt.signal.addEventListener('abort', () => t.close(), { once: true });
    try {
      await c.fn(t);
      await t.finalChecks();
    } catch (e) {
      if (!(e instanceof Skip)) throw e;
      nt.skip(e.message);
    } finally {
      await t.close();
    }
  });
}

async function browserSuite(name) {
  let browser;
  try {
    browser = await launchers[name]();
  } catch (e) {
    test('starts', () => assert.fail(e));
    return;
  }
  after(() => browser.close());
  const { elements, unknown } = await registered(browser);
  const tags = elements.map((e) => `<${e.tag}>`).join(', ') || 'nothing';
  const version = (await browser.version()).replace(/^.*\//, '');
  test(`${name} ${version}: ${bundle.replace(`${root}/`, '')} registers ${tags}`, () => {
    assert.deepEqual(unknown, [], 'give each element the bundle registers an entry in test/e2e/elements.js');
    assert.ok(elements.length, `the bundle registers none of ${ELEMENTS.map((e) => e.tag).join(', ')}`);
  });

  const cases = [];
  const registry = {
    test: (group, caseName, fn, opts = {}) =>
      `${group} ${caseName}`.includes(grep) && cases.push({ group, name: caseName, fn, ...opts }),
  };
  for (const { file, default: register } of caseFiles.filter((f) => !f.error)) {
    try {
      register(registry, { elements, server, all: ELEMENTS });
    } catch (e) {
      test(`cases/${file} registers its cases`, () => assert.fail(e));
    }
  }
  const together = cases.filter((c) => !c.serial);
  describe(`${together.length} cases, ${concurrency} at a time`, { concurrency }, () => {
    for (const c of together) caseTest(c, browser, name);
  });
  for (const c of cases.filter((c) => c.serial)) caseTest(c, browser, name);
}

after(async () => {
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
});
for (const { file, error } of caseFiles.filter((f) => f.error)) test(`cases/${file} loads`, () => assert.fail(error));

// The browsers side by side: each waits on timers (coalesced writes, retries) much of the time.
describe('end-to-end', { concurrency: process.env.E2E_ONE_BROWSER_AT_A_TIME ? 1 : true }, () => {
  // One after another inside a browser: the cases that run together, then those that run alone.
  for (const name of wanted) describe(name, { concurrency: 1 }, () => browserSuite(name));
});

test('no request, from any page, carried a cookie', () => {
  assert.deepEqual(
    server.log.filter((r) => r.cookie).map((r) => r.path),
    [],
  );
});
