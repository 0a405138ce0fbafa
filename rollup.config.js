import { readdirSync, readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplates } from './scripts/rollup-minify-templates.js';
import { shortMessageIds } from './scripts/rollup-short-msg-ids.js';
import { oneTrustedTypesPolicy } from './scripts/rollup-one-tt-policy.js';
import { lowerDecorators } from './scripts/rollup-lower-decorators.js';
import { privateNames } from './scripts/private-names.js';

/** The JSON Schemas of the values (PRODUCT.md §4), shipped as dist/schemas/*.schema.json. */
const schemas = () => ({
  name: 'schemas',
  generateBundle() {
    for (const file of readdirSync('src/schemas'))
      this.emitFile({ type: 'asset', fileName: `schemas/${file}`, source: readFileSync(`src/schemas/${file}`) });
  },
});

const ts = () => esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', minify: false, sourceMap: true });

export default [
  // The script-tag file: every element, Lit and all locales in one self-contained module.
  {
    input: 'src/elz-widgets.ts',
    output: {
      file: 'dist/elz-widgets.js',
      format: 'es',
      sourcemap: true,
      inlineDynamicImports: true,
    },
    plugins: [
      nodeResolve(),
      oneTrustedTypesPolicy(),
      ts(),
      lowerDecorators(),
      minifyTemplates(),
      terser({
        ecma: 2021,
        module: true,
        compress: { passes: 3 },
        // Only private members nothing else can reach (scripts/private-names.js): not the API,
        // not Lit's reactive properties, not the keys of values.
        mangle: { properties: { regex: new RegExp(`^(${privateNames().join('|')})$`) } },
        format: { comments: false },
      }),
      shortMessageIds(),
      schemas(),
    ],
  },
  // For npm users who bundle themselves: one module per source file, Lit left to their bundler.
  {
    input: [
      'src/index.ts',
      'src/participation-ladder/define.ts',
      'src/question-wizard/define.ts',
      'src/stakeholder-circle/define.ts',
      'src/engagement-tool/define.ts',
    ],
    external: [/^lit(\/|$)/, /^@lit\//],
    output: {
      dir: 'dist/lib',
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: 'src',
    },
    plugins: [ts()],
  },
];
