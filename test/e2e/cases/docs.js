// The documentation keeps its word: every link in it leads somewhere, and every code sample in it
// works. It reads every Markdown and MDX file a reader meets (the README, CHANGELOG.md, docs/ and
// stories/), and for each sample, by its language:
//
//   html        opens in a page with the built script-tag entry (the sample's own src is pointed at
//               it): every elz element in it is defined and shows something, and what the sample put
//               inside an element (a "loading" line) is no longer shown once it is
//   css         is applied to a page with the elements it names: every --elz-… property it sets is
//               one the elements use, and every ::part() it names is one the element exposes
//   js, ts, jsx is bundled with esbuild against the built package (`elz-widgets…` through its
//               package.json exports) and runs in a page with each element and a #app; TypeScript
//               samples are also type-checked, against the source
//   json        a value (it has a `schema`) is set on its element and accepted; other JSON parses
//   sh          names npm scripts that exist and this package
//   a file of the reader's own project (a first line `// vite.config.js`; php, yaml, apache, nginx)
//               is parsed where esbuild can, and any path to the entry in it must be the documented one
//
// Links: files and their headings, Storybook pages (?path=/docs/<id>) and their headings, and
// addresses on CDNs that serve npm packages, which must name this version and a file the package
// ships. Other addresses are checked for their form; DOCS_LINKS_ONLINE=1 also fetches them.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import { toId } from 'storybook/internal/csf';
import { STRICT_CSP } from '../server.js';
import { BUNDLE, sleep } from './common.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const CHROMIUM = { only: ['chromium'], onlyReason: 'the documentation is checked once, in Chromium' };

/** The files a reader meets. */
function docFiles() {
  const inDir = (dir, re) =>
    readdirSync(join(root, dir))
      .filter((f) => re.test(f))
      .map((f) => join(dir, f));
  return ['README.md', 'CHANGELOG.md', ...inDir('docs', /\.mdx?$/), ...inDir('stories', /\.mdx$/)];
}

/** A heading's anchor, as GitHub and Storybook's docs make it (github-slugger). */
const slug = (heading) =>
  heading
    .replace(/`|\*\*|_(?=\w)|(?<=\w)_/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');

/** A file's fenced samples, headings and links, with line numbers. */
function parse(file) {
  const text = readFileSync(join(root, file), 'utf8');
  const lines = text.split('\n');
  const samples = [];
  const headings = [];
  const links = [];
  let open = null;
  lines.forEach((line, i) => {
    const fence = /^\s*```(\S*)/.exec(line);
    if (fence && !open) {
      open = { file, line: i + 1, lang: fence[1], indent: line.indexOf('`'), code: [] };
      return;
    }
    if (open && /^\s*```\s*$/.test(line)) {
      samples.push({ ...open, code: open.code.join('\n') });
      open = null;
      return;
    }
    if (open) return open.code.push(line.slice(Math.min(open.indent, line.search(/\S|$/))));
    const h = /^#{1,6}\s+(.*)$/.exec(line);
    if (h) headings.push(slug(h[1]));
    const prose = line.replace(/`[^`]*`/g, '');
    for (const m of prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)) links.push({ file, line: i + 1, url: m[1] });
  });
  // Repeated headings get -1, -2 … as github-slugger numbers them.
  const seen = new Map();
  const anchors = headings.map((s) => {
    const n = seen.get(s) ?? 0;
    seen.set(s, n + 1);
    return n ? `${s}-${n}` : s;
  });
  const title = /<Meta\s+title="([^"]+)"/.exec(text)?.[1];
  return { file, text, samples, anchors, links, title };
}

/** Storybook's docs pages: the MDX files' titles, and each autodocs stories file's title. */
function storybookPages(docs) {
  const pages = new Map();
  for (const d of docs) if (d.title) pages.set(toId(d.title, 'docs'), d);
  for (const f of readdirSync(join(root, 'stories')).filter((f) => f.endsWith('.stories.ts'))) {
    const text = readFileSync(join(root, 'stories', f), 'utf8');
    // The meta's title, not the first `title:` in the file (a story's data may have one, such as a plan's action).
    const title = /(?:const meta|export default)[^{]*\{[^]*?\btitle:\s*'([^']+)'/.exec(text)?.[1];
    if (title && /tags:\s*\[[^\]]*'autodocs'/.test(text)) pages.set(toId(title, 'docs'), { file: `stories/${f}` });
  }
  return pages;
}

