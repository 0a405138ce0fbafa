import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/engagement-tool/define.js';
import { ElzEngagementTool } from '../src/engagement-tool/engagement-tool.js';
import type { ElzParticipationLadder } from '../src/participation-ladder/participation-ladder.js';
import type { ElzQuestionWizard } from '../src/question-wizard/question-wizard.js';
import type { ElzStakeholderCircle } from '../src/stakeholder-circle/stakeholder-circle.js';
import type { ToolValue } from '../src/engagement-tool/value.js';
import {
  accessibleName,
  describeElement,
  getAllByRole,
  getByRole,
  headingLevel,
  is,
  queryAllByRole,
  queryByRole,
} from './by-role.js';
import { runContractSuite } from './contract.js';
import { clearStorage, collectErrorCodes, groupLine, openGroup, setPageLang, textOf, untilLoaded } from './helpers.js';

const T = '2026-11-20T10:00:00.000Z';
const person = {
  id: 'a',
  name: 'Mevrouw Claeys',
  ring: 'person',
  sector: 'care',
  involvement: 'involved',
  level: 'consult',
  hardToReach: false,
  expert: true,
  note: '',
};
const formal = {
  id: 'b',
  name: 'Huisartsen',
  ring: 'formal',
  sector: 'care',
  involvement: 'involved',
  level: 'collaborate',
  hardToReach: false,
  expert: false,
  note: '',
};
const sample = () => ({
  schema: 'elz-engagement-tool/2',
  step: 'circle',
  completedAt: null,
  round: 1,
  circle: {
    schema: 'elz-stakeholder-circle/2',
    updatedAt: T,
    theme: 'Valpreventie in Sint-Kruis',
    stakeholders: [person, formal],
  },
  ladder: {
    schema: 'elz-participation-ladder/2',
    updatedAt: T,
    groups: [
      {
        id: 'a',
        name: 'Mevrouw Claeys',
        current: 'consult',
        target: 'advise',
        mode: 'direct',
        note: 'Via de buurtwerker',
        representative: '',
        feedback: '',
      },
      {
        id: 'b',
        name: 'Huisartsen',
        current: 'collaborate',
        target: 'collaborate',
        mode: 'indirect',
        note: '',
        representative: 'De huisartsenkring',
        feedback: 'Verslag op de kringvergadering',
      },
    ],
  },
  wizard: {
    schema: 'elz-question-wizard/1',
    updatedAt: T,
    cycle: 1,
    phase: 'discover',
    answers: { who: 'Ouderen die alleen wonen' },
    completedAt: null,
    history: [],
  },
  plan: { ambassador: '', nextRound: null, actions: [] },
  rounds: [],
});

type Part = ElzStakeholderCircle | ElzParticipationLadder | ElzQuestionWizard;
const part = <P extends Part>(el: ElzEngagementTool, tag: string) => el.shadowRoot!.querySelector(tag) as P;
const circleOf = (el: ElzEngagementTool) => part<ElzStakeholderCircle>(el, 'elz-stakeholder-circle');
const ladderOf = (el: ElzEngagementTool) => part<ElzParticipationLadder>(el, 'elz-participation-ladder');
const wizardOf = (el: ElzEngagementTool) => part<ElzQuestionWizard>(el, 'elz-question-wizard');
const settle = async (el: ElzEngagementTool) => {
  await untilLoaded(el);
  for (const p of el.shadowRoot!.querySelectorAll<Part>(
    'elz-stakeholder-circle, elz-participation-ladder, elz-question-wizard',
  ))
    await p.updateComplete;
  await el.updateComplete;
};

const themeField = (el: ElzEngagementTool) => getByRole<HTMLInputElement>(el, 'textbox', { name: 'Thema of actie' });

async function typeTheme(el: ElzEngagementTool, text: string) {
  const input = themeField(el);
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await settle(el);
}

runContractSuite({
  tag: 'elz-engagement-tool',
  ctor: ElzEngagementTool,
  schema: 'elz-engagement-tool/2',
  sample,
  invalid: [
    {
      value: () => ({ ...sample(), circle: { ...sample().circle, stakeholders: [{ ...person, ring: 'outer' }] } }),
      names: /circle\.stakeholders\[0\]\.ring.*outer/,
    },
    { value: () => ({ ...sample(), step: 'elsewhere' }), names: /step.*elsewhere/ },
    {
      value: () => ({ ...sample(), wizard: { ...sample().wizard, answers: { who: 'x'.repeat(5001) } } }),
      names: /wizard\.answers\.who.*longer than 5000/,
    },
    { value: () => ({ ...sample(), ladder: undefined }), names: /ladder.*required/ },
  ],
  userEdit: async (el) => {
    const tool = el as unknown as ElzEngagementTool;
    await settle(tool);
    await typeTheme(tool, `${themeField(tool).value}!`);
  },
  variant: (i) => ({ circle: { ...sample().circle, theme: `Thema ${i}` } }),
  frenchWord: 'Étape',
});

