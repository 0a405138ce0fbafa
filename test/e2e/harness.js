// What a case of the end-to-end suite works with (`t`, a CaseContext): fresh browser contexts and
// pages that record what happens in them, and the checks every case ends with (no policy
// violation, no page error, no request but the page and the bundle's files, no cookie).
// test/e2e/run.js runs the cases on node:test.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Thrown by `t.skip()`: the case does not apply to this browser. */
export class Skip extends Error {}

/**
 * Runs in every page and frame before any of its scripts: records policy violations, errors and
 * the elements' events. Reports through the console, which survives reloads and reaches the runner
 * from frames too; keeps events on `window.__e2e` for the case to read.
 */
export function recorder() {
  const e2e = (window.__e2e = { events: [], writes: {}, violations: [] });
  document.addEventListener('securitypolicyviolation', (e) => {
    const what = `${e.violatedDirective} ${e.blockedURI || ''} ${e.sample || ''}`.trim();
    e2e.violations.push(what);
    console.info(`e2e:violation ${what}`);
  });
  for (const type of ['elz-change', 'elz-error', 'elz-complete'])
    // On window, bubbling: what the host page hears.
    window.addEventListener(type, (e) => {
      try {
        e2e.events.push({
          type,
          tag: e.target.localName,
          id: e.target.id,
          detail: JSON.parse(JSON.stringify(e.detail)),
        });
      } catch {
        // Firefox runs this recorder apart from an opaque-origin frame's own scripts: no record there.
        e2e.unrecorded = true;
      }
    });
  // Counts writes per key (it only watches: every call goes through unchanged).
  try {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      const area = this === window.sessionStorage ? 'session' : 'local';
      e2e.writes[`${area}:${key}`] = (e2e.writes[`${area}:${key}`] ?? 0) + 1;
      return setItem.call(this, key, value);
    };
  } catch {
    // Storage is not reachable in this document (opaque origin): nothing to count.
  }
}

/**
 * `page.setViewport`, also in Firefox ESR 140: puppeteer sends a screen-orientation override with
 * the viewport over WebDriver BiDi, which that Firefox does not know; the viewport itself applies.
 */
export async function setViewport(page, viewport) {
  try {
    await page.setViewport(viewport);
  } catch (e) {
    if (!/setScreenOrientationOverride/.test(String(e?.message))) throw e;
  }
}

/** A new tab. Firefox now and then reports a tab it is making as gone: then once more. */
export async function newPage(context) {
  try {
    return await context.newPage();
  } catch (e) {
    if (!/no such frame|DiscardedBrowsingContext/.test(String(e?.message))) throw e;
    await sleep(100);
    return context.newPage();
  }
}

/** Downloads into a folder shared by every case happen one at a time. */
let downloadTurn = Promise.resolve();

export class CaseContext {
  /** `pageScripts`: scripts (source text) to run in every page and frame before its own, after the recorder. */
  constructor(browser, browserName, server, pageScripts = []) {
    this.browser = browser;
    this.browserName = browserName;
    this.server = server;
    this.pageScripts = pageScripts;
    this.pages = [];
    this.contexts = [];
    this.allowed = { requests: [], console: [], violations: [], pageErrors: [] };
  }

  get firefox() {
    return this.browserName === 'firefox';
  }

  skip(reason) {
    throw new Skip(reason);
  }

  /** Requests to these paths (prefixes) are part of the case. */
  allowRequests(...paths) {
    this.allowed.requests.push(...paths);
  }

  /** Console errors (or page errors) matching this are expected. */
  allowConsole(re) {
    this.allowed.console.push(re);
  }

  allowPageError(re) {
    this.allowed.pageErrors.push(re);
  }

  /** Policy violations matching this are expected (the case checks them itself). */
  allowViolation(re) {
    this.allowed.violations.push(re);
  }

  /**
   * A fresh browser context: its own storage and its own download folder — or, where the browser
   * cannot set one per context (Firefox ESR over BiDi), the browser's one folder, taken in turns.
   */
  async newContext() {
    let context;
    if (this.browser.sharedDownloads) {
      context = await this.browser.createBrowserContext();
      context.downloads = this.browser.sharedDownloads;
      context.shared = true;
    } else {
      const downloads = mkdtempSync(join(tmpdir(), 'elz-e2e-dl-'));
      context = await this.browser.createBrowserContext({
        downloadBehavior: { policy: 'allow', downloadPath: downloads },
      });
      context.downloads = downloads;
    }
    this.contexts.push(context);
    return context;
  }

