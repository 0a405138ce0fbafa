// A webmaster with nothing but the release zip and the French quick-start (docs/webmaster.fr.mdx).
// The zip is made from the built dist/ as `npm run release` makes it, unpacked by another program
// (Python's zipfile, else unzip), and its folder copied to the root of a partner's site. Then the
// quick-start's two lines and its colour go where it says: into a plain HTML page (the colour in a
// <style>), and into a WordPress and a Drupal page as those systems write them, under a strict
// Content-Security-Policy, the colour in the theme's stylesheet. Each page must show the tool in
// French, in the partner's colour and the site's font, with its files from the copied folder only.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FOLDER, writeArchive } from '../../../scripts/release.js';
import { DRUPAL_CSS, WORDPRESS_CSS, drupalPage, wordpressPage } from '../partner-sites.js';
import { STRICT_CSP } from '../server.js';
import { sleep, textOf } from './common.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dist = process.env.ELZ_BUNDLE ? dirname(process.env.ELZ_BUNDLE) : join(root, 'dist');
const QUICK_START = join(root, 'docs/webmaster.fr.mdx');

/** The fenced code blocks of a Markdown file: `{ lang, code }`. */
const blocks = (text) =>
  [...text.matchAll(/^```(\w+)[^\n]*\n([\s\S]*?)^```$/gm)].map(([, lang, code]) => ({ lang, code }));

/** What the quick-start says to paste: its first two lines with a script, and its colour. */
function quickStart() {
  const all = blocks(readFileSync(QUICK_START, 'utf8'));
  const lines = all.find((b) => b.lang === 'html' && b.code.includes('<script'))?.code.trim();
  const css = all.find((b) => b.lang === 'css' && b.code.includes('--elz-accent'))?.code;
  assert.ok(lines && css, `${QUICK_START} has the two lines (html) and the colour (css)`);
  const src = /src="([^"]+)"/.exec(lines)[1];
  const accent = /--elz-accent:\s*(#[0-9a-f]{6})/i.exec(css)[1];
  return { lines, css, src, accent };
}

