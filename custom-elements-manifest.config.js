// Read by `cem analyze` (npm run analyze). One plugin that corrects two things the analyzer
// (0.11) gets wrong for elements that extend the generic base `ElzElement<V>`:
//  1. inherited members and events keep the base's type parameter: `value` is typed `V`, not
//     `LadderValue`;
//  2. when a class documents an inherited item itself (`@fires {CustomEvent<LadderValue>} elz-change`),
//     the base's inferred type (`CustomEvent`) overwrites the class's own.
// Both show in Storybook's docs and in the README's API reference (scripts/api-docs.js).

/** Which type parameters a class declares, and which type arguments it passes to its superclass. */
const generics = new Map(); // class name -> { params: string[], superArgs: string[] }
/** The types each class states itself, before inheritance is applied. */
const ownTypes = new Map(); // class name -> Map('members:value' -> type)

const KINDS = ['members', 'attributes', 'events'];

function resolveGenerics() {
  return {
    name: 'elz-resolve-generics',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const heritage = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
      generics.set(node.name.text, {
        params: (node.typeParameters ?? []).map((p) => p.name.text),
        superArgs: (heritage?.types[0]?.typeArguments ?? []).map((t) => t.getText()),
      });
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const decl of moduleDoc.declarations ?? []) {
        if (decl.kind !== 'class') continue;
        const own = new Map();
        for (const kind of KINDS)
          for (const item of decl[kind] ?? []) if (item.type?.text) own.set(`${kind}:${item.name}`, item.type);
        ownTypes.set(decl.name, own);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules)
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class' || !decl.superclass) continue;
          const params = generics.get(decl.superclass.name)?.params ?? [];
          const args = generics.get(decl.name)?.superArgs ?? [];
          const substitute = (type) => {
            if (!type?.text) return;
            params.forEach((param, i) => {
              if (args[i]) type.text = type.text.replace(new RegExp(`\\b${param}\\b`, 'g'), args[i]);
            });
          };
          const own = ownTypes.get(decl.name) ?? new Map();
          for (const kind of KINDS)
            for (const item of decl[kind] ?? []) {
              if (!item.inheritedFrom) continue;
              const stated = own.get(`${kind}:${item.name}`);
              if (stated) {
                item.type = { ...stated };
                continue;
              }
              if (item.type) item.type = { ...item.type };
              substitute(item.type);
              if (item.return?.type) {
                item.return = { ...item.return, type: { ...item.return.type } };
                substitute(item.return.type);
              }
              if (item.parameters)
                item.parameters = item.parameters.map((p) => {
                  const copy = { ...p, type: p.type && { ...p.type } };
                  substitute(copy.type);
                  return copy;
                });
            }
        }
    },
  };
}

export default {
  plugins: [resolveGenerics()],
};
