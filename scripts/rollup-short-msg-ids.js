// For the script-tag build, on the message ids of the XLIFF catalogue:
//
// 1. The ids (`ladder.ask.now`) become short identifiers (`Tc`), in the code and, unquoted, as keys
//    of the locale modules: readable ids are for translators, not for the wire. One map for the
//    whole build, so a chunk's ids match the language files'.
// 2. Every msg() call in src/ must have an explicit id (the build fails otherwise), so
//    @lit/localize's fallback that hashes a message's text into an id is left out, and
//    `msg(text, { id: 'x' })` is written `msgById('x', text)`, a one-line wrapper.
//
// The result is parsed again, so a slip can only fail the build, never ship broken code.
import { readFileSync } from 'node:fs';

import MagicString from 'magic-string';
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
      const out = new MagicString(code);
      for (const m of code.matchAll(pattern)) {
        const start = m.index;
        const end = start + m[0].length;
        // A key of a locale module's object needs no quotes: the short ids are identifiers.
        if (/[{,]/.test(code[start - 1]) && code[end] === ':') out.overwrite(start, end, short.get(m[2]));
        else out.overwrite(start + 1, end - 1, short.get(m[2]));
      }
      const result = out.toString();
      this.parse(result); // throws if a rewrite went wrong
      return { code: result, map: out.generateMap({ hires: true }) };
    },
  };
}
