import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/participation-ladder/define.js';
import { ElzParticipationLadder } from '../src/participation-ladder/participation-ladder.js';
import type { LadderValue } from '../src/participation-ladder/value.js';
import {
  accessibleDescription,
  accessibleName,
  describeElement,
  getAllByRole,
  getByRole,
  is,
  queryAllByRole,
  queryByRole,
} from './by-role.js';
import { runContractSuite } from './contract.js';
import { afterSave, clearStorage, groupLine, ladderGroup, openGroup, setPageLang, textOf } from './helpers.js';

const sample = () => ({
  schema: 'elz-participation-ladder/2',
  groups: [
    {
      id: 'citizens',
      name: 'Buurtbewoners Sint-Kruis',
      current: 'inform',
      target: 'advise',
      mode: 'direct',
      note: '',
      representative: '',
      feedback: '',
    },
    {
      id: 'carers',
      name: 'Mantelzorgers',
      current: 'consult',
      target: 'collaborate',
      mode: 'indirect',
      note: 'Via de mantelzorgvereniging',
      representative: 'De mantelzorgvereniging',
      feedback: 'Verslag in hun nieuwsbrief',
    },
  ],
});

/** The three questions of a group, as the user reads them. */
const NOW = 'Waar staat de groep nu?';
const GOAL = 'Wat is uw doel?';
const MODE = 'Hoe doet de groep mee?';

/** The choice under a question that starts with `option` (a rung or a way of taking part, then its gist). */
const choice = (scope: Element, question: string, option: string) =>
  getByRole<HTMLInputElement>(scope, 'radio', { group: question, name: (n) => n.startsWith(`${option} `) });
/** The choices under a question, by what they start with: the rung or the way of taking part. */
const choices = (scope: Element, question: string) =>
  queryAllByRole<HTMLInputElement>(scope, 'radio', { group: question }).map((r) => accessibleName(r).split(' ')[0]);
/** The choice that is checked under a question, by what it starts with; null when none is. */
const chosen = (scope: Element, question: string) => {
  const radio = queryByRole(scope, 'radio', { group: question, checked: true });
  return radio && accessibleName(radio).split(' ')[0];
};

runContractSuite({
  tag: 'elz-participation-ladder',
  ctor: ElzParticipationLadder,
  schema: 'elz-participation-ladder/2',
  sample,
  invalid: [
    { value: () => ({ groups: [{ id: 'a', name: 'A', current: 'shout' }] }), names: /groups\[0\]\.current/ },
    { value: () => ({ groups: [{ id: 'a', name: 'x'.repeat(201) }] }), names: /groups\[0\]\.name.*longer than 200/ },
    {
      value: () => ({
        groups: [
          { id: 'a', name: 'A' },
          { id: 'a', name: 'B' },
        ],
      }),
      names: /groups\[1\]\.id.*repeats/,
    },
    { value: () => ({ groups: [{ id: 'a', name: 'A', mode: 'sideways' }] }), names: /groups\[0\]\.mode/ },
    { value: () => ({ groups: [{ id: 'a', name: 'A', colour: 'red' }] }), names: /groups\[0\]\.colour.*unknown/ },
    {
      value: () => ({ groups: Array.from({ length: 1001 }, (_, i) => ({ id: `g${i}`, name: 'A' })) }),
      names: /groups.*more than 1000/,
    },
    { value: () => ({ groups: 'none' }), names: /groups.*list/ },
    { value: () => ({ groups: [], updatedAt: 'yesterday' }), names: /updatedAt/ },
  ],
  userEdit: async (el) => {
    choice(el, NOW, 'Adviseren').click();
    await el.updateComplete;
  },
  frenchWord: 'Co-construire',
});

const make = () => fixture<ElzParticipationLadder>(html`<elz-participation-ladder></elz-participation-ladder>`);
/** What has the focus, in words, for a failure message. */
const describeFocus = (el: ElzParticipationLadder) => `focus on ${describeElement(el.shadowRoot!.activeElement)}`;
const EXPLAIN = 'Wat betekenen de vijf treden?';
/** Opens "what the five rungs mean"; returns the disclosure. */
async function openExplanation(el: ElzParticipationLadder) {
  const summary = getByRole(el, 'button', { name: EXPLAIN });
  const toggled = oneEvent(summary.parentElement!, 'toggle');
  summary.click();
  await toggled;
  await el.updateComplete;
  return summary.parentElement!;
}

