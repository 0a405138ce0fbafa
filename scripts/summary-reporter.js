// Prints one closing line CI can read: `wtr: N passed, N failed, N skipped`.
// A test file that fails to load counts as one failure.

function count(results, tally) {
  if (!results) return;
  for (const t of results.tests ?? []) {
    if (t.skipped) tally.skipped++;
    else if (t.passed) tally.passed++;
    else tally.failed++;
  }
  for (const s of results.suites ?? []) count(s, tally);
}

export function summaryReporter() {
  let line = '';
  return {
    onTestRunFinished({ sessions }) {
      const tally = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const failedBefore = tally.failed;
        count(session.testResults, tally);
        // A file that failed to load, or failed outside any test, still counts as a failure.
        if ((session.errors?.length || session.passed === false) && tally.failed === failedBefore) tally.failed += 1;
      }
      line = `wtr: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`;
    },
    start() {
      // The default reporter flushes its report while stopping; at exit we are surely last.
      process.once('exit', () => {
        if (line) process.stdout.write(`\n${line}\n`);
      });
    },
  };
}
