// Two things for the script-tag bundle, on the message ids of the XLIFF catalogue:
//
// 1. Translations nobody uses are dropped. The catalogue holds every element's words, so the
//    locale modules would carry an element's translations even when the bundle does not
//    register that element. An id is used when it occurs anywhere but as a key of a locale
//    object (`{"id":…` or `,"id":…`); the entries of unused ids are cut out.
// 2. The remaining ids (`ladder.ask.now`) become short identifiers (`Tc`), unquoted as keys of
//    the locale objects: readable ids are for translators, not for the wire.
// 3. Every msg() call in src/ must have an explicit id (the build fails otherwise), so
//    @lit/localize's fallback that hashes a message's text into an id is left out, and
//    `msg(text, { id: 'x' })` is written `msgById('x', text)`, a one-line wrapper.
//
// The result is parsed again, so a slip can only fail the build, never ship broken code.
import { readFileSync } from 'node:fs';
import MagicString from 'magic-string';
import { scanTemplate } from './rollup-minify-templates.js';

/** The end of a locale value: "text", 'text', `text` or tag`text ${0}`. */
function valueEnd(code, i) {
  let j = i;
  while (/[\w$]/.test(code[j])) j++;
  const quote = code[j];
  if (quote === '`') return scanTemplate(code, j + 1).end;
  if (quote === '"' || quote === "'") {
    for (j++; code[j] !== quote; j += code[j] === '\\' ? 2 : 1);
    return j + 1;
  }
  throw new Error(`unexpected locale value at ${i}: ${code.slice(i, i + 40)}`);
}

const FIRST = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_';
const NEXT = FIRST + '0123456789';
/** The i-th shortest identifier: a … _, then aa, ba, … */
function shortName(i) {
  let name = FIRST[i % FIRST.length];
  for (i = Math.floor(i / FIRST.length); i > 0; i = Math.floor(i / NEXT.length)) name += NEXT[--i % NEXT.length];
  return name;
}

/** Calls `visit` on every node of an ESTree AST. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node))
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object') walk(value, visit);
}

const MSG_MODULE = '\0elz-msg-by-id';
const MSG_BY_ID = '__elzMsgById';

export function shortMessageIds({ catalogue = 'xliff/fr.xlf' } = {}) {
  const ids = [...readFileSync(catalogue, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]);
  const short = new Map(ids.map((id, i) => [id, shortName(i)]));
  const escaped = ids.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const pattern = new RegExp(`(["'\`])(${escaped})\\1`, 'g');
  return {
    name: 'short-msg-ids',
    transform(code, id) {
      // With every id explicit, @lit/localize's fallback that hashes a message's text into an id
      // is dead code here (the hashes would not survive the short ids anyway): it goes, and a
      // msg() call without an id fails the build instead of showing Dutch in every language.
      if (/[\\/]@lit[\\/]localize[\\/]internal[\\/]runtime-msg\.js$/.test(id)) {
        const fallback = 'options?.id ?? generateId(template)';
        if (!code.includes(fallback))
          this.error('@lit/localize: msg() no longer reads its id as expected; check this plugin');
        return { code: code.replace(fallback, 'options?.id'), map: null };
      }
      if (!/[\\/]src[\\/]/.test(id) || !/\bmsg\(/.test(code)) return null;
      const out = new MagicString(code);
      let calls = 0;
      walk(this.parse(code), (node) => {
        if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'msg') return;
        const [template, options, extra] = node.arguments;
        const idProp =
          options?.type === 'ObjectExpression' ? options.properties.find((p) => p.key?.name === 'id') : null;
        if (typeof idProp?.value.value !== 'string')
          this.error(`msg() without an id: ${code.slice(node.start, node.start + 60)}`, node.start);
        if (extra || options.properties.length !== 1) return;
        // msg(template, { id: 'x' }) -> msgById('x', template): the same call, six characters shorter.
        out.overwrite(node.callee.start, node.callee.end, MSG_BY_ID);
        out.appendLeft(template.start, `${code.slice(idProp.value.start, idProp.value.end)}, `);
        out.remove(template.end, options.end);
        calls++;
      });
      if (!calls) return null;
      out.prepend(`import { msgById as ${MSG_BY_ID} } from '${MSG_MODULE}';\n`);
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
    resolveId(source) {
      return source === MSG_MODULE ? MSG_MODULE : null;
    },
    load(id) {
      return id === MSG_MODULE
        ? `import { msg } from '@lit/localize';\nexport const msgById = (id, template) => msg(template, { id });\n`
        : null;
    },
    renderChunk(code) {
      const matches = [...code.matchAll(pattern)].map((m) => {
        const start = m.index;
        const end = start + m[0].length;
        const key = /[{,]/.test(code[start - 1]) && code[end] === ':';
        return { id: m[2], start, end, key };
      });
      const used = new Set(matches.filter((m) => !m.key).map((m) => m.id));
      const out = new MagicString(code);
      let dropped = 0;
      for (const m of matches) {
        if (used.has(m.id)) {
          // A key needs no quotes: the ids are identifiers.
          if (m.key) out.overwrite(m.start, m.end, short.get(m.id));
          else out.overwrite(m.start + 1, m.end - 1, short.get(m.id));
        } else if (m.key) {
          // Remove `"id":value` with one comma beside it.
          const end = valueEnd(code, m.end + 1);
          if (code[end] === ',') out.remove(m.start, end + 1);
          else if (code[m.start - 1] === ',') out.remove(m.start - 1, end);
          else out.remove(m.start, end);
          dropped++;
        }
      }
      const result = out.toString();
      this.parse(result); // throws if the cut went wrong
      if (dropped) this.info?.(`dropped ${dropped} translations of messages the bundle does not use`);
      return { code: result, map: out.generateMap({ hires: true }) };
    },
  };
}