describe('<elz-participation-ladder>', () => {
  beforeEach(async () => {
    clearStorage();
    await setPageLang('nl');
  });
  afterEach(clearStorage);

  describe('accessibility', () => {
    it('passes axe with the explanation open and several groups', async () => {
      const el = await make();
      el.value = { ...sample() };
      await el.updateComplete;
      await openExplanation(el);
      await expect(el).to.be.accessible();
    });

    it('describes the picture in text for screen readers', async () => {
      const el = await make();
      el.value = { ...sample() };
      await el.updateComplete;
      const label = accessibleName(getByRole(el, 'img', { name: /^Overzicht van de groepen op de ladder\./ }));
      expect(label).to.contain('Buurtbewoners Sint-Kruis: nu Informeren, doel Adviseren, manier van meedoen: Direct.');
      expect(label).to.contain('Mantelzorgers: nu Raadplegen, doel Samenwerken, manier van meedoen: Indirect.');
    });

    it('reflows read-only in a narrow column: nothing wider than the element', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 240px"></div>`);
      const el = document.createElement('elz-participation-ladder') as ElzParticipationLadder;
      el.readonly = true;
      wrap.append(el);
      el.value = { ...sample() };
      await el.updateComplete;
      const group = el.shadowRoot!.querySelector<HTMLElement>('.group')!;
      expect(group.scrollWidth).to.be.at.most(group.clientWidth);
      expect(group.getBoundingClientRect().right).to.be.at.most(wrap.getBoundingClientRect().right + 1);
    });
  });

  describe('defaults', () => {
    it('starts with one group for citizens and persons with a care need, nothing chosen', async () => {
      const el = await make();
      expect(el.value.groups).to.have.length(1);
      expect(el.value.groups[0]).to.include({ id: 'citizens', current: null, target: null, mode: 'direct', note: '' });
      expect(el.value.groups[0].name).to.equal('Burgers en personen met een zorg- en ondersteuningsnood');
    });

    it('shows the five rungs top to bottom, with meaning, promise and example', async () => {
      const el = await make();
      const top = ['Meebeslissen', 'Samenwerken', 'Adviseren', 'Raadplegen', 'Informeren'];
      expect(choices(el, NOW)).to.deep.equal(top);
      expect(choices(el, GOAL)).to.deep.equal(top);
      expect(choices(el, MODE)).to.deep.equal(['Direct', 'Indirect']);
      // Each choice writes the rung it names, under the question it names.
      const now: unknown[] = [];
      const goal: unknown[] = [];
      for (const rung of top) {
        choice(el, NOW, rung).click();
        now.push(el.value.groups[0].current);
        choice(el, GOAL, rung).click();
        goal.push(el.value.groups[0].target);
      }
      const ids = ['co-decide', 'collaborate', 'advise', 'consult', 'inform'];
      expect([now, goal]).to.deep.equal([ids, ids]);
      expect(el.shadowRoot!.querySelector('.rungs-explained')).to.be.null; // built when first opened
      const explanation = await openExplanation(el);
      const explained = getAllByRole(explanation, 'listitem');
      expect(explained).to.have.length(5);
      expect(textOf(explained[4])).to.contain('Informeren').and.contain('Voorbeeld');
      expect(getAllByRole(explanation, 'heading', { level: 3 }).map(accessibleName)).to.deep.equal(
        top.map((r, i) => `${5 - i} ${r}`),
      );
    });

    it('writes nothing to storage until the user changes something', async () => {
      await make();
      await afterSave();
      expect(localStorage.length).to.equal(0);
    });
  });

  describe('picture', () => {
    it('marks now and ambition in each group column, with the path between', async () => {
      const el = await make();
      el.value = { ...sample() };
      await el.updateComplete;
      const cells = [...el.shadowRoot!.querySelectorAll('.chart .cell')];
      expect(cells).to.have.length(10);
      // First column, rows top (5) to bottom (1): advise (3) is the target, inform (1) is now.
      const first = cells.slice(0, 5);
      expect(first[2].querySelector('.dot.target')).to.exist;
      expect(first[4].querySelector('.dot.now')).to.exist;
      expect(first[3].classList.contains('through')).to.be.true;
      expect(first[0].classList.contains('through')).to.be.false;
    });
  });

  describe('picture on a phone', () => {
    it('turns each group into a row, rung 1 left to 5 right, with no sideways scrolling and whole names', async () => {
      const el = await make();
      el.value = {
        schema: 'elz-participation-ladder/2',
        groups: [
          { id: 'a', name: 'Ervaringsdeskundigen', current: 'inform', target: 'collaborate', mode: 'direct' },
          { id: 'b', name: 'Mantelzorgers', current: 'advise', target: 'consult', mode: 'indirect' },
          ...['c', 'd', 'e', 'f'].map((id) => ({ id, name: `Groep ${id}`, current: 'consult', target: null })),
        ],
      };
      el.style.width = '320px';
      await el.updateComplete;
      const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
      expect(chart.scrollWidth).to.be.at.most(chart.clientWidth);
      const name = el.shadowRoot!.querySelector<HTMLElement>('.col .gname')!;
      expect(name.getBoundingClientRect().height).to.be.below(30); // one line: not broken mid-word
      const x = (sel: string, col = 0) =>
        el.shadowRoot!.querySelectorAll('.col')[col].querySelector(sel)!.getBoundingClientRect().left;
      // Now on rung 1, the goal on rung 4: the goal lies to the right, three rung widths on.
      const rung = (n: number) => el.shadowRoot!.querySelector(`.rung-label.s${n}`)!.getBoundingClientRect();
      expect(x('.dot.now')).to.be.below(x('.dot.target'));
      expect(Math.abs(x('.dot.target') - x('.dot.now') - (rung(4).left - rung(1).left))).to.be.below(2);
      // Going down (advise to consult): the goal to the left of now.
      expect(x('.dot.target', 1)).to.be.below(x('.dot.now', 1));
      // … drawn as a thin dashed line (a dotted one read as a row of extra marks).
      const down = el.shadowRoot!.querySelectorAll('.col')[1].querySelector('.cell.down.lower')!;
      expect(getComputedStyle(down, '::after').borderTopStyle).to.equal('dashed');
      // Each group's row lies below the previous one, the rung numbers on top.
      const tops = [...el.shadowRoot!.querySelectorAll('.col')].map((c) => c.getBoundingClientRect().top);
      expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
      expect(rung(1).bottom).to.be.at.most(tops[0] + 1);
      el.style.width = '';
      await el.updateComplete;
      // Wide: one column per group again, rung 5 on top.
      expect(rung(5).top).to.be.below(rung(1).top);
    });
  });

  describe('groups', () => {
    /** Whether each group's line is open, in the order shown. */
    const opened = (el: ElzParticipationLadder) =>
      getAllByRole(el, 'button', { name: / Nu: .* · Doel: / }).map((line) => is(line, 'button', { expanded: true }));

    it('shows each group as one line with where it stands; only the first one still open to choose is open', async () => {
      const el = await make();
      el.value = {
        schema: 'elz-participation-ladder/2',
        groups: [
          ...sample().groups.map((g) => ({ ...g, id: `x-${g.id}` })),
          { id: 'experts', name: 'Ervaringsdeskundigen' },
          { id: 'later', name: 'Huisartsen', current: 'inform' },
        ],
      };
      await el.updateComplete;
      expect(opened(el)).to.deep.equal([false, false, true, false]);
      const line = accessibleName(groupLine(el, 'Mantelzorgers'));
      expect(line).to.equal('Mantelzorgers Nu: Raadplegen · Doel: Samenwerken · Indirect');
      expect(accessibleName(groupLine(el, 'Huisartsen'))).to.equal(
        'Huisartsen Nu: Informeren · Doel: nog niet gekozen · Direct',
      );
      // A closed group shows no choices, and does not even build them.
      expect(queryAllByRole(ladderGroup(el, 'Mantelzorgers'), 'radio', { hidden: true })).to.have.length(0);
      expect(choices(ladderGroup(el, 'Ervaringsdeskundigen'), NOW)).to.have.length(5);
      expect(queryAllByRole(el, 'radio', { group: NOW })).to.have.length(5); // only the open group's
      await expect(el).to.be.accessible();
    });

    it('opens and closes a group with the keyboard, and keeps it open when its last choice is made', async () => {
      const el = await make();
      el.value = {
        schema: 'elz-participation-ladder/2',
        groups: [
          { id: 'a', name: 'Buren', current: 'inform' },
          { id: 'b', name: 'Vrijwilligers' },
        ],
      };
      await el.updateComplete;
      expect(opened(el)).to.deep.equal([true, false]);
      choice(ladderGroup(el, 'Buren'), GOAL, 'Adviseren').click();
      await el.updateComplete;
      expect(el.value.groups[0].target).to.equal('advise');
      expect(opened(el)).to.deep.equal([true, false]); // not folded away, nothing else opened
      const volunteers = ladderGroup(el, 'Vrijwilligers');
      const summary = groupLine(el, 'Vrijwilligers');
      summary.focus();
      const toggled = oneEvent(volunteers, 'toggle');
      await sendKeys({ press: 'Enter' });
      await toggled;
      await el.updateComplete;
      expect(choices(volunteers, NOW)).to.have.length(5);
      await sendKeys({ press: 'Tab' });
      // Tab goes into the open group: its name field.
      const active = el.shadowRoot!.activeElement!;
      expect(is(active, 'textbox', { name: 'Naam van de groep' }), describeFocus(el)).to.be.true;
      expect([volunteers.contains(active), (active as HTMLInputElement).value]).to.deep.equal([true, 'Vrijwilligers']);
      summary.focus();
      const closed = oneEvent(volunteers, 'toggle');
      await sendKeys({ press: 'Space' });
      await closed;
      await el.updateComplete;
      expect(choices(volunteers, NOW)).to.have.length(0);
      expect(el.value.groups[1]).to.include({ current: null, target: null }); // opening changes nothing
    });

    it('a new group opens, ready to choose', async () => {
      const el = await make();
      el.value = sample();
      await el.updateComplete;
      const input = getByRole<HTMLInputElement>(el, 'textbox', { name: 'Naam van een nieuwe groep' });
      input.value = 'Vrijwilligers';
      getByRole(el, 'button', { name: 'Groep toevoegen' }).click();
      await el.updateComplete;
      expect(el.value.groups[2].name).to.equal('Vrijwilligers');
      const added = ladderGroup(el, 'Vrijwilligers');
      expect(added.open).to.be.true;
      expect(choices(added, GOAL)).to.have.length(5);
    });
  });

  describe('keyboard', () => {
    it('moves a group up and down the ladder with the arrow keys', async () => {
      const el = await make();
      choice(el, NOW, 'Informeren').focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.value.groups[0].current).to.equal('inform');
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(el.value.groups[0].current).to.equal('consult');
      expect(chosen(el, NOW)).to.equal('Raadplegen');
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(el.value.groups[0].current).to.equal('consult');
      expect([chosen(el, NOW), chosen(el, GOAL)]).to.deep.equal(['Raadplegen', null]);
    });

    it('reaches each radiogroup with one Tab stop', async () => {
      const el = await make();
      el.value = { ...sample() };
      await el.updateComplete;
      const group = ladderGroup(el, 'Buurtbewoners Sint-Kruis');
      getByRole(group, 'textbox', { name: 'Naam van de groep' }).focus();
      // One stop per question, on the choice made: now Informeren, the goal Adviseren, Direct.
      for (const [question, rung] of [
        [NOW, 'Informeren'],
        [GOAL, 'Adviseren'],
        [MODE, 'Direct'],
      ]) {
        await sendKeys({ press: 'Tab' });
        const active = el.shadowRoot!.activeElement;
        expect(active, describeFocus(el)).to.equal(choice(group, question, rung));
        expect(is(active, 'radio', { checked: true })).to.be.true;
      }
    });

    it('adds a group by typing a name and pressing Enter, and refuses an empty name', async () => {
      const el = await make();
      const input = getByRole<HTMLInputElement>(el, 'textbox', { name: 'Naam van een nieuwe groep' });
      input.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(textOf(el)).to.contain('Geef de groep eerst een naam.');
      // The field says why, to whoever reads it.
      expect(accessibleDescription(input)).to.equal('Geef de groep eerst een naam.');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      // A name of only a zero-width space shows nothing: no name either.
      input.value = '\u200B';
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.value.groups).to.have.length(1);
      input.value = '';
      await sendKeys({ type: 'Ervaringsdeskundigen' });
      const ev = oneEvent(el, 'elz-change');
      await sendKeys({ press: 'Enter' });
      const detail = (await ev).detail as LadderValue;
      expect(detail.groups.map((g) => g.name)).to.deep.equal([
        'Burgers en personen met een zorg- en ondersteuningsnood',
        'Ervaringsdeskundigen',
      ]);
      expect(input.value).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal(input);
    });

    it('removes a group, moves focus to the next one, and can undo', async () => {
      const el = await make();
      el.value = { ...sample() };
      await el.updateComplete;
      const remove = getByRole(el, 'button', { name: 'Groep verwijderen: Buurtbewoners Sint-Kruis' });
      remove.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await new Promise((r) => setTimeout(r));
      expect(el.value.groups.map((g) => g.id)).to.deep.equal(['carers']);
      expect(el.shadowRoot!.activeElement, describeFocus(el)).to.equal(groupLine(el, 'Mantelzorgers'));
      expect(textOf(el)).to.contain('Groep "Buurtbewoners Sint-Kruis" is verwijderd.');
      getByRole(el, 'button', { name: 'Ongedaan maken' }).click();
      await el.updateComplete;
      expect(el.value.groups.map((g) => g.id)).to.deep.equal(['citizens', 'carers']);
      expect(el.value.groups[1].note).to.equal('Via de mantelzorgvereniging');
    });
  });

  describe('events', () => {
    it('fires elz-change with the exact value after each edit', async () => {
      const el = await make();
      const textarea = getByRole(el, 'textbox', { name: 'Notitie' });
      textarea.focus();
      const ev = oneEvent(el, 'elz-change');
      await sendKeys({ type: 'W' });
      const detail = (await ev).detail as LadderValue;
      expect(detail).to.deep.equal(el.value);
      expect(detail.groups[0].note).to.equal('W');
      const mode = choice(el, MODE, 'Indirect');
      setTimeout(() => mode.click());
      expect(((await oneEvent(el, 'elz-change')).detail as LadderValue).groups[0].mode).to.equal('indirect');
    });
  });

  describe('attributes', () => {
    it('readonly shows each group as text', async () => {
      const el = await fixture<ElzParticipationLadder>(
        html`<elz-participation-ladder readonly></elz-participation-ladder>`,
      );
      el.value = { ...sample() };
      await el.updateComplete;
      const text = textOf(el);
      expect(text).to.contain('Nu Raadplegen');
      expect(text).to.contain('Doel Samenwerken');
      expect(text).to.contain('Via de mantelzorgvereniging');
      expect(getAllByRole(el, 'heading', { level: 4 }).map(accessibleName)).to.deep.equal([
        'Buurtbewoners Sint-Kruis',
        'Mantelzorgers',
      ]);
      expect(queryByRole(el, 'textbox', { name: 'Naam van een nieuwe groep' })).to.be.null;
      expect(queryAllByRole(el, 'textbox')).to.have.length(0);
      expect(queryAllByRole(el, 'radio')).to.have.length(0);
    });

    it('renders user text as text, never as markup', async () => {
      const el = await make();
      el.value = {
        schema: 'elz-participation-ladder/2',
        groups: [{ id: 'x', name: '<img src=x onerror="window.hacked=1">', note: '<script>window.hacked=1</script>' }],
      };
      await el.updateComplete;
      el.readonly = true;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('img, script')).to.be.null;
      expect((window as unknown as { hacked?: number }).hacked).to.be.undefined;
      expect(textOf(el)).to.contain('<img src=x');
    });
  });

  describe('persistence', () => {
    it('restores every field of every group in a re-created element', async () => {
      const el = await make();
      el.value = { ...sample() };
      const saved = el.value;
      await afterSave();
      el.remove();
      const again = await make();
      expect(again.value).to.deep.equal(saved);
      const carers = await openGroup(again, 'Mantelzorgers');
      expect([chosen(carers, NOW), chosen(carers, GOAL), chosen(carers, MODE)]).to.deep.equal([
        'Raadplegen',
        'Samenwerken',
        'Indirect',
      ]);
      expect(getByRole<HTMLTextAreaElement>(carers, 'textbox', { name: 'Notitie' }).value).to.equal(
        'Via de mantelzorgvereniging',
      );
    });
  });

  describe('locale', () => {
    const cases = {
      nl: ['Participatieladder', 'Meebeslissen', 'Burgers en personen met een zorg- en ondersteuningsnood'],
      fr: ['Échelle de participation', 'Co-décider', 'Donner un avis'],
      en: ['Participation ladder', 'Co-decide', 'Collaborate'],
      de: ['Beteiligungsleiter', 'Mitentscheiden', 'Zusammenarbeiten'],
    };
    for (const [lang, words] of Object.entries(cases)) {
      it(`speaks ${lang}`, async () => {
        await setPageLang(lang);
        const el = await make();
        for (const w of words) expect(textOf(el)).to.contain(w);
        await expect(el).to.be.accessible();
      });
    }

    it('renames the untouched default group when the language changes, but never a named one', async () => {
      const el = await make();
      await setPageLang('en');
      await el.updateComplete;
      expect(el.value.groups[0].name).to.not.equal('Burgers en personen met een zorg- en ondersteuningsnood');
      el.value = { schema: 'elz-participation-ladder/2', groups: [{ id: 'a', name: 'Onze buren' }] };
      await setPageLang('fr');
      await el.updateComplete;
      expect(el.value.groups[0].name).to.equal('Onze buren');
    });
  });
});
