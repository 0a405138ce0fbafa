/**
 * A property of the core, over all four elements: whatever the order of the user's edits, another
 * tab's edits (also while one of ours waits to be written), reloads, resets, undos and late host
 * settings, no acknowledged edit is lost, and what is stored always reads back.
 *
 * Each edit adds a token (a group, a stakeholder, an answer) of its own; the model is the set of
 * tokens that must be there. Another tab writes storage directly and sends the `storage` event a
 * real tab would.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/engagement-tool/define.js';
import '../src/participation-ladder/define.js';
import '../src/question-wizard/define.js';
import '../src/stakeholder-circle/define.js';
import type { ElzElement } from '../src/core/element.js';
import { parseJsonText, parseValue, type ValueSchema, type Versioned } from '../src/core/schema.js';
import { toolSchema } from '../src/engagement-tool/value.js';
import { ladderSchema } from '../src/participation-ladder/value.js';
import { wizardSchema } from '../src/question-wizard/value.js';
import { circleSchema } from '../src/stakeholder-circle/value.js';
import { clearStorage } from './helpers.js';

type Value = Versioned & Record<string, unknown>;
type El = ElzElement<Value> & HTMLElement & { sectors?: unknown };

interface Kind {
  tag: string;
  /** How a reload reads the stored text (sectors of the page or not: stored work must read). */
  schema: ValueSchema<Value>;
  /** Adds a token; a stakeholder's sector is the page's own `sport` once the page has set its sectors. */
  add(v: Value, token: string, sector?: string): Value;
  tokens(v: Value): string[];
  /** Takes host sectors (the circle and the tool). */
  sectors?: boolean;
}

const stakeholder = (id: string, sector = 'care') => ({
  id,
  name: id,
  ring: 'person',
  sector,
  involvement: 'involved',
  level: null,
  hardToReach: false,
  expert: false,
  note: '',
});
type Circle = { stakeholders: Array<{ id: string }> };
const isToken = (id: string) => id.startsWith('t-');

const KINDS: Kind[] = [
  {
    tag: 'elz-participation-ladder',
    schema: ladderSchema as unknown as ValueSchema<Value>,
    add: (v, t) => ({
      ...v,
      groups: [...(v.groups as object[]), { id: t, name: t, current: null, target: null, mode: 'direct', note: '' }],
    }),
    tokens: (v) => (v.groups as Array<{ id: string }>).map((g) => g.id).filter(isToken),
  },
  {
    tag: 'elz-stakeholder-circle',
    schema: circleSchema(['care', 'welfare', 'sport']) as unknown as ValueSchema<Value>,
    add: (v, t, sector) => ({ ...v, stakeholders: [...(v as unknown as Circle).stakeholders, stakeholder(t, sector)] }),
    tokens: (v) => (v as unknown as Circle).stakeholders.map((s) => s.id).filter(isToken),
    sectors: true,
  },
  {
    tag: 'elz-question-wizard',
    schema: wizardSchema as unknown as ValueSchema<Value>,
    add: (v, t) => ({ ...v, answers: { ...(v.answers as object), [t]: t } }),
    tokens: (v) => Object.keys(v.answers as object).filter(isToken),
  },
  {
    tag: 'elz-engagement-tool',
    schema: toolSchema(['care', 'welfare', 'sport']) as unknown as ValueSchema<Value>,
    add: (v, t, sector) => {
      const circle = v.circle as Value & Circle;
      return { ...v, circle: { ...circle, stakeholders: [...circle.stakeholders, stakeholder(t, sector)] } };
    },
    tokens: (v) => (v.circle as unknown as Circle).stakeholders.map((s) => s.id).filter(isToken),
    sectors: true,
  },
];

type Op =
  | { op: 'edit' }
  | { op: 'other' }
  | { op: 'edit-then-other' }
  | { op: 'reload' }
  | { op: 'reset' }
  | { op: 'undo' }
  | { op: 'sectors'; late: boolean };

const ops: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.constant<Op>({ op: 'edit' }) },
  { weight: 3, arbitrary: fc.constant<Op>({ op: 'other' }) },
  { weight: 3, arbitrary: fc.constant<Op>({ op: 'edit-then-other' }) },
  { weight: 2, arbitrary: fc.constant<Op>({ op: 'reload' }) },
  { weight: 1, arbitrary: fc.constant<Op>({ op: 'reset' }) },
  { weight: 1, arbitrary: fc.constant<Op>({ op: 'undo' }) },
  { weight: 1, arbitrary: fc.boolean().map<Op>((late) => ({ op: 'sectors', late })) },
);

const KEY = 'prop';
const SECTORS = [
  { id: 'care', name: 'Zorg' },
  { id: 'welfare', name: 'Welzijn' },
  { id: 'sport', name: 'Sport' },
];
let seq = 0;
const flush = () => window.dispatchEvent(new PageTransitionEvent('pagehide'));
const stored = () => localStorage.getItem(KEY);
const sorted = (list: Iterable<string>) => [...list].sort();

/** Another tab: what is stored, plus its token, written and announced as a real tab's write is. */
function otherTab(kind: Kind, el: El, token: string, sector?: string) {
  const before = stored();
  const base = before ? (JSON.parse(before) as Value) : (el.value as Value);
  const text = JSON.stringify({ ...kind.add(base, token, sector), updatedAt: new Date().toISOString() });
  localStorage.setItem(KEY, text);
  window.dispatchEvent(
    new StorageEvent('storage', { key: KEY, oldValue: before, newValue: text, storageArea: localStorage }),
  );
}

