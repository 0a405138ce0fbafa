/**
 * The picture as a file of its own: a standalone SVG document with a legend (`raster.ts` draws the
 * same document as a PNG, in the page, with no network). Functions of the rendered picture only: they
 * leave the page as it was, and the element decides where the result goes.
 */
import { render, svg } from 'lit';
import { CENTRE, VIEW } from './layout.js';
import { INK, legendKeys } from './marks.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** A download has no caption around it: it carries its legend below the circle, this high. */
export const EXPORT_HEIGHT = VIEW.height + 128;
/** A PNG has this many pixels per unit of the picture: sharp on a high-density screen or in print. */
export const PNG_SCALE = 2;

/**
 * The picture (the element's `<svg>`, as rendered) as a standalone SVG document, with its legend.
 * User text is serialised as text (escaped); what only the page needs stays out.
 */
export function standaloneSvg(picture: SVGSVGElement): string {
  // Lit's markers are comments. User text cannot make one: it is serialised with `<` escaped.
  return new XMLSerializer().serializeToString(standaloneElement(picture)).replace(/<!--.*?-->/gs, '');
}

/** The same document as an element, not in the page: for `standaloneSvg`, and to draw as pixels (`raster.ts`). */
export function standaloneElement(picture: SVGSVGElement): SVGSVGElement {
  const copy = picture.cloneNode(true) as SVGSVGElement;
  // On a white ground, below the circle, in two columns: the rings on the left, the dots on the right.
  const top = VIEW.y + VIEW.height + 20;
  const extra = document.createElementNS(SVG_NS, 'g');
  render(
    svg`<rect x=${VIEW.x} y=${VIEW.y} width=${VIEW.width} height=${EXPORT_HEIGHT} fill="#ffffff" />
      ${legendKeys(true).map(
        ([mark, text], i) =>
          svg`<g transform="translate(${i < 3 ? -60 : CENTRE + 40} ${top + (i < 3 ? i : i - 3) * 22})">${mark}<text
            x="18" y="4.5" font-size="13" fill=${INK}>${text}</text></g>`,
      )}`,
    extra,
  );
  copy.prepend(extra);
  copy.setAttribute('viewBox', `${VIEW.x} ${VIEW.y} ${VIEW.width} ${EXPORT_HEIGHT}`);
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(VIEW.width));
  copy.setAttribute('height', String(EXPORT_HEIGHT));
  copy.setAttribute('font-family', 'sans-serif');
  copy.setAttribute('color', INK);
  // A file of its own: what only the page needs (focus, roles, classes, Lit's markers) stays out;
  // the picture's accessible name becomes its title.
  const title = copy.getAttribute('aria-label');
  for (const n of [copy, ...copy.querySelectorAll('*')])
    for (const { name } of [...n.attributes]) if (/^(aria-|role$|class$|tabindex$)/.test(name)) n.removeAttribute(name);
  if (title) copy.prepend(Object.assign(document.createElementNS(SVG_NS, 'title'), { textContent: title }));
  return copy;
}
