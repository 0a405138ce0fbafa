// Builds a scratch dist/elz-widgets.js that registers all four elements, with the project's own
// rollup configuration, outside dist/ (the real file registers only what the size budget allows).
// Prints its path, for `ELZ_BUNDLE=$(node test/e2e/bundle-all.js) node test/e2e/run.js`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { rollup } from 'rollup';

const root = resolve(new URL('../..', import.meta.url).pathname);
process.chdir(root); // the configuration's paths are relative to the project
const { default: configs } = await import('../../rollup.config.js');
const [scriptTag] = configs;

const dir = join(tmpdir(), 'elz-e2e-all');
mkdirSync(dir, { recursive: true });
const entry = join(dir, 'entry.js');
writeFileSync(entry, `import '${root}/src/elz-widgets.ts';\nimport '${root}/src/engagement-tool/define.ts';\n`);
const file = join(dir, 'elz-widgets.js');
const bundle = await rollup({ ...scriptTag, input: entry, onwarn: () => {} });
await bundle.write({ ...scriptTag.output, file, sourcemap: false });
await bundle.close();
console.log(file);
