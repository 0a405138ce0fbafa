// The partner's site for the end-to-end suite: a static server on 127.0.0.1 that serves the built
// bundle (the entry and the files beside it), fixture pages the cases register, and a form receiver. It logs every request, so a case
// can prove that nothing but the page and the bundle was fetched, and that no cookie came back.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, normalize } from 'node:path';

/**
 * The strictest policy a partner may set: `default-src 'self'`, nothing inline,
 * no eval, Trusted Types enforced with Lit's policy name only.
 */
export const STRICT_CSP = "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** The demo partner page (`npm start`) as it is served there: its policy also lets the circle's PNG through. */
const DEMO_CSP = `${STRICT_CSP}; img-src 'self' data: blob:`;
const DEMO_DIR = new URL('../../demo/', import.meta.url).pathname;
const DEMO_TYPES = { html: 'text/html', css: 'text/css', js: 'text/javascript' };
/** What a partner's site serves from a folder it mounted (see `mount`). */
const SITE_TYPES = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

/** The host page's aggressive CSS: what a CMS theme or a careless stylesheet may do. */
const HOSTILE_CSS = `
* { box-sizing: content-box !important; }
button { all: unset; }
main svg, main svg * { display: none !important; }
main * { margin: 0; padding: 0; border: 0; }
input, textarea, select { all: unset; }
ul, ol { list-style: square inside; }
h2, h3, h4 { font-size: 3em; text-transform: uppercase; color: #c00; }
[hidden] { display: block !important; }
:focus { outline: none !important; }
div, p, span, fieldset, label { display: block; float: left; width: 100%; }
`;

/**
 * @param {{ bundle: string, otherLit: string, apps?: Record<string, string> }} files  paths of the bundle,
 *   of another Lit copy, and of framework apps a page may load (`/react-app.js` → a built file)
 */
