// Stops `npm test` early, with a clear message, when there is no browser to test in.
import { findBrowser, NO_BROWSER_MESSAGE } from './find-browser.js';

const path = findBrowser();
if (!path) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}
