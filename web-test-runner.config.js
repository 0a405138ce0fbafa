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
  // Every test page loads the test framework, then test/runner/cloneable-failures.ts (why: there),
  // both from one module so that the second runs before any test does.
  testRunnerHtml: (framework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module">
      import '${framework}';
      import '/test/runner/cloneable-failures.ts';
    </script></body></html>`,
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
