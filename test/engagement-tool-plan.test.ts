/**
 * From analysis to action: the plan step of the engagement tool, and rounds that keep the whole
 * picture (Plan-Do-Check-Act).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/engagement-tool/define.js';
import { ElzEngagementTool } from '../src/engagement-tool/engagement-tool.js';
import { compare, startRound } from '../src/engagement-tool/rounds.js';
import type { ToolValue } from '../src/engagement-tool/value.js';
import { T, group as sampleGroup, stakeholder as sample } from './fixtures.js';
import { buttonNamed, captureDownloads, clearStorage, setPageLang, textOf, untilLoaded } from './helpers.js';

const stakeholder = (id: string, name: string, ring = 'person', over: object = {}) =>
  sample({ id, name, ring, ...over });
const group = (id: string, name: string, current: string | null, target: string | null, over: object = {}) =>
  sampleGroup({ id, name, current, target, ...over });

/** A tool in round 1: Buren (inform → advise, indirect), Huisarts (collaborate = goal), nobody informal. */
const roundOne = (): ToolValue =>
  ({
    schema: 'elz-engagement-tool/2',
    updatedAt: T,
    step: 'plan',
    completedAt: null,
    round: 1,
    circle: {
      schema: 'elz-stakeholder-circle/2',
      updatedAt: T,
      theme: 'Valpreventie',
      stakeholders: [
        stakeholder('a', 'Buren', 'person', { level: 'inform' }),
        stakeholder('b', 'Huisarts', 'formal', { level: 'collaborate' }),
      ],
    },
    ladder: {
      schema: 'elz-participation-ladder/2',
      updatedAt: T,
      groups: [
        group('a', 'Buren', 'inform', 'advise', { mode: 'indirect', representative: 'Buurtcomité' }),
        group('b', 'Huisarts', 'collaborate', 'collaborate'),
      ],
    },
    wizard: {
      schema: 'elz-question-wizard/1',
      updatedAt: T,
      cycle: 1,
      phase: 'discover',
      answers: { who: 'De buurt' },
      completedAt: null,
      history: [],
    },
    plan: { ambassador: 'An Peeters', nextRound: null, actions: [] },
    rounds: [],
  }) as ToolValue;

const make = async (value: ToolValue = roundOne()) => {
  const el = await fixture<ElzEngagementTool>(html`<elz-engagement-tool storage="none"></elz-engagement-tool>`);
  el.value = value;
  await untilLoaded(el);
  return el;
};
const $ = <T extends Element>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const items = (el: ElzEngagementTool) => $$<HTMLLIElement>(el, '.plan-item');
const field = <T extends HTMLElement>(li: Element, label: RegExp) => {
  const l = [...li.querySelectorAll('label')].find((x) => label.test(x.textContent!))!;
  return li.getRootNode() instanceof ShadowRoot
    ? ((li.getRootNode() as ShadowRoot).getElementById(l.htmlFor) as T)
    : (document.getElementById(l.htmlFor) as T);
};
const type = async (el: ElzEngagementTool, input: HTMLInputElement | HTMLTextAreaElement, text: string) => {
  input.value = text;
  input.dispatchEvent(new Event(input.type === 'date' ? 'change' : 'input'));
  await el.updateComplete;
};

