// Writes the API reference (docs/api.md) from the custom-elements manifest (`npm run docs`), or, with
// `--check`, fails when its generated block no longer matches the manifest (CI, after the build).
// Every element the manifest declares with a tag name gets a reference; nothing is listed by hand.
import { readFileSync, writeFileSync } from 'node:fs';

const MANIFEST = 'dist/custom-elements.json';
const TARGET = 'docs/api.md';
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';

/** Platform and Lit callbacks: public in TypeScript, but the browser calls them, not the page. */
const LIFECYCLE = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'adoptedCallback',
  'attributeChangedCallback',
  'formAssociatedCallback',
  'formDisabledCallback',
  'formResetCallback',
  'formStateRestoreCallback',
  'createRenderRoot',
  'render',
  'update',
  'updated',
  'firstUpdated',
  'willUpdate',
  'shouldUpdate',
  'requestUpdate',
  'performUpdate',
  'scheduleUpdate',
  'getUpdateComplete',
]);

const isPublic = (m) =>
  (m.privacy ?? 'public') === 'public' && !m.static && !/^[_#]/.test(m.name) && !LIFECYCLE.has(m.name);

// ── Markdown helpers ─────────────────────────────────────────────────────────────────────────────

/** One line of a JSDoc description, safe inside a table cell. */
const text = (s) => (s ?? '').replace(/\s*\n\s*/g, ' ').trim();
const cell = (s) => text(s).replace(/\|/g, '\\|') || '—';
const code = (s) => (s ? `\`${s}\`` : '');
/** `string | undefined` reads as `string`: every attribute and property may be left unset. */
const typeText = (type) => (type?.text ?? '').replace(/\s*\|\s*undefined\b/g, '').trim();

function table(head, rows) {
  if (rows.length === 0) return [];
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

// ── what one element offers, as table rows keyed by category ─────────────────────────────────────

const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Categories in the order they are shown. Attributes, slots, parts and custom properties keep the
 * order the source gives them (it is chosen); properties, methods and events, whose manifest order
 * mixes own and inherited ones, are sorted by name.
 */
const CATEGORIES = [
  {
    key: 'attributes',
    title: 'Attributes',
    head: ['attribute (property)', 'type', 'default', 'description'],
    rows: (el) =>
      (el.attributes ?? []).map((a) => ({
        name: a.name,
        cells: [
          code(a.name) + (a.fieldName && a.fieldName !== a.name ? ` (${code(a.fieldName)})` : ''),
          cell(code(typeText(a.type))),
          cell(code(a.default)),
          cell(a.description),
        ],
      })),
  },
  {
    key: 'properties',
    title: 'Properties (not attributes)',
    head: ['property', 'type', 'description'],
    rows: (el) => {
      const mirrored = new Set((el.attributes ?? []).map((a) => a.fieldName).filter(Boolean));
      return (el.members ?? [])
        .filter((m) => m.kind === 'field' && isPublic(m) && !m.attribute && !mirrored.has(m.name))
        .sort(byName)
        .map((m) => ({
          name: m.name,
          cells: [
            code(m.name),
            cell(code(typeText(m.type))),
            cell((m.readonly ? 'Read-only. ' : '') + text(m.description)),
          ],
        }));
    },
  },
  {
    key: 'methods',
    title: 'Methods',
    head: ['method', 'returns', 'description'],
    rows: (el) =>
      (el.members ?? [])
        .filter((m) => m.kind === 'method' && isPublic(m))
        .sort(byName)
        .map((m) => {
          const params = (m.parameters ?? []).map((p) => (p.type?.text ? `${p.name}: ${p.type.text}` : p.name));
          return {
            name: m.name,
            cells: [
              cell(code(`${m.name}(${params.join(', ')})`)),
              cell(code(m.return?.type?.text ?? 'void')),
              cell(m.description),
            ],
          };
        }),
  },
  {
    key: 'events',
    title: 'Events',
    head: ['event', '`detail`', 'description'],
    rows: (el) =>
      (el.events ?? [])
        // An event dispatched through a constant (`ELZ_CHANGE`) may be listed under that name too.
        .filter((e) => e.name && !/^[A-Z0-9_]+$/.test(e.name))
        .sort(byName)
        .map((e) => {
          const detail = /^CustomEvent<(.+)>$/.exec(e.type?.text ?? '')?.[1];
          return { name: e.name, cells: [code(e.name), cell(code(detail)), cell(e.description)] };
        }),
  },
  {
    key: 'slots',
    title: 'Slots',
    head: ['slot', 'description'],
    rows: (el) =>
      (el.slots ?? []).map((s) => ({
        name: s.name,
        cells: [s.name ? code(s.name) : '(default)', cell(s.description)],
      })),
  },
  {
    key: 'cssParts',
    title: 'CSS parts',
    head: ['part', 'description'],
    rows: (el) => (el.cssParts ?? []).map((p) => ({ name: p.name, cells: [code(p.name), cell(p.description)] })),
  },
  {
    key: 'cssProperties',
    title: 'CSS custom properties',
    head: ['property', 'default', 'description'],
    rows: (el) =>
      (el.cssProperties ?? []).map((p) => ({
        name: p.name,
        cells: [code(p.name), cell(code(p.default)), cell(p.description)],
      })),
  },
];

// ── the reference ────────────────────────────────────────────────────────────────────────────────

/** Every custom element in the manifest (a class with a tag name), by tag name. */
function elementsOf(manifest) {
  const elements = [];
  for (const mod of manifest.modules ?? [])
    for (const decl of mod.declarations ?? []) if (decl.customElement && decl.tagName) elements.push(decl);
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName, 'en'));
}

