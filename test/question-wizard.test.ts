import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/question-wizard/define.js';
import { ElzQuestionWizard } from '../src/question-wizard/question-wizard.js';
import type { WizardValue } from '../src/question-wizard/value.js';
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
import { clearStorage, collectErrorCodes, setPageLang, textOf } from './helpers.js';

/** Questions of the default set, as the user reads them. */
const WHO = 'Wie heeft met dit thema te maken? Wie kan helpen?';
const ORGANISED = 'Is de groep georganiseerd, bijvoorbeeld in een vereniging?';
const HARD_TO_REACH = 'Welke groepen zijn moeilijk te bereiken?';
const KNOWN = 'Hoe goed kennen we de groep al?';

const sample = () => ({
  schema: 'elz-question-wizard/1',
  cycle: 1,
  phase: 'understand',
  answers: { who: 'Buren van de Sint-Kruisstraat', 'hard-to-reach': ['language', 'isolated'], known: 3 },
  completedAt: null,
  history: [],
});

runContractSuite({
  tag: 'elz-question-wizard',
  ctor: ElzQuestionWizard,
  schema: 'elz-question-wizard/1',
  sample,
  invalid: [
    { value: () => ({ answers: { who: 'x'.repeat(5001) } }), names: /answers\.who.*longer than 5000/ },
    { value: () => ({ phase: 'planning' }), names: /phase.*one of/ },
    { value: () => ({ cycle: 0 }), names: /cycle/ },
    { value: () => ({ answers: { known: 6 } }), names: /answers\.known/ },
    { value: () => ({ answers: { known: { nested: true } } }), names: /answers\.known/ },
    {
      value: () => ({ history: [{ cycle: 1, answers: {}, completedAt: 'gisteren' }] }),
      names: /history\[0\]\.completedAt/,
    },
  ],
  userEdit: async (el) => {
    getByRole(el, 'radio', { group: ORGANISED, name: 'Ja' }).click();
    await el.updateComplete;
  },
  variant: (i) => ({ answers: { who: `Versie ${i}` } }),
  frenchWord: 'Découvrir',
});

