// A case file that cannot load: test/e2e/run.js reports it as one failure and runs the others.
import './no-such-module.js';

export default () => {};