/** The tables of one element (or of what all share): one per category that has rows. */
function tables(rowsByCategory) {
  const lines = [];
  for (const c of CATEGORIES) {
    const rows = rowsByCategory[c.key];
    if (rows?.length)
      lines.push(
        `**${c.title}**`,
        '',
        ...table(
          c.head,
          rows.map((r) => r.cells),
        ),
        '',
      );
  }
  return lines;
}

function render(manifest) {
  const elements = elementsOf(manifest);
  if (elements.length === 0) throw new Error(`${MANIFEST} declares no custom element with a tag name.`);
  const rows = elements.map((el) => Object.fromEntries(CATEGORIES.map((c) => [c.key, c.rows(el)])));

  // A row that every element has, word for word, is shown once, under "every element".
  const shared = {};
  if (elements.length > 1)
    for (const c of CATEGORIES) {
      const same = (r) => rows.every((own) => own[c.key].some((o) => o.cells.join('|') === r.cells.join('|')));
      shared[c.key] = rows[0][c.key].filter(same);
      const sharedKeys = new Set(shared[c.key].map((r) => r.cells.join('|')));
      for (const own of rows) own[c.key] = own[c.key].filter((r) => !sharedKeys.has(r.cells.join('|')));
    }

  const tag = (el) => code(`<${el.tagName}>`);
  const out = [
    '<!-- Generated from dist/custom-elements.json by `npm run docs`; edit the JSDoc in src/, not this block. -->',
    '',
  ];
  const common = tables(shared);
  if (common.length) {
    const list = elements.map(tag);
    const all = `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
    out.push('### Every element', '', `What ${all} all have.`, '', ...common);
  }
  elements.forEach((el, i) => {
    out.push(`### ${tag(el)}`, '');
    const also = common.length ? 'Besides what [every element](#every-element) has:' : '';
    out.push([text(el.summary), `Class ${code(el.name)}.`, also].filter(Boolean).join(' '), '');
    const own = tables(rows[i]);
    out.push(...(own.length ? own : ['Nothing more.', '']));
  });
  while (out.at(-1) === '') out.pop();
  return out.join('\n');
}

// ── the file ───────────────────────────────────────────────────────────────────────────────────────

function fail(message) {
  console.error(`api-docs: ${message}`);
  process.exit(1);
}

function main() {
  const check = process.argv.includes('--check');
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch (e) {
    fail(`cannot read ${MANIFEST} (${e.code ?? e.message}): run \`npm run analyze\` (or \`npm run build\`) first.`);
  }
  const text = readFileSync(TARGET, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) fail(`${TARGET} needs the markers ${START} and ${END}, in that order.`);

  const generated = `\n${render(manifest)}\n`;
  const current = text.slice(start + START.length, end);
  if (check) {
    if (current === generated) return console.log(`api-docs: ${TARGET} matches ${MANIFEST}.`);
    const now = current.split('\n');
    const want = generated.split('\n');
    const line = want.findIndex((l, i) => l !== now[i]);
    const at = text.slice(0, start).split('\n').length + line;
    fail(
      `${TARGET} is out of date with ${MANIFEST} (first difference at line ${at}):\n` +
        `  file:      ${now[line] ?? '(nothing)'}\n` +
        `  manifest:  ${want[line] ?? '(nothing)'}\n` +
        `Run \`npm run docs\` and commit ${TARGET}.`,
    );
  }
  if (current === generated) return console.log(`api-docs: ${TARGET} is up to date.`);
  writeFileSync(TARGET, text.slice(0, start + START.length) + generated + text.slice(end));
  console.log(`api-docs: wrote the API reference of ${elementsOf(manifest).length} elements into ${TARGET}.`);
}

main();
