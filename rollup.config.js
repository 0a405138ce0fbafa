import { readdirSync, readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplates } from './scripts/rollup-minify-templates.js';
import { shortMessageIds } from './scripts/rollup-short-msg-ids.js';
import { preloadImports } from './scripts/rollup-preload.js';

/** The JSON Schemas of the values (public contract), shipped as dist/schemas/*.schema.json. */
const schemas = () => ({
  name: 'schemas',
  generateBundle() {
    for (const file of readdirSync('src/schemas'))
      this.emitFile({ type: 'asset', fileName: `schemas/${file}`, source: readFileSync(`src/schemas/${file}`) });
  },
});

/**
 * Which file of dist/chunks/ a module goes to. Lit and the core, which every element needs: one
 * file, not several small ones (each is compressed on its own, and a browser asks a server over
 * HTTP/1.1 for six at a time: the whole tool in French is six files beside the entry). Each
 * element's own code and words: a file named after it. Each language: a file.
 */
function chunkOf(id) {
  // What a user opens on demand, imported with import() (`*.on-demand.ts`): a file of its own, out
  // of the page's first load.
  if (/\.on-demand\.ts$/.test(id)) return null;
  // What only those use — the share link's codec, the merge of two people's work, the clipboard,
  // the report as a document, the circle drawn as pixels — goes with them, out of the core and the
  // element's file.
  if (
    /[\\/]src[\\/](core[\\/](share-link|combine|clipboard|base64)|engagement-tool[\\/]report-document|stakeholder-circle[\\/]raster)\.ts$/.test(
      id,
    )
  )
    return null;
  // The partner's guidance (content/guidance), which the ladder and the questions show, is in the core
  // too: in a file of its own it cost the tool's page 0.5 KB more than there (2026-12, `npm run size`),
  // and made it a seventh file.
  if (
    /[\\/]node_modules[\\/]|[\\/]src[\\/](core[\\/]|content[\\/](rungs|guidance)|generated[\\/]locale-codes)/.test(id)
  )
    return 'core';
  // The tool's plan and report load when the user gets there (see src/engagement-tool/later.ts).
  if (/[\\/]src[\\/]engagement-tool[\\/](later|plan|plan-edits|plan-step|report|rounds|summary)\.ts$/.test(id))
    return 'engagement-tool-report';
  // The worked example loads only when a user opens it.
  if (/[\\/]src[\\/]engagement-tool[\\/]example\.ts$/.test(id)) return 'engagement-tool-example';
  const own = /[\\/]src[\\/](participation-ladder|question-wizard|stakeholder-circle|engagement-tool)[\\/]/.exec(id);
  if (own) return own[1];
  if (/[\\/]src[\\/]content[\\/]questions/.test(id)) return 'question-wizard';
  if (/[\\/]src[\\/]content[\\/]circle/.test(id)) return 'stakeholder-circle';
  return null;
}

const ts = () => esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', minify: false, sourceMap: true });

export default [
  // The script-tag entry, and beside it in dist/chunks/ what it loads as the page uses it.
  {
    input: 'src/elz-widgets.ts',
    output: {
      dir: 'dist',
      entryFileNames: 'elz-widgets.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks: chunkOf,
      format: 'es',
      sourcemap: true,
    },
    plugins: [
      nodeResolve(),
      // Each hand-written step with what it saves, measured on the whole-tool page (`npm run size`,
      // 2026-12-06): preloadImports one round trip after the entry instead of two, for 0.1 KB;
      // minifyTemplates 2.5 KB gzip; shortMessageIds 0.9 KB in Dutch and 1.7 KB in French (the
      // French texts 4.6 KB instead of 5.4, over the 5 KB bar without it).
      preloadImports(),
      ts(),
      minifyTemplates(),
      terser({
        ecma: 2021,
        module: true,
        compress: { passes: 3 },
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
