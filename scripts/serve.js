// Serves the demo partner page and the built bundle on localhost, as a partner's site would.
// No dependencies; reads only files under demo/, dist/ and storybook-static/.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const mounts = [
  ['/dist/', join(root, 'dist')],
  ['/storybook/', join(root, 'storybook-static')],
  ['/', join(root, 'demo')],
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
// The demo runs under the strictest policy a partner might use: no inline code,
// no eval, Trusted Types enforced. Storybook needs looser rules and gets none.
const CSP =
  "default-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

function locate(url) {
  const path = decodeURIComponent(new URL(url, 'http://x').pathname);
  for (const [prefix, dir] of mounts) {
    if (!path.startsWith(prefix)) continue;
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) return null; // no way out of the folder
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (existsSync(file)) return { file, demo: prefix === '/' };
  }
  return null;
}

const server = createServer((req, res) => {
  const found = locate(req.url ?? '/');
  if (!found) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return;
  }
  const headers = {
    'content-type': types[extname(found.file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  };
  if (found.demo) headers['content-security-policy'] = CSP;
  res.writeHead(200, headers);
  res.end(readFileSync(found.file));
});

const port = Number(process.env.PORT) || 8000;
server.listen(port, '127.0.0.1', () => {
  console.log(`Demo:      http://localhost:${port}/`);
  console.log(
    existsSync(join(root, 'storybook-static'))
      ? `Storybook: http://localhost:${port}/storybook/`
      : 'Storybook: run `npm run storybook` (or `npm run build-storybook` to serve it here too)',
  );
});
