// Finds a Chromium or Chrome to run tests and benchmarks in. Nothing here downloads a browser.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The browser's path, or null. `CHROME_PATH` wins when it is set. */
export function findBrowser() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Flags for a headless run on a machine without a network (and as root in CI). */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export const NO_BROWSER_MESSAGE = `
No Chromium or Chrome was found, so the tests cannot run.
  Debian/Ubuntu:  sudo apt-get install chromium
  Elsewhere:      install Chrome or Chromium, then set CHROME_PATH=/path/to/chrome
Nothing is downloaded automatically.
`;
