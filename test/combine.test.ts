import { expect } from '@open-wc/testing';
import { choose, combine, conflictItem } from '../src/core/combine.js';
import { merge3 } from '../src/core/merge.js';
import { parseValue, sameContent } from '../src/core/schema.js';
import { emptyTool, toolSchema, type ToolValue } from '../src/engagement-tool/value.js';
import { ladderSchema } from '../src/participation-ladder/value.js';
import { circleSchema, type Stakeholder } from '../src/stakeholder-circle/value.js';
import type { LadderGroup } from '../src/participation-ladder/value.js';
import { group, stakeholder } from './fixtures.js';

/** A stakeholder of the informal network, in welfare (the shared sample otherwise). */
const person = (id: string, name: string, more: Partial<Stakeholder> = {}): Stakeholder =>
  stakeholder({ id, name, ring: 'informal', sector: 'welfare', ...more }) as Stakeholder;

const circle = (stakeholders: Stakeholder[], theme = '') => ({
  schema: 'elz-stakeholder-circle/2' as const,
  updatedAt: '2026-12-06T10:00:00.000Z',
  theme,
  stakeholders,
});

function tool(stakeholders: Stakeholder[], more: Partial<ToolValue> = {}): ToolValue {
  return parseValue(toolSchema(), {
    ...emptyTool(),
    updatedAt: '2026-12-06T10:00:00.000Z',
    circle: circle(stakeholders),
    ...more,
  });
}

