// Squeezes the static text of Lit's css``, html`` and svg`` templates in our own code: terser leaves
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
      .replace(/;}/g, '}'),
  // A whitespace run with a line break renders as one space (we have no <pre> in templates, and
  // the pre-wrap elements hold only a value), so it becomes one space: the rendering, and
  // accessible names, stay exactly the same.
  // CSS strings are not protected: keep commas and braces out of `content: '…'` values.
  html: (s) => s.replace(/\s*\n\s*/g, ' '),
};
// SVG collapses whitespace in <text> the same way, and ignores it between elements.
squeeze.svg = squeeze.html;

export function minifyTemplates({ include = /\/src\// } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include.test(id) || !/(css|html|svg)`/.test(code)) return null;
      // From the last template to the first: a template nested in another's `${…}` is squeezed
      // before the one around it, and squeezing never moves the start of an earlier template.
      for (const match of [...code.matchAll(TAG)].reverse()) {
        const kind = match[1];
        const bodyStart = match.index + match[0].length;
        const { chunks } = scanTemplate(code, bodyStart);
        let out = '';
        let pos = bodyStart;
        for (const [a, b] of chunks) {
          out += code.slice(pos, a) + squeeze[kind](code.slice(a, b));
          pos = b;
        }
        code = code.slice(0, bodyStart) + out + code.slice(pos);
      }
      return { code, map: null };
    },
  };
}
