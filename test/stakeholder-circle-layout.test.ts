/** The circle's layout: overlap-free, every stakeholder exactly once, dense cells summarised. */
import { expect } from '@open-wc/testing';
import { RINGS } from '../src/content/circle.js';
import {
  LABEL_CHARS,
  SLOT_HEIGHT,
  SLOT_WIDTH,
  cellAt,
  computeSlots,
  grid,
  layoutCircle,
  shortLabel,
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
