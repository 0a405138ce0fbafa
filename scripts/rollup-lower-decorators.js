// For the script-tag bundle: Lit's decorators, lowered to the calls they make. esbuild compiles
// `@property()`, `@state()` and `@localized()` into `__decorateClass(...)` calls and gives every
// module its own copy of that helper; each call then runs Lit's legacy decorator, which does
// nothing but `proto.constructor.createProperty(name, options)` (and `state()` only adds
// `state: true, attribute: false` to the options). So the build writes those calls directly:
//
//   __decorateClass([property(o)], C.prototype, "name", 2)  ->  C.createProperty("name", o)
//   __decorateClass([state(o)], C.prototype, "name", 2)     ->  C.createProperty("name", {...o, state: !0, attribute: !1})
//   C = __decorateClass([localized()], C)                   ->  C = localized()(C) || C
//
// at the same place, so properties are created at the same moment and in the same order. The
// helpers and Lit's decorator functions are then unused and left out. Any other use of
// __decorateClass fails the build rather than being left half-lowered.
import MagicString from 'magic-string';

const FIELD = 2; // esbuild's `kind` for a class field

export function lowerDecorators({ include = /[\\/]src[\\/].*\.ts$/ } = {}) {
  return {
    name: 'lower-decorators',
    transform(code, id) {
      if (!include.test(id) || !code.includes('__decorateClass(')) return null;
      const ast = this.parse(code);
      const names = importedNames(ast);
      const out = new MagicString(code);
      const text = (node) => code.slice(node.start, node.end);
      const fail = (node, why) => this.error(`${why}: ${code.slice(node.start, node.start + 80)}`, node.start);
      let lowered = 0;
      for (const statement of ast.body) {
        if (statement.type !== 'ExpressionStatement') continue;
        const e = statement.expression;
        const call = e.type === 'AssignmentExpression' ? e.right : e;
        if (call.type !== 'CallExpression' || call.callee.name !== '__decorateClass') continue;
        const [list, target, key, kind] = call.arguments;
        if (list?.type !== 'ArrayExpression' || list.elements.length !== 1) fail(call, 'one decorator expected');
        const decorator = list.elements[0];
        if (decorator.type !== 'CallExpression' || decorator.callee.type !== 'Identifier')
          fail(call, 'a decorator call expected');
        const what = names.get(decorator.callee.name);
        if (e.type === 'AssignmentExpression') {
          // A class decorator: `C = __decorateClass([d], C)`.
          if (what !== 'localized' || e.left.type !== 'Identifier' || target?.name !== e.left.name || key)
            fail(call, 'only @localized() is lowered on a class');
          out.overwrite(call.start, call.end, `${text(decorator)}(${e.left.name}) || ${e.left.name}`);
        } else {
          // A field decorator: `__decorateClass([d], C.prototype, "name", 2)`.
          const isProto =
            target?.type === 'MemberExpression' &&
            target.object.type === 'Identifier' &&
            !target.computed &&
            target.property.name === 'prototype';
          if (!isProto || typeof key?.value !== 'string' || kind?.value !== FIELD)
            fail(call, 'a decorated field expected');
          if (what !== 'property' && what !== 'state') fail(call, 'only @property() and @state() are lowered');
          const [options, extra] = decorator.arguments;
          if (extra) fail(call, 'one argument expected');
          let opts = options ? text(options) : undefined;
          if (what === 'state') opts = `{ ${opts ? `...${opts}, ` : ''}state: true, attribute: false }`;
          out.overwrite(
            call.start,
            call.end,
            `${target.object.name}.createProperty(${text(key)}${opts ? `, ${opts}` : ''})`,
          );
        }
        lowered++;
      }
      const left = out.toString();
      const uses = left.match(/__decorateClass\(/g)?.length ?? 0;
      // What remains is the helper's own definition, which terser drops as unused.
      if (uses > 0) this.error(`__decorateClass is used in a way this plugin does not lower (${uses} left)`);
      if (!lowered) return null;
      return { code: left, map: out.generateMap({ hires: true }) };
    },
  };
}

/** Local name -> imported name, for the decorators we lower. */
function importedNames(ast) {
  const names = new Map();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration') continue;
    const from = node.source.value;
    if (from !== 'lit/decorators.js' && from !== '@lit/localize') continue;
    for (const s of node.specifiers)
      if (s.type === 'ImportSpecifier' && ['property', 'state', 'localized'].includes(s.imported.name))
        names.set(s.local.name, s.imported.name);
  }
  return names;
}
