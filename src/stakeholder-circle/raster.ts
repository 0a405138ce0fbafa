/**
 * The circle's picture as pixels, drawn on a canvas from its own SVG elements — not by loading the
 * SVG as an image, which needs a `blob:` or `data:` image that a strict policy (`default-src
 * 'self'`) forbids. The picture uses few shapes (circles, lines, rectangles, texts in groups moved
 * by `translate`), so drawing them is short. Loaded on demand: with the report, and on the
 * circle's first PNG download.
 */
const num = (el: Element, name: string, fallback = 0) => {
  const v = parseFloat(el.getAttribute(name) ?? '');
  return Number.isFinite(v) ? v : fallback;
};

/** An attribute, looked up through the groups around the element (SVG's inheritance of presentation attributes). */
function inherited(el: Element, name: string): string | null {
  for (let n: Element | null = el; n; n = n.parentElement) {
    const v = n.getAttribute(name);
    if (v !== null) return v;
  }
  return null;
}

function paint(el: Element, name: 'fill' | 'stroke'): string | null {
  const v = inherited(el, name) ?? (name === 'fill' ? '#000000' : null);
  if (v === null || v === 'none') return null;
  return v === 'currentColor' ? (inherited(el, 'color') ?? '#000000') : v;
}

function shape(ctx: CanvasRenderingContext2D, el: Element, path: () => void): void {
  ctx.beginPath();
  path();
  const fill = paint(el, 'fill');
  const stroke = paint(el, 'stroke');
  if (fill) {
    ctx.fillStyle = fill;
    ctx.fill();
  }
  if (stroke) {
    ctx.strokeStyle = stroke;
    ctx.lineWidth = parseFloat(inherited(el, 'stroke-width') ?? '1') || 1;
    const dash = inherited(el, 'stroke-dasharray');
    ctx.setLineDash(
      dash
        ? dash
            .split(/[\s,]+/)
            .map(Number)
            .filter(Number.isFinite)
        : [],
    );
    ctx.stroke();
  }
}

function text(ctx: CanvasRenderingContext2D, el: Element, family: string): void {
  const size = parseFloat(inherited(el, 'font-size') ?? '12') || 12;
  ctx.font = `${inherited(el, 'font-weight') === '700' ? 'bold ' : ''}${size}px ${family}`;
  const anchor = inherited(el, 'text-anchor');
  ctx.textAlign = anchor === 'middle' ? 'center' : anchor === 'end' ? 'right' : 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = paint(el, 'fill') ?? '#000000';
  const spans = [...el.children].filter((c) => c.localName === 'tspan');
  if (!spans.length) {
    ctx.fillText(el.textContent ?? '', num(el, 'x'), num(el, 'y'));
    return;
  }
  let y = num(el, 'y');
  for (const span of spans) {
    y += num(span, 'dy');
    ctx.fillText(span.textContent ?? '', num(span, 'x', num(el, 'x')), y);
  }
}

function draw(ctx: CanvasRenderingContext2D, el: Element, family: string): void {
  switch (el.localName) {
    case 'circle':
      return shape(ctx, el, () => ctx.arc(num(el, 'cx'), num(el, 'cy'), num(el, 'r'), 0, 2 * Math.PI));
    case 'rect':
      return shape(ctx, el, () => ctx.rect(num(el, 'x'), num(el, 'y'), num(el, 'width'), num(el, 'height')));
    case 'line':
      return shape(ctx, el, () => {
        ctx.moveTo(num(el, 'x1'), num(el, 'y1'));
        ctx.lineTo(num(el, 'x2'), num(el, 'y2'));
      });
    case 'text':
      return text(ctx, el, family);
    case 'g':
    case 'svg': {
      const move = /translate\(\s*(-?[\d.]+)[\s,]+(-?[\d.]+)\s*\)/.exec(el.getAttribute('transform') ?? '');
      ctx.save();
      if (move) ctx.translate(Number(move[1]), Number(move[2]));
      for (const child of el.children) draw(ctx, child, family);
      ctx.restore();
      return;
    }
    default:
    // A title, a description: not drawn.
  }
}

/** Draws an SVG document of the circle (`standaloneElement`) on a canvas, `scale` pixels per unit, as a PNG. */
export async function rasterize(picture: SVGSVGElement, scale = 2): Promise<Blob | null> {
  const [x, y, width, height] = (picture.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (![x, y, width, height].every(Number.isFinite) || width <= 0 || height <= 0) return null;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.scale(scale, scale);
  ctx.translate(-x, -y);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(x, y, width, height);
  draw(ctx, picture, picture.getAttribute('font-family') ?? 'sans-serif');
  return new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
}
