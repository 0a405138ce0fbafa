import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findBrowser, CHROME_FLAGS } from './scripts/find-browser.js';
import { summaryReporter } from './test/runner/summary-reporter.js';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [
    {
      // Stories log through storybook/actions, which pulls CommonJS the dev server cannot serve;
      // in tests a small recorder stands in for it.
      name: 'storybook-actions-stub',
      resolveImport({ source }) {
        if (source === 'storybook/actions') return '/test/stubs/storybook-actions.ts';
      },
    },
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findBrowser() ?? undefined, headless: true, args: CHROME_FLAGS },
    }),
  ],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter()],
};
