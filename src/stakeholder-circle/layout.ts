/**
 * Where everything goes in the circle's picture (a 600 × 600 SVG user space, centre 300,300):
 * rings inside out, sectors as wedges clockwise from the top, and each stakeholder in a free slot
 * of its cell (ring × sector). Slots are spaced wider than a node and its short label, so nothing
 * overlaps; a cell with more stakeholders than slots shows one summary (a count) instead, which
 * keeps the picture readable — and fast — at 10 or 1,000 stakeholders. A slot's box stays inside
 * the rings and the sector names outside them, so names never cover a stakeholder. Pure: no DOM.
 */
import { RINGS, type RingId } from '../content/circle.js';
import { SLOTS_5 } from './slots-5.js';

export const SIZE = 600;
export const CENTRE = SIZE / 2;
/** The picture's view box: the layout's square, with room around it for the sector names. */
export const VIEW = { x: -100, y: -44, width: SIZE + 200, height: SIZE + 88 };
/** Inner and outer radius of the centre (the theme) and of each ring. */
export const RADII: Record<'centre' | RingId, [number, number]> = {
  centre: [0, 70],
  person: [70, 150],
  informal: [150, 225],
  formal: [225, 295],
};
/**
 * The box a node and its label need. Labels are horizontal text, so slots are boxes of one
 * square grid: disjoint by construction, whatever the angle.
 */
export const SLOT_WIDTH = 76;
export const SLOT_HEIGHT = 28;
/** Step of the lattice of candidate positions. */
const LATTICE = 10;
/** Radius of a stakeholder's dot. */
export const NODE_R = 7;
/** Labels longer than this are shortened in the picture (whole in the list). */
export const LABEL_CHARS = 11;
/**
 * Sector names are 12-unit bold text: about this wide per character in common sans-serif fonts,
 * lines this far apart, and this far above and below the baseline.
 */
export const SECTOR_CHAR = 7;
export const SECTOR_LINE = 14;
export const SECTOR_ASCENT = 9;
export const SECTOR_DESCENT = 3;

export interface Point {
  x: number;
  y: number;
}

export interface Cell {
  ring: RingId;
  sector: string;
  /** Angles in radians, clockwise from the top. */
  from: number;
  to: number;
  inner: number;
  outer: number;
  slots: Point[];
}

export interface PlacedNode extends Point {
  id: string;
  label: string;
}

export interface Summary extends Point {
  ring: RingId;
  sector: string;
  ids: string[];
}

