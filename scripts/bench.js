// `npm run bench`: measures the built bundle in headless Chromium (PRODUCT.md §6).
// Script evaluation + first render of each element, beside bare Lit with one trivial element,
// in interleaved runs on fresh pages; prints medians (min–max) and writes bench-results/bench.json.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { cpus } from 'node:os';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findBrowser, NO_BROWSER_MESSAGE } from './find-browser.js';

const RUNS = Number(process.env.BENCH_RUNS) || 21;
const executablePath = findBrowser();
if (!executablePath) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}

// The baseline: Lit alone with one trivial element, bundled and minified the same way.
const baseline = await build({
  stdin: {
    contents: `import { LitElement, html } from 'lit';
      class BareLit extends LitElement { render() { return html\`<p>Hello</p>\`; } }
      customElements.define('bare-lit', BareLit);`,
    resolveDir: process.cwd(),
    loader: 'js',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
});

// The wizard is not in dist/elz-widgets.js yet (size budget): measure it from a bundle that
// registers everything, minified the same way by esbuild.
const everything = await build({
  stdin: {
    contents: `import './src/elz-widgets.ts'; import './src/question-wizard/define.ts';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  tsconfig: 'tsconfig.json',
  write: false,
});

const files = {
  '/elz-widgets.js': readFileSync('dist/elz-widgets.js'),
  '/everything.js': Buffer.from(everything.outputFiles[0].text),
  '/bare-lit.js': Buffer.from(baseline.outputFiles[0].text),
  '/': Buffer.from(
    '<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body></body></html>',
  ),
};
const server = createServer((req, res) => {
  const body = files[req.url];
  if (!body) return res.writeHead(404).end();
  res.writeHead(200, {
    'content-type': req.url.endsWith('.js') ? 'text/javascript' : 'text/html',
    'cache-control': 'no-store',
  });
  res.end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const filledLadder = {
  schema: 'elz-participation-ladder/1',
  groups: [
    { id: 'a', name: 'Oudere buurtbewoners', current: 'inform', target: 'collaborate', mode: 'direct', note: '' },
    {
      id: 'b',
      name: 'Mantelzorgers',
      current: 'consult',
      target: 'advise',
      mode: 'indirect',
      note: 'Via de vereniging',
    },
    { id: 'c', name: 'Ervaringsdeskundigen', current: 'advise', target: 'co-decide', mode: 'direct', note: '' },
    {
      id: 'd',
      name: 'Huisartsen en thuisverpleging',
      current: 'collaborate',
      target: 'collaborate',
      mode: 'direct',
      note: '',
    },
  ],
};

const filledWizard = {
  schema: 'elz-question-wizard/1',
  phase: 'summary',
  answers: {
    who: 'Oudere buurtbewoners, hun mantelzorgers, de huisartsen en het dienstencentrum',
    'hard-to-reach': ['language', 'isolated'],
    organised: 'partly',
    reach: 'Via de bakker, de apotheek en het dienstencentrum',
    needs: 'Veilig thuis blijven wonen; weten waar ze hulp vinden',
    known: 3,
    form: 'both',
    rung: 'collaborate',
    direction: 'together',
    effects: ['support', 'ownership'],
  },
};

/** One measurement on a fresh page: evaluate the script, create the element, wait for its first render and paint. */
const cases = [
  { name: 'bare Lit, one trivial element', script: '/bare-lit.js', tag: 'bare-lit' },
  { name: '<elz-participation-ladder> empty', script: '/elz-widgets.js', tag: 'elz-participation-ladder' },
  {
    name: '<elz-participation-ladder> filled (4 groups)',
    script: '/elz-widgets.js',
    tag: 'elz-participation-ladder',
    value: filledLadder,
  },
  { name: '<elz-question-wizard> empty (default set)', script: '/everything.js', tag: 'elz-question-wizard' },
  {
    name: '<elz-question-wizard> summary, filled',
    script: '/everything.js',
    tag: 'elz-question-wizard',
    value: filledWizard,
  },
];

async function measure(browser, c) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  const result = await page.evaluate(
    async ({ script, tag, value }) => {
      // Fetched first and not timed: the bar is script evaluation + first render, not the network.
      const source = await (await fetch(script)).text();
      const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      const t0 = performance.now();
      await import(url);
      const el = document.createElement(tag);
      el.setAttribute('storage', 'none');
      if (value) el.value = value;
      document.body.append(el);
      await el.updateComplete;
      const rendered = performance.now();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      return { render: rendered - t0, frame: performance.now() - t0 };
    },
    { script: c.script, tag: c.tag, value: c.value ?? null },
  );
  await context.close();
  return result;
}

const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_FLAGS });
const samples = cases.map(() => ({ render: [], frame: [] }));
try {
  for (let i = 0; i < RUNS; i++) {
    // Interleaved, so that a slow moment of the machine hits every case alike.
    for (const [n, c] of cases.entries()) {
      const r = await measure(browser, c);
      samples[n].render.push(r.render);
      samples[n].frame.push(r.frame);
    }
  }
} finally {
  await browser.close();
  server.close();
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stat = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
const size = (buf) => ({
  min: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf).length,
});

const results = cases.map((c, n) => ({ case: c.name, render: stat(samples[n].render), frame: stat(samples[n].frame) }));
const base = results[0].render.median;
const bundle = size(files['/elz-widgets.js']);
const bareSize = size(files['/bare-lit.js']);
const everythingSize = size(files['/everything.js']);
const ms = (x) => `${x.toFixed(1)} ms`;
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;

console.log(
  `\nBundle dist/elz-widgets.js: ${kb(bundle.min)} min, ${kb(bundle.gzip)} gzip, ${kb(bundle.brotli)} brotli`,
);
console.log(`With the wizard registered too (esbuild): ${kb(everythingSize.min)} min, ${kb(everythingSize.gzip)} gzip`);
console.log(`Bare Lit (one trivial element): ${kb(bareSize.min)} min, ${kb(bareSize.gzip)} gzip\n`);
console.log(`Script evaluation + first render, ${RUNS} interleaved runs each, median (min–max):`);
console.log('| case | eval + first render | to next frame | × bare Lit | bar |');
console.log('|---|---|---|---|---|');
for (const r of results) {
  const bar = r.case.startsWith('bare') ? '' : r.render.median <= 30 ? 'ok (≤ 30 ms)' : 'OVER 30 ms';
  console.log(
    `| ${r.case} | ${ms(r.render.median)} (${ms(r.render.min)}–${ms(r.render.max)}) | ${ms(r.frame.median)} | ${(r.render.median / base).toFixed(2)} | ${bar} |`,
  );
}
const machine = `${cpus().length} × ${cpus()[0]?.model?.trim() ?? 'cpu'}, Chromium ${await chromiumVersion()}`;
console.log(`\n${new Date().toISOString().slice(0, 10)}, ${machine}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/bench.json',
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine,
      runs: RUNS,
      bundle,
      withWizard: everythingSize,
      bareLit: bareSize,
      results,
    },
    null,
    2,
  ),
);

async function chromiumVersion() {
  const b = await puppeteer.launch({ executablePath, headless: true, args: CHROME_FLAGS });
  const v = await b.version();
  await b.close();
  return v.replace(/^.*\//, '');
}