  /**
   * Opens `path` (a registered page) in a new tab of `context` (default: the case's first context).
   * `preload`: `[fn, ...args]` to run in every document of the tab before its scripts.
   */
  async open(path, { context, viewport = { width: 1024, height: 768 }, wait = 'load', preload } = {}) {
    context ??= this.contexts[0] ?? (await this.newContext());
    const page = await newPage(context);
    const seen = { requests: [], console: [], errors: [], violations: [], dialogs: [] };
    page.seen = seen;
    this.pages.push(page);
    page.on('request', (r) => seen.requests.push(r.url()));
    page.on('console', (m) => {
      const text = m.text();
      if (text.startsWith('e2e:violation ')) seen.violations.push(text.slice(14));
      else if (m.type() === 'error' || m.type() === 'warn' || m.type() === 'warning')
        seen.console.push(`${m.type()}: ${text}`);
    });
    page.on('pageerror', (e) => seen.errors.push(String(e?.message ?? e)));
    page.on('dialog', (d) => {
      seen.dialogs.push(d.message());
      d.dismiss().catch(() => {});
    });
    await page.evaluateOnNewDocument(recorder);
    for (const script of this.pageScripts) await page.evaluateOnNewDocument(script);
    if (preload) await page.evaluateOnNewDocument(...preload);
    if (viewport) await setViewport(page, viewport);
    if (path) await this.goto(page, path, wait);
    return page;
  }

  async goto(page, path, wait = 'load') {
    await page.goto(this.server.origin + path, { waitUntil: wait });
  }

  /** The first `tag` in the page (or frame), upgraded and rendered. */
  async element(page, tag, index = 0) {
    // The script defines an element once the page uses it, after its files have arrived. Waiting
    // for that inside one call, on customElements.whenDefined(), failed now and then in Chromium
    // with "Promise was collected" (the pending promise was garbage-collected): look every 20 ms.
    for (let i = 0; !(await page.evaluate((tag) => !!customElements.get(tag), tag)); i++) {
      if (i > 500) throw new Error(`<${tag}> is not defined after 10 s`);
      await sleep(20);
    }
    return page.evaluateHandle(
      async (tag, index) => {
        await customElements.whenDefined(tag);
        const el = document.querySelectorAll(tag)[index];
        if (!el) throw new Error(`no <${tag}> #${index} in the page`);
        await el.updateComplete;
        return el;
      },
      tag,
      index,
    );
  }

  /** Runs `click` (which starts a download) and returns the file the browser saved. */
  async download(page, click, options) {
    const context = page.browserContext();
    if (!context.shared) return this.#download(context.downloads, click, options);
    const turn = downloadTurn.then(() => this.#download(context.downloads, click, options));
    downloadTurn = turn.catch(() => {});
    return turn;
  }

  async #download(dir, click, { timeout = 5000 } = {}) {
    const before = new Set(readdirSync(dir));
    await click();
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      const fresh = readdirSync(dir).filter(
        (f) => !before.has(f) && !f.endsWith('.crdownload') && !f.endsWith('.part') && !f.startsWith('.'),
      );
      if (fresh.length) {
        const file = join(dir, fresh[0]);
        // Wait until the browser has finished writing it (Firefox makes it empty first).
        let size = -1;
        while (statSync(file).size !== size || (size === 0 && Date.now() < end)) {
          size = statSync(file).size;
          await sleep(100);
        }
        const bytes = readFileSync(file);
        return { name: fresh[0], bytes, text: bytes.toString('utf8') };
      }
      await sleep(50);
    }
    throw new Error('no download arrived');
  }

  /** The checks every case ends with. */
  async finalChecks() {
    const problems = [];
    const origin = this.server.origin;
    const okRequest = (url) => {
      if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
      if (!url.startsWith(`${origin}/`)) return false;
      const path = url.slice(origin.length);
      return (
        // The browser asks for the site's icon by itself (the pages name none).
        path === '/favicon.ico' ||
        path.startsWith('/p/') ||
        path.startsWith('/elz-widgets.js') ||
        path.startsWith('/chunks/') ||
        path.startsWith('/dist/chunks/') ||
        this.allowed.requests.some((a) => path.startsWith(a))
      );
    };
    const allowedText = (list, text) => list.some((re) => re.test(text));
    for (const page of this.pages) {
      const { requests, console: messages, errors, violations, dialogs } = page.seen;
      for (const url of requests) if (!okRequest(url)) problems.push(`unexpected request: ${url}`);
      for (const m of messages) if (!allowedText(this.allowed.console, m)) problems.push(`console ${m}`);
      for (const e of errors) if (!allowedText(this.allowed.pageErrors, e)) problems.push(`page error: ${e}`);
      for (const v of violations) if (!allowedText(this.allowed.violations, v)) problems.push(`policy violation: ${v}`);
      for (const d of dialogs) problems.push(`a dialog opened: ${d}`);
    }
    for (const context of this.contexts) {
      const cookies = await context.cookies().catch(() => []);
      if (cookies.length) problems.push(`cookies set: ${cookies.map((c) => c.name).join(', ')}`);
    }
    if (problems.length) throw new Error(`after the case:\n  ${[...new Set(problems)].join('\n  ')}`);
  }

  async close() {
    for (const context of this.contexts) {
      await context.close().catch(() => {});
      if (!context.shared) rmSync(context.downloads, { recursive: true, force: true });
    }
  }
}