const make = async (value: unknown = { ...sample() }) => {
  const el = await fixture<ElzEngagementTool>(html`<elz-engagement-tool storage="none"></elz-engagement-tool>`);
  if (value) el.value = value;
  await settle(el);
  return el;
};
/** The list of the four steps (and, in step 3, its phases): the tool's one navigation. */
const stepList = (el: ElzEngagementTool) => getByRole(el, 'navigation');
const STEPS = ['Wie is betrokken?', 'Participatieladder', 'Vragen', 'Plan', 'Overzicht'];
/** The n-th of the five steps, in any language (the phases of step 3 end in a count). */
const stepButton = (el: ElzEngagementTool, n: number) =>
  getAllByRole(stepList(el), 'button', { name: (t) => !/ \d+\/\d+$/.test(t) })[n];
/** The phases of step 3 in the step list, named after the phase and how many of its questions are answered. */
const phaseButtons = (el: ElzEngagementTool) => getAllByRole(stepList(el), 'button', { name: / \d+\/\d+$/ });
/** The step shown, a region named "Stap n van 5: …". */
const stepRegion = (el: ElzEngagementTool) => getByRole(el, 'region', { name: /^Stap \d van 5: / });
const focused = (root: Element) => root.shadowRoot!.activeElement;
const go = async (el: ElzEngagementTool, n: number) => {
  stepButton(el, n).click();
  await settle(el);
};

