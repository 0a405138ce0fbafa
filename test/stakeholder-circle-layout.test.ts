/** The circle's layout: overlap-free, every stakeholder exactly once, dense cells summarised. */
import { expect } from '@open-wc/testing';
import { RINGS } from '../src/content/circle.js';
import {
  CENTRE,
  LABEL_CHARS,
  RADII,
  SECTOR_ASCENT,
  SECTOR_CHAR,
  SECTOR_DESCENT,
  SECTOR_LINE,
  SLOT_HEIGHT,
  SLOT_WIDTH,
  VIEW,
  cellAt,
  computeSlots,
  grid,
  layoutCircle,
  sectorLabel,
  shortLabel,
  wrap,
  type Point,
} from '../src/stakeholder-circle/layout.js';

const SECTORS = ['care', 'welfare', 'local-government', 'wwol', 'second-line'];

/** A deterministic spread of stakeholders over rings and sectors, some cells much fuller than others. */
function crowd(n: number, sectors = SECTORS) {
  let seed = 7;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    name: `Partner met een lange naam ${i}`,
    ring: RINGS[Math.floor(next() ** 2 * 3)],
    sector: sectors[Math.floor(next() * sectors.length)],
  }));
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
const meets = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
/** The box a slot's node and label take. */
const slotBox = (p: Point): Box => ({
  left: p.x - SLOT_WIDTH / 2,
  right: p.x + SLOT_WIDTH / 2,
  top: p.y - SLOT_HEIGHT / 2,
  bottom: p.y + SLOT_HEIGHT / 2,
});
/** The box a sector's name takes, from its placement and its lines. */
function sectorBox(name: string, i: number, count: number): Box {
  const { x, y, anchor, lines } = sectorLabel(name, i, count);
  const width = Math.max(...lines.map((l) => l.length)) * SECTOR_CHAR;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return {
    left,
    right: left + width,
    top: y - SECTOR_ASCENT,
    bottom: y + (lines.length - 1) * SECTOR_LINE + SECTOR_DESCENT,
  };
}
/** Long sector names: the default ones in every language, a host's long one, one long word. */
const LONG_NAMES = [
  'Wonen, werken, onderwijs en leven',
  'Logement, emploi, enseignement et vie associative',
  'Housing, work, education and community life',
  'Wohnen, Arbeit, Bildung und Vereinsleben',
  'Zorg en gezondheid',
  'Kommunalverwaltung',
  'Eerstelijnszone en alle partners van de lokale besturen in de regio samen',
  'Gezondheidsbevorderingsnetwerkvergaderingen',
];

