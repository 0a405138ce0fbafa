// `npm run pack-test`: packs the library as `npm publish` would, installs the tarball in a scratch
// project and uses it there the way a partner's developer and a webmaster would:
//  1. the tarball holds what it should (script-tag file, manifest, schemas, ESM, types) and nothing else;
//  2. every entry of `exports`, and `main`/`types`/`customElements`, resolves; the main entry imports in Node;
//  3. the types compile in a strict TypeScript project (moduleResolution nodenext and bundler);
//  4. each `*/define.js` entry, bundled with esbuild, defines and renders its element in headless
//     Chromium, and the main entry alone registers nothing;
//  5. the script-tag file defines and renders its elements, loading only files beside it.
// Pages are served under the demo's strict CSP. Run `npm run build` first. The temp dir is removed
// at the end; PACK_TEST_KEEP=1 keeps it (and prints where) to look at the scratch project.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, NO_BROWSER_MESSAGE, findBrowser } from './find-browser.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const require = createRequire(import.meta.url);
const started = performance.now();
const failures = [];

const log = (message) => console.log(`pack-test: ${message}`);
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
function expect(ok, message) {
  if (!ok) failures.push(message);
  return ok;
}
function run(cmd, args, cwd) {
  try {
    const shell = process.platform === 'win32'; // npm is npm.cmd there
    return execFileSync(cmd, args, { cwd, shell, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const said = `${e.stdout ?? ''}${e.stderr ?? ''}`
      .split('\n')
      .filter((l) => l && !/Unknown (user|env) config "nodedir"/.test(l))
      .join('\n');
    throw new Error(`\`${cmd} ${args.join(' ')}\` failed in ${cwd}:\n${said}`);
  }
}

// ── 1. the tarball ───────────────────────────────────────────────────────────────────────────────

/** Everything the package may contain. Anything else is junk (sources, tests, stories, a stale build). */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICEN[CS]E(\.\w+)?$/i,
  /^dist\/elz-widgets\.js(\.map)?$/,
  /^dist\/chunks\/[\w-]+\.js(\.map)?$/,
  /^dist\/custom-elements\.json$/,
  /^dist\/schemas\/[\w-]+\.schema\.json$/,
  /^dist\/lib\/[\w/.-]+\.js(\.map)?$/,
  /^dist\/types\/[\w/.-]+\.d\.ts$/,
];
const REQUIRED = [
  'package.json',
  'README.md',
  'LICENSE',
  'dist/elz-widgets.js',
  'dist/custom-elements.json',
  'dist/lib/index.js',
  'dist/types/index.d.ts',
  ...readdirSync(join(root, 'src/schemas')).map((f) => `dist/schemas/${f}`),
];

function checkTarball(files) {
  const have = new Set(files);
  for (const f of REQUIRED) expect(have.has(f), `the tarball lacks ${f}`);
  for (const f of files)
    expect(
      ALLOWED.some((re) => re.test(f)),
      `the tarball holds ${f}, which is not meant to ship`,
    );
  // A module or declaration whose source is gone comes from an earlier build: dist/ is never cleaned.
  for (const f of files) {
    const source = /^dist\/lib\/(.+)\.js$/.exec(f)?.[1] ?? /^dist\/types\/(.+)\.d\.ts$/.exec(f)?.[1];
    if (source)
      expect(
        existsSync(join(root, 'src', `${source}.ts`)),
        `${f} has no source src/${source}.ts: a stale build (rm -rf dist && npm run build)`,
      );
  }
}

// ── 2. resolution, inside the scratch project ───────────────────────────────────────────────────

const RESOLVE = `
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const dir = new URL('./node_modules/elz-widgets/', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8'));
const files = JSON.parse(process.argv[2]);
const problems = [];
const there = (rel, what) => existsSync(new URL(rel, dir)) || problems.push(what + ' points at ' + rel + ', which is not installed');
for (const field of ['main', 'module', 'types', 'customElements']) if (pkg[field]) there(pkg[field], '"' + field + '"');
const entries = [];
for (const [key, target] of Object.entries(pkg.exports ?? {})) {
  const targets = typeof target === 'string' ? { default: target } : target;
  const [pre, post] = targets.default.slice(2).split('*');
  const keys = key.includes('*')
    ? files
        .filter((f) => f.startsWith(pre) && f.endsWith(post) && f.length > pre.length + post.length)
        .map((f) => key.replace('*', f.slice(pre.length, f.length - post.length)))
    : [key];
  if (keys.length === 0) problems.push('exports "' + key + '" matches no file in the tarball');
  for (const k of keys) {
    const spec = 'elz-widgets' + k.slice(1);
    try {
      const file = fileURLToPath(import.meta.resolve(spec));
      if (!existsSync(file)) problems.push(spec + ' resolves to ' + file + ', which does not exist');
      entries.push(spec);
    } catch (e) {
      problems.push(spec + ' does not resolve: ' + e.message);
    }
  }
  if (targets.types) there(targets.types, 'exports "' + key + '" types');
}
try {
  const lib = await import('elz-widgets');
  if (typeof lib.VERSION !== 'string') problems.push('the main entry exports no VERSION');
} catch (e) {
  problems.push('the main entry does not import in Node: ' + e.message);
}
console.log(JSON.stringify({ version: pkg.version, entries, problems }));
`;

// ── 3. types ─────────────────────────────────────────────────────────────────────────────────────

/** `./participation-ladder/define.js` -> `elz-participation-ladder`: one folder per element. */
const tagOf = (defineSpec) => `elz-${defineSpec.split('/').at(-2)}`;

function typesProgram(defines) {
  const lines = [
    `import { VERSION, type ElzErrorDetail } from 'elz-widgets';`,
    ...defines.map((d) => `import '${d}';`),
    `export const version: string = VERSION;`,
    // Types that failed to resolve would be `any` and pass everything: these two must fail.
    `// @ts-expect-error VERSION is a string`,
    `export const notAny: number = VERSION;`,
    `export const onError = (e: CustomEvent<ElzErrorDetail>): string => e.detail.code;`,
    ...defines.map((d, i) => {
      // Without the package's HTMLElementTagNameMap entry this is a plain HTMLElement, and fails.
      const el = `document.createElement('${tagOf(d)}')`;
      return (
        `export const el${i}: { value: { schema: string }; reset(): void; forget(): void } = ${el};\n` +
        `// @ts-expect-error the value is an object\nexport const notAny${i}: number = ${el}.value;`
      );
    }),
    `document.addEventListener('elz-error', (e) => onError(e));`,
  ];
  return `${lines.join('\n')}\n`;
}

// ── 4 and 5. the browser ─────────────────────────────────────────────────────────────────────────

// The demo's policy (scripts/serve.js): no inline code, no eval, Trusted Types enforced.
const CSP =
  "default-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

function serve(dir) {
  const server = createServer((req, res) => {
    const file = join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(dir) || !existsSync(file) || !TYPES[extname(file)]) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)], 'content-security-policy': CSP });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const page = (tags, script) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>pack-test</title>` +
  `<link rel="icon" href="data:,"><script type="module" src="${script}"></script></head><body>` +
  tags.map((t) => `<${t} storage="none"></${t}>`).join('') +
  `</body></html>`;

/** Opens a page and reports, per tag, whether it is defined and rendered, plus errors and requests. */
async function visit(browser, url, tags) {
  const tab = await browser.newPage();
  const errors = [];
  const requests = [];
  tab.on('pageerror', (e) => errors.push(String(e.message ?? e)));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  tab.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await tab.goto(url, { waitUntil: 'load' });
  const found = await tab.evaluate(async (tags) => {
    const out = {};
    for (const tag of tags) {
      // The script-tag entry defines an element once the page uses it: give it a moment.
      await Promise.race([customElements.whenDefined(tag), new Promise((r) => setTimeout(r, 3000))]);
      const el = document.querySelector(tag);
      if (!customElements.get(tag) || !el) {
        out[tag] = null;
        continue;
      }
      await el.updateComplete;
      out[tag] = {
        base: !!el.shadowRoot?.querySelector('[part~="base"]'),
        text: (el.shadowRoot?.textContent ?? '').trim().length,
        schema: el.value?.schema,
      };
    }
    return out;
  }, tags);
  await tab.close();
  return { found, errors, requests };
}

/** The schema name and version a tag's value carries: the `const` of its shipped JSON Schema. */
const shippedSchema = (tag) =>
  JSON.parse(readFileSync(join(root, `src/schemas/${tag}.schema.json`), 'utf8')).properties.schema.const;

function expectRendered(where, tag, result) {
  if (!expect(result, `${where}: <${tag}> is not defined`)) return;
  expect(result.base && result.text > 0, `${where}: <${tag}> is defined but rendered nothing`);
  const schema = shippedSchema(tag);
  expect(result.schema === schema, `${where}: <${tag}>.value has schema ${result.schema}, not ${schema}`);
}

// ── main ─────────────────────────────────────────────────────────────────────────────────────────

async function main() {
  if (!existsSync(join(root, 'dist/elz-widgets.js')) || !existsSync(join(root, 'dist/custom-elements.json')))
    throw new Error('dist/ is not built: run `npm run build` first.');
  const browserPath = findBrowser();
  if (!browserPath) throw new Error(NO_BROWSER_MESSAGE);

  const work = mkdtempSync(join(tmpdir(), 'elz-pack-test-'));
  const keep = Boolean(process.env.PACK_TEST_KEEP);
  const cleanUp = () => (keep ? log(`kept ${work}`) : rmSync(work, { recursive: true, force: true }));
  process.once('SIGINT', () => (cleanUp(), process.exit(130)));
  let browser;
  let server;
  try {
    let t = performance.now();
    const out = run('npm', ['pack', '--json', '--pack-destination', work], root);
    const [packed] = JSON.parse(out.slice(out.indexOf('[\n'))); // after anything a prepack script prints
    const files = packed.files.map((f) => f.path).sort();
    checkTarball(files);
    log(`packed ${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(0)} KB (${seconds(t)})`);

    t = performance.now();
    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
    run(
      'npm',
      ['install', join(work, packed.filename), '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'],
      app,
    );
    log(`installed the tarball in a scratch project (${seconds(t)})`);

    t = performance.now();
    writeFileSync(join(app, 'resolve.js'), RESOLVE);
    const resolved = JSON.parse(run(process.execPath, ['resolve.js', JSON.stringify(files)], app));
    resolved.problems.forEach((p) => expect(false, p));
    const defines = resolved.entries.filter((e) => e.endsWith('/define.js'));
    expect(defines.length > 0, 'exports offers no */define.js entry');
    log(`${resolved.entries.length} export entries resolve; the main entry imports in Node (${seconds(t)})`);

    t = performance.now();
    const tsc = require.resolve('typescript/bin/tsc');
    writeFileSync(join(app, 'types.ts'), typesProgram(defines));
    // nodenext also checks the package's own declarations (skipLibCheck off): one that imports a
    // devDependency, or a path without its extension, fails there. bundler only checks usage (faster).
    for (const moduleResolution of ['nodenext', 'bundler']) {
      const options = {
        skipLibCheck: moduleResolution === 'bundler',
        strict: true,
        noEmit: true,
        target: 'es2022',
        module: moduleResolution === 'bundler' ? 'esnext' : 'nodenext',
        moduleResolution,
        lib: ['es2022', 'dom', 'dom.iterable'],
        types: [],
      };
      writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, files: ['types.ts'] }));
      try {
        run(process.execPath, [tsc, '-p', 'tsconfig.json'], app);
      } catch (e) {
        expect(false, `the types do not compile (moduleResolution ${moduleResolution}): ${e.message}`);
      }
    }
    log(`the types compile under strict TypeScript, nodenext and bundler resolution (${seconds(t)})`);

    t = performance.now();
    const www = join(app, 'www');
    mkdirSync(www);
    const bundles = [...defines.map((d) => ({ name: tagOf(d), source: `import '${d}';\n`, tags: [tagOf(d)] }))];
    // The main entry registers nothing: a bundler that keeps only what is imported keeps no define.
    bundles.push({ name: 'main-entry', source: `import { VERSION } from 'elz-widgets';\nconsole.info(VERSION);\n` });
    for (const b of bundles) {
      writeFileSync(join(app, `${b.name}.entry.js`), b.source);
      await build({
        absWorkingDir: app,
        entryPoints: [`./${b.name}.entry.js`],
        bundle: true,
        format: 'esm',
        platform: 'browser',
        outfile: join(www, `${b.name}.js`),
        logLevel: 'silent',
      });
    }
    log(`bundled ${bundles.length} entries with esbuild (${seconds(t)})`);

    t = performance.now();
    const manifest = JSON.parse(readFileSync(join(app, 'node_modules/elz-widgets/dist/custom-elements.json'), 'utf8'));
    const allTags = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((d) => d.tagName)
      .sort();
    expect(allTags.length > 0, 'the shipped manifest declares no element');
    const mainPage = page(allTags, 'main-entry.js');
    for (const b of bundles)
      writeFileSync(join(www, `${b.name}.html`), b.tags ? page(b.tags, `${b.name}.js`) : mainPage);
    writeFileSync(join(app, 'script-tag.html'), page(allTags, '/node_modules/elz-widgets/dist/elz-widgets.js'));

    server = await serve(app);
    const origin = `http://127.0.0.1:${server.address().port}`;
    browser = await puppeteer.launch({ executablePath: browserPath, headless: true, args: CHROME_FLAGS });

    for (const b of bundles.filter((x) => x.tags)) {
      const where = `esbuild bundle of elz-widgets/${b.name.replace(/^elz-/, '')}/define.js`;
      const { found, errors } = await visit(browser, `${origin}/www/${b.name}.html`, b.tags);
      errors.forEach((e) => expect(false, `${where}: ${e}`));
      for (const tag of b.tags) expectRendered(where, tag, found[tag]);
    }
    {
      const { found, errors } = await visit(browser, `${origin}/www/main-entry.html`, allTags);
      errors.forEach((e) => expect(false, `main entry bundle: ${e}`));
      const defined = allTags.filter((tag) => found[tag]);
      expect(defined.length === 0, `importing the main entry registered ${defined.join(', ')}`);
    }
    const scriptTag = await visit(browser, `${origin}/script-tag.html`, allTags);
    scriptTag.errors.forEach((e) => expect(false, `script-tag file: ${e}`));
    const inFile = allTags.filter((tag) => scriptTag.found[tag]);
    expect(inFile.length > 0, 'the script-tag file defines no element');
    for (const tag of inFile) expectRendered('script-tag file', tag, scriptTag.found[tag]);
    // The entry loads what the page uses from the files beside it in the package, nothing else.
    const further = scriptTag.requests.filter(
      (p) => p !== '/script-tag.html' && !/^\/node_modules\/elz-widgets\/dist\/(elz-widgets\.js$|chunks\/)/.test(p),
    );
    expect(further.length === 0, `the script-tag file made requests outside its folder: ${further.join(', ')}`);
    const notInFile = allTags.filter((tag) => !inFile.includes(tag));
    log(
      `in Chromium: tried ${defines.length} define entries, the main entry and the script-tag file, which ` +
        `defines ${inFile.join(', ') || 'nothing'}${notInFile.length ? ` (not ${notInFile.join(', ')})` : ''} (${seconds(t)})`,
    );
  } finally {
    await browser?.close();
    server?.close();
    cleanUp();
  }
}

try {
  await main();
} catch (e) {
  failures.push(e.message);
}
if (failures.length) {
  console.error(`pack-test: FAILED (${seconds(started)})\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
log(`passed in ${seconds(started)}`);
