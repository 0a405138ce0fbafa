// `npm run pack-test` (after `npm run build`): the package as `npm publish` would send it. publint
// checks its package.json and the files it ships, @arethetypeswrong/cli its types under the module
// resolutions an ESM-only package meets (both print their report, and exit with 1 on a problem).
// Then the tarball is installed in a scratch project and used as a partner's developer and a
// webmaster would, in headless Chromium under the demo's strict CSP: each `*/define.js` entry,
// bundled with esbuild, defines and renders its element; the main entry registers nothing; the
// script-tag file defines and renders every element and fetches nothing but files beside it.
// PACK_TEST_KEEP=1 keeps the scratch folder (and says where).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, NO_BROWSER_MESSAGE, findBrowser } from './find-browser.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'elz-pack-test-'));
const problems = [];
const run = (command, args, cwd = root) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const json = (...path) => JSON.parse(readFileSync(join(...path), 'utf8'));
const installed = join(work, 'node_modules/elz-widgets');

// The demo's policy (scripts/serve.js): no inline code, no eval, Trusted Types enforced.
const CSP =
  "default-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";
const server = createServer((req, res) => {
  const file = join(work, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  const type = { '.html': 'text/html', '.js': 'text/javascript' }[extname(file)];
  if (!file.startsWith(work) || !type || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'content-security-policy': CSP });
  res.end(readFileSync(file));
});

/**
 * Opens a page with `tags` (storage off) and `script`. Each element must be defined, show something and
 * have a value of its shipped schema, or with `none` not be defined. Returns the paths it fetched.
 */
async function check(browser, name, script, tags, { none = false } = {}) {
  const body = tags.map((t) => `<${t} storage="none"></${t}>`).join('');
  const head = `<meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,">`;
  const html = `<!doctype html><html lang="nl"><head>${head}<script type="module" src="${script}"></script>`;
  writeFileSync(join(work, `${name}.html`), `${html}</head><body>${body}</body></html>`);
  const tab = await browser.newPage();
  const requests = [];
  tab.on('pageerror', (e) => problems.push(`${name}: ${e.message ?? e}`));
  tab.on('console', (m) => m.type() === 'error' && problems.push(`${name}: ${m.text()}`));
  tab.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await tab.goto(`http://127.0.0.1:${server.address().port}/${name}.html`, { waitUntil: 'load' });
  const shown = await tab.evaluate(async () => {
    // The script-tag file defines an element once the page uses it and its files have come: 3 s at most.
    const until = Date.now() + 3000;
    while (Date.now() < until && [...document.body.children].some((el) => !customElements.get(el.localName)))
      await new Promise((resolve) => setTimeout(resolve, 20));
    const seen = {};
    for (const el of document.body.children) {
      await el.updateComplete;
      seen[el.localName] = [!!customElements.get(el.localName), !!el.shadowRoot?.textContent.trim(), el.value?.schema];
    }
    return seen;
  });
  await tab.close();
  for (const [tag, [defined, rendered, schema]] of Object.entries(shown)) {
    const shipped = json(installed, `dist/schemas/${tag}.schema.json`).properties.schema.const;
    if (defined === none) problems.push(`${name}: <${tag}> is ${none ? '' : 'not '}defined`);
    else if (!none && !rendered) problems.push(`${name}: <${tag}> is defined but shows nothing`);
    else if (!none && schema !== shipped) problems.push(`${name}: <${tag}>.value is ${schema}, not ${shipped}`);
  }
  return requests;
}

async function main() {
  const chromium = findBrowser();
  if (!chromium) throw new Error(NO_BROWSER_MESSAGE);
  const packed = run('npm', ['pack', '--json', '--pack-destination', work]);
  const tarball = join(work, JSON.parse(packed.slice(packed.indexOf('[\n')))[0].filename);
  execFileSync(join(root, 'node_modules/.bin/publint'), ['run', tarball, '--strict'], { stdio: 'inherit' });
  // The script-tag file has no types: it is for <script> tags, and a side-effect import needs none.
  const attw = [tarball, '--profile', 'esm-only', '--exclude-entrypoints', './elz-widgets.js'];
  execFileSync(join(root, 'node_modules/.bin/attw'), attw, { stdio: 'inherit' });

  writeFileSync(join(work, 'package.json'), '{ "name": "scratch", "private": true, "type": "module" }');
  run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], work);
  const { modules } = json(installed, 'dist/custom-elements.json');
  const tags = modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => d.tagName ?? []));
  // `./participation-ladder/define.js` defines <elz-participation-ladder>: a bundle each, and one of the main entry.
  const defines = Object.keys(json(installed, 'package.json').exports).filter((k) => k.endsWith('/define.js'));
  const entryPoints = Object.fromEntries(defines.map((k) => [`elz-${k.split('/')[1]}`, `elz-widgets${k.slice(1)}`]));
  entryPoints.main = 'elz-widgets';
  await build({ absWorkingDir: work, entryPoints, bundle: true, format: 'esm', outdir: join(work, 'bundles') });

  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: CHROME_FLAGS });
  try {
    for (const tag of Object.keys(entryPoints).filter((t) => t !== 'main'))
      await check(browser, tag, `bundles/${tag}.js`, [tag]);
    await check(browser, 'main-entry', 'bundles/main.js', tags, { none: true });
    const fetched = await check(browser, 'script-tag', '/node_modules/elz-widgets/dist/elz-widgets.js', tags);
    const elsewhere = fetched.filter((p) => !/^\/(script-tag\.html|node_modules\/elz-widgets\/dist\/)/.test(p));
    if (elsewhere.length) problems.push(`the script-tag file fetched ${elsewhere.join(', ')}`);
  } finally {
    await browser.close();
    server.close();
  }
  return `${defines.length} define entries, the main entry and the script-tag file with ${tags.length} elements`;
}

let tried;
try {
  tried = await main();
} catch (e) {
  problems.push(e.message);
} finally {
  if (process.env.PACK_TEST_KEEP) console.log(`pack-test: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
if (problems.length) console.error(`pack-test: FAILED\n${problems.map((p) => `  - ${p}`).join('\n')}`);
else console.log(`pack-test: passed (${tried})`);
process.exitCode = problems.length ? 1 : 0;
