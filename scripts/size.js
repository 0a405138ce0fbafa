// `npm run size`: all the JavaScript a page loads through dist/elz-widgets.js, against the bars of
// the product's size budget, and the round trips it takes. Each page is opened in headless Chromium
// from a local server that serves dist/; a file counts with its size gzip -9 (each file is
// compressed on its own, as a server sends it).
//
// The bars are not met today (2026-12-06): the table says by how much, on every run. Until they
// are, the run fails above a ceiling per page — what the page took when the bars were last
// measured, plus a little room — so that nothing grows unnoticed; raising a ceiling is a decision
// made in a commit that says why. It also fails when a page needs more than one round trip after
// the entry (the server holds the files the entry asks for until no further request comes: a file
// asked for only once another has arrived is a second round trip).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findBrowser, NO_BROWSER_MESSAGE } from './find-browser.js';

const KB = 1024;
// Ceilings of 2026-12-06: the split entry with the value controller, the merge of two tabs' edits,
// the checks of every edit and the seeds' texts, plus 0.3 KB; then the action plan and rounds (the
// plan step and the report load when the user gets there; what stays on first load is the ladder's
// representation of indirect groups, the tool's plan handling and their words in every language);
// then the offer of a worked example (the example itself loads when opened); then the partner's
// guidance per rung and phase (its check and its rendering, in every element), the tool's
// introduction and the circle's button for examples (the examples load when opened); then the
// ladder's and the wizard's views as template functions beside their elements (+0.1 to 0.2 KB; the
// tool's page 0.4 KB smaller, its summary now loading with the plan); then working together
// (issue 17), +0.8 KB on each element's page and +1.2 on the tool's: what must run on first load —
// the check for a link meant for the element, the share button and the small controller that holds
// what is open, merge3's conflict details, the invalid-link message, the tool's report buttons and
// language choice. The link codec, the merge of two people's work, the panels and their texts'
// rendering, the clipboard, the report document and the circle drawn as pixels load on the first
// click. French +0.9 KB: lit-localize keeps one text file per language, so the issue's ~60 new
// texts (merge, link, report) come with the language even though their code loads on demand.
const PAGES = [
  { name: 'only `<elz-participation-ladder>`', tag: 'elz-participation-ladder', bar: 20 * KB, ceiling: 27.1 * KB },
  { name: 'only `<elz-question-wizard>`', tag: 'elz-question-wizard', bar: 20 * KB, ceiling: 28.7 * KB },
  { name: 'only `<elz-stakeholder-circle>`', tag: 'elz-stakeholder-circle', bar: 26 * KB, ceiling: 33.0 * KB },
  {
    name: '`<elz-engagement-tool>`',
    tag: 'elz-engagement-tool',
    bar: 36 * KB,
    ceiling: 51.5 * KB,
    frenchBar: 5 * KB,
    frenchCeiling: 8.4 * KB,
  },
];
const QUIET = 150; // ms without a new request before held files are sent

const dist = normalize(join(import.meta.dirname, '..', 'dist'));
if (!existsSync(join(dist, 'elz-widgets.js'))) {
  console.error('dist/elz-widgets.js is missing: run `npm run build` first.');
  process.exit(1);
}
const executablePath = findBrowser();
if (!executablePath) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}

const gzipped = new Map();
const gzipSize = (file) => {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gzipped.get(file);
};

let log = [];
let held = [];
let waves = 0;
let timer;
const release = () => {
  if (held.length) waves++;
  for (const send of held) send();
  held = [];
};
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/') {
    const tag = new URL(req.url, 'http://x').searchParams.get('tag');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    return res.end(
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
        `<script type="module" src="/elz-widgets.js"></script></head><body><${tag} storage="none"></${tag}></body></html>`,
    );
  }
  const file = normalize(join(dist, path));
  if (!file.startsWith(`${dist}/`) || !existsSync(file)) return res.writeHead(404).end();
  log.push({ path, file });
  const send = () => {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  };
  if (path === '/elz-widgets.js') return send();
  held.push(send);
  clearTimeout(timer);
  timer = setTimeout(release, QUIET);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_FLAGS });
const results = [];
try {
  for (const p of PAGES) {
    log = [];
    waves = 0;
    const page = await (await browser.createBrowserContext()).newPage();
    await page.goto(`${origin}/?tag=${p.tag}`);
    await page.evaluate(async (tag) => {
      await customElements.whenDefined(tag);
      await document.querySelector(tag).updateComplete;
    }, p.tag);
    await new Promise((r) => setTimeout(r, 2 * QUIET));
    const dutch = { files: log.map((l) => l.path), bytes: log.reduce((n, l) => n + gzipSize(l.file), 0), waves };
    let french = null;
    if (p.frenchBar) {
      log = [];
      await page.evaluate(async (tag) => {
        document.documentElement.lang = 'fr';
        const el = document.querySelector(tag);
        const before = el.shadowRoot.textContent;
        // The texts are in once the element shows other words.
        for (let i = 0; i < 100 && el.shadowRoot.textContent === before; i++)
          await new Promise((r) => setTimeout(r, 50));
      }, p.tag);
      await new Promise((r) => setTimeout(r, 2 * QUIET));
      french = { files: log.map((l) => l.path), bytes: log.reduce((n, l) => n + gzipSize(l.file), 0) };
    }
    await page.browserContext().close();
    results.push({ ...p, dutch, french });
  }
} finally {
  await browser.close();
  server.close();
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const problems = [];
const unmet = [];
const rows = [];
const check = (name, bytes, bar, ceiling) => {
  if (bytes > bar) unmet.push(`${name}: ${kb(bytes)}, over the ${kb(bar)} bar by ${kb(bytes - bar)}`);
  if (bytes > ceiling) problems.push(`${name}: ${kb(bytes)}, over its ceiling of ${kb(ceiling)}`);
};
for (const r of results) {
  check(r.name, r.dutch.bytes, r.bar, r.ceiling);
  // One wave of held files: everything after the entry came in one round trip.
  if (r.dutch.waves > 1)
    problems.push(`${r.name}: ${r.dutch.waves} round trips after the entry (${r.dutch.files.join(', ')})`);
  rows.push([r.name, r.dutch.files.length, r.dutch.bytes, r.bar, r.ceiling, r.dutch.waves]);
  if (r.french) {
    check('switching to French (more)', r.french.bytes, r.frenchBar, r.frenchCeiling);
    rows.push([
      'switching that page to French (more)',
      r.french.files.length,
      r.french.bytes,
      r.frenchBar,
      r.frenchCeiling,
      null,
    ]);
  }
}
console.log(
  '| page, Dutch | files | all JavaScript it loads, gzip -9 | bar | against the bar | ceiling | round trips after the entry |',
);
console.log('|---|---|---|---|---|---|---|');
for (const [name, files, bytes, bar, ceiling, w] of rows)
  console.log(
    `| ${name} | ${files} | ${kb(bytes)} | ≤ ${kb(bar)} | ${bytes <= bar ? `${kb(bar - bytes)} under` : `NOT MET: ${kb(bytes - bar)} over`} | ${kb(ceiling)} | ${w ?? ''} |`,
  );
if (unmet.length) console.log(`\nBars not met:\n  ${unmet.join('\n  ')}`);
if (problems.length) {
  console.log(`\nnpm run size: FAILED\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  unmet.length
    ? '\nnpm run size: passed its ceilings, in one round trip after the entry; the bars above are NOT MET'
    : '\nnpm run size: every page within its bar, in one round trip after the entry',
);
