// The test set-up, tested: `npm test` (scripts/test.js) runs every suite and adds up their tallies,
// and the tally of a node:test suite counts every failure once (test/runner/tally-reporter.js).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `command` in the project; resolves with its exit code, whether it was killed, and its output. */
const run = (command, args, options = {}) =>
  new Promise((resolve) =>
    execFile(command, args, { cwd: root, ...options }, (error, stdout, stderr) =>
      resolve({ code: error?.code ?? 0, killed: error?.killed, stdout, output: stdout + stderr }),
    ),
  );

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
