// Squeezes the static text of Lit's css`` and html`` templates in our own code: terser leaves
// template literals alone, and their indentation and comments are a fifth of the bundle.
// Only whitespace and CSS comments are touched; what the browser renders stays the same.

const TAG = /(?<![\w$.])(css|html|svg)`/g;

/** Finds the end of the template literal whose text starts at `i`, and its static chunks. */
export function scanTemplate(code, i) {
  const chunks = [];
  let start = i;
  while (i < code.length) {
    const ch = code[i];
    if (ch === '\\') {
      i += 2;
    } else if (ch === '`') {
      chunks.push([start, i]);
      return { end: i + 1, chunks };
    } else if (ch === '$' && code[i + 1] === '{') {
      chunks.push([start, i]);
      i = skipExpression(code, i + 2);
      start = i;
    } else i++;
  }
  throw new Error('unterminated template literal');
}

/** Skips a `${…}` expression (strings, nested templates and braces included); returns the index after `}`. */
function skipExpression(code, i) {
  let depth = 1;
  while (i < code.length) {
    const ch = code[i];
    if (ch === "'" || ch === '"') {
      i++;
      while (code[i] !== ch) i += code[i] === '\\' ? 2 : 1;
      i++;
    } else if (ch === '`') {
      i = scanTemplate(code, i + 1).end;
    } else if (ch === '{') {
      depth++;
      i++;
    } else if (ch === '}') {
      if (--depth === 0) return i + 1;
      i++;
    } else i++;
  }
  throw new Error('unterminated template expression');
}

const squeeze = {
  css: (s) =>
    s
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':') // after a property name; selectors never have a space after ':'
      .replace(/;}/g, '}')
      .replace(/\s+!important/g, '!important')
      .replace(/(?<![\w.#-])0\.(?=\d)/g, '.') // 0.5rem: .5rem
      // In a selector (the text before `{`, not an at-rule): no spaces around the + and ~
      // combinators, and no quotes around an attribute value that is a plain name.
      .replace(
        /(^|[{}])([^{};@]*)(?=\{)/g,
        (_, before, selector) =>
          before + selector.replace(/\s*([+~])\s*/g, '$1').replace(/=(['"])(-?[_a-zA-Z][\w-]*)\1\]/g, '=$2]'),
      ),
  // A whitespace run with a line break renders as one space (we have no <pre> in templates, and
  // the pre-wrap elements hold only a value), so it becomes one space: the rendering, and
  // accessible names, stay exactly the same.
  // CSS strings are not protected: keep commas and braces out of `content: '…'` values.
  html: (s) => s.replace(/\s*\n\s*/g, ' '),
};
// SVG collapses whitespace in <text> the same way, and ignores it between elements.
squeeze.svg = squeeze.html;

/**
 * Squeezes every css``, html`` and svg`` template in `code`, also the ones nested in another
 * template's `${…}` expressions (a conditional part, a list item): those are half of all markup.
 */
export function squeezeTemplates(code) {
  let out = '';
  let last = 0;
  for (const match of code.matchAll(TAG)) {
    if (match.index < last) continue; // inside a template we already rewrote
    const kind = match[1];
    const bodyStart = match.index + match[0].length;
    const { end, chunks } = scanTemplate(code, bodyStart);
    out += code.slice(last, bodyStart);
    let pos = bodyStart;
    for (const [a, b] of chunks) {
      out += squeezeTemplates(code.slice(pos, a)) + squeeze[kind](code.slice(a, b));
      pos = b;
    }
    out += code.slice(pos, end);
    last = end;
  }
  return out + code.slice(last);
}

export function minifyTemplates({ include = /\/src\// } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include.test(id) || !/(css|html|svg)`/.test(code)) return null;
      return { code: squeezeTemplates(code), map: null };
    },
  };
}
