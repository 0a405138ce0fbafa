// A node:test reporter that writes one line of JSON, `{"passed":N,"failed":N,"skipped":N}`, for
// scripts/test.js to add up (`--test-reporter=./test/runner/tally-reporter.js
// --test-reporter-destination=<file>`, beside the spec reporter on stdout).
//
// node's own summary counts tests only: a suite that fails by itself (its body throws, an `after`
// hook fails) makes the run fail but counts nowhere. Here it counts as one failure, unless a test
// inside it failed already. Events arrive children first, so `failedInside[n]` says whether
// anything under the suite at nesting n - 1 failed.
export default async function* tally(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const failedInside = [];
  for await (const { type, data } of source) {
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    const inside = failedInside[data.nesting + 1] ?? false;
    failedInside[data.nesting + 1] = false;
    if (data.details?.type === 'suite') {
      if (type === 'test:fail' && !inside) counts.failed++;
    } else if (data.skip !== undefined || data.todo !== undefined) counts.skipped++;
    else counts[type === 'test:pass' ? 'passed' : 'failed']++;
    if (type === 'test:fail' || inside) failedInside[data.nesting] = true;
  }
  yield `${JSON.stringify(counts)}\n`;
}
