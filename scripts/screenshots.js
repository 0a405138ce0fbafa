// Looks at the demo page as people would: screenshots at 1280 px and 320 px, in nl and fr.
// Usage: npm run build && node scripts/screenshots.js [url] [outdir]
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { CHROME_FLAGS, findBrowser, NO_BROWSER_MESSAGE } from './find-browser.js';

const url = process.argv[2] ?? 'http://localhost:8000/';
const out = process.argv[3] ?? 'screenshots';
const executablePath = findBrowser();
if (!executablePath) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}
mkdirSync(out, { recursive: true });
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_FLAGS });
try {
  for (const width of [1280, 320]) {
    for (const lang of ['nl', 'fr']) {
      const page = await browser.newPage();
      const problems = [];
      page.on('console', (m) => ['error', 'warn'].includes(m.type()) && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(String(e)));
      await page.setViewport({ width, height: 900 });
      await page.goto(url, { waitUntil: 'networkidle0' });
      await page.evaluate(async (l) => {
        // The page's own language toggle, as a visitor would use it; else <html lang>.
        const toggle = document.querySelector(`[data-lang="${l}"]`);
        if (toggle) toggle.click();
        else document.documentElement.lang = l;
        await new Promise((r) => setTimeout(r, 100));
      }, lang);
      const file = `${out}/demo-${width}-${lang}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file, problems.length ? `\n  ${problems.join('\n  ')}` : '');
      if (width < 600) {
        // Narrow pages are tall: also in screen-sized parts, readable at full size.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0, n = 1; y < height; y += 800, n++) {
          const part = `${out}/demo-${width}-${lang}-${n}.png`;
          await page.screenshot({ path: part, clip: { x: 0, y, width, height: Math.min(800, height - y) } });
        }
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
}