describe('<elz-engagement-tool>', () => {
  beforeEach(async () => {
    clearStorage();
    await setPageLang('nl');
  });
  afterEach(clearStorage);

  describe('steps', () => {
    it('shows five steps with aria-current, and moves the focus to the step heading', async () => {
      const el = await make();
      expect(accessibleName(stepList(el))).to.equal('De stappen');
      const steps = getAllByRole(stepList(el), 'button');
      expect(steps.map((b) => textOf(b).trim())).to.deep.equal([
        '1 Wie is betrokken?',
        '2 Participatieladder',
        '3 Vragen',
        '4 Plan',
        '5 Overzicht',
      ]);
      expect(steps.map(accessibleName)).to.deep.equal(STEPS);
      expect(steps.map((b) => is(b, 'button', { current: 'step' }))).to.deep.equal([true, false, false, false, false]);
      expect(accessibleName(stepRegion(el))).to.equal('Stap 1 van 5: Wie is betrokken?');
      expect(circleOf(el)).to.exist;
      await go(el, 1);
      expect(is(stepButton(el, 1), 'button', { current: 'step' })).to.be.true;
      expect(ladderOf(el)).to.exist;
      expect(circleOf(el)).to.be.null;
      expect(el.shadowRoot!.activeElement?.id).to.equal('step-heading');
      expect(textOf(el.shadowRoot!.activeElement!).trim()).to.equal('Stap 2 van 5: Participatieladder');
      expect(accessibleName(stepRegion(el))).to.equal('Stap 2 van 5: Participatieladder');
      await go(el, 2);
      expect(wizardOf(el)).to.exist;
      expect(el.value.step).to.equal('questions');
      // One list shows where the user is: step 3 holds the three phases; the wizard inside has no
      // step list and no buttons of its own.
      expect(queryByRole(wizardOf(el), 'navigation')).to.be.null;
      expect(queryAllByRole(wizardOf(el), 'button').map(accessibleName)).to.deep.equal([]);
      const phases = phaseButtons(el);
      expect(phases.map((b) => textOf(b).replace(/\s+/g, ' ').trim())).to.deep.equal([
        '3.1 De doelgroep ontdekken 1/5',
        '3.2 De doelgroep begrijpen 0/7',
        '3.3 Regie bij de doelgroep 0/8',
      ]);
      expect(is(stepButton(el, 2), 'button', { current: true })).to.be.true;
      expect(is(stepButton(el, 2), 'button', { current: 'step' })).to.be.false;
      expect(is(phases[0], 'button', { current: 'step' })).to.be.true;
      getByRole(stepList(el), 'button', { name: 'Regie bij de doelgroep 0/8' }).click();
      await settle(el);
      expect(el.value.wizard.phase).to.equal('self-direction');
      expect(queryAllByRole(el, 'button', { current: 'step' })).to.deep.equal([phaseButtons(el)[2]]);
      // Between phases the phase's heading takes the focus.
      await new Promise((r) => setTimeout(r));
      const wizard = wizardOf(el);
      expect(focused(wizard), describeElement(focused(wizard))).to.equal(
        getByRole(wizard, 'heading', { level: 4, name: '3. Regie bij de doelgroep' }),
      );
    });

    it('on a phone the step list stays on one line, whatever the width and the language', async () => {
      const el = await make();
      for (const lang of ['nl', 'fr', 'de', 'en']) {
        await setPageLang(lang);
        for (const px of [260, 300, 340, 380, 420, 480, 540, 600]) {
          el.style.width = `${px}px`;
          await settle(el);
          const tops = [...el.shadowRoot!.querySelectorAll('.tool-steps > li > button')].map(
            (b) => b.getBoundingClientRect().top,
          );
          expect(new Set(tops).size, `${lang} at ${px} px`).to.equal(1);
        }
      }
      el.style.width = '';
      await setPageLang('nl');
    });

    it('on a phone the step list shows numbers and the current name, or numbers only; the names stay for screen readers', async () => {
      const el = await make();
      const width = (name: Element) => name.getBoundingClientRect().width;
      el.style.width = '400px';
      await settle(el);
      let names = [...el.shadowRoot!.querySelectorAll('.tool-steps .name')];
      expect(width(names[0])).to.be.greaterThan(50);
      expect(names.slice(1).map(width)).to.deep.equal([1, 1, 1, 1]);
      el.style.width = '300px';
      await settle(el);
      expect(names.map(width)).to.deep.equal([1, 1, 1, 1, 1]);
      expect(textOf(el.shadowRoot!.querySelector('.step-label')!)).to.contain('Stap 1 van 5: Wie is betrokken?');
      expect(names.map((n) => n.textContent)).to.deep.equal([
        'Wie is betrokken?',
        'Participatieladder',
        'Vragen',
        'Plan',
        'Overzicht',
      ]);
      el.style.width = '900px';
      await new Promise((r) => requestAnimationFrame(r));
      names = [...el.shadowRoot!.querySelectorAll('.tool-steps .name')];
      expect(names.every((n) => width(n) > 20)).to.be.true;
      el.style.width = '';
    });

    it('resumes on the step where the user left off', async () => {
      const first = await fixture<ElzEngagementTool>(html`<elz-engagement-tool id="r"></elz-engagement-tool>`);
      first.value = { ...sample() };
      await settle(first);
      await go(first, 2);
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      first.remove();
      const again = await fixture<ElzEngagementTool>(html`<elz-engagement-tool id="r"></elz-engagement-tool>`);
      await settle(again);
      expect(again.value.step).to.equal('questions');
      expect(wizardOf(again)).to.exist;
      expect(is(stepButton(again, 2), 'button', { current: 'true' })).to.be.true;
      expect(queryAllByRole(again, 'button', { current: 'step' })).to.deep.equal([phaseButtons(again)[0]]);
    });

    it("does not ask again what the ladder holds: phase 3 shows each group's goal and way of taking part instead", async () => {
      const el = await make();
      el.value = {
        ...el.value,
        step: 'questions',
        wizard: { ...el.value.wizard, phase: 'self-direction' },
      };
      await settle(el);
      const wizard = wizardOf(el).shadowRoot!;
      const asked = wizard.textContent!;
      expect(asked).not.to.contain('Hoe ver willen we de groep betrekken?');
      expect(asked).not.to.contain('Hoe doet de groep mee?');
      expect(queryByRole(wizardOf(el), 'group', { name: 'Hoe doet de groep mee?' })).to.be.null;
      const fromLadder = getByRole(el, 'region', { name: 'Wat de ladder zegt' });
      for (const g of el.value.ladder.groups) expect(textOf(fromLadder)).to.contain(`${g.name}: nu `);
      // The wizard on its own still asks both.
      const alone = await fixture<ElzQuestionWizard>(html`<elz-question-wizard storage="none"></elz-question-wizard>`);
      alone.value = { ...alone.value, phase: 'self-direction' };
      await alone.updateComplete;
      expect(alone.shadowRoot!.textContent).to.contain('Hoe ver willen we de groep betrekken?');
      expect(getByRole(alone, 'group', { name: 'Hoe doet de groep mee?' })).to.exist;
    });

    it('each part is a section under the tool: its title is an h3, its own headings one level lower', async () => {
      const el = await make();
      const levels = (part: Element) => queryAllByRole(part, 'heading', { hidden: true }).map((h) => headingLevel(h)!);
      expect(getByRole(el, 'heading', { level: 2 }).textContent).to.contain('Betrokkenheidstool');
      expect(Math.min(...levels(circleOf(el)))).to.equal(3);
      expect(getByRole(circleOf(el), 'heading', { level: 3, name: 'Wie is betrokken?' })).to.exist;
      await go(el, 1);
      expect(Math.min(...levels(ladderOf(el)))).to.equal(3);
      expect(getByRole(ladderOf(el), 'heading', { level: 3, name: 'Participatieladder' })).to.exist;
      await go(el, 2);
      const wizard = wizardOf(el);
      expect(getByRole(wizard, 'heading', { level: 3, name: 'Vragen over betrokkenheid' })).to.exist;
      expect(getByRole(wizard, 'heading', { level: 4, name: '1. De doelgroep ontdekken' })).to.exist;
      await go(el, 4);
      expect(Math.min(...levels(wizardOf(el)))).to.equal(3);
    });

    it('a part shows what the tool gives it and never announces a value of its own', async () => {
      const el = await make();
      await go(el, 2);
      const heard: string[] = [];
      const listen = (e: Event) => heard.push((e.target as Element).localName);
      document.addEventListener('elz-change', listen);
      try {
        // Both list questions answered, then phase 3's: one edit, one event, from the tool.
        const wizard = wizardOf(el);
        getByRole(wizard, 'checkbox', {
          group: 'Welke groepen zijn moeilijk te bereiken?',
          name: 'Mensen die een andere taal spreken',
        }).click();
        await settle(el);
        expect(heard).to.deep.equal(['elz-engagement-tool']);
        // The page sets a value that differs only in the phase: shown, one event, nothing after.
        el.value = { ...el.value, wizard: { ...el.value.wizard, phase: 'self-direction' } };
        await settle(el);
        await new Promise((r) => setTimeout(r, 50));
        expect(heard).to.deep.equal(['elz-engagement-tool', 'elz-engagement-tool']);
        expect(getByRole(wizardOf(el), 'heading', { level: 4, name: '3. Regie bij de doelgroep' })).to.exist;
        getByRole(wizardOf(el), 'checkbox', {
          group: 'Wanneer doet de doelgroep mee?',
          name: 'Van bij het begin: bij de keuze van het thema en het doel',
        }).click();
        await settle(el);
        await new Promise((r) => setTimeout(r, 50));
        expect(heard).to.have.length(3);
        expect(Object.keys(el.value.wizard.answers)).to.include.members(['hard-to-reach', 'timing']);
      } finally {
        document.removeEventListener('elz-change', listen);
      }
    });

    it("the parts keep no storage and show no actions bar of their own; the tool's does", async () => {
      const el = await make();
      expect(circleOf(el).shadowRoot!.querySelector('.actions')).to.be.null;
      expect(queryByRole(circleOf(el), 'group', { name: 'Bewaren en delen' })).to.be.null;
      expect(queryByRole(circleOf(el), 'button', { name: 'Kopie downloaden' })).to.be.null;
      expect(getByRole(el, 'group', { name: 'Bewaren en delen' })).to.exist;
      await typeTheme(el, 'Eenzaamheid');
      await new Promise((r) => setTimeout(r, 400));
      expect(Object.keys(localStorage).filter((k) => k.startsWith('elz-stakeholder-circle'))).to.deep.equal([]);
    });
  });

  describe('data flow', () => {
    it("one elz-change from the tool per edit; the parts' events stay inside", async () => {
      const el = await make();
      const seen: Array<{ target: string; detail: ToolValue }> = [];
      const log = (e: Event) =>
        seen.push({ target: (e.target as Element).localName, detail: (e as CustomEvent).detail });
      document.addEventListener('elz-change', log);
      try {
        await typeTheme(el, 'Eenzaamheid bij ouderen');
      } finally {
        document.removeEventListener('elz-change', log);
      }
      expect(seen.map((s) => s.target)).to.deep.equal(['elz-engagement-tool']);
      expect(seen[0].detail.schema).to.equal('elz-engagement-tool/2');
      expect(seen[0].detail.circle.theme).to.equal('Eenzaamheid bij ouderen');
    });

    it('a stakeholder added to the circle becomes a group on the ladder', async () => {
      const el = await make();
      const circle = circleOf(el);
      getByRole(el, 'button', { name: 'Betrokkene toevoegen' }).click();
      await circle.updateComplete;
      const form = getByRole(el, 'form', { name: 'Nieuwe betrokkene' });
      const name = getByRole<HTMLInputElement>(form, 'textbox', { name: 'Naam' });
      name.value = 'Buurtcomité';
      name.dispatchEvent(new Event('input'));
      const ring = getByRole<HTMLSelectElement>(form, 'combobox', { name: 'Ring' });
      ring.value = getByRole<HTMLOptionElement>(ring, 'option', { name: 'Informeel netwerk' }).value;
      ring.dispatchEvent(new Event('change'));
      await circle.updateComplete;
      getByRole(form, 'button', { name: 'Toevoegen' }).click();
      await settle(el);
      const added = el.value.circle.stakeholders.find((s) => s.name === 'Buurtcomité')!;
      expect(added).to.exist;
      expect(el.value.ladder.groups.map((g) => g.name)).to.deep.equal(['Mevrouw Claeys', 'Huisartsen', 'Buurtcomité']);
      expect(el.value.ladder.groups[2]).to.include({ id: added.id, current: null, target: null, mode: 'direct' });
      await go(el, 1);
      const names = getAllByRole(ladderOf(el), 'button', { name: / Nu: / }).map(
        (b) => accessibleName(b).split(' Nu: ')[0],
      );
      expect(names).to.deep.equal(['Mevrouw Claeys', 'Huisartsen', 'Buurtcomité']);
      expect(groupLine(ladderOf(el), 'Buurtcomité')).to.exist;
    });

    it("the ladder shows the circle's groups fixed: no adding, renaming or removing there", async () => {
      const el = await make();
      await go(el, 1);
      const ladder = ladderOf(el);
      const root = ladder.shadowRoot!;
      expect(root.querySelector('form.add')).to.be.null;
      expect(root.querySelector('.remove')).to.be.null;
      expect(root.querySelector('input[type=text]')).to.be.null;
      // Opened, a group offers its choices and its note, but no name to change and no removal.
      const group = await openGroup(ladder, 'Mevrouw Claeys');
      expect(queryAllByRole(group, 'textbox').map(accessibleName)).to.deep.equal(['Notitie']);
      expect(queryAllByRole(ladder, 'button', { name: /^Groep (verwijderen|toevoegen)/ })).to.have.length(0);
      expect(queryByRole(ladder, 'textbox', { name: 'Naam van een nieuwe groep' })).to.be.null;
      expect(getAllByRole(group, 'radio')).to.have.length(12);
      expect(textOf(stepRegion(el))).to.match(/komen uit stap 1/);
    });

    it('a level set on the ladder shows on the circle', async () => {
      const el = await make();
      await go(el, 1);
      const ladder = ladderOf(el);
      const group = await openGroup(ladder, 'Mevrouw Claeys');
      getByRole(group, 'radio', { group: 'Waar staat de groep nu?', name: /^Meebeslissen / }).click();
      await settle(el);
      expect(el.value.ladder.groups[0].current).to.equal('co-decide');
      expect(el.value.circle.stakeholders[0].level).to.equal('co-decide');
      await go(el, 0);
      const list = textOf(getByRole(el, 'region', { name: 'Alle betrokkenen' }));
      expect(list).to.contain('Meebeslissen');
    });

    it('a level set in the circle is where the group stands now on the ladder', async () => {
      const el = await make();
      const circle = circleOf(el);
      circle.value = {
        ...circle.value,
        stakeholders: circle.value.stakeholders.map((s) => (s.id === 'b' ? { ...s, level: 'inform' as const } : s)),
      };
      await settle(el);
      expect(el.value.ladder.groups[1]).to.include({ current: 'inform', target: 'collaborate', mode: 'indirect' });
    });

    it('renaming a stakeholder renames the group and keeps its notes', async () => {
      const el = await make();
      const circle = circleOf(el);
      circle.value = {
        ...circle.value,
        stakeholders: circle.value.stakeholders.map((s) => (s.id === 'a' ? { ...s, name: 'Mevrouw J. Claeys' } : s)),
      };
      await settle(el);
      expect(el.value.ladder.groups[0]).to.deep.equal({
        id: 'a',
        name: 'Mevrouw J. Claeys',
        current: 'consult',
        target: 'advise',
        mode: 'direct',
        note: 'Via de buurtwerker',
        representative: '',
        feedback: '',
      });
    });

    it('removing a stakeholder removes its group; undo brings it back with its notes', async () => {
      const el = await make();
      const circle = circleOf(el);
      getByRole(el, 'button', { name: 'Wijzigen: Mevrouw Claeys' }).click();
      await circle.updateComplete;
      getByRole(getByRole(el, 'form', { name: 'Betrokkene wijzigen' }), 'button', { name: 'Verwijderen' }).click();
      await settle(el);
      expect(el.value.ladder.groups.map((g) => g.id)).to.deep.equal(['b']);
      getByRole(el, 'button', { name: 'Ongedaan maken' }).click();
      await settle(el);
      expect(el.value.circle.stakeholders.map((s) => s.id).sort()).to.deep.equal(['a', 'b']);
      expect(el.value.ladder.groups.find((g) => g.id === 'a')).to.include({
        target: 'advise',
        note: 'Via de buurtwerker',
      });
    });

    it('a value whose ladder misses a stakeholder gets its group; groups that are no stakeholder are kept', async () => {
      const el = await make(null);
      const v = sample();
      el.value = {
        ...v,
        ladder: {
          ...v.ladder,
          groups: [
            { id: 'x', name: 'Buren', current: null, target: 'advise', mode: 'direct', note: 'Uit een oud bestand' },
          ],
        },
      };
      await settle(el);
      expect(el.value.ladder.groups.map((g) => g.id)).to.deep.equal(['a', 'b', 'x']);
      expect(el.value.ladder.groups[0]).to.include({ name: 'Mevrouw Claeys', current: 'consult', target: null });
      expect(el.value.ladder.groups[2].note).to.equal('Uit een oud bestand');
    });

    it("the host's sectors reach the circle, and a value using another sector is refused", async () => {
      const el = await make(null);
      el.sectors = [
        { id: 'care', name: 'Zorg' },
        { id: 'school', name: { nl: 'School', fr: 'École' } },
      ];
      await settle(el);
      getByRole(el, 'button', { name: 'Betrokkene toevoegen' }).click();
      await circleOf(el).updateComplete;
      const sector = getByRole(el, 'combobox', { name: 'Sector' });
      expect(getAllByRole(sector, 'option').map(accessibleName)).to.deep.equal(['Zorg', 'School']);
      const v = sample();
      expect(() => {
        el.value = { ...v, circle: { ...v.circle, stakeholders: [{ ...person, sector: 'welfare' }] } };
      }).to.throw(TypeError, /circle\.stakeholders\[0\]\.sector.*welfare/);
    });

    it('reads sectors and questions from an inline JSON child', async () => {
      const el = await fixture<ElzEngagementTool>(
        html`<elz-engagement-tool storage="none">
          <script type="application/json">
            {
              "sectors": [{ "id": "buurt", "name": "Buurt" }],
              "questions": [{ "id": "q1", "phase": "discover", "kind": "text", "text": "Wie woont er in de buurt?" }]
            }
          </script>
        </elz-engagement-tool>`,
      );
      await settle(el);
      expect(el.sectors).to.deep.equal([{ id: 'buurt', name: 'Buurt' }]);
      await go(el, 2);
      expect(getAllByRole(wizardOf(el), 'textbox').map(accessibleName)).to.deep.equal(['Wie woont er in de buurt?']);
    });

    it('inline settings are refused whole: good sectors do not come in beside a bad question set', async () => {
      const el = await fixture<ElzEngagementTool>(
        html`<elz-engagement-tool storage="none">
          <script type="application/json">
            {
              "sectors": [{ "id": "buurt", "name": "Buurt" }],
              "questions": [{ "id": "q1", "phase": "later", "kind": "text", "text": "?" }]
            }
          </script>
        </elz-engagement-tool>`,
      );
      await settle(el);
      expect(el.sectors).to.be.null;
      expect(el.questions).to.be.null;
      expect(textOf(el.shadowRoot!.querySelector('.notice')!)).to.match(/questions\[0\]\.phase/);
    });

    it('an invalid inline JSON child is refused with a message and changes nothing', async () => {
      const el = await fixture<ElzEngagementTool>(
        html`<elz-engagement-tool storage="none">
          <script type="application/json">
            { "sectors": [{ "id": "Buurt!" }], "colour": "red" }
          </script>
        </elz-engagement-tool>`,
      );
      await settle(el);
      expect(el.sectors).to.be.null;
      expect(textOf(el.shadowRoot!.querySelector('.notice')!)).to.match(/colour/);
    });
  });

  describe('a version 1 tool, with a version 1 circle and ladder inside', () => {
    /**
     * The sample as the tool wrote it before version 2: no round, plan or rounds; a circle without
     * `expert` and a ladder without representation, in its second cycle of questions.
     */
    const sampleV1 = () => {
      const { round: _r, plan: _p, rounds: _rs, ...v } = sample();
      void [_r, _p, _rs];
      return {
        ...v,
        schema: 'elz-engagement-tool/1',
        updatedAt: T,
        circle: {
          ...v.circle,
          schema: 'elz-stakeholder-circle/1',
          stakeholders: v.circle.stakeholders.map(({ expert: _e, ...rest }) => (void _e, rest)),
        },
        ladder: {
          ...v.ladder,
          schema: 'elz-participation-ladder/1',
          groups: v.ladder.groups.map(({ representative: _a, feedback: _b, ...rest }) => (void [_a, _b], rest)),
        },
        wizard: {
          ...v.wizard,
          cycle: 2,
          history: [{ cycle: 1, answers: { who: 'Eerste ronde' }, completedAt: T }],
        },
      };
    };

    it('restores a stored value with a version 1 circle, and saves the circle as version 2', async () => {
      localStorage.setItem('elz-engagement-tool#old', JSON.stringify(sampleV1()));
      const errors = collectErrorCodes();
      try {
        const el = await fixture<ElzEngagementTool>(html`<elz-engagement-tool id="old"></elz-engagement-tool>`);
        await settle(el);
        expect(errors.codes).to.deep.equal([]);
        expect(el.value.schema).to.equal('elz-engagement-tool/2');
        // Round 2, as the wizard counted; an empty plan; the earlier answers still in the wizard's history.
        expect(el.value).to.deep.include({
          round: 2,
          rounds: [],
          plan: { ambassador: '', nextRound: null, actions: [] },
        });
        expect(el.value.wizard.history[0].answers).to.deep.equal({ who: 'Eerste ronde' });
        expect(el.value.ladder.schema).to.equal('elz-participation-ladder/2');
        expect(el.value.ladder.groups[1]).to.include({ representative: '', feedback: '' });
        expect(el.value.circle.schema).to.equal('elz-stakeholder-circle/2');
        expect(el.value.circle.stakeholders.map((s) => s.expert)).to.deep.equal([false, false]);
        expect(el.value.circle.stakeholders[0]).to.include({ name: 'Mevrouw Claeys', level: 'consult' });
        expect(el.value.ladder.groups[0]).to.include({ target: 'advise', note: 'Via de buurtwerker' });
        expect(el.value.wizard.answers).to.deep.equal({ who: 'Ouderen die alleen wonen' });
        expect(circleOf(el).value.stakeholders[0].expert).to.be.false;
        expect(Object.keys(localStorage).filter((k) => k.includes('unreadable'))).to.deep.equal([]);
        await typeTheme(el, 'Valpreventie');
        await new Promise((r) => setTimeout(r, 400));
        const stored = JSON.parse(localStorage.getItem('elz-engagement-tool#old')!);
        expect(stored.schema).to.equal('elz-engagement-tool/2');
        expect(stored.circle.schema).to.equal('elz-stakeholder-circle/2');
        expect(stored.circle.stakeholders[0].expert).to.be.false;
      } finally {
        errors.stop();
      }
    });

    it('takes a value with a version 1 circle as `value`; a newer tool or circle is refused', async () => {
      const el = await make(null);
      el.value = sampleV1();
      await settle(el);
      expect(el.value.schema).to.equal('elz-engagement-tool/2');
      expect(el.value.circle.stakeholders.every((s) => s.expert === false)).to.be.true;
      expect(el.value.circle.schema).to.equal('elz-stakeholder-circle/2');
      expect(() => (el.value = { ...sample(), schema: 'elz-engagement-tool/3' })).to.throw(TypeError, /newer version/);
      expect(
        () => (el.value = { ...sampleV1(), circle: { ...sampleV1().circle, schema: 'elz-stakeholder-circle/3' } }),
      ).to.throw(TypeError, /circle.*newer version/);
    });
  });

  describe('summary', () => {
    it('indents the balance hints a little, not by the 40px of a browser list (an eighth of a phone)', async () => {
      const el = await make();
      el.style.width = '320px';
      await go(el, 4);
      const box = el.shadowRoot!.querySelector('.balance')!.getBoundingClientRect();
      const item = el.shadowRoot!.querySelector('.balance li')!.getBoundingClientRect();
      expect(item.left - box.left).to.be.below(36);
      expect(item.right).to.be.at.most(box.right + 0.5);
    });

    it('shows the circle, the ladder now → goal, every answer and the balance hints, as text', async () => {
      const el = await make();
      const v = sample();
      el.value = {
        ...el.value,
        step: 'summary',
        circle: {
          ...v.circle,
          theme: '<img src=x onerror=alert(1)>',
          stakeholders: [
            ...v.circle.stakeholders,
            { ...person, id: 'c', name: 'Anderstalige buren', level: null, hardToReach: true, involvement: 'planned' },
          ],
        },
      };
      await settle(el);
      const root = el.shadowRoot!;
      expect(root.querySelector('img')).to.be.null;
      expect(accessibleName(getByRole(el, 'heading', { level: 2 }))).to.equal(
        'Betrokkenheidstool: <img src=x onerror=alert(1)>',
      );
      const balance = textOf(root.querySelector('.balance')!);
      expect(balance).to.contain('Moeilijk bereikbare groepen zijn nog niet betrokken: Anderstalige buren.');
      expect(balance).to.contain('Professionals staan hoger op de participatieladder');
      expect(balance).to.contain('Nog geen doel op de ladder voor: Anderstalige buren.');
      expect(balance).to.not.contain('ervaringsdeskundige'); // Mevrouw Claeys is one, and involved
      const list = textOf(getByRole(el, 'region', { name: 'Alle betrokkenen' }));
      expect(list).to.contain('Raadplegen · ervaringsdeskundige');
      const table = getByRole(getByRole(el, 'region', { name: 'Participatieladder: nu en doel' }), 'table');
      const rows = getAllByRole(table, 'row').map((r) => [...r.children].map((c) => textOf(c).trim()));
      expect(rows.slice(0, 2)).to.deep.equal([
        ['Groep', 'Nu', 'Doel', 'Manier van meedoen', 'Notitie'],
        ['Mevrouw Claeys', 'Raadplegen', 'Adviseren', 'Direct', 'Via de buurtwerker'],
      ]);
      const circle = circleOf(el);
      expect(circle.readonly).to.be.true;
      expect(circle.shadowRoot!.querySelector('svg')).to.exist;
      expect(getByRole(circle, 'group', { name: /^Cirkel van betrokkenen\. Thema: / })).to.exist;
      expect(queryByRole(circle, 'region', { name: 'Wat valt op?' })).to.be.null; // the tool lists them once
      const wizard = wizardOf(el);
      expect(wizard.readonly).to.be.true;
      expect(textOf(wizard.shadowRoot!.querySelector('.answers')!)).to.contain('Ouderen die alleen wonen');
      expect(wizard.shadowRoot!.querySelectorAll('.missing').length).to.be.greaterThan(5);
    });

    it('the storage note under the tool starts at its first line and left edge', async () => {
      const el = await make();
      const note = el.shadowRoot!.querySelector<HTMLElement>('[part="actions"] .note')!;
      const text = [...note.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
      const start = text.textContent!.search(/\S/);
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 1);
      const first = range.getBoundingClientRect();
      const box = note.getBoundingClientRect();
      // Only user notes keep their whitespace; the template's indentation must not show.
      expect(first.top - box.top).to.be.below(4);
      expect(first.left - box.left).to.be.below(2);
    });

    it('prints the report without its controls, and starts it on the first page', async () => {
      const el = await make();
      await go(el, 4);
      const root = el.shadowRoot!;
      const style = (n: Element) => getComputedStyle(n);
      const circle = root.querySelector<ElzStakeholderCircle>('elz-stakeholder-circle')!;
      const wizard = root.querySelector<ElzQuestionWizard>('elz-question-wizard')!;
      await emulateMedia({ media: 'print' });
      try {
        expect(style(root.querySelector('.step-nav')!).display).to.equal('none');
        expect(style(root.querySelector('.steps')!).display).to.equal('none');
        // The step as a whole may be cut: kept whole, a report taller than a page left page 1 empty.
        expect(style(root.querySelector('section.step')!).breakInside).to.equal('auto');
        expect(style(root.querySelector('.balance')!).breakInside).to.equal('avoid');
        // Headings stay with what follows; the picture, rows and list items are not cut.
        expect(style(root.querySelector('#ladder-title')!).breakAfter).to.equal('avoid');
        expect(style(root.querySelector('.ladder tbody tr')!).breakInside).to.equal('avoid');
        expect(style(circle.shadowRoot!.querySelector('figure')!).breakInside).to.equal('avoid');
        expect(style(circle.shadowRoot!.querySelector('.list li')!).breakInside).to.equal('avoid');
        expect(style(wizard.shadowRoot!.querySelector('.answers dt')!).breakAfter).to.equal('avoid');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      expect(style(root.querySelector('.step-nav')!).display).not.to.equal('none');
    });

    it('Afronden fires elz-complete with the whole value; a new round keeps the whole round and starts from it', async () => {
      const el = await make();
      await go(el, 4);
      const done = oneEvent(el, 'elz-complete');
      getByRole(el, 'button', { name: 'Afronden' }).click();
      const ev = await done;
      expect(ev.detail.completedAt).to.be.a('string');
      expect(ev.detail.wizard.completedAt).to.equal(ev.detail.completedAt);
      await settle(el);
      expect(textOf(el.shadowRoot!.querySelector('.done')!).trim()).to.match(/^Afgerond op /);
      // The button is gone: the focus is on the finished summary's heading, and a status says so.
      expect(queryByRole(el, 'button', { name: 'Afronden' })).to.be.null;
      expect(el.shadowRoot!.activeElement?.id).to.equal('step-heading');
      await new Promise((r) => setTimeout(r, 100));
      expect(textOf(el.shadowRoot!.querySelector('[role=status]')!)).to.contain('Deze ronde is afgerond.');
      getByRole(el, 'button', { name: 'Nieuwe ronde starten' }).click();
      await settle(el);
      const v = el.value;
      expect(v).to.include({ step: 'circle', completedAt: null, round: 2 });
      expect(v.wizard.cycle).to.equal(2);
      // The round that ended is kept whole: circle, ladder, answers, plan, when it was done and closed.
      expect(v.rounds).to.have.length(1);
      const [kept] = v.rounds;
      expect(kept).to.include({ round: 1, completedAt: ev.detail.completedAt });
      expect(kept.closedAt).to.be.a('string');
      expect(kept.circle.stakeholders.map((s) => s.name)).to.deep.equal(['Mevrouw Claeys', 'Huisartsen']);
      expect(kept.ladder.groups.map((g) => g.current)).to.deep.equal(['consult', 'collaborate']);
      expect(kept.answers).to.deep.equal({ who: 'Ouderen die alleen wonen' });
      // The new round starts from it; the answers are not kept twice.
      expect(v.wizard.answers).to.deep.equal({ who: 'Ouderen die alleen wonen' });
      expect(v.wizard.history).to.deep.equal([]);
      expect(v.circle.stakeholders).to.deep.equal(kept.circle.stakeholders);
    });
  });

  describe('keyboard', () => {
    it('walks from an empty tool to elz-complete with the keyboard alone', async () => {
      const el = await make(null);
      const circle = circleOf(el);
      const press = (key: string) => sendKeys({ press: key });
      // Step 1: the theme, then one stakeholder through the form.
      themeField(el).focus();
      await sendKeys({ type: 'Eenzaamheid' });
      getByRole(el, 'button', { name: 'Betrokkene toevoegen' }).focus();
      await press('Enter');
      await settle(el);
      // The name field has the focus.
      expect(focused(circle), describeElement(focused(circle))).to.equal(getByRole(el, 'textbox', { name: 'Naam' }));
      await sendKeys({ type: 'Buren' });
      await press('Enter'); // submits the form
      await settle(el);
      expect(el.value.circle.stakeholders.map((s) => s.name)).to.deep.equal(['Buren']);
      // To step 2 with the step list.
      stepButton(el, 1).focus();
      await press('Enter');
      await settle(el);
      const ladder = ladderOf(el);
      getByRole(ladder, 'radio', { group: 'Wat is uw doel?', name: /^Meebeslissen / }).focus();
      await press('Space');
      await settle(el);
      expect(el.value.ladder.groups[0].target).to.equal('co-decide');
      expect(el.value.ladder.groups[0].current).to.equal(null);
      // Step 3, phase by phase, then the plan and the summary, with the one Next button under each.
      for (const [step, phase] of [
        ['questions', 'discover'],
        ['questions', 'understand'],
        ['questions', 'self-direction'],
        ['plan', 'self-direction'],
        ['summary', 'self-direction'],
      ]) {
        getByRole(el, 'button', { name: /^Verder: / }).focus();
        await press('Enter');
        await settle(el);
        expect([el.value.step, el.value.wizard.phase]).to.deep.equal([step, phase]);
      }
      const done = oneEvent(el, 'elz-complete');
      getByRole(el, 'button', { name: 'Afronden' }).focus();
      await press('Enter');
      expect((await done).detail.circle.theme).to.equal('Eenzaamheid');
    });
  });

  describe('locales', () => {
    for (const [lang, title] of [
      ['fr', 'Étape 1 sur 5'],
      ['en', 'Step 1 of 5'],
      ['de', 'Schritt 1 von 5'],
    ] as const)
      it(`speaks ${lang}, in every step, with no axe violations`, async () => {
        await setPageLang(lang);
        const el = await make();
        expect(textOf(el.shadowRoot!.querySelector('#step-heading')!).trim()).to.match(new RegExp(`^${title}`));
        expect(getByRole(el, 'region', { name: new RegExp(`^${title}\\s?: `) })).to.exist;
        for (const n of [0, 1, 2, 3]) {
          await go(el, n);
          await expect(el).to.be.accessible();
        }
      });

    it('puts the theme after the title, with a no-break space before the colon in French', async () => {
      const el = await make();
      const heading = () =>
        el
          .shadowRoot!.querySelector('h2')!
          .textContent!.replace(/\s+/g, (w) => (w.includes('\u00a0') ? '\u00a0' : ' '))
          .trim();
      const theme = el.value.circle.theme;
      expect(heading()).to.equal(`Betrokkenheidstool: ${theme}`);
      await setPageLang('fr');
      await el.updateComplete;
      expect(heading()).to.equal(`Outil d'implication\u00a0: ${theme}`);
    });

    it('has no axe violations on any step in Dutch, readonly included', async () => {
      const el = await make();
      for (const n of [0, 1, 2, 3]) {
        await go(el, n);
        await expect(el).to.be.accessible();
      }
      el.readonly = true;
      await settle(el);
      await expect(el).to.be.accessible();
    });
  });
});