const make = () => fixture<ElzQuestionWizard>(html`<elz-question-wizard></elz-question-wizard>`);
const $ = <T extends Element>(el: ElzQuestionWizard, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element>(el: ElzQuestionWizard, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
/** The step list's buttons, named after their step (and how many of its questions are answered). */
const steps = (el: ElzQuestionWizard) => getAllByRole(getByRole(el, 'navigation', { name: 'Stappen' }), 'button');
const step = (el: ElzQuestionWizard, name: string) =>
  getByRole(getByRole(el, 'navigation', { name: 'Stappen' }), 'button', { name: (n) => n.startsWith(name) });
/** The button that leads on to the next step ("Verder: …"). */
const next = (el: ElzQuestionWizard) => getByRole(el, 'button', { name: /^Verder: / });
/** The heading of the step shown (an h3 under the wizard's own h2). */
const stepHeading = (el: ElzQuestionWizard) => getByRole(el, 'heading', { level: 3 });
/** A choice under a question, by its label. */
const option = (el: ElzQuestionWizard, question: string, name: string) =>
  getByRole<HTMLInputElement>(el, question === HARD_TO_REACH ? 'checkbox' : 'radio', { group: question, name });
const focused = (el: ElzQuestionWizard) => el.shadowRoot!.activeElement;

/** Presses Tab until the focused element (inside the wizard) is the one asked for, at most 150 times. */
async function tabTo(el: ElzQuestionWizard, role: string, name: string | RegExp) {
  for (let i = 0; i < 150; i++) {
    await sendKeys({ press: 'Tab' });
    const active = focused(el);
    if (is(active, role, { name })) return active as HTMLElement;
  }
  throw new Error(`${role} ${name} not reached with Tab`);
}

describe('<elz-question-wizard>', () => {
  beforeEach(async () => {
    clearStorage();
    await setPageLang('nl');
  });
  afterEach(clearStorage);

  describe('accessibility', () => {
    it('passes axe on every phase, the summary and the history', async () => {
      const el = await make();
      el.value = {
        ...sample(),
        phase: 'discover',
        history: [{ cycle: 1, answers: { who: 'x' }, completedAt: null }],
        cycle: 2,
      };
      for (const phase of ['discover', 'understand', 'self-direction', 'summary']) {
        el.value = { ...el.value, phase };
        await el.updateComplete;
        if (phase === 'summary') getByRole(el, 'button', { name: 'Eerdere rondes (1)' }).click();
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('defaults', () => {
    it('starts on the first phase with the default questions of the first cycle', async () => {
      const el = await make();
      expect(textOf(el)).to.not.contain('vorige ronde staan er al'); // nothing carried over yet
      expect(el.value).to.include({ cycle: 1, phase: 'discover', completedAt: null });
      expect(steps(el).map(accessibleName)).to.deep.equal([
        'De doelgroep ontdekken 0/5',
        'De doelgroep begrijpen 0/7',
        'Regie bij de doelgroep 0/10',
        'Overzicht',
      ]);
      expect(steps(el).map((b) => is(b, 'button', { current: 'step' }))).to.deep.equal([true, false, false, false]);
      expect(textOf(el)).to.contain('0 van 22 vragen beantwoord.');
      const phase = getByRole(el, 'region', { name: '1. De doelgroep ontdekken' });
      expect(getAllByRole(phase, 'listitem')).to.have.length(5);
      // Five questions: the texts to write, the choices grouped under their question.
      expect(getAllByRole(phase, 'textbox').map(accessibleName)).to.deep.equal([
        WHO,
        'Hoe bereiken we de mensen die niet georganiseerd zijn?',
        'Wie zijn de sleutelfiguren die de groep kent en vertrouwt? (niet verplicht)',
      ]);
      expect(getAllByRole(phase, 'group').map(accessibleName)).to.deep.equal([HARD_TO_REACH, ORGANISED]);
      expect(textOf(el)).to.not.contain('vorige ronde'); // check questions come from cycle 2 on
    });
  });

  describe('navigation', () => {
    it('moves between phases with next, back and the steps, and focuses the heading', async () => {
      const el = await make();
      expect(accessibleName(next(el))).to.equal('Verder: De doelgroep begrijpen');
      next(el).click();
      await el.updateComplete;
      expect(el.value.phase).to.equal('understand');
      expect(focused(el), describeElement(focused(el))).to.equal(stepHeading(el));
      expect(accessibleName(stepHeading(el))).to.equal('2. De doelgroep begrijpen');
      expect(is(step(el, 'De doelgroep begrijpen'), 'button', { current: 'step' })).to.be.true;
      step(el, 'Overzicht').click();
      await el.updateComplete;
      expect(el.value.phase).to.equal('summary');
      expect(accessibleName(stepHeading(el))).to.equal('4. Overzicht');
      getByRole(el, 'button', { name: 'Vorige' }).click();
      await el.updateComplete;
      expect(el.value.phase).to.equal('self-direction');
      expect(accessibleName(stepHeading(el))).to.equal('3. Regie bij de doelgroep');
    });

    it('comes back on the step where the user left off', async () => {
      const el = await make();
      step(el, 'Regie bij de doelgroep').click();
      await el.updateComplete;
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      el.remove();
      const again = await make();
      expect(accessibleName(stepHeading(again))).to.equal('3. Regie bij de doelgroep');
      expect(is(step(again, 'Regie bij de doelgroep'), 'button', { current: 'step' })).to.be.true;
    });
  });

  describe('question kinds', () => {
    it('long text: answers while typing, counts characters, clears when emptied', async () => {
      const el = await make();
      const area = getByRole<HTMLTextAreaElement>(el, 'textbox', { name: WHO });
      area.focus();
      await sendKeys({ type: 'Buren' });
      await el.updateComplete;
      expect(el.value.answers.who).to.equal('Buren');
      // The count is read with the field, after its help.
      expect(accessibleDescription(area)).to.match(/ 5 van 5000 tekens$/);
      expect(area.maxLength).to.equal(5000);
      area.select();
      await sendKeys({ press: 'Backspace' });
      expect(el.value.answers).to.not.have.property('who');
    });

    it('single choice, multiple choice and the 1–5 scale', async () => {
      const el = await make();
      expect(queryAllByRole(el, 'radio', { group: ORGANISED }).map(accessibleName)).to.deep.equal([
        'Ja',
        'Voor een deel',
        'Nee',
      ]);
      option(el, ORGANISED, 'Voor een deel').click();
      expect(el.value.answers.organised).to.equal('partly');
      const language = option(el, HARD_TO_REACH, 'Mensen die een andere taal spreken');
      const disability = option(el, HARD_TO_REACH, 'Mensen met een beperking');
      language.click();
      disability.click();
      expect(el.value.answers['hard-to-reach']).to.deep.equal(['language', 'disability']);
      await el.updateComplete;
      expect(queryAllByRole(el, 'checkbox', { group: HARD_TO_REACH, checked: true })).to.deep.equal([
        language,
        disability,
      ]);
      language.click();
      disability.click();
      expect(el.value.answers).to.not.have.property('hard-to-reach');
      next(el).click();
      await el.updateComplete;
      const scale = getAllByRole<HTMLInputElement>(el, 'radio', { group: KNOWN });
      expect(scale.map(accessibleName)).to.deep.equal(['1', '2', '3', '4', '5']);
      expect(accessibleDescription(getByRole(el, 'group', { name: KNOWN }))).to.equal(
        '1 = helemaal niet, 5 = volledig',
      );
      getByRole(el, 'radio', { group: KNOWN, name: '4' }).click();
      expect(el.value.answers.known).to.equal(4);
      getByRole(el, 'radio', { group: KNOWN, name: '1' }).click();
      expect(el.value.answers.known).to.equal(1);
      getByRole(el, 'radio', { group: KNOWN, name: '5' }).click();
      expect(el.value.answers.known).to.equal(5);
    });
  });

  describe('limits', () => {
    it('drops control characters from what is typed, and the field shows what is kept', async () => {
      const el = await make();
      const box = getByRole<HTMLTextAreaElement>(el, 'textbox', { name: WHO });
      box.value = 'Bu\u0000ren\u0001';
      box.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(el.value.answers.who).to.equal('Buren');
      expect(box.value).to.equal('Buren');
    });

    it('refuses typing that would take the work past 1 MiB, says why, and the field shows the kept text', async () => {
      const el = await make();
      const answers = Object.fromEntries(Array.from({ length: 209 }, (_, i) => [`q${i}`, 'a'.repeat(4990)]));
      el.value = { ...el.value, answers };
      await el.updateComplete;
      const errors = collectErrorCodes();
      const box = getByRole<HTMLTextAreaElement>(el, 'textbox', { name: WHO });
      box.value = 'b'.repeat(5000);
      box.dispatchEvent(new Event('input'));
      await el.updateComplete;
      errors.stop();
      expect(errors.codes).to.deep.equal(['edit-refused']);
      expect(Object.hasOwn(el.value.answers, 'who')).to.be.false;
      expect(box.value).to.equal('');
      expect(textOf(el)).to.contain('groter worden dan 1024 kB');
    });
  });

  describe('question sets', () => {
    const custom = [
      { id: 'a', phase: 'discover', kind: 'text', text: { nl: 'Wie woont er?', fr: 'Qui habite ici ?' } },
      {
        id: 'b',
        phase: 'understand',
        kind: 'single',
        text: 'Kiezen',
        options: [
          { id: 'x', text: { nl: 'Iks', fr: 'Ixe' } },
          { id: 'y', text: 'Ypsilon' },
        ],
      },
    ];

    it('takes a host set by property, in the page language', async () => {
      const el = await make();
      el.questions = custom;
      await el.updateComplete;
      expect(textOf(el)).to.contain('Wie woont er?');
      expect(textOf(el)).to.contain('0 van 2 vragen');
      await setPageLang('fr');
      await el.updateComplete;
      expect(textOf(el)).to.contain('Qui habite ici ?');
    });

    it('takes a host set from an inline JSON script', async () => {
      const el = await fixture<ElzQuestionWizard>(
        html`<elz-question-wizard>
          <script type="application/json">
            ${JSON.stringify(custom)}
          </script>
        </elz-question-wizard>`,
      );
      expect(textOf(el)).to.contain('Wie woont er?');
    });

    it('reports an invalid inline set once, with the reason, and keeps the default set', async () => {
      const errors: string[] = [];
      const listen = (e: Event) => errors.push((e as CustomEvent).detail.message);
      document.addEventListener('elz-error', listen);
      try {
        const el = await fixture<ElzQuestionWizard>(
          html`<elz-question-wizard>
            <script type="application/json">
              [{ "id": "a", "phase": "later", "kind": "text", "text": "x" }]
            </script>
          </elz-question-wizard>`,
        );
        expect(errors).to.have.length(1);
        expect(errors[0]).to.contain('questions[0].phase');
        expect(el.questions).to.be.null;
        const broken = await fixture<ElzQuestionWizard>(
          html`<elz-question-wizard>
            <script type="application/json">
              [{ "id":
            </script>
          </elz-question-wizard>`,
        );
        expect(errors).to.have.length(2);
        expect(errors[1]).to.contain('geen bestand van deze tool');
        expect(broken.questions).to.be.null;
      } finally {
        document.removeEventListener('elz-error', listen);
      }
    });

    for (const [label, bad, names] of [
      ['an unknown kind', [{ id: 'a', phase: 'discover', kind: 'slider', text: 'x' }], /kind/],
      ['a duplicate id', [custom[0], custom[0]], /repeats the id "a"/],
      ['a choice without options', [{ id: 'a', phase: 'discover', kind: 'single', text: 'x' }], /options.*required/],
      ['an unknown phase', [{ id: 'a', phase: 'later', kind: 'text', text: 'x' }], /phase/],
      ['501 questions', Array.from({ length: 501 }, (_, i) => ({ ...custom[0], id: `q${i}` })), /more than 500/],
    ] as const) {
      it(`refuses a set with ${label} whole, and keeps the set it had`, async () => {
        const el = await make();
        el.questions = custom;
        const ev = oneEvent(el, 'elz-error');
        expect(() => (el.questions = bad)).to.throw(TypeError, names);
        expect((await ev).detail.code).to.equal('invalid-value');
        await el.updateComplete;
        expect(el.questions).to.have.length(2);
      });
    }

    it('keeps answers to questions that left the set, and shows them apart', async () => {
      const el = await make();
      el.value = {
        schema: 'elz-question-wizard/1',
        answers: { gone: 'Nog altijd hier', who: 'Buren' },
        phase: 'summary',
      };
      await el.updateComplete;
      expect(textOf(el)).to.contain('Andere antwoorden');
      expect(textOf(el)).to.contain('Nog altijd hier');
      expect(el.value.answers.gone).to.equal('Nog altijd hier');
    });
  });

  describe('summary and cycles', () => {
    it('shows every answer by phase, marks unanswered ones, and renders user text as text', async () => {
      const el = await make();
      el.value = {
        ...sample(),
        answers: { ...sample().answers, needs: '<img src=x onerror=alert(1)>' },
        phase: 'summary',
      };
      await el.updateComplete;
      const text = textOf(el);
      expect(text).to.contain('Buren van de Sint-Kruisstraat');
      const summary = getByRole(el, 'region', { name: '4. Overzicht' });
      // Each answer under its question, as a list of terms and definitions.
      const answerTo = (question: string) => {
        const term = getAllByRole(summary, 'term').find((t) => textOf(t).trim() === question)!;
        return textOf(term.nextElementSibling!).trim();
      };
      expect(answerTo(WHO)).to.equal('Buren van de Sint-Kruisstraat');
      expect(answerTo(KNOWN)).to.equal('3 / 5');
      expect(answerTo(ORGANISED)).to.equal('Niet beantwoord');
      expect(getAllByRole(summary, 'listitem').map((li) => textOf(li))).to.deep.equal([
        'Mensen die een andere taal spreken',
        'Mensen die alleen of geïsoleerd leven',
      ]);
      expect($$(el, '.missing.optional').length).to.equal(5); // key-figures, story, existing, timing-who, open
      const unanswered = getAllByRole(summary, 'definition').filter((d) => textOf(d).trim() === 'Niet beantwoord');
      expect(unanswered).to.have.length(22 - 4); // who, hard-to-reach, needs and known are answered
      expect(getAllByRole(summary, 'heading', { level: 4 }).map(accessibleName)).to.deep.equal([
        'De doelgroep ontdekken',
        'De doelgroep begrijpen',
        'Regie bij de doelgroep',
      ]);
      expect(el.shadowRoot!.querySelector('img')).to.be.null;
    });

    it('shows a multiple-choice answer as a list with no blank lines around it', async () => {
      const el = await make();
      el.value = { ...sample(), phase: 'summary' };
      await el.updateComplete;
      const dd = $<HTMLElement>(el, '.answers dd:has(ul)');
      const items = [...dd.querySelectorAll('li')].reduce((sum, li) => sum + li.getBoundingClientRect().height, 0);
      // Answers keep their line breaks; whitespace of the template around the items must not add lines.
      expect(dd.getBoundingClientRect().height).to.be.closeTo(items, 1);
    });

    it('finishing fires elz-complete; a new cycle keeps the old one in history and asks the check questions', async () => {
      const el = await make();
      el.value = { ...sample(), phase: 'summary' };
      await el.updateComplete;
      const done = oneEvent(el, 'elz-complete');
      getByRole(el, 'button', { name: 'Ronde afronden' }).click();
      const detail = (await done).detail as WizardValue;
      expect(detail.completedAt).to.be.a('string');
      await el.updateComplete;
      expect(textOf(el)).to.contain('Deze ronde is afgerond');
      getByRole(el, 'button', { name: 'Nieuwe ronde starten' }).click();
      await el.updateComplete;
      const v = el.value;
      expect(v).to.include({ cycle: 2, phase: 'discover', completedAt: null });
      expect(v.history).to.have.length(1);
      expect(v.history[0]).to.deep.equal({ cycle: 1, answers: sample().answers, completedAt: detail.completedAt });
      expect(v.answers).to.deep.equal(sample().answers); // the starting point
      expect(textOf(el)).to.contain('De antwoorden van de vorige ronde staan er al.');
      expect(getByRole(el, 'group', { name: /^In hoeverre hebben we in de vorige ronde de mensen bereikt/ })).to.exist;
      expect(getByRole<HTMLTextAreaElement>(el, 'textbox', { name: WHO }).value).to.equal(sample().answers.who);
      expect(textOf(el)).to.contain('Ronde 2.');
    });

    it('can be completed with the keyboard alone', async () => {
      const el = await make();
      await tabTo(el, 'textbox', WHO);
      await sendKeys({ type: 'Buren' });
      for (const phase of ['De doelgroep begrijpen', 'Regie bij de doelgroep', 'Overzicht']) {
        await tabTo(el, 'button', `Verder: ${phase}`);
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(focused(el), describeElement(focused(el))).to.equal(stepHeading(el));
        expect(accessibleName(stepHeading(el))).to.match(new RegExp(`^\\d\\. ${phase}$`));
      }
      expect(el.value.phase).to.equal('summary');
      const done = oneEvent(el, 'elz-complete');
      await tabTo(el, 'button', 'Ronde afronden');
      await sendKeys({ press: 'Enter' });
      expect(((await done).detail as WizardValue).answers.who).to.equal('Buren');
      // "Ronde afronden" is gone: the focus goes to the summary's heading, not to the page, and
      // screen readers hear that the round is finished.
      await el.updateComplete;
      expect(queryByRole(el, 'button', { name: 'Ronde afronden' })).to.be.null;
      expect(focused(el), describeElement(focused(el))).to.equal(stepHeading(el));
      expect(accessibleName(stepHeading(el))).to.equal('4. Overzicht');
      await new Promise((r) => setTimeout(r, 100));
      expect(textOf(getByRole(el, 'status'))).to.contain('De ronde is afgerond.');
    });
  });

  describe('readonly', () => {
    it('shows the summary without controls', async () => {
      const el = await fixture<ElzQuestionWizard>(html`<elz-question-wizard readonly></elz-question-wizard>`);
      el.value = sample();
      await el.updateComplete;
      expect(textOf(el)).to.contain('Buren van de Sint-Kruisstraat');
      expect($$(el, 'textarea, .steps, .step-nav').length).to.equal(0);
      expect(queryByRole(el, 'navigation')).to.be.null;
      for (const role of ['textbox', 'radio', 'checkbox']) expect(queryAllByRole(el, role), role).to.have.length(0);
      expect(queryAllByRole(el, 'button').map(accessibleName)).to.deep.equal([
        'Kopie downloaden',
        'Delen via een link',
      ]);
      // Without the step list, a step number would point at nothing.
      expect(accessibleName(stepHeading(el))).to.equal('Overzicht');
    });
  });

  describe('locale', () => {
    const cases = {
      nl: 'De doelgroep ontdekken',
      fr: 'Découvrir le public cible',
      en: 'Discover the target group',
      de: 'Die Zielgruppe entdecken',
    };
    for (const [lang, word] of Object.entries(cases)) {
      it(`speaks ${lang}`, async () => {
        await setPageLang(lang);
        const el = await make();
        expect(accessibleName(stepHeading(el))).to.equal(`1. ${word}`);
        await expect(el).to.be.accessible();
      });
    }
  });
});
