// `npm test` after the build: the unit tests (web-test-runner, Chromium), then the end-to-end suite
// against dist/elz-widgets.js (Chromium and Firefox). Each prints its own closing line; this adds one
// for the whole run, so that the last line says how many tests passed and failed in all.
import { spawn } from 'node:child_process';

const suites = [
  {
    name: 'unit',
    command: ['node_modules/.bin/web-test-runner'],
    pattern: /^wtr: (\d+) passed, (\d+) failed, (\d+) skipped/m,
  },
  {
    name: 'end-to-end',
    command: ['node', 'test/e2e/run.js'],
    pattern: /^e2e: (\d+) passed, (\d+) failed, (\d+) skipped/m,
  },
];

function run({ command, pattern }) {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { stdio: ['inherit', 'pipe', 'inherit'] });
    let tail = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk).slice(-4000);
    });
    child.on('close', (code) => {
      const m = pattern.exec(tail);
      // No closing line (a crash): count it as one failure.
      resolve({ code, counts: m ? m.slice(1).map(Number) : [0, 1, 0] });
    });
  });
}

const totals = [0, 0, 0];
const parts = [];
let code = 0;
for (const suite of suites) {
  const { code: exit, counts } = await run(suite);
  counts.forEach((n, i) => (totals[i] += n));
  parts.push(`${suite.name} ${counts[0]}/${counts[1]}/${counts[2]}`);
  if (exit) {
    code = exit;
    break; // as before: no end-to-end run on a failing unit suite
  }
}
console.log(
  `\ntests: ${totals[0]} passed, ${totals[1]} failed, ${totals[2]} skipped (${parts.join(', ')} passed/failed/skipped)`,
);
process.exit(code);
