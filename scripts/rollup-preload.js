// For the script-tag entry: no request waterfall. An `import()` in the entry fetches one chunk; the
// browser sees that chunk's own imports (Lit, the core, a shared part) only once it has arrived,
// one round trip later. So every `import("./x.js")` the entry makes becomes
//
//   Promise.all([import("./x.js"), import("./core.js"), …]).then((m) => m[0])
//
// with the chunks x.js imports (rollup hoists transitive imports, so the list is complete), and all
// arrive in one round trip. The browser fetches and runs each module once, whoever imports it.
// On an emulated 150 ms round trip this saves 150 ms per load (`npm run bench`); nothing in rollup
// does it (Vite's preload helper does the same with <link rel=modulepreload>).
export function preloadImports() {
  return {
    name: 'preload-imports',
    renderDynamicImport({ chunk, getTargetChunkImports }) {
      if (!chunk.isEntry) return null;
      const deps = getTargetChunkImports();
      if (!deps?.length) return null;
      return {
        left: 'Promise.all([import(',
        right: `),${deps.map((d) => `import(${d.resolvedImportPath})`).join(',')}]).then((m) => m[0])`,
      };
    },
  };
}
