// For the script-tag bundle: a second copy of dist/elz-widgets.js on the page (another URL, another
// version) makes no second Trusted Types policy. Lit creates its 'lit-html' policy when it loads;
// under `trusted-types lit-html` (PRODUCT.md §5) a second policy of that name is refused with an
// exception and a violation report, so loading the bundle twice threw. The first copy now leaves
// a mark (a flag, never the policy: handing that out would give every script a way around Trusted
// Types); a later copy sees it and makes none. It registers no element either (they are taken),
// so it never renders. Fails the build when Lit's code no longer has the expected shape.
import MagicString from 'magic-string';

const POLICY = /(\w+)\?\1\.createPolicy\("lit-html",(\{createHTML:(\w+)=>\3\})\):void 0/;
const MARK = 'Symbol.for("elz-widgets.lit-html-policy")';

export function oneTrustedTypesPolicy() {
  return {
    name: 'one-tt-policy',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      const found = POLICY.exec(code);
      if (!found) this.error('lit-html: the trusted types policy is not where it was; check this plugin');
      const [whole, tt, options] = found;
      const s = new MagicString(code);
      s.overwrite(
        found.index,
        found.index + whole.length,
        `${tt}&&!globalThis[${MARK}]?(globalThis[${MARK}]=!0,${tt}.createPolicy("lit-html",${options})):void 0`,
      );
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}