describe('<elz-engagement-tool>: the plan and the rounds', () => {
  beforeEach(async () => {
    clearStorage();
    await setPageLang('nl');
  });

  describe('the plan (step 4)', () => {
    it('asks what to do for every group whose goal is above where it stands, and for every gap', async () => {
      const el = await make();
      await expect(el).to.be.accessible();
      const titles = items(el).map((li) => textOf(li.querySelector('.item-title')!).trim());
      // Buren climb (inform → advise); the Huisarts is at its goal; nobody informal is a gap.
      expect(titles[0]).to.equal('Buren: van Informeren naar Adviseren');
      expect(titles).not.to.include('Huisarts: van Samenwerken naar Samenwerken');
      expect(titles.some((t) => /informele netwerk/.test(t))).to.be.true;
      // The first item still to fill in is open; it names its fields by what they ask.
      const first = items(el)[0];
      expect(first.querySelector('details')!.open).to.be.true;
      for (const label of [/Wat doen we/, /Wie doet het/, /Tegen wanneer/, /Hoe staat het/, /Notitie/])
        expect(field(first, label), String(label)).to.exist;
    });

    it('keeps what the team writes, who does it, by when and where it stands, as an action of the group', async () => {
      const el = await make();
      const first = items(el)[0];
      await type(el, field<HTMLTextAreaElement>(first, /Wat doen we/), 'Een avond in het buurthuis');
      await type(el, field<HTMLInputElement>(first, /Wie doet het/), 'Sofie');
      await type(el, field<HTMLInputElement>(first, /Tegen wanneer/), '2027-03-15');
      const state = field<HTMLSelectElement>(first, /Hoe staat het/);
      state.value = 'doing';
      state.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.value.plan.actions).to.deep.equal([
        {
          id: 'group:a',
          title: 'Buren: van Informeren naar Adviseren',
          what: 'Een avond in het buurthuis',
          who: 'Sofie',
          due: '2027-03-15',
          state: 'doing',
          note: '',
        },
      ]);
      // The closed line says it: state, who, by when.
      expect(textOf(first.querySelector('.item-state')!)).to.match(/Bezig · Sofie · 15-3-2027/);
    });

    it('asks, for a group that takes part through others, who represents it and how its voice comes back', async () => {
      const el = await make();
      const first = items(el)[0];
      expect(field<HTMLInputElement>(first, /Wie vertegenwoordigt/).value).to.equal('Buurtcomité');
      await type(
        el,
        field<HTMLTextAreaElement>(first, /Hoe haalt de vertegenwoordiger de stem van de groep op/),
        'Verslag op het buurtfeest',
      );
      expect(el.value.ladder.groups[0]).to.include({
        representative: 'Buurtcomité',
        feedback: 'Verslag op het buurtfeest',
      });
    });

    it("takes the project ambassador and the next round, and actions of the team's own, which can go again", async () => {
      const el = await make();
      await type(el, $<HTMLInputElement>(el, '#ambassador'), 'Karim');
      await type(el, $<HTMLInputElement>(el, '#next-round'), '2027-06-01');
      expect(el.value.plan).to.include({ ambassador: 'Karim', nextRound: '2027-06-01' });
      buttonNamed(el, 'Eigen actie toevoegen')!.click();
      await el.updateComplete;
      await el.updateComplete;
      // The new action is open, with the focus in what it says.
      const own = items(el).at(-1)!;
      expect(el.shadowRoot!.activeElement).to.equal(field(own, /Wat doen we/));
      await type(el, field<HTMLTextAreaElement>(own, /Wat doen we/), 'Folder in drie talen');
      expect(el.value.plan.actions.at(-1)).to.include({ what: 'Folder in drie talen', state: 'todo' });
      expect(el.value.plan.actions.at(-1)!.id).to.match(/^own:/);
      [...own.querySelectorAll('button')].find((b) => /Actie verwijderen/.test(b.textContent!))!.click();
      await el.updateComplete;
      expect(el.value.plan.actions.filter((a) => a.id.startsWith('own:'))).to.deep.equal([]);
      buttonNamed(el, 'Ongedaan maken')!.click();
      await el.updateComplete;
      expect(el.value.plan.actions.at(-1)).to.include({ what: 'Folder in drie talen' });
    });

    it('keeps an action for a group that reached its goal, marked as no longer needed', async () => {
      const v = roundOne();
      v.plan.actions = [
        {
          id: 'group:a',
          title: 'Buren: van Informeren naar Adviseren',
          what: 'Buurtavond',
          who: '',
          due: null,
          state: 'done',
          note: '',
        },
      ];
      // Where a group stands now is the circle's level of its stakeholder.
      v.circle.stakeholders[0].level = 'advise';
      const el = await make(v);
      const kept = items(el).find((li) => li.textContent!.includes('Buren'))!;
      expect(kept.classList.contains('settled')).to.be.true;
      expect(textOf(kept)).to.contain('Niet meer nodig');
    });

    it('can be filled in with the keyboard alone', async () => {
      const el = await make();
      field<HTMLTextAreaElement>(items(el)[0], /Wat doen we/).focus();
      await sendKeys({ type: 'Buurtavond' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Sofie' });
      await el.updateComplete;
      expect(el.value.plan.actions[0]).to.include({ what: 'Buurtavond', who: 'Sofie' });
    });
  });

  describe('the report ends in action', () => {
    it('shows the plan as a table, the ambassador and the next round', async () => {
      const v = roundOne();
      v.step = 'summary';
      v.plan = {
        ambassador: 'An Peeters',
        nextRound: '2027-06-01',
        actions: [
          {
            id: 'group:a',
            title: 'Buren: van Informeren naar Adviseren',
            what: 'Buurtavond',
            who: '',
            due: '2027-03-15',
            state: 'todo',
            note: '',
          },
        ],
      };
      const el = await make(v);
      const plan = $(el, 'section.plan');
      expect(textOf(plan)).to.contain('Betrokkenheidsambassadeur: An Peeters');
      expect(textOf(plan)).to.contain('Volgende ronde: 1-6-2027.');
      const row = [...plan.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => textOf(c).trim()));
      expect(row).to.deep.equal([
        ['Buren: van Informeren naar AdviserenBuurtavond', 'An Peeters', '15-3-2027', 'Te doen'],
      ]);
      await expect(el).to.be.accessible();
    });
  });

  describe('rounds that keep everything', () => {
    it('compares with the round before: rung then and now, who joined and left, what got done', () => {
      const one = roundOne();
      one.plan.actions = [
        { id: 'group:a', title: 'Buren', what: 'Buurtavond', who: '', due: null, state: 'doing', note: '' },
      ];
      const two = startRound(one, '2026-12-01T10:00:00.000Z');
      two.ladder = {
        ...two.ladder,
        groups: [
          { ...two.ladder.groups[0], current: 'advise' },
          { ...two.ladder.groups[1], current: 'consult' },
          group('c', 'Mantelzorgers', 'inform', 'consult'),
        ] as ToolValue['ladder']['groups'],
      };
      two.circle = {
        ...two.circle,
        stakeholders: [
          two.circle.stakeholders[0],
          stakeholder('c', 'Mantelzorgers', 'informal'),
        ] as ToolValue['circle']['stakeholders'],
      };
      two.plan = { ...two.plan, actions: [{ ...two.plan.actions[0], state: 'done' }] };
      const c = compare(two.rounds[0], two);
      expect(c.round).to.equal(1);
      expect(c.groups.map((g) => [g.name, g.then, g.now, g.move])).to.deep.equal([
        ['Buren', 'inform', 'advise', 'reached'],
        ['Huisarts', 'collaborate', 'consult', 'down'],
        ['Mantelzorgers', null, 'inform', 'new'],
      ]);
      expect(c.joined).to.deep.equal(['Mantelzorgers']);
      expect(c.left).to.deep.equal(['Huisarts']);
      expect(c.done.map((a) => a.what)).to.deep.equal(['Buurtavond']);
    });

    it('round 2 shows what moved, with the check questions beside it, and round 1 as it was', async () => {
      const one = roundOne();
      const two = startRound(one, '2026-12-01T10:00:00.000Z');
      two.step = 'summary';
      two.circle = {
        ...two.circle,
        stakeholders: [{ ...two.circle.stakeholders[0], level: 'consult' }, two.circle.stakeholders[1]],
      };
      two.wizard = { ...two.wizard, answers: { ...two.wizard.answers, 'check-learned': 'Vroeger beginnen' } };
      const el = await make(two);
      const changes = $(el, 'section.comparison');
      expect(textOf(changes)).to.contain('Wat veranderde sinds ronde 1?');
      const rows = [...changes.querySelectorAll('tbody tr')].map((tr) => textOf(tr).trim());
      expect(rows[0]).to.match(/^Buren Informeren Raadplegen Adviseren .*hoger$/);
      expect(rows[1]).to.match(/gelijk$/);
      expect(textOf(changes)).to.contain('Vroeger beginnen');
      // The earlier picture: the group's place then, faintly, and now.
      expect(changes.querySelector('.mini .cell.then')).to.exist;
      expect(changes.querySelector('.mini .cell.now')).to.exist;
      // Round 1, read-only, opens to what it was.
      const earlier = $<HTMLDetailsElement>(el, 'section.rounds details');
      expect(textOf(earlier.querySelector('summary')!)).to.match(/^\s*Ronde 1, afgesloten op /);
      earlier.open = true;
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(textOf(earlier)).to.contain('Informeren');
      expect(earlier.querySelectorAll('input, textarea, select')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('near the size limit offers to take earlier rounds out to a file, with undo', async () => {
      const one = roundOne();
      one.circle = {
        ...one.circle,
        stakeholders: one.circle.stakeholders.map((s) => ({ ...s, note: 'n'.repeat(4900) })),
      };
      let v = one;
      for (let i = 0; i < 90; i++) v = startRound(v, '2026-12-01T10:00:00.000Z');
      v.step = 'summary';
      const el = await make(v);
      expect(textOf(el)).to.match(/kB groot; het mag niet groter worden dan 1024 kB/);
      const downloads = captureDownloads();
      try {
        buttonNamed(el, 'Eerdere rondes downloaden en hier weghalen')!.click();
        await el.updateComplete;
        expect(downloads.files).to.have.length(1);
        expect(JSON.parse(await downloads.files[0].text).rounds).to.have.length(90);
      } finally {
        downloads.restore();
      }
      expect(el.value.rounds).to.deep.equal([]);
      buttonNamed(el, 'Ongedaan maken')!.click();
      await el.updateComplete;
      expect(el.value.rounds).to.have.length(90);
    });
  });
});
