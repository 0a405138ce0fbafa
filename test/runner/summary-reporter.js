// A web-test-runner reporter. Prints one closing line CI can read: `wtr: N passed, N failed,
// N skipped`, and, when TALLY_FILE is set, writes the same counts there as JSON for scripts/test.js.
// A test file that fails to load, or fails outside any test, counts as one failure.
import { writeFileSync } from 'node:fs';

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
        if ((session.errors?.length || session.passed === false) && tally.failed === failedBefore) tally.failed += 1;
      }
      line = `wtr: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`;
      if (process.env.TALLY_FILE) writeFileSync(process.env.TALLY_FILE, JSON.stringify(tally));
    },
    start() {
      // The default reporter flushes its report while stopping; at exit we are surely last.
      process.once('exit', () => {
        if (line) process.stdout.write(`\n${line}\n`);
      });
    },
  };
}
