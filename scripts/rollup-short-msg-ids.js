// Replaces the message ids (`ladder.ask.now`) with short ones (`1f`) in the script-tag bundle.
// Each id appears once in the code and once per translation; readable ids are for translators,
// not for the wire. Ids come from the XLIFF catalogue, so only real message ids are touched.
import { readFileSync } from 'node:fs';
import MagicString from 'magic-string';

export function shortMessageIds({ catalogue = 'xliff/fr.xlf' } = {}) {
  const ids = [...readFileSync(catalogue, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]);
  const short = new Map(ids.map((id, i) => [id, i.toString(36)]));
  const pattern = new RegExp(
    `(["'\`])(${ids.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\1`,
    'g',
  );
  return {
    name: 'short-msg-ids',
    renderChunk(code) {
      const seen = new Set();
      const out = new MagicString(code);
      for (const m of code.matchAll(pattern)) {
        seen.add(m[2]);
        out.overwrite(m.index + 1, m.index + 1 + m[2].length, short.get(m[2]));
      }
      const unused = ids.filter((id) => !seen.has(id));
      if (unused.length) this.warn(`message ids not found in the bundle: ${unused.join(', ')}`);
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}
