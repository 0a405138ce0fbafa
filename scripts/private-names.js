// The names terser may shorten in the script-tag bundle: `private` members of our classes that no
// other code can reach. terser renames a property everywhere in the bundle, so a name is left
// alone when anything else could use it:
//
// - it is a public, protected or decorated member anywhere (decorated ones are created by name);
// - it is a key of an interface, type, object literal or destructuring (values, host settings,
//   event details are plain JSON and must keep their keys), or a key in a shipped JSON Schema;
// - it occurs as a word in any string or template text in src/ (property bindings such as
//   `.value=${…}`, `changed.has('draft')`, attribute names);
// - it occurs as a word in TypeScript's DOM and ECMAScript declarations, or in the code of Lit
//   and @lit/localize.
//
// What is left are names such as `bindStorage` or `pendingError`. The lib build for bundlers
// keeps every name.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const WORD = /[A-Za-z_$][\w$]*/g;

function filesUnder(dir, test) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && test(d.name))
    .map((d) => join(d.parentPath, d.name));
}

function addWords(set, text) {
  for (const [w] of text.matchAll(WORD)) set.add(w);
}

export function privateNames({ src = 'src', schemas = 'src/schemas' } = {}) {
  const candidates = new Set();
  const taken = new Set();
  for (const file of filesUnder(src, (n) => n.endsWith('.ts'))) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) addWords(taken, node.text);
      const name = node.name && ts.isIdentifier(node.name) ? node.name.text : undefined;
      if (name && ts.isClassElement(node)) {
        const isPrivate = ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword);
        const decorated = (ts.canHaveDecorators(node) && ts.getDecorators(node)?.length) > 0;
        (isPrivate && !decorated ? candidates : taken).add(name);
      } else if (
        name &&
        (ts.isPropertySignature(node) ||
          ts.isMethodSignature(node) ||
          ts.isPropertyAssignment(node) ||
          ts.isShorthandPropertyAssignment(node) ||
          (ts.isMethodDeclaration(node) && ts.isObjectLiteralExpression(node.parent)) ||
          ts.isGetAccessor(node) ||
          ts.isSetAccessor(node))
      ) {
        taken.add(name);
      } else if (ts.isBindingElement(node) && node.parent && ts.isObjectBindingPattern(node.parent)) {
        const key = node.propertyName ?? node.name;
        if (ts.isIdentifier(key)) taken.add(key.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  for (const file of filesUnder(schemas, (n) => n.endsWith('.json'))) addWords(taken, readFileSync(file, 'utf8'));
  const tsLib = dirname(fileURLToPath(import.meta.resolve('typescript')));
  for (const file of filesUnder(tsLib, (n) => /^lib\..*\.d\.ts$/.test(n))) addWords(taken, readFileSync(file, 'utf8'));
  for (const pkg of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize'])
    for (const file of filesUnder(join('node_modules', pkg), (n) => n.endsWith('.js')))
      addWords(taken, readFileSync(file, 'utf8'));
  return [...candidates].filter((n) => !taken.has(n)).sort();
}
