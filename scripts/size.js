// The size of the script-tag file against PRODUCT.md §6, and the CI ceiling that stops growth.
//
// PRODUCT.md §6 asks for ≤ 30 KB gzip (aim 25) with every element and every locale inside. With all
// four elements the file is about 46 KB: Lit and @lit/localize take about 6.4 KB and the texts in
// four languages about 16 KB before any element's code, so the bar cannot be met without dropping
// features the issues ask for (README "Size"). Until the bar is decided again, CI holds the file to
// CEILING so that it cannot grow unnoticed, and every run prints how far it is from the bar.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const BAR = 30 * 1024; // gzip bytes, PRODUCT.md §6
const AIM = 25 * 1024;
const CEILING = 47 * 1024; // today's size plus room for fixes, not for features (46.5 until the phone fixes)
const file = 'dist/elz-widgets.js';

let code;
try {
  code = readFileSync(file);
} catch {
  console.error(`${file} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const gzip = gzipSync(code, { level: 9 }).length;
const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${file}: ${kb(code.length)} min, ${kb(gzip)} gzip, ${kb(brotli)} brotli`);
console.log(
  `PRODUCT.md bar ${kb(BAR)} gzip (aim ${kb(AIM)}): ${gzip <= BAR ? 'met' : `not met, ${kb(gzip - BAR)} over`}`,
);
console.log(`CI ceiling ${kb(CEILING)} gzip: ${gzip <= CEILING ? 'within' : 'OVER'}`);
if (gzip > CEILING) process.exit(1);