/** The problem with a CDN address of this package, or null (not one, or fine). */
function cdnProblem(url) {
  const m = /^https:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/([^@/]+)@([^/]+)\/(.+)$/.exec(url);
  if (!m) return /^https:\/\/(cdn\.jsdelivr\.net|unpkg\.com)\//.test(url) ? `not a path of this package: ${url}` : null;
  const [, name, version, path] = m;
  if (name !== pkg.name) return `names the package ${name}, not ${pkg.name}`;
  if (version !== pkg.version) return `names version ${version}; package.json says ${pkg.version}`;
  const shipped = pkg.files.some((f) => (f.endsWith('/') ? path.startsWith(f) : path === f));
  if (!shipped || !existsSync(join(root, path))) return `${path} is not a file the package ships (after a build)`;
  return null;
}

/** Every problem with the links of all files. */
function linkProblems(docs) {
  const pages = storybookPages(docs);
  const byFile = new Map(docs.map((d) => [d.file, d]));
  const anchorsOf = (file) => byFile.get(file)?.anchors ?? (/\.mdx?$/.test(file) ? parse(file).anchors : null);
  const problems = [];
  const external = [];
  for (const d of docs) {
    const where = (l) => `${l.file}:${l.line} ${l.url}`;
    for (const l of d.links) {
      const [target, anchor] = l.url.split('#');
      if (/^https?:/.test(target)) {
        if (!target.startsWith('https://')) problems.push(`${where(l)}: not https`);
        const cdn = cdnProblem(target);
        if (cdn) problems.push(`${where(l)}: ${cdn}`);
        external.push(l);
        continue;
      }
      if (target.startsWith('?path=/docs/')) {
        const id = decodeURIComponent(target.slice('?path=/docs/'.length));
        const page = pages.get(id);
        if (!page) problems.push(`${where(l)}: no Storybook docs page "${id}"`);
        else if (anchor && page.anchors && !page.anchors.includes(decodeURIComponent(anchor)))
          problems.push(`${where(l)}: no heading "#${anchor}" in ${page.file}`);
        continue;
      }
      if (target.startsWith('?')) {
        problems.push(`${where(l)}: a Storybook link other than ?path=/docs/…`);
        continue;
      }
      const file = target ? relative(root, resolve(root, dirname(d.file), target)) : d.file;
      if (!existsSync(join(root, file))) problems.push(`${where(l)}: no file ${file}`);
      else if (anchor && !anchorsOf(file)?.includes(decodeURIComponent(anchor)))
        problems.push(`${where(l)}: no heading "#${anchor}" in ${file}`);
    }
    // A link that works on the repository's pages leads nowhere in Storybook, and the other way round.
    if (d.title)
      for (const l of d.links)
        if (!/^(https:|\?path=|#|images\/)/.test(l.url)) problems.push(`${where(l)}: a Storybook page links a file`);
    // Addresses and downloads written out (in samples too) name this version.
    for (const m of d.text.matchAll(/https:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/[^\s"'`)<]+/g)) {
      if (m[0].endsWith('@')) continue; // `…@<version>/…`, a pattern
      const cdn = cdnProblem(m[0]);
      if (cdn) problems.push(`${d.file}: ${m[0]}: ${cdn}`);
    }
    for (const m of d.text.matchAll(/elz-widgets-(\d+\.\d+\.\d+)\.(zip|tgz)/g))
      if (m[1] !== pkg.version) problems.push(`${d.file}: ${m[0]} is not version ${pkg.version}`);
  }
  return { problems, external };
}

/** How a sample is checked, by its language (see the top of this file). */
function kindOf(sample) {
  if (/^\/\/ [\w.-]+\.(js|ts|mjs|cjs)$/.test(sample.code.split('\n')[0])) return 'project-file';
  return (
    {
      html: 'html',
      css: 'css',
      js: 'script',
      ts: 'script',
      jsx: 'script',
      tsx: 'script',
      json: 'json',
      sh: 'shell',
      php: 'project-file',
      yaml: 'project-file',
      apache: 'project-file',
      nginx: 'project-file',
    }[sample.lang] ?? null
  );
}

/** The elz tags a piece of code names. */
const tagsIn = (code) => [
  ...new Set(code.match(/\belz-(?:engagement-tool|participation-ladder|question-wizard|stakeholder-circle)\b/g)),
];

/** Resolves `elz-widgets` and `elz-widgets/…` through the package's exports, as a bundler would. */
const packageExports = {
  name: 'elz-widgets',
  setup(b) {
    b.onResolve({ filter: /^elz-widgets(\/|$)/ }, ({ path }) => {
      const key = `.${path.slice(pkg.name.length)}`;
      const star = Object.keys(pkg.exports).find((k) => k.endsWith('/*') && key.startsWith(k.slice(0, -1)));
      const target = pkg.exports[key] ?? pkg.exports[star];
      if (!target) return { errors: [{ text: `${path} is not exported by ${pkg.name}` }] };
      const file = typeof target === 'string' ? target : target.default;
      return { path: join(root, star && !pkg.exports[key] ? file.replace('*', key.slice(star.length - 1)) : file) };
    });
  },
};

/** A script sample bundled for the browser, ending with a mark that it ran to its end. */
async function bundle(sample) {
  const loader = { ts: 'ts', tsx: 'tsx', jsx: 'jsx', js: 'js' }[sample.lang];
  const out = await build({
    stdin: {
      contents: `${sample.code}\nwindow.__sampleDone = true;\n`,
      resolveDir: root,
      loader,
      sourcefile: 'sample',
    },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    jsx: 'automatic',
    plugins: [packageExports],
    // Templates compiled in the browser need Vue's build with the compiler, as the page says.
    alias: { vue: 'vue/dist/vue.esm-bundler.js' },
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

/** Type-checks every TypeScript sample against the source, each as a module; returns tsc's report. */
function typeCheck(samples) {
  const dir = mkdtempSync(join(tmpdir(), 'elz-docs-ts-'));
  const files = samples.map((s, i) => {
    const name = `sample-${i}.ts`;
    writeFileSync(join(dir, name), `// ${s.file}:${s.line}\n${s.code}\nexport {};\n`);
    return name;
  });
  const config = {
    extends: join(root, 'tsconfig.json'),
    compilerOptions: {
      noEmit: true,
      noUnusedLocals: false,
      types: [],
      paths: {
        'elz-widgets': [join(root, 'src/index.ts')],
        'elz-widgets/schemas/*': [join(root, 'src/schemas/*')],
        'elz-widgets/*/define.js': [join(root, 'src/*/define.ts')],
      },
    },
    include: [],
    files,
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
  try {
    execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    return '';
  } catch (e) {
    return (e.stdout || e.message).replace(/sample-(\d+)\.ts\((\d+)/g, (_, i, line) => {
      const s = samples[Number(i)];
      return `${s.file}:${s.line + Number(line) - 1}`;
    });
  }
}

export default function docs(registry, { all, server }) {
  // A page per sample, each waiting for the elements it names: allow for a busy machine.
  const test = (name, fn, opts = {}) => registry.test('docs', name, fn, { ...CHROMIUM, timeout: 60_000, ...opts });
  const docs = docFiles().map(parse);
  const samples = docs.flatMap((d) => d.samples);
  const at = (s) => `${s.file}:${s.line}`;
  const spec = (tag) => all.find((e) => e.tag === tag);

  test(`every link in ${docs.length} files leads somewhere`, async () => {
    const { problems, external } = linkProblems(docs);
    if (process.env.DOCS_LINKS_ONLINE)
      for (const l of external) {
        const response = await fetch(l.url, { method: 'HEAD', redirect: 'follow' }).catch((e) => ({
          status: e.message,
        }));
        if (response.status !== 200 && response.status !== 405)
          problems.push(`${l.file}:${l.line} ${l.url}: ${response.status}`);
      }
    assert.deepEqual(problems, []);
  });

  test('every sample is in a language this test knows', () => {
    assert.deepEqual(
      samples.filter((s) => !kindOf(s)).map((s) => `${at(s)} \`\`\`${s.lang}`),
      [],
    );
  });

  // Samples written more than once (the two lines, in several pages) run once.
  const unique = new Map();
  for (const s of samples) {
    const key = `${s.lang}\n${s.code}`;
    if (unique.has(key)) unique.get(key).also.push(at(s));
    else unique.set(key, { ...s, also: [] });
  }
  const places = (s) => [at(s), ...s.also].join(', ');

  for (const s of unique.values()) {
    const kind = kindOf(s);
    if (kind === 'html')
      test(`the html sample at ${places(s)} works in a page`, async (t) => {
        const sample = s.code.replace(/src="[^"]*elz-widgets\.js"/g, 'src="/elz-widgets.js"');
        const head = sample.includes('elz-widgets.js') ? '' : BUNDLE;
        const inline = /<style|\sstyle=/.test(sample);
        const page = await t.open(server.page({ head, body: sample, csp: inline ? null : STRICT_CSP, lang: 'nl' }));
        for (const tag of tagsIn(sample)) {
          const el = await t.element(page, tag);
          const seen = await el.evaluate((e) => ({
            shows: !!e.shadowRoot?.textContent.trim(),
            schema: e.value?.schema,
            children: [...e.children]
              .filter((c) => !c.matches('script[type="application/json"]'))
              .filter((c) => c.getClientRects().length > 0)
              .map((c) => c.localName),
          }));
          assert.ok(seen.shows, `<${tag}> shows something`);
          assert.equal(seen.schema, spec(tag).schema, `<${tag}> has its value`);
          assert.deepEqual(seen.children, [], `what the sample put inside <${tag}> is hidden once it is defined`);
        }
      });

    if (kind === 'css')
      test(`the css sample at ${places(s)} reaches the elements it names`, async (t) => {
        const tags = tagsIn(s.code);
        assert.ok(tags.length, 'it names an elz element');
        const body = tags.map((tag) => `<${tag} storage="none"></${tag}>`).join('\n');
        const page = await t.open(server.page({ head: `${BUNDLE}<style>${s.code}</style>`, body, csp: null }));
        const problems = [];
        for (const tag of tags) {
          const el = await t.element(page, tag);
          const { sample: make, schema, states = {} } = spec(tag);
          await el.evaluate((e, v) => (e.value = v), { schema, ...make() });
          /** The parts the element exposes now, and the custom properties its shadow trees use. */
          const look = () =>
            el.evaluate(async (e) => {
              const parts = new Set();
              const css = [];
              const walk = async (host, exported) => {
                await host.updateComplete;
                const sheets = [...(host.shadowRoot.adoptedStyleSheets ?? [])];
                css.push(...sheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)));
                for (const n of host.shadowRoot.querySelectorAll('[part]'))
                  for (const p of n.getAttribute('part').split(/\s+/)) if (exported(p)) parts.add(exported(p));
                for (const inner of host.shadowRoot.querySelectorAll('*')) {
                  if (!inner.shadowRoot) continue;
                  const map = new Map(
                    (inner.getAttribute('exportparts') ?? '')
                      .split(',')
                      .map((pair) => pair.trim().split(':'))
                      .filter(([name]) => name)
                      .map(([name, as]) => [name, as ?? name]),
                  );
                  await walk(inner, (p) => (map.has(p) ? exported(map.get(p)) : null));
                }
              };
              await walk(e, (p) => p);
              return { parts: [...parts], css: css.join('\n') };
            });
          const parts = new Set();
          let css = '';
          for (const state of [null, ...Object.values(states)]) {
            if (state) await el.evaluate(state);
            const now = await look();
            now.parts.forEach((p) => parts.add(p));
            css += now.css;
          }
          for (const [, name] of s.code.matchAll(new RegExp(`${tag}[^{,]*::part\\(([\\w-]+)\\)`, 'g')))
            if (!parts.has(name)) problems.push(`<${tag}> exposes no part "${name}" (it has ${[...parts].join(', ')})`);
          for (const [, block] of s.code.matchAll(new RegExp(`(?:^|\\})\\s*${tag}\\s*\\{([^}]*)\\}`, 'g')))
            for (const [, prop] of block.matchAll(/(--[\w-]+)\s*:/g))
              if (!css.includes(`var(${prop}`)) problems.push(`<${tag}> uses no ${prop}`);
        }
        assert.deepEqual(problems, []);
      });

    if (kind === 'script')
      test(`the ${s.lang} sample at ${places(s)} runs in a page`, async (t) => {
        const code = await bundle(s);
        const own = /from ['"]elz-widgets|import ['"]elz-widgets/.test(s.code);
        const body = [
          '<div id="app"></div>',
          ...all.map((e) => `<${e.tag} id="my-project" storage="none"></${e.tag}>`),
          `<script type="module">${code.replace(/<\/script/g, '<\\/script')}</script>`,
        ].join('\n');
        // A sample that imports nothing of the package uses the elements the script tag loads.
        const page = await t.open(server.page({ head: own ? '' : BUNDLE, body, csp: null }));
        for (let i = 0; !(await page.evaluate(() => window.__sampleDone)); i++) {
          assert.ok(i < 250, 'the sample ran to its end within 5 s');
          await sleep(20);
        }
        await sleep(200); // errors a listener or a framework's first render throws
      });

    if (kind === 'json')
      test(`the json sample at ${places(s)} is ${/"schema"/.test(s.code) ? 'a value its element takes' : 'JSON'}`, async (t) => {
        const value = JSON.parse(s.code);
        if (!value || typeof value !== 'object' || !('schema' in value)) return;
        const tag = all.find((e) => value.schema.startsWith(`${e.tag}/`))?.tag;
        assert.ok(tag, `an element for ${value.schema}`);
        const page = await t.open(server.page({ head: BUNDLE, body: `<${tag} storage="none"></${tag}>` }));
        const el = await t.element(page, tag);
        const refused = await el.evaluate((e, v) => {
          try {
            e.value = v;
            return null;
          } catch (error) {
            return String(error.message);
          }
        }, value);
        assert.equal(refused, null, 'the element takes it');
      });
  }

  const ts = samples.filter((s) => s.lang === 'ts' || s.lang === 'tsx');
  test(`${ts.length} TypeScript samples type-check against the source`, () => assert.equal(typeCheck(ts), ''), {
    timeout: 180_000,
  });

  test('shell samples name npm scripts that exist, and this package', () => {
    const problems = [];
    for (const s of samples.filter((s) => kindOf(s) === 'shell'))
      for (const line of s.code.split('\n')) {
        for (const [, script] of line.matchAll(/npm run ([\w:-]+)/g))
          if (!pkg.scripts[script]) problems.push(`${at(s)}: no script "${script}"`);
        for (const [, name] of line.matchAll(/npm install ([@\w/.-]+)/g))
          if (name.replace(/@[^@/]*$/, '') !== pkg.name) problems.push(`${at(s)}: installs ${name}`);
      }
    assert.deepEqual(problems, []);
  });

  test("files of the reader's own project parse, and name the entry where the docs put it", async () => {
    const problems = [];
    for (const s of samples.filter((s) => kindOf(s) === 'project-file')) {
      if (['js', 'ts'].includes(s.lang))
        await transform(s.code, { loader: s.lang }).catch((e) => problems.push(`${at(s)}: ${e.message}`));
      for (const [path] of s.code.matchAll(/[^\s'"(]*elz-widgets\.js/g))
        if (path !== '/elz-widgets/elz-widgets.js' && !path.startsWith('https://'))
          problems.push(`${at(s)}: ${path} is not where the quick-start puts the entry`);
    }
    assert.deepEqual(problems, []);
  });
}
