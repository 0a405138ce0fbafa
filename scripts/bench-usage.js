// The two in-use measurements of `npm run bench`: storage writes while typing fast in the
// question wizard, and the heap over 1,000 create/remove cycles of every element. Each runs on a fresh
// page of the bench's server, with dist/elz-widgets.js (`/elz-widgets.js`) defining every element.

/** WRITE_DELAY in src/core/persistence.ts: the core writes a key at most once per 300 ms. */
const WRITE_DELAY_MS = 300;

/** 200 characters, plain keys only, typed into the first long-text answer. */
export const TYPED =
  'Oudere buurtbewoners, hun mantelzorgers en de huisartsen van onze wijk. We spreken ze aan bij de bakker, ' +
  'de apotheek en in het dienstencentrum, en vragen wat zij nodig hebben om veilig thuis te wonen.';

/** Loads the bundle that registers every element into the page. */
const loadEverything = (page) =>
  page.evaluate(async () => {
    const { define } = await import(new URL('/elz-widgets.js', location.href).href);
    await define('elz-participation-ladder', 'elz-question-wizard', 'elz-stakeholder-circle', 'elz-engagement-tool');
  });

/**
 * Types `TYPED` into the wizard's first textarea at `delay` ms per key (plus the time each key takes to
 * arrive), waits for the coalesced write to be flushed, and returns what storage saw for the key.
 */
export async function measureTyping(browser, origin, { delay = 10 } = {}) {
  const key = 'elz-bench-typing';
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    // Counted from before the bundle runs, so that a write at load would show too.
    await page.evaluate((key) => {
      const log = (window.elzBench = { writes: [], inputs: [] });
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) {
        if (k === key) log.writes.push({ t: performance.now(), value: String(v) });
        return setItem.call(this, k, v);
      };
    }, key);
    await loadEverything(page);
    await page.evaluate(async (key) => {
      const el = document.createElement('elz-question-wizard');
      el.setAttribute('storage-key', key);
      document.body.append(el);
      await el.updateComplete;
      const area = el.shadowRoot.querySelector('textarea');
      area.addEventListener('input', () => window.elzBench.inputs.push(performance.now()));
      area.focus();
    }, key);
    await page.keyboard.type(TYPED, { delay });
    // The coalesced write of the last keys: wait for it (a busy machine may delay timers), then one more
    // WRITE_DELAY_MS and a margin, so that a write after it would be counted too. Not finding it is a FAIL below.
    await page
      .waitForFunction(
        (text) => window.elzBench.writes.at(-1)?.value.includes(JSON.stringify(text)),
        { timeout: 5000 },
        TYPED,
      )
      .catch(() => {});
    await new Promise((r) => setTimeout(r, WRITE_DELAY_MS + 200));
    const { writes: all, inputs } = await page.evaluate(() => window.elzBench);
    const first = inputs[0];
    const writes = all.filter((w) => w.t >= first);
    const last = writes.at(-1);
    // Writes per second over the whole episode: first key to the write that flushed the last one.
    const span = last ? last.t - first : NaN;
    // The strictest reading of "a few times a second": the most writes within any one second.
    const peak = Math.max(0, ...writes.map((w) => writes.filter((x) => x.t >= w.t && x.t - w.t <= 1000).length));
    let complete = false;
    try {
      complete = Object.values(JSON.parse(last.value).answers ?? {}).includes(TYPED);
    } catch {
      complete = false;
    }
    return {
      chars: inputs.length,
      typing: inputs.at(-1) - first,
      writes: writes.length,
      writesBeforeTyping: all.length - writes.length,
      perSecond: (writes.length / span) * 1000,
      peak,
      complete,
    };
  } finally {
    await context.close();
  }
}

/**
 * Creates, renders and removes each of `tags` (storage off, so that storage does not grow) `warmUp`
 * times, then `cycles` times, and reads the heap after a full garbage collection after the warm-up,
 * half-way and at the end; with the DOM counters (nodes, JS event listeners) likewise.
 */
export async function measureMemory(browser, origin, { tags, warmUp = 50, cycles = 1000 }) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await loadEverything(page);
    const cdp = await page.createCDPSession();
    const run = (n) =>
      page.evaluate(
        async (n, tags) => {
          for (let i = 0; i < n; i++) {
            for (const tag of tags) {
              const el = document.createElement(tag);
              el.setAttribute('storage', 'none');
              document.body.append(el);
              await el.updateComplete;
              el.remove();
            }
          }
          // Let timers started by the last elements run out (announcements wait 50 ms).
          await new Promise((r) => setTimeout(r, 200));
        },
        n,
        tags,
      );
    const snapshot = async () => {
      // Twice: the first collection can leave objects that only the second one frees (weak callbacks).
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters');
      // usedSize is V8's heap; embedderHeapUsedSize Blink's (DOM objects), when this Chromium reports it.
      return {
        js: heap.usedSize,
        dom: heap.embedderHeapUsedSize ?? null,
        nodes: dom.nodes,
        listeners: dom.jsEventListeners,
      };
    };
    await run(warmUp);
    const before = await snapshot();
    const t0 = performance.now();
    const half = Math.floor(cycles / 2);
    await run(half);
    const middle = await snapshot();
    await run(cycles - half);
    const time = performance.now() - t0;
    const after = await snapshot();
    return {
      time,
      before,
      middle,
      after,
      growth: after.js - before.js,
      lastHalf: after.js - middle.js,
      left: { nodes: after.nodes - before.nodes, listeners: after.listeners - before.listeners },
    };
  } finally {
    await context.close();
  }
}
