// The end-to-end suite: loads only the built bundle into plain pages served on 127.0.0.1 and drives
// them from outside in a real browser, for every element the bundle registers (PRODUCT.md §4–5).
//
//   node test/e2e/run.js                  dist/elz-widgets.js in Chromium (and Firefox ESR if installed)
//   ELZ_BUNDLE=path/to/other.js ...       another build of the bundle (e.g. one that registers all four)
//   E2E_BROWSERS=chromium|firefox|chromium,firefox   E2E_GREP=text   E2E_CONCURRENCY=n (cases at once,
//   per browser; default 2)   E2E_ONE_BROWSER_AT_A_TIME=1 (the browsers run side by side by default)
//
// The last line reads `e2e: N passed, N failed, N skipped`; the exit code is 1 when a case failed.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findBrowser, NO_BROWSER_MESSAGE } from '../../scripts/find-browser.js';
import { ELEMENTS } from './elements.js';
import { Registry, runCases } from './harness.js';
import { startServer } from './server.js';
import storage from './cases/storage.js';
import values from './cases/values.js';
import embedding from './cases/embedding.js';
import lifecycle from './cases/lifecycle.js';
import accessibility from './cases/accessibility.js';
import forms from './cases/forms.js';
import demo from './cases/demo.js';
import loading from './cases/loading.js';
import frameworks, { FRAMEWORK_APPS } from './cases/frameworks.js';

const root = resolve(new URL('../..', import.meta.url).pathname);
const bundle = resolve(process.env.ELZ_BUNDLE || join(root, 'dist/elz-widgets.js'));
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const grep = process.env.E2E_GREP || '';
const concurrency = Number(process.env.E2E_CONCURRENCY) || 2;
const started = Date.now();

if (!existsSync(bundle)) {
  console.error(`No bundle at ${bundle}: run \`npm run build\` (or rollup -c) first.`);
  process.exit(1);
}
const chromePath = findBrowser();
const wanted = (process.env.E2E_BROWSERS || `chromium${existsSync(FIREFOX) ? ',firefox' : ''}`).split(',');
if (wanted.includes('chromium') && !chromePath) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}

// Another copy of Lit on the page, as a partner's own widgets would bring: its own element and
// its own @lit/localize set-up.
const otherLit = join(mkdtempSync(join(tmpdir(), 'elz-e2e-')), 'other-lit.js');
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

const mark = { passed: '✓', failed: '✗', skipped: '-' };
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const timings = [];

async function runBrowser(name) {
  const t0 = Date.now();
  let browser;
  try {
    browser = await launchers[name]();
  } catch (e) {
    console.log(`✗ [${name}] could not start: ${e.message.split('\n')[0]}`);
    totals.failed++;
    return;
  }
  const { elements, unknown } = await registered(browser);
  if (unknown.length) {
    console.log(`✗ [${name}] the bundle registers ${unknown.join(', ')}: give each an entry in test/e2e/elements.js`);
    totals.failed++;
  }
  console.log(
    `[${name} ${(await browser.version()).replace(/^.*\//, '')}] ${bundle.replace(`${root}/`, '')} registers ` +
      `${elements.map((e) => `<${e.tag}>`).join(', ') || 'nothing'}`,
  );
  const registry = new Registry();
  const env = { elements, server, all: ELEMENTS };
  for (const group of [storage, values, embedding, lifecycle, accessibility, forms, demo, loading, frameworks])
    group(registry, env);
  const cases = registry.cases.filter((c) => `${c.group} ${c.name}`.includes(grep));
  if (!elements.length) {
    console.log(`✗ [${name}] the bundle registers none of ${ELEMENTS.map((e) => e.tag).join(', ')}`);
    totals.failed++;
  }
  const results = await runCases(cases, {
    browser,
    browserName: name,
    server,
    concurrency,
    report: (r) => {
      totals[r.status]++;
      const why = r.status === 'skipped' ? ` — ${r.error}` : '';
      console.log(`${mark[r.status]} [${name}] ${r.group} › ${r.name} (${(r.ms / 1000).toFixed(1)} s)${why}`);
      if (r.status === 'failed') failures.push(r);
    },
  });
  await browser.close();
  timings.push(`${name} ${((Date.now() - t0) / 1000).toFixed(0)} s, ${results.length} cases`);
}

for (const name of wanted)
  if (!launchers[name]) {
    console.error(`Unknown browser "${name}" (chromium, firefox).`);
    process.exit(1);
  }
// The browsers side by side: each waits on timers (coalesced writes, retries) much of the time.
if (process.env.E2E_ONE_BROWSER_AT_A_TIME) for (const name of wanted) await runBrowser(name);
else await Promise.all(wanted.map(runBrowser));

// No request, from any page, ever carried a cookie.
const withCookie = server.log.filter((r) => r.cookie);
if (withCookie.length) {
  console.log(`✗ requests carried cookies: ${withCookie.map((r) => r.path).join(', ')}`);
  totals.failed++;
}
await server.close();

for (const f of failures) {
  console.log(`\n✗ [${f.browserName}] ${f.group} › ${f.name}`);
  console.log(
    `  ${String(f.error?.stack ?? f.error)
      .split('\n')
      .slice(0, 8)
      .join('\n  ')}`,
  );
}
console.log(`\n${timings.join('; ')}; ${((Date.now() - started) / 1000).toFixed(0)} s in all`);
console.log(`e2e: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed ? 1 : 0);