export async function startServer(files) {
  const bundle = readFileSync(files.bundle);
  const dist = dirname(files.bundle);
  /** A file the entry loads from beside it (`chunks/…`), or null. */
  const beside = (path) => {
    const file = normalize(join(dist, path));
    return file.startsWith(`${dist}/chunks/`) && existsSync(file) ? readFileSync(file) : null;
  };
  const otherLit = readFileSync(files.otherLit);
  /** @type {Map<string, { html: string, headers: Record<string, string> }>} */
  const pages = new Map();
  /** Held bundle requests: `?gate=<name>` waits until the gate is opened. */
  const gates = new Map();
  const log = [];
  const submissions = [];
  /** Files beside the entry held and sent in waves, by the name in /held/<name>/ (see `holdFiles`). */
  const holds = new Map();
  /** Folders of a partner's own site, by path prefix (see `mount`). */
  const mounts = new Map();
  let seq = 0;

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    log.push({ path: url.pathname + url.search, method: req.method, cookie: req.headers.cookie ?? null });
    const send = (status, type, body, headers = {}) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    if (url.pathname === '/elz-widgets.js') {
      // Module scripts from an opaque origin (a sandboxed frame) are cross-origin: allow, as a CDN does.
      const serve = () => send(200, 'text/javascript; charset=utf-8', bundle, { 'access-control-allow-origin': '*' });
      const gate = url.searchParams.get('gate');
      if (gate) {
        const g = gates.get(gate) ?? opened(gate);
        g.promise.then(serve);
      } else serve();
      return;
    }
    // What the entry loads from beside it, here, under /dist/ (the demo page's copy) and under
    // /copy/ (the same files from another folder, as a second copy of the library would be).
    // What the entry loads from beside it, here, under /dist/ (the demo page's copy), under /copy/
    // (the same files from another folder, as a second copy of the library would be) and under
    // /held/<name>/ (the same again, sent in waves: see holdFiles).
    const near = /^\/(?:dist\/|copy\/|held\/([\w-]+)\/)?(chunks\/.*|elz-widgets\.js)$/.exec(url.pathname);
    if (near) {
      const [, held, file] = near;
      const body = file === 'elz-widgets.js' ? bundle : beside(file);
      const serve = () => send(200, 'text/javascript; charset=utf-8', body, { 'access-control-allow-origin': '*' });
      if (!body) return send(404, 'text/plain; charset=utf-8', 'Not found');
      const hold = held && holds.get(held);
      if (hold && file !== 'elz-widgets.js') {
        // Held until no file has been asked for during \`hold.quiet\` ms: what the page asks for
        // meanwhile needed no other file first (one round trip).
        hold.waiting.push(serve);
        clearTimeout(hold.timer);
        hold.timer = setTimeout(() => {
          hold.waves.push(hold.waiting.length);
          for (const go of hold.waiting.splice(0)) go();
        }, hold.quiet);
        return;
      }
      return serve();
    }
    if (url.pathname.startsWith('/demo/')) {
      const file = join(DEMO_DIR, basename(url.pathname.slice('/demo/'.length) || 'index.html'));
      const type = DEMO_TYPES[file.split('.').pop()];
      if (type && existsSync(file))
        return send(200, `${type}; charset=utf-8`, readFileSync(file), { 'content-security-policy': DEMO_CSP });
    }
    if (files.apps?.[url.pathname])
      return send(200, 'text/javascript; charset=utf-8', readFileSync(files.apps[url.pathname]));
    if (url.pathname === '/other-lit.js')
      return send(200, 'text/javascript; charset=utf-8', otherLit, { 'access-control-allow-origin': '*' });
    if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
    if (url.pathname === '/hostile.css') return send(200, 'text/css; charset=utf-8', HOSTILE_CSS);
    if (url.pathname === '/submit') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        submissions.push({ method: req.method, type: req.headers['content-type'] ?? '', body, query: url.search });
        send(200, 'text/html; charset=utf-8', page('<p>Ontvangen</p>'), { 'content-security-policy': STRICT_CSP });
      });
      return;
    }
    const p = pages.get(url.pathname);
    if (p) return send(200, 'text/html; charset=utf-8', p.html, p.headers);
    for (const [prefix, { dir, headers }] of mounts) {
      if (!url.pathname.startsWith(prefix)) continue;
      const file = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
      const type = SITE_TYPES[file.split('.').pop()];
      if (file.startsWith(`${dir}/`) && type && existsSync(file)) return send(200, type, readFileSync(file), headers);
    }
    send(404, 'text/plain; charset=utf-8', 'Not found');
  });

  function opened(name) {
    let open;
    const promise = new Promise((r) => (open = r));
    const g = { promise, open };
    gates.set(name, g);
    return g;
  }

  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;

  return {
    origin,
    log,
    submissions,
    /**
     * Registers a page and returns its path. `body` goes inside `<main>`; `head` into `<head>`;
     * or `html` is the whole document. The strict policy applies unless `csp` says otherwise
     * (`null`: none).
     */
    page({ body = '', head = '', lang = 'nl', csp = STRICT_CSP, title = 'Partnerpagina', html } = {}) {
      const path = `/p/${++seq}.html`;
      const headers = csp ? { 'content-security-policy': csp } : {};
      pages.set(path, { html: html ?? page(body, head, lang, title), headers });
      return path;
    },
    /**
     * Serves the files in `dir` under the path `prefix` (`/elz-widgets/`), with `headers`: a folder
     * a partner copied to its site, or its theme. Mounting the same prefix again replaces it.
     */
    mount(prefix, dir, headers = {}) {
      mounts.set(prefix, { dir: normalize(dir), headers });
    },
    /**
     * The bundle under a folder of its own, `/held/<name>/elz-widgets.js`, whose files beside the
     * entry are held and sent in waves, each once no file has been asked for during `quiet` ms.
     * Returns the folder, the number of files in each wave so far, and `stop()`.
     */
    holdFiles(quiet = 300) {
      const name = `h${++seq}`;
      const h = { quiet, waiting: [], waves: [], timer: null };
      holds.set(name, h);
      return {
        folder: `/held/${name}`,
        waves: h.waves,
        stop() {
          holds.delete(name);
          clearTimeout(h.timer);
          for (const go of h.waiting.splice(0)) go();
        },
      };
    },
    /** Lets a held bundle request (`/elz-widgets.js?gate=name`) through. */
    openGate(name) {
      (gates.get(name) ?? opened(name)).open();
    },
    close: () => new Promise((r) => server.close(r)),
  };
}

function page(body, head = '', lang = 'nl', title = 'Partnerpagina') {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${head}
</head>
<body>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>`;
}