export interface CircleLayout {
  cells: Cell[];
  nodes: PlacedNode[];
  summaries: Summary[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A point at a radius and an angle (clockwise from the top). */
export function polar(radius: number, angle: number): Point {
  return { x: round(CENTRE + radius * Math.sin(angle)), y: round(CENTRE - radius * Math.cos(angle)) };
}

/** The ring and sector under a point, or null outside the rings (for dropping a dragged node). */
export function cellAt(p: Point, sectorIds: readonly string[]): { ring: RingId; sector: string } | null {
  const dx = p.x - CENTRE;
  const dy = CENTRE - p.y;
  const r = Math.hypot(dx, dy);
  const ring = RINGS.find((id) => r >= RADII[id][0] && r < RADII[id][1]);
  if (!ring || !sectorIds.length) return null;
  const angle = (Math.atan2(dx, dy) + 2 * Math.PI) % (2 * Math.PI);
  return { ring, sector: sectorIds[Math.floor(angle / ((2 * Math.PI) / sectorIds.length)) % sectorIds.length] };
}

/** The cells and their free slots for a list of sectors (slots cached per number of sectors). */
// The slots depend on the number of sectors only: computed once per count, then relabelled.
// Five sectors (the default) come precomputed: the first computation costs 15–25 ms in a page.
const slotCache = new Map<number, Point[][]>([
  [
    5,
    SLOTS_5.map((flat) => Array.from({ length: flat.length / 2 }, (_, i) => ({ x: flat[2 * i], y: flat[2 * i + 1] }))),
  ],
]);
export function grid(sectorIds: readonly string[]): Cell[] {
  let slots = slotCache.get(sectorIds.length);
  if (!slots) slotCache.set(sectorIds.length, (slots = computeSlots(sectorIds.length)));
  return cellsOf(sectorIds, slots);
}

/** The cells of a list of sectors, rings inside out, then sectors clockwise, each with its slots (or none yet). */
function cellsOf(sectorIds: readonly string[], slots?: Point[][]): Cell[] {
  const span = (2 * Math.PI) / Math.max(1, sectorIds.length);
  return RINGS.flatMap((ring, r) =>
    sectorIds.map((sector, i) => {
      const [inner, outer] = RADII[ring];
      return {
        ring,
        sector,
        from: i * span,
        to: (i + 1) * span,
        inner,
        outer,
        slots: slots ? slots[r * sectorIds.length + i] : [],
      };
    }),
  );
}

/** The free slots of every cell (rings inside out, then sectors clockwise) for `count` sectors. */
export function computeSlots(count: number): Point[][] {
  const sectorIds = Array.from({ length: count }, (_, i) => String(i));
  const span = (2 * Math.PI) / Math.max(1, sectorIds.length);
  const cells = cellsOf(sectorIds);
  // Candidates: lattice points where a node (radius NODE_R, plus a margin) sits clear inside one
  // cell — away from the ring circles and the wedge lines — with room in the picture for its box.
  const clear = NODE_R + 3;
  const candidates = cells.map(() => [] as Point[]);
  const n = sectorIds.length;
  for (let x = SLOT_WIDTH / 2; x <= SIZE - SLOT_WIDTH / 2; x += LATTICE) {
    for (let y = SLOT_HEIGHT / 2; y <= SIZE - SLOT_HEIGHT / 2; y += LATTICE) {
      const dx = x - CENTRE;
      const dy = CENTRE - y;
      const r = Math.hypot(dx, dy);
      const ringIndex = RINGS.findIndex((id) => r >= RADII[id][0] + clear && r < RADII[id][1] - clear);
      if (ringIndex < 0) continue;
      const turn = ((Math.atan2(dx, dy) + 2 * Math.PI) % (2 * Math.PI)) / span; // in wedges
      const sector = Math.floor(turn) % n;
      const edge = Math.min(turn - Math.floor(turn), Math.ceil(turn) - turn) * span * r; // to the nearest line
      if (edge < clear) continue;
      // The whole box (the label too) between the theme and the outer circle: clear of the theme
      // and of the sector names outside the rings.
      const far = Math.hypot(Math.abs(dx) + SLOT_WIDTH / 2, Math.abs(dy) + SLOT_HEIGHT / 2);
      const near = Math.hypot(Math.max(0, Math.abs(dx) - SLOT_WIDTH / 2), Math.max(0, Math.abs(dy) - SLOT_HEIGHT / 2));
      if (far > RADII.formal[1] || near < RADII.centre[1]) continue;
      candidates[ringIndex * n + sector].push({ x: round(x), y: round(y) });
    }
  }
  // Cells take turns choosing their spot nearest their middle whose box overlaps no box taken
  // anywhere: overlap-free by construction, and no cell left without room. Taken boxes are kept
  // in a hash of box-sized buckets, so a check looks at the 9 buckets around only.
  const buckets = new Map<number, Point[]>();
  const bucket = (bx: number, by: number) => bx * 1000 + by;
  const free = (p: Point) => {
    const bx = Math.floor(p.x / SLOT_WIDTH);
    const by = Math.floor(p.y / SLOT_HEIGHT);
    for (let i = -1; i <= 1; i++)
      for (let j = -1; j <= 1; j++)
        for (const t of buckets.get(bucket(bx + i, by + j)) ?? [])
          if (Math.abs(p.x - t.x) < SLOT_WIDTH && Math.abs(p.y - t.y) < SLOT_HEIGHT) return false;
    return true;
  };
  const take = (p: Point) => {
    const key = bucket(Math.floor(p.x / SLOT_WIDTH), Math.floor(p.y / SLOT_HEIGHT));
    const list = buckets.get(key);
    if (list) list.push(p);
    else buckets.set(key, [p]);
  };
  const queues = cells.map((c, i) => {
    const mid = polar((c.inner + c.outer) / 2, (c.from + c.to) / 2);
    const near = (p: Point) => (p.x - mid.x) ** 2 + (p.y - mid.y) ** 2;
    return { cell: c, queue: candidates[i].sort((a, b) => near(a) - near(b)), next: 0 };
  });
  for (let progress = true; progress;) {
    progress = false;
    for (const q of queues) {
      while (q.next < q.queue.length && !free(q.queue[q.next])) q.next++;
      const p = q.queue[q.next++];
      if (!p) continue;
      q.cell.slots.push(p);
      take(p);
      progress = true;
    }
  }
  return cells.map((c) => c.slots);
}

/** A text on at most `max` lines of about `width` characters, cut at words where it can be. */
export function wrap(text: string, width: number, max: number): string[] {
  const lines = [''];
  for (const word of text.trim().split(/\s+/)) {
    const line = lines[lines.length - 1];
    if (!line) lines[lines.length - 1] = word;
    else if (line.length + 1 + word.length <= width) lines[lines.length - 1] = `${line} ${word}`;
    else lines.push(word);
  }
  const shown = lines.slice(0, max).map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
  const last = shown[max - 1];
  if (lines.length > max && !last.endsWith('…')) shown[max - 1] = `${last.slice(0, width - 1)}…`;
  return shown;
}

export interface SectorLabel extends Point {
  anchor: 'start' | 'middle' | 'end';
  /** `y` is the first line's baseline; the lines follow SECTOR_LINE apart. */
  lines: string[];
}

/**
 * A sector's name: just outside the rings, in the middle of its wedge, growing away from the
 * circle (so no point of it is nearer the centre than the rings' edge), wrapped to the room the
 * view box leaves there — up to 4 lines of 20 characters.
 */
export function sectorLabel(name: string, i: number, count: number): SectorLabel {
  const angle = ((i + 0.5) * 2 * Math.PI) / count;
  const { x, y } = polar(RADII.formal[1] + 8, angle);
  const sin = Math.sin(angle);
  const cos = Math.cos(angle);
  const anchor = Math.abs(sin) < 0.2 ? 'middle' : sin > 0 ? 'start' : 'end';
  const left = x - VIEW.x;
  const right = VIEW.x + VIEW.width - x;
  const above = y - VIEW.y;
  const below = VIEW.y + VIEW.height - y;
  // Above the point near the top, below it near the bottom, centred on it at the sides.
  const up = cos > 0.2;
  const down = cos < -0.2;
  const width = anchor === 'middle' ? 2 * Math.min(left, right) : sin > 0 ? right : left;
  const height = up ? above : down ? below : 2 * Math.min(above, below);
  const extra = SECTOR_ASCENT + SECTOR_DESCENT;
  const lines = wrap(
    name,
    Math.min(20, Math.floor(width / SECTOR_CHAR)),
    Math.min(4, Math.floor((height - extra) / SECTOR_LINE) + 1),
  );
  const block = (lines.length - 1) * SECTOR_LINE + extra;
  const top = up ? y - block : down ? y : y - block / 2;
  return { x, y: round(top + SECTOR_ASCENT), anchor, lines };
}

export const shortLabel = (name: string) =>
  name.length > LABEL_CHARS ? `${name.slice(0, LABEL_CHARS - 1).trimEnd()}…` : name;

/** Lays out stakeholders (in list order) over the sectors in force. */
export function layoutCircle(
  stakeholders: ReadonlyArray<{ id: string; name: string; ring: RingId; sector: string }>,
  sectorIds: readonly string[],
): CircleLayout {
  // Nobody to place: no need for the grid (its first computation is the costly part).
  if (!stakeholders.length) return { cells: [], nodes: [], summaries: [] };
  const cells = grid(sectorIds);
  const byCell = new Map<string, Array<{ id: string; name: string }>>();
  for (const s of stakeholders) {
    const key = `${s.ring}\u0000${s.sector}`;
    let list = byCell.get(key);
    if (!list) byCell.set(key, (list = []));
    list.push(s);
  }
  const nodes: PlacedNode[] = [];
  const summaries: Summary[] = [];
  for (const cell of cells) {
    const here = byCell.get(`${cell.ring}\u0000${cell.sector}`);
    if (!here) continue;
    if (here.length <= cell.slots.length) {
      here.forEach((s, i) => nodes.push({ id: s.id, label: shortLabel(s.name), ...cell.slots[i] }));
    } else {
      const middle = polar((cell.inner + cell.outer) / 2, (cell.from + cell.to) / 2);
      summaries.push({ ring: cell.ring, sector: cell.sector, ids: here.map((s) => s.id), ...middle });
    }
  }
  return { cells, nodes, summaries };
}
