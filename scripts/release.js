// `npm run release`: the two files of a release, in release/.
//
//   elz-widgets-<version>.tgz  the npm package as `npm publish` sends it (`npm pack`, whose prepack
//                              builds first). A CDN that serves npm packages hosts it once published.
//   elz-widgets-<version>.zip  what a webmaster downloads: a folder `elz-widgets/` with the
//                              script-tag entry, the files it loads (chunks/), the value schemas,
//                              the custom-elements manifest, a read-me (nl, fr, en) and the licence.
//
// The zip leaves out what only npm users need (lib/ and types/, for bundlers and editors) and the
// source maps (1.2 MB of the 1.4 MB in dist/chunks/, for debugging the library itself; the npm
// package keeps them). A zip because Windows opens it without extra software; written here with
// node:zlib (deflate and CRC-32) because neither npm nor Node writes one and `zip` is not on
// every machine: about 60 lines instead of a dependency.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The folder a webmaster copies, as it is named inside the zip (and, by the quick-start, on the site). */
export const FOLDER = 'elz-widgets';

/** The files of dist/ that go into the download, relative to dist/. */
export function downloadFiles(dist) {
  const all = (dir) =>
    readdirSync(join(dist, dir), { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? all(join(dir, d.name)) : [join(dir, d.name)],
    );
  const files = ['elz-widgets.js', 'custom-elements.json', ...all('chunks'), ...all('schemas')]
    .filter((f) => existsSync(join(dist, f)) && !f.endsWith('.map'))
    .sort();
  return files.map((f) => f.split('\\').join('/'));
}

/**
 * The read-me inside the zip: docs/download-readme.txt with the version and, when package.json
 * names one, the documentation's address filled in; in UTF-8 with a BOM and CRLF, for Notepad too.
 */
function readme(version) {
  const { homepage } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const text = readFileSync(join(root, 'docs/download-readme.txt'), 'utf8')
    .replaceAll('{version}', version)
    .replace(/^\{docs\}\n/gm, homepage ? `${homepage}\n` : '');
  return Buffer.from(`\ufeff${text.replace(/\r?\n/g, '\r\n')}`, 'utf8');
}

/** Date and time as a zip stores them (MS-DOS format, local time, 2-second steps). */
function dosTime(date) {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date: ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/**
 * A zip archive of `entries` ({name, data}; a name ending in / is a folder), deflated, names in
 * UTF-8 (flag bit 11). The layout is PKWARE's APPNOTE: a local header before each file, then the
 * central directory and its end record.
 */
export function zip(entries, date = new Date()) {
  const { time, date: day } = dosTime(date);
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data = Buffer.alloc(0) } of entries) {
    const folder = name.endsWith('/');
    const packed = folder ? data : deflateRawSync(data, { level: 9 });
    const method = folder ? 0 : 8;
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28); // no extra field
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: MS-DOS attributes, 2.0
    local.copy(central, 6, 4, 30); // version needed … name length, as in the local header
    central.writeUInt16LE(0, 30); // no extra field
    central.writeUInt16LE(0, 32); // no comment
    central.writeUInt16LE(0, 34); // disk 0
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE(folder ? 0x10 : 0, 38); // external attributes: the MS-DOS folder bit
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Writes the webmaster's zip of `dist` to `file`; returns the names in it. */
export function writeArchive({ dist = join(root, 'dist'), file, version }) {
  if (!existsSync(join(dist, 'elz-widgets.js'))) throw new Error(`No ${dist}/elz-widgets.js: build first.`);
  const files = downloadFiles(dist);
  const folders = [...new Set(files.flatMap((f) => (f.includes('/') ? [f.slice(0, f.lastIndexOf('/') + 1)] : [])))];
  const entries = [
    { name: `${FOLDER}/` },
    ...folders.map((f) => ({ name: `${FOLDER}/${f}` })),
    { name: `${FOLDER}/README.txt`, data: readme(version) },
    {
      name: `${FOLDER}/LICENSE.txt`,
      data: Buffer.from(readFileSync(join(root, 'LICENSE'), 'utf8').replace(/\r?\n/g, '\r\n')),
    },
    ...files.map((f) => ({ name: `${FOLDER}/${f}`, data: readFileSync(join(dist, f)) })),
  ];
  writeFileSync(file, zip(entries));
  return entries.map((e) => e.name);
}

async function main() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  // The version the elements report (a warning names it when two copies meet) must be the package's.
  const inCode = /export const VERSION = '([^']+)'/.exec(readFileSync(join(root, 'src/core/element.ts'), 'utf8'))?.[1];
  if (inCode !== pkg.version)
    throw new Error(`src/core/element.ts says VERSION = '${inCode}', package.json says ${pkg.version}: make them one.`);
  const out = join(root, 'release');
  mkdirSync(out, { recursive: true });
  const packed = execFileSync('npm', ['pack', '--json', '--pack-destination', out], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const tarball = join(out, JSON.parse(packed.slice(packed.indexOf('[\n')))[0].filename);
  for (const needed of ['custom-elements.json', 'schemas'])
    if (!existsSync(join(root, 'dist', needed))) throw new Error(`dist/${needed} is missing after the build.`);
  const file = join(out, `${pkg.name}-${pkg.version}.zip`);
  const names = writeArchive({ file, version: pkg.version });
  const kb = (f) => `${(statSync(f).size / 1024).toFixed(0)} KB`;
  const cdn = `${pkg.name}@${pkg.version}/dist/elz-widgets.js`;
  console.log(`release: ${relative(root, file)} (${kb(file)}, ${names.length} entries in ${FOLDER}/)
release: ${relative(root, tarball)} (${kb(tarball)}): \`npm publish ${relative(root, tarball)}\` publishes it
Once published, CDNs serve it at
  https://cdn.jsdelivr.net/npm/${cdn}
  https://unpkg.com/${cdn}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
