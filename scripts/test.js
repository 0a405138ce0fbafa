// `npm test` after the build: the unit tests (web-test-runner), the tests of the test set-up and the
// end-to-end suite against dist/elz-widgets.js (node:test). Every suite runs, also after one failed;
// each leaves its counts in a file, and the last line adds them up:
//   tests: N passed, N failed, N skipped (unit …, set-up …, end-to-end … passed/failed/skipped)
// A suite that ends in failure without a failed test (it crashed, or could not start) counts as one.
// TEST_SUITES='[[name, "web-test-runner" | "node:test", ...files]]' runs other suites (set-up.test.js).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const suites = process.env.TEST_SUITES
  ? JSON.parse(process.env.TEST_SUITES)
  : [
      ['unit', 'web-test-runner'],
      ['set-up', 'node:test', 'test/runner/set-up.test.js'],
      ['end-to-end', 'node:test', 'test/e2e/run.js'],
    ];

/** The command line of a suite whose counts go to `tally`. */
function command(runner, files, tally) {
  if (runner === 'web-test-runner') return ['node_modules/.bin/web-test-runner', ...files];
  return [
    process.execPath,
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./test/runner/tally-reporter.js',
    `--test-reporter-destination=${tally}`,
    ...files,
  ];
}

const dir = mkdtempSync(join(tmpdir(), 'elz-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const parts = [];
for (const [name, runner, ...files] of suites) {
  const tally = join(dir, `${name}.json`);
  const [program, ...args] = command(runner, files, tally);
  // web-test-runner's summary reporter finds the file through TALLY_FILE.
  const { status } = spawnSync(program, args, { stdio: 'inherit', env: { ...process.env, TALLY_FILE: tally } });
  let counts = { passed: 0, failed: 0, skipped: 0 };
  try {
    counts = JSON.parse(readFileSync(tally, 'utf8'));
  } catch {
    // No counts: it crashed before the end.
  }
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  for (const key of Object.keys(totals)) totals[key] += counts[key];
  parts.push(`${name} ${counts.passed}/${counts.failed}/${counts.skipped}`);
}
rmSync(dir, { recursive: true, force: true });
const { passed, failed, skipped } = totals;
console.log(
  `\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped (${parts.join(', ')} passed/failed/skipped)`,
);
process.exit(failed ? 1 : 0);