describe('combine (a colleague’s work with mine)', () => {
  it('merging a value with itself changes nothing', () => {
    const mine = tool([person('a', 'Buren'), person('b', 'Huisarts', { ring: 'formal', sector: 'care' })]);
    const c = combine(mine, structuredClone(mine));
    expect(c.same).to.be.true;
    expect(c.conflicts).to.deep.equal([]);
    expect(sameContent(c.value, mine)).to.be.true;
  });

  it('keeps what only one side has, and says what came in', () => {
    const mine = circle([person('a', 'Buren')]);
    const theirs = circle([person('a', 'Buren'), person('x', 'Vrijwilligers')]);
    const c = combine(mine, theirs);
    expect(c.same).to.be.false;
    expect((c.value as typeof mine).stakeholders.map((s) => s.id)).to.deep.equal(['a', 'x']);
    expect(c.summary.stakeholders).to.deep.equal({ added: 1, changed: 0 });
    expect(parseValue(circleSchema(), c.value)).to.be.ok;
  });

  it('matches items by name where the ids differ, and does not double them', () => {
    const mine = circle([person('a', 'Mantelzorgers')]);
    const theirs = circle([person('zz', '  mantelzorgers ', { note: 'Via het OCMW' })]);
    const c = combine(mine, theirs);
    const list = (c.value as typeof mine).stakeholders;
    expect(list).to.have.length(1);
    expect(list[0].id).to.equal('a');
    // My name was filled in, theirs differs in case and spaces only: a difference to choose.
    expect(c.conflicts.map((x) => x.at)).to.deep.equal([['stakeholders', { id: 'a' }, 'name']]);
    // An empty note of mine takes theirs without asking.
    expect(list[0].note).to.equal('Via het OCMW');
    expect(c.summary.stakeholders).to.deep.equal({ added: 0, changed: 1 });
  });

  it('does not match a name that two of mine share', () => {
    const mine = circle([person('a', 'Buren'), person('b', 'Buren', { ring: 'person', sector: 'care' })]);
    const theirs = circle([person('x', 'Buren')]);
    expect((combine(mine, theirs).value as typeof mine).stakeholders.map((s) => s.id)).to.deep.equal(['a', 'b', 'x']);
  });

  it('lists both versions where both changed a field, keeps mine until I choose, and takes theirs when I do', () => {
    const mine = circle([person('a', 'Buren', { ring: 'informal', note: 'Mijn notitie' })], 'Valpreventie');
    const theirs = circle([person('a', 'Buren', { ring: 'person', note: 'Haar notitie' })], 'Valpreventie thuis');
    const c = combine(mine, theirs);
    expect(c.conflicts.map((x) => [x.at, x.ours, x.theirs])).to.deep.equal([
      [['theme'], 'Valpreventie', 'Valpreventie thuis'],
      [['stakeholders', { id: 'a' }, 'ring'], 'informal', 'person'],
      [['stakeholders', { id: 'a' }, 'note'], 'Mijn notitie', 'Haar notitie'],
    ]);
    expect(sameContent(c.value, mine)).to.be.true;
    expect(conflictItem(c.value, c.conflicts[1])?.name).to.equal('Buren');
    const picked = choose(c.value, c.conflicts, [false, true, true]) as typeof mine;
    expect(picked.theme).to.equal('Valpreventie');
    expect(picked.stakeholders[0]).to.include({ ring: 'person', note: 'Haar notitie' });
    expect(parseValue(circleSchema(), picked)).to.be.ok;
  });

  it('merges ladder groups by id and by name', () => {
    const named = (id: string, name: string, target: string | null) => group({ id, name, current: null, target });
    const mine = {
      schema: 'elz-participation-ladder/2',
      updatedAt: '2026-12-06T10:00:00.000Z',
      groups: [named('citizens', 'Burgers', null)],
    };
    const theirs = {
      ...mine,
      groups: [named('g1', 'Burgers', 'advise'), named('g2', 'Jongeren', 'consult')],
    };
    const c = combine(mine, theirs);
    const merged = parseValue(ladderSchema, c.value);
    expect(merged.groups.map((g) => [g.id, g.target])).to.deep.equal([
      ['citizens', 'advise'],
      ['g2', 'consult'],
    ]);
    expect(c.summary.groups).to.deep.equal({ added: 1, changed: 1 });
    expect(c.conflicts).to.deep.equal([]);
  });

  it('in the tool: stakeholders, their groups, answers and plan actions, matched by name, with the plan following', () => {
    const mine = tool([person('a', 'Buren')], {
      step: 'plan',
      wizard: { ...emptyTool().wizard, answers: { who: 'Ouderen', needs: 'Vervoer' } },
    });
    const theirs = tool(
      [person('k', 'buren', { level: 'consult' }), person('m', 'Apotheker', { ring: 'formal', sector: 'care' })],
      {
        step: 'circle',
        wizard: { ...emptyTool().wizard, phase: 'understand', answers: { who: 'Ouderen', context: 'Alleen thuis' } },
        ladder: {
          schema: 'elz-participation-ladder/2',
          updatedAt: '2026-12-06T10:00:00.000Z',
          groups: [group({ id: 'k', name: 'buren', current: 'consult' }) as LadderGroup],
        },
        plan: {
          ambassador: 'Sarah',
          nextRound: null,
          actions: [{ id: 'group:k', title: 'buren', what: 'Buurtfeest', who: '', due: null, state: 'todo', note: '' }],
        },
      },
    );
    const c = combine(mine, theirs);
    const merged = parseValue(toolSchema(), c.value);
    expect(merged.step).to.equal('plan'); // where I am is no content
    expect(merged.wizard.phase).to.equal('discover');
    expect(merged.circle.stakeholders.map((s) => s.id)).to.deep.equal(['a', 'm']);
    expect(merged.circle.stakeholders[0].level).to.equal('consult');
    expect(merged.ladder.groups.find((g) => g.id === 'a')?.target).to.equal('advise');
    expect(merged.plan.actions.map((a) => a.id)).to.deep.equal(['group:a']);
    expect(merged.plan.ambassador).to.equal('Sarah');
    expect(merged.wizard.answers).to.deep.equal({ who: 'Ouderen', needs: 'Vervoer', context: 'Alleen thuis' });
    expect(c.summary).to.deep.include({
      stakeholders: { added: 1, changed: 1 },
      answers: { added: 1, changed: 0 },
      actions: { added: 1, changed: 0 },
    });
    // The name differs in case only: asked once, for the stakeholder, not again for its group.
    expect(c.conflicts.map((x) => x.at)).to.deep.equal([['circle', 'stakeholders', { id: 'a' }, 'name']]);
  });

  it('a merge past a limit is refused by the checks after it', () => {
    const many = (prefix: string) => Array.from({ length: 600 }, (_, i) => person(`${prefix}${i}`, `${prefix} ${i}`));
    const c = combine(circle(many('a')), circle(many('b')));
    expect(() => parseValue(circleSchema(), c.value)).to.throw(TypeError);
  });
});

describe('merge3 stays the two tabs’ merge', () => {
  it('still reports paths as text, and now both versions too', () => {
    const base = { a: 1, list: [{ id: 'x', n: 'b' }] };
    const m = merge3(base, { a: 2, list: [{ id: 'x', n: 'o' }] }, { a: 3, list: [{ id: 'x', n: 't' }] });
    expect(m.conflicts).to.deep.equal(['a', 'list[id=x].n']);
    expect(m.details.map((d) => [d.at, d.ours, d.theirs])).to.deep.equal([
      [['a'], 2, 3],
      [['list', { id: 'x' }, 'n'], 'o', 't'],
    ]);
    expect(m.value).to.deep.equal({ a: 2, list: [{ id: 'x', n: 'o' }] });
  });

  it('without twoWay, an emptied field is an edit like any other', () => {
    expect(merge3({ a: 'x' }, { a: '' }, { a: 'x' }).value).to.deep.equal({ a: '' });
    expect(merge3({ a: 'x' }, { a: '' }, { a: 'y' }).conflicts).to.deep.equal(['a']);
  });
});