async function mount(kind: Kind, errors: string[], sectors: boolean): Promise<El> {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(kind.tag) as El;
  el.setAttribute('storage-key', KEY);
  el.addEventListener('elz-error', (e) => errors.push((e as CustomEvent).detail.code));
  // Host sectors before the element is in the page, or a moment after it (as after a fetch).
  if (kind.sectors && sectors) el.sectors = SECTORS;
  holder.append(el);
  await el.updateComplete;
  await new Promise((r) => setTimeout(r)); // the storage listener is attached after the first render
  return el;
}

describe('core: nothing is lost, whatever happens in whatever order (property)', function () {
  this.timeout(120_000);
  const runs = 20;
  beforeEach(clearStorage);
  afterEach(clearStorage);

  // The property once (seed 1560451514) expected the page's sectors to end an undo; the element rightly keeps it.
  for (const kind of KINDS.filter((k) => k.sectors))
    it(`<${kind.tag}>: a reset stays undoable when the page sets its sectors after it`, async () => {
      const el = await mount(kind, [], false);
      expect((el as unknown as { change(v: Value): boolean }).change(kind.add(el.value as Value, 't-kept'))).to.be.true;
      el.reset();
      el.sectors = SECTORS;
      await el.updateComplete;
      const undo = [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
        b.textContent!.includes('Ongedaan maken'),
      );
      undo!.click();
      await el.updateComplete;
      flush();
      expect(kind.tokens(el.value as Value)).to.deep.equal(['t-kept']);
      expect(kind.tokens(parseValue(kind.schema, parseJsonText(stored()!)))).to.deep.equal(['t-kept']);
      el.remove();
    });

  for (const kind of KINDS)
    it(`<${kind.tag}>: edits, other tabs, reloads, resets, undos and late settings never lose an edit`, async () => {
      let steps = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(ops, { minLength: 5, maxLength: 30 }), async (list) => {
          clearStorage();
          const errors: string[] = [];
          let sectorsSet = false;
          const sector = () => (sectorsSet ? 'sport' : 'care');
          let el = await mount(kind, errors, sectorsSet);
          let expected = new Set<string>();
          let beforeReset: Set<string> | null = null;
          for (const step of list) {
            steps++;
            const token = `t-${++seq}`;
            const userEdit = () => {
              const ok = (el as unknown as { change(v: Value): boolean }).change(
                kind.add(el.value as Value, token, sector()),
              );
              expect(ok, 'the edit is taken').to.be.true;
              expected.add(token);
              beforeReset = null;
            };
            switch (step.op) {
              case 'edit':
                userEdit();
                flush();
                break;
              case 'other':
                flush();
                otherTab(kind, el, `${token}-b`, sector());
                expected.add(`${token}-b`);
                beforeReset = null;
                break;
              case 'edit-then-other':
                // Ours waits to be written when theirs arrives: both stay.
                userEdit();
                otherTab(kind, el, `${token}-b`, sector());
                expected.add(`${token}-b`);
                flush();
                break;
              case 'reload':
                flush();
                el.remove();
                el = await mount(kind, errors, sectorsSet);
                beforeReset = null;
                break;
              case 'reset':
                beforeReset = expected;
                el.reset();
                flush();
                expected = new Set();
                break;
              case 'undo': {
                await el.updateComplete;
                const undo = [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
                  b.textContent!.includes('Ongedaan maken'),
                );
                expect(!!undo, 'undo is offered exactly while nothing came after the reset').to.equal(!!beforeReset);
                if (undo) {
                  undo.click();
                  flush();
                  expected = beforeReset!;
                  beforeReset = null;
                }
                break;
              }
              case 'sectors':
                if (!kind.sectors) break;
                sectorsSet = true;
                if (step.late) {
                  // The page sets its sectors on a freshly loaded element, after it read storage.
                  flush();
                  el.remove();
                  el = await mount(kind, errors, false);
                  await new Promise((r) => setTimeout(r, 5));
                  beforeReset = null; // a page loaded afresh offers no undo
                }
                // The page's act, not the user's: an undo the user was offered stays.
                el.sectors = SECTORS;
                break;
            }
            await el.updateComplete;
            flush();
            // The element holds every acknowledged edit, and so does storage, in a form a reload reads.
            expect(sorted(kind.tokens(el.value as Value)), `after ${step.op}`).to.deep.equal(sorted(expected));
            const text = stored();
            if (text !== null) {
              const back = parseValue(kind.schema, parseJsonText(text));
              expect(sorted(kind.tokens(back)), `stored after ${step.op}`).to.deep.equal(sorted(expected));
            } else expect(expected.size, 'nothing stored, nothing expected').to.equal(0);
          }
          expect(errors.filter((c) => c.startsWith('storage') || c === 'edit-refused')).to.deep.equal([]);
          el.remove();
        }),
        { numRuns: runs },
      );
      expect(steps).to.be.greaterThan(runs * 5);
      console.info(`<${kind.tag}>: ${runs} random sequences, ${steps} steps, nothing lost`);
    });
});
