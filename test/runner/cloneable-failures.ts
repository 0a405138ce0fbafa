// Loaded into every test page before the test file (web-test-runner.config.js, `testRunnerHtml`).
//
// When a test fails, web-test-runner sends the failure to Node with the assertion's `actual` and
// `expected` values, and passes the message through `structuredClone` first. A DOM node, a function
// or a window cannot be cloned: the send throws a DataCloneError in the page, the file's results
// never arrive, and the runner waits for them until `testsFinishTimeout` (5 minutes), then reports
// the whole file as lost. `expect(el.shadowRoot.querySelector('#x')).to.be.null` failing is enough
// (modernweb-dev/web#2802, #2772). So: after each failed test, a value that cannot be cloned is
// replaced by a short description; the failure message itself, written by chai, says the rest.
//
// It imports nothing: a test library loaded here, before mocha is set up, would miss mocha's globals
// (@open-wc/testing then registers no fixture clean-up, and fixtures pile up from test to test).

function cloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

/** An element by its opening tag, a function by its name, anything else by its kind. */
function description(value: unknown): string {
  if (value instanceof Element)
    return `<${value.localName}${[...value.attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}>`;
  if (value instanceof Node) return value.nodeName;
  if (typeof value === 'function') return `function ${value.name || '(anonymous)'}`;
  return Object.prototype.toString.call(value);
}

mocha.suite.afterEach(function () {
  const error = this.currentTest?.err as (Error & { actual?: unknown; expected?: unknown }) | undefined;
  if (!error) return;
  for (const key of ['actual', 'expected'] as const) if (!cloneable(error[key])) error[key] = description(error[key]);
});
