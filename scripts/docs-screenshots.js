// The screenshots of the webmaster's quick-start (docs/images/webmaster-nl.png and -fr.png): the
// built tool on a WordPress page, pasted as the quick-start says, in the partner's colour, with a
// project under way. Usage: npm run build && node scripts/docs-screenshots.js
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findBrowser, NO_BROWSER_MESSAGE } from './find-browser.js';
import { WORDPRESS_CSS, wordpressPage } from '../test/e2e/partner-sites.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'elz-widgets.js'))) throw new Error('Run `npm run build` first.');
const executablePath = findBrowser();
if (!executablePath) throw new Error(NO_BROWSER_MESSAGE);

const T = '2026-11-23T10:00:00.000Z';
const person = (id, name, ring, sector, involvement, level, more = {}) => ({
  id,
  name,
  ring,
  sector,
  involvement,
  level,
  hardToReach: false,
  expert: false,
  note: '',
  ...more,
});

/** A project under way, in the page's language. */
const EXAMPLES = {
  nl: {
    lang: 'nl-BE',
    title: 'Project: valpreventie in Sint-Kruis',
    id: 'valpreventie',
    theme: 'Valpreventie in Sint-Kruis',
    stakeholders: [
      person('a', 'Mevrouw Claeys', 'person', 'care', 'involved', 'advise', { expert: true }),
      person('b', 'Oudere buurtbewoners', 'person', 'local-government', 'planned', null, { hardToReach: true }),
      person('c', 'Mantelzorgers', 'informal', 'welfare', 'involved', 'consult'),
      person('d', 'Buurtcomité', 'informal', 'wwol', 'involved', 'collaborate'),
      person('e', 'Huisartsenkring', 'formal', 'care', 'involved', 'collaborate'),
      person('f', 'Dienstencentrum', 'formal', 'welfare', 'involved', 'co-decide'),
      person('g', 'Stad Brugge', 'formal', 'local-government', 'not-involved', null),
    ],
  },
  fr: {
    lang: 'fr-BE',
    title: 'Projet : prévention des chutes à Anderlecht',
    id: 'prevention-chutes',
    theme: 'Prévention des chutes à Anderlecht',
    stakeholders: [
      person('a', 'Madame Dubois', 'person', 'care', 'involved', 'advise', { expert: true }),
      person('b', 'Seniors du quartier', 'person', 'local-government', 'planned', null, { hardToReach: true }),
      person('c', 'Aidants proches', 'informal', 'welfare', 'involved', 'consult'),
      person('d', 'Comité de quartier', 'informal', 'wwol', 'involved', 'collaborate'),
      person('e', 'Cercle de médecins', 'formal', 'care', 'involved', 'collaborate'),
      person('f', 'Centre de services', 'formal', 'welfare', 'involved', 'co-decide'),
      person('g', 'Commune', 'formal', 'local-government', 'not-involved', null),
    ],
  },
};

/** The quick-start's colour (docs/webmaster.*.mdx), in the theme's stylesheet. */
const PARTNER_CSS =
  'elz-engagement-tool {\n  --elz-accent: #7a1f5c;\n  --elz-accent-contrast: #ffffff;\n  --elz-radius: 4px;\n}';

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const lang = /^\/(nl|fr)\.html$/.exec(path)?.[1];
  if (lang) {
    const ex = EXAMPLES[lang];
    const pasted = `<script type="module" src="/elz-widgets/elz-widgets.js"></script>\n<elz-engagement-tool id="${ex.id}"></elz-engagement-tool>`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return res.end(wordpressPage({ lang: ex.lang, title: ex.title, pasted, stylesheet: '/theme/style.css' }));
  }
  if (path === '/theme/style.css') {
    res.writeHead(200, { 'content-type': 'text/css; charset=utf-8' });
    return res.end(`${WORDPRESS_CSS}\n${PARTNER_CSS}\n`);
  }
  const file = normalize(join(dist, path.replace(/^\/elz-widgets\//, '/')));
  if (path.startsWith('/elz-widgets/') && file.startsWith(dist) && existsSync(file) && extname(file) === '.js') {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
    return res.end(readFileSync(file));
  }
  res.writeHead(404).end();
});
await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_FLAGS });
try {
  for (const [lang, ex] of Object.entries(EXAMPLES)) {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => ['error', 'warn'].includes(m.type()) && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.setViewport({ width: 1100, height: 1600 });
    await page.goto(`http://127.0.0.1:${server.address().port}/${lang}.html`, { waitUntil: 'load' });
    await page.evaluate(
      async (ex, T) => {
        await customElements.whenDefined('elz-engagement-tool');
        const tool = document.querySelector('elz-engagement-tool');
        const value = tool.value;
        tool.value = {
          ...value,
          updatedAt: T,
          circle: { ...value.circle, updatedAt: T, theme: ex.theme, stakeholders: ex.stakeholders },
        };
        await tool.updateComplete;
        for (const part of tool.shadowRoot.querySelectorAll('*')) await part.updateComplete;
        await new Promise((r) => setTimeout(r, 300));
      },
      ex,
      T,
    );
    // From the page's title to below the circle: the tool as the page shows it.
    const top = await page.evaluate(() => document.querySelector('h1').getBoundingClientRect().top - 24);
    const file = join(root, `docs/images/webmaster-${lang}.png`);
    await page.screenshot({ path: file, clip: { x: 0, y: top, width: 1100, height: 1250 } });
    console.log(file, problems.length ? `\n  ${problems.join('\n  ')}` : '');
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