const rgb = (hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** Unpacks `zip` into `dir` with a program that is not ours. */
function unpack(zip, dir) {
  const python =
    'import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nz.extractall(sys.argv[2])';
  for (const [program, args] of [
    ['python3', ['-c', python, zip, dir]],
    ['unzip', ['-q', zip, '-d', dir]],
  ]) {
    try {
      execFileSync(program, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      return program;
    } catch (e) {
      if (e.code !== 'ENOENT') throw new Error(`${program} could not unpack the zip: ${e.stderr ?? e.message}`);
    }
  }
  throw new Error('Neither python3 nor unzip is installed: nothing to unpack the release zip with.');
}

/**
 * The partner's site, once per run: the unpacked folder at its root (where the quick-start puts it)
 * and the themes' stylesheets, each with the quick-start's colour added, as the quick-start says.
 */
let site;
function partnerSite(server) {
  site ??= (() => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const work = mkdtempSync(join(tmpdir(), 'elz-webmaster-'));
    const zip = join(work, `elz-widgets-${version}.zip`);
    writeArchive({ dist, file: zip, version });
    const unpacked = join(work, 'unpacked');
    const unpackedWith = unpack(zip, unpacked);
    // "Copy the whole folder to your site's root."
    const docroot = join(work, 'site');
    cpSync(join(unpacked, FOLDER), join(docroot, FOLDER), { recursive: true });
    const { css } = quickStart();
    for (const [theme, base] of [
      ['wp-content/themes/partner', WORDPRESS_CSS],
      ['themes/custom/partner/css', DRUPAL_CSS],
    ]) {
      mkdirSync(join(docroot, theme), { recursive: true });
      writeFileSync(join(docroot, theme, 'style.css'), `${base}\n/* Betrokkenheidstool */\n${css}`);
    }
    server.mount('/elz-widgets/', join(docroot, FOLDER));
    server.mount('/wp-content/', join(docroot, 'wp-content'));
    server.mount('/themes/', join(docroot, 'themes'));
    return { version, docroot, unpacked, unpackedWith };
  })();
  return site;
}

export default function webmaster(registry, { all, server }) {
  const test = (name, fn) => registry.test('webmaster', name, fn, { timeout: 60_000 });
  const tool = all.find((e) => e.tag === 'elz-engagement-tool');

  test('the release zip holds one folder to copy: the entry, its files, a read-me with the two lines, no source maps', () => {
    const { version, unpacked, unpackedWith } = partnerSite(server);
    const folder = join(unpacked, FOLDER);
    assert.deepEqual(readdirSync(unpacked), [FOLDER], `one folder (unpacked with ${unpackedWith})`);
    const files = readdirSync(folder, { recursive: true });
    for (const needed of ['elz-widgets.js', 'README.txt', 'LICENSE.txt'])
      assert.ok(files.includes(needed), `${FOLDER}/${needed}`);
    assert.ok(files.some((f) => /^chunks\/core-.*\.js$/.test(f)) && files.some((f) => /^chunks\/fr-.*\.js$/.test(f)));
    assert.ok(
      files.some((f) => f.startsWith('schemas/')),
      'the value schemas',
    );
    assert.deepEqual(
      files.filter((f) => f.endsWith('.map') || f.startsWith('lib') || f.startsWith('types')),
      [],
      'nothing only npm users need',
    );
    const readme = readFileSync(join(folder, 'README.txt'), 'utf8');
    assert.ok(readme.includes(`elz-widgets ${version}`), 'the read-me names the version');
    assert.ok(readme.includes(quickStart().lines.split('\n')[0]), "the read-me's script line is the quick-start's");
  });

  const pages = {
    'a plain HTML page': ({ lines, css }) => ({
      csp: null,
      html: `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Notre projet</title>
<style>
body { font-family: Georgia, serif; }
${css}
</style>
</head>
<body>
<h1>Notre projet</h1>
${lines}
</body>
</html>`,
    }),
    'a WordPress page (a Custom HTML block, the colour in the theme, a strict CSP)': ({ lines }) => ({
      csp: STRICT_CSP,
      html: wordpressPage({
        lang: 'fr-BE',
        title: 'Projet : prévention des chutes',
        pasted: lines,
        stylesheet: '/wp-content/themes/partner/style.css',
      }),
    }),
    'a Drupal page (the Full HTML format, the colour in the theme, a strict CSP)': ({ lines }) => ({
      csp: STRICT_CSP,
      html: drupalPage({
        lang: 'fr',
        title: 'Projet : prévention des chutes',
        pasted: lines,
        stylesheet: '/themes/custom/partner/css/style.css',
      }),
    }),
  };

  for (const [where, make] of Object.entries(pages))
    test(`with only the release zip and the French quick-start, ${where} shows the tool in French in the partner's colour`, async (t) => {
      partnerSite(server);
      const said = quickStart();
      const { html, csp } = make(said);
      t.allowRequests('/elz-widgets/', '/wp-content/', '/themes/');
      const page = await t.open(server.page({ html, csp }));
      const el = await t.element(page, tool.tag);

      const text = await textOf(el);
      for (const word of tool.words.fr) assert.ok(text.includes(word), `French: "${word}"`);
      let look;
      for (let i = 0; i < 20; i++) {
        look = await el.evaluate((e) => {
          const button = e.shadowRoot.querySelector('button.primary');
          return {
            button: button && getComputedStyle(button).backgroundColor,
            font: getComputedStyle(e.shadowRoot.querySelector('[part=heading]')).fontFamily,
            site: getComputedStyle(document.body).fontFamily,
          };
        });
        if (look.button === rgb(said.accent)) break;
        await sleep(50);
      }
      assert.equal(look.button, rgb(said.accent), "the primary button in the partner's colour");
      assert.equal(look.font, look.site, "the site's font");

      const fetched = page.seen.requests.map((u) => new URL(u).pathname).filter((p) => /elz-widgets|chunks/.test(p));
      assert.ok(fetched.includes(said.src), `the page loaded ${said.src}`);
      assert.ok(
        fetched.every((p) => p.startsWith('/elz-widgets/')),
        `every file from the copied folder: ${fetched.join(', ')}`,
      );
      assert.ok(
        fetched.some((p) => /^\/elz-widgets\/chunks\/fr-/.test(p)),
        'the French texts from the folder',
      );
      assert.ok(existsSync(join(site.docroot, FOLDER, 'chunks')));
    });
}
