// The size budget of the script-tag file (PRODUCT.md §6): fails when it is over.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const BUDGET = 30 * 1024; // gzip bytes, for the finished library
const AIM = 25 * 1024;
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
console.log(`budget ${kb(BUDGET)} gzip (aim ${kb(AIM)}): ${gzip <= BUDGET ? 'within' : 'OVER'}`);
if (gzip > BUDGET) process.exit(1);