describe('stakeholder circle: layout', () => {
  for (const n of [10, 40, 1000]) {
    it(`places ${n} stakeholders without any two boxes overlapping, each in its own cell`, () => {
      const people = crowd(n);
      const { nodes } = layoutCircle(people, SECTORS);
      for (let i = 0; i < nodes.length; i++)
        for (let j = i + 1; j < nodes.length; j++) {
          const overlap =
            Math.abs(nodes[i].x - nodes[j].x) < SLOT_WIDTH && Math.abs(nodes[i].y - nodes[j].y) < SLOT_HEIGHT;
          expect(overlap, `${nodes[i].id} and ${nodes[j].id}`).to.be.false;
        }
      for (const node of nodes) {
        const s = people.find((p) => p.id === node.id)!;
        expect(cellAt(node, SECTORS)).to.deep.equal({ ring: s.ring, sector: s.sector });
      }
    });
  }

  it('shows every stakeholder exactly once: as a node, or in its cell summary', () => {
    const people = crowd(1000);
    const { nodes, summaries } = layoutCircle(people, SECTORS);
    const shown = [...nodes.map((n) => n.id), ...summaries.flatMap((s) => s.ids)].sort();
    expect(shown).to.deep.equal(people.map((p) => p.id).sort());
    expect(summaries.length).to.be.greaterThan(0);
    expect(nodes.length + summaries.length).to.be.lessThan(100); // what the picture draws
  });

  it('summarises a cell with more than fits, and draws a cell that fits', () => {
    const full = Array.from({ length: 30 }, (_, i) => ({
      id: `p${i}`,
      name: `P${i}`,
      ring: 'person' as const,
      sector: 'care',
    }));
    const one = { id: 'w', name: 'Wijkagent', ring: 'formal' as const, sector: 'welfare' };
    const { nodes, summaries } = layoutCircle([...full, one], SECTORS);
    expect(summaries).to.have.length(1);
    expect(summaries[0]).to.include({ ring: 'person', sector: 'care' });
    expect(summaries[0].ids).to.have.length(30);
    expect(cellAt(summaries[0], SECTORS)).to.deep.equal({ ring: 'person', sector: 'care' });
    expect(nodes.map((n) => n.id)).to.deep.equal(['w']);
  });

  it('has room for at least one stakeholder in every cell, for 1 to 8 sectors', () => {
    for (let n = 1; n <= 8; n++) {
      const cells = grid(Array.from({ length: n }, (_, i) => `x${i}`));
      expect(cells).to.have.length(3 * n);
      for (const c of cells) expect(c.slots.length, `${n} sectors, ${c.ring} ${c.sector}`).to.be.greaterThan(0);
    }
  });

  it('ships the slots of five sectors precomputed, and they are up to date', () => {
    expect(grid(SECTORS).map((c) => c.slots)).to.deep.equal(
      computeSlots(5),
      'src/stakeholder-circle/slots-5.ts is out of date: run `npm run circle-slots`',
    );
  });

  for (const n of [3, 5, 8]) {
    it(`keeps every slot's box clear of every sector name, for ${n} sectors`, () => {
      const slots = computeSlots(n).flat();
      expect(slots.length).to.be.greaterThan(0);
      for (const name of LONG_NAMES)
        for (let i = 0; i < n; i++) {
          const label = sectorBox(name, i, n);
          for (const p of slots)
            expect(meets(slotBox(p), label), `"${name}" (${i}) and the slot at ${p.x},${p.y}`).to.be.false;
        }
    });
  }

  it('keeps slot boxes inside the rings, and sector names outside, for 1 to 12 sectors', () => {
    const far = (b: Box) =>
      Math.hypot(Math.max(b.right - CENTRE, CENTRE - b.left), Math.max(b.bottom - CENTRE, CENTRE - b.top));
    const near = (b: Box) =>
      Math.hypot(Math.max(0, b.left - CENTRE, CENTRE - b.right), Math.max(0, b.top - CENTRE, CENTRE - b.bottom));
    for (let n = 1; n <= 12; n++) {
      for (const p of computeSlots(n).flat()) {
        expect(far(slotBox(p)), `${n} sectors, slot at ${p.x},${p.y}`).to.be.at.most(RADII.formal[1]);
        expect(near(slotBox(p)), `${n} sectors, slot at ${p.x},${p.y}`).to.be.at.least(RADII.centre[1]);
      }
      for (const name of LONG_NAMES)
        for (let i = 0; i < n; i++)
          expect(near(sectorBox(name, i, n)), `${n} sectors, "${name}" (${i})`).to.be.above(RADII.formal[1]);
    }
  });

  it('fits every sector name in the picture, apart from the others, for 1 to 12 sectors', () => {
    for (let n = 1; n <= 12; n++)
      for (const name of LONG_NAMES) {
        const boxes = Array.from({ length: n }, (_, i) => sectorBox(name, i, n));
        boxes.forEach((b, i) => {
          const where = `${n} sectors, "${name}" (${i})`;
          expect(b.left, where).to.be.at.least(VIEW.x);
          expect(b.right, where).to.be.at.most(VIEW.x + VIEW.width);
          expect(b.top, where).to.be.at.least(VIEW.y);
          expect(b.bottom, where).to.be.at.most(VIEW.y + VIEW.height);
          for (let j = i + 1; j < n; j++) expect(meets(b, boxes[j]), `${where} and (${j})`).to.be.false;
        });
      }
  });

  it('shows the default sector names whole, in every language', () => {
    const names = [
      ['Zorg en gezondheid', 'Welzijn', 'Lokaal bestuur', 'Wonen, werken, onderwijs en leven', 'Tweede lijn'],
      [
        'Soins et santé',
        'Social',
        'Commune et CPAS',
        'Logement, emploi, enseignement et vie associative',
        'Deuxième ligne',
      ],
      ['Care and health', 'Welfare', 'Local government', 'Housing, work, education and community life', 'Second line'],
      [
        'Pflege und Gesundheit',
        'Soziales',
        'Gemeinde und ÖSHZ',
        'Wohnen, Arbeit, Bildung und Vereinsleben',
        'Zweite Linie',
      ],
    ];
    for (const list of names) list.forEach((name, i) => expect(sectorLabel(name, i, 5).lines.join(' ')).to.equal(name));
  });

  it('wraps a text at words, on at most so many lines, and says when it cut', () => {
    expect(wrap('Valpreventie in Sint-Kruis', 15, 3)).to.deep.equal(['Valpreventie in', 'Sint-Kruis']);
    expect(wrap('Gezond ouder worden in de eerstelijnszone', 15, 2)).to.deep.equal(['Gezond ouder', 'worden in de…']);
    expect(wrap('Gezondheidsbevorderingsnetwerk', 10, 2)).to.deep.equal(['Gezondhei…']);
  });

  it('shortens long names on the picture', () => {
    expect(shortLabel('Wijkagent')).to.equal('Wijkagent');
    const short = shortLabel('Huisartsenkring Brugge en omstreken');
    expect(short.length).to.be.at.most(LABEL_CHARS);
    expect(short.endsWith('…')).to.be.true;
  });

  it('finds the cell under a point, and none in the centre or outside', () => {
    expect(cellAt({ x: 300, y: 300 }, SECTORS)).to.be.null;
    expect(cellAt({ x: 5, y: 5 }, SECTORS)).to.be.null;
    expect(cellAt({ x: 310, y: 190 }, SECTORS)).to.deep.equal({ ring: 'person', sector: 'care' }); // just right of the top
    expect(cellAt({ x: 290, y: 30 }, SECTORS)).to.deep.equal({ ring: 'formal', sector: 'second-line' }); // just left of the top
  });
});
