import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The documentation pages (docs/) come first in the sidebar; each element's stories follow.
  stories: ['../stories/**/*.mdx', '../docs/**/*.mdx', '../stories/**/*.stories.ts'],
  // The pictures in docs/ are written `images/…` there, so that they show on the repository's pages too.
  staticDirs: [{ from: '../docs/images', to: '/images' }],
  addons: [
    '@storybook/addon-a11y',
    // MDX 3 reads plain Markdown: the documentation's tables need GitHub's flavour (remark-gfm).
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
  ],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // Our classes use experimental (TypeScript 5 "legacy") decorators with
    // useDefineForClassFields: false, as tsconfig.json says. Vite 8 transpiles with Oxc, which does
    // not take `esbuild.tsconfigRaw` into account; with standard decorators left in place Chromium
    // throws a SyntaxError. So the Oxc equivalent of those two compiler options is set here.
    const oxc = viteConfig.oxc === false ? {} : (viteConfig.oxc ?? {});
    return {
      ...viteConfig,
      // Storybook's web-components renderer imports lit/directive-helpers.js from source. In dev,
      // unless it is pre-bundled with the rest of Lit, a second lit-html is loaded ("Multiple
      // versions of Lit loaded").
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
      },
      oxc: {
        ...oxc,
        decorator: { ...oxc.decorator, legacy: true },
        typescript: { ...oxc.typescript, removeClassFieldsWithoutInitializer: true },
        assumptions: { ...oxc.assumptions, setPublicClassFields: true },
      },
    };
  },
};

export default config;
