// The test set-up, tested: the unit tests' runner reports a failure holding a live element as failed
// within seconds (test/runner/cloneable-failures.ts), `npm test` (scripts/test.js) runs every suite
// and adds up their tallies, and the tally of a node:test suite counts every failure once.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'elz-set-up-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `command` in the project; resolves with its exit code, whether it was killed, and its output. */
const run = (command, args, options = {}) =>
  new Promise((resolve) =>
    execFile(command, args, { cwd: root, ...options }, (error, stdout, stderr) =>
      resolve({ code: error?.code ?? 0, killed: error?.killed, stdout, output: stdout + stderr }),
    ),
  );

/** A loaded 2-core machine starts the runner and Chromium in 10-30 s; a hung file takes 300 s. */
const LIMIT = 90_000;

// web-test-runner on test/runner/failing.fixture.ts: each failure reported by name, the file's other
// results kept. Without test/runner/cloneable-failures.ts the file hangs until the 5-minute timeout.
test('a failing assertion that holds a live element is reported as failed, within seconds', async () => {
  const tallyFile = join(dir, 'tally.json');
  const { code, killed, output } = await run(
    join(root, 'node_modules/.bin/web-test-runner'),
    ['test/runner/failing.fixture.ts'],
    { env: { ...process.env, TALLY_FILE: tallyFile }, timeout: LIMIT, killSignal: 'SIGINT' },
  );
  assert.ok(!killed, `web-test-runner did not finish within ${LIMIT / 1000} s:\n${output}`);
  assert.equal(code, 1, `web-test-runner exits with 1 on failures:\n${output}`);
  assert.deepEqual(JSON.parse(readFileSync(tallyFile, 'utf8')), { passed: 2, failed: 5, skipped: 1 }, output);
  for (const message of [
    'an element in a Lit shadow root is not null',
    'AssertionError: expected <input id="name"> to be null',
    'an input attached to the page is not null',
    'AssertionError: expected <input> to be null',
    'two elements are not equal',
    '+<body>',
    'two functions are not equal',
    // A value that can be sent keeps its diff.
    '-  "rung": "consult"',
  ])
    assert.ok(output.includes(message), `the report lacks ${JSON.stringify(message)}:\n${output}`);
});

test('the tally counts every failure once: tests, and suites that fail by themselves', async () => {
  const { code, stdout } = await run(process.execPath, [
    '--test-reporter=./test/runner/tally-reporter.js',
    'test/runner/tally.fixture.js',
  ]);
  assert.equal(code, 1);
  assert.deepEqual(JSON.parse(stdout), { passed: 4, failed: 5, skipped: 3 });
});

test('npm test runs every suite, also after one failed, and ends with the sum of all', async () => {
  const suites = [
    ['first', 'node:test', 'test/runner/tally.fixture.js'],
    ['second', 'node:test', 'test/runner/tally.fixture.js'],
    ['crashed', 'node:test', 'test/runner/no-such-file.js'],
  ];
  const { code, stdout } = await run(process.execPath, ['scripts/test.js'], {
    env: { ...process.env, TEST_SUITES: JSON.stringify(suites) },
  });
  assert.equal(code, 1);
  assert.equal(
    stdout.trimEnd().split('\n').at(-1),
    'tests: 8 passed, 11 failed, 6 skipped (first 4/5/3, second 4/5/3, crashed 0/1/0 passed/failed/skipped)',
  );
});

// test/e2e/run.js on test/runner/e2e-cases/: every way a case can end, counted as it should.
test('the end-to-end runner: time-outs, skips, checks after each case, case files that fail to load', async () => {
  const { code, stdout } = await run(
    process.execPath,
    ['--test-reporter=./test/runner/tally-reporter.js', 'test/e2e/run.js'],
    { env: { ...process.env, E2E_CASES: 'test/runner/e2e-cases', E2E_BROWSERS: 'chromium' }, timeout: LIMIT },
  );
  assert.equal(code, 1);
  assert.deepEqual(JSON.parse(stdout), { passed: 4, failed: 4, skipped: 2 });
});
