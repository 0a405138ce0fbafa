import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/question-wizard/define.js';
import { ElzQuestionWizard } from '../src/question-wizard/question-wizard.js';
import type { WizardValue } from '../src/question-wizard/value.js';
import { runContractSuite } from './contract.js';
import { clearStorage, collectErrorCodes, setPageLang, textOf } from './helpers.js';

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
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!.click();
    await el.updateComplete;
  },
  variant: (i) => ({ answers: { who: `Versie ${i}` } }),
  frenchWord: 'Découvrir',
});

const make = () => fixture<ElzQuestionWizard>(html`<elz-question-wizard></elz-question-wizard>`);
const $ = <T extends Element>(el: ElzQuestionWizard, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element>(el: ElzQuestionWizard, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const stepButton = (el: ElzQuestionWizard, n: number) => $$<HTMLButtonElement>(el, '.steps button')[n];
const next = (el: ElzQuestionWizard) => $<HTMLButtonElement>(el, '.step-nav .primary');

/** Presses Tab until the focused element (inside the wizard) matches, at most 150 times. */
async function tabTo(el: ElzQuestionWizard, match: (e: Element) => boolean) {
  for (let i = 0; i < 150; i++) {
    await sendKeys({ press: 'Tab' });
    const active = el.shadowRoot!.activeElement;
    if (active && match(active)) return active as HTMLElement;
  }
  throw new Error('not reached with Tab');
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
        if (phase === 'summary') $<HTMLDetailsElement>(el, 'details.history').open = true;
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('defaults', () => {
    it('starts on the first phase with the default questions of the first cycle', async () => {
      const el = await make();
      expect(textOf(el)).to.not.contain('vorige ronde staan er al'); // nothing carried over yet
      expect(el.value).to.include({ cycle: 1, phase: 'discover', completedAt: null });
      expect(stepButton(el, 0).getAttribute('aria-current')).to.equal('step');
      expect(stepButton(el, 1).getAttribute('aria-current')).to.equal('false');
      expect(textOf(el)).to.contain('0 van 22 vragen beantwoord.');
      expect($$(el, '.question')).to.have.length(5);
      expect(textOf(el)).to.not.contain('vorige ronde'); // check questions come from cycle 2 on
    });
  });

  describe('navigation', () => {
    it('moves between phases with next, back and the steps, and focuses the heading', async () => {
      const el = await make();
      next(el).click();
      await el.updateComplete;
      expect(el.value.phase).to.equal('understand');
      expect(el.shadowRoot!.activeElement!.id).to.equal('step-heading');
      expect($(el, '#step-heading').textContent).to.contain('De doelgroep begrijpen');
      expect(stepButton(el, 1).getAttribute('aria-current')).to.equal('step');
      stepButton(el, 3).click();
      await el.updateComplete;
      expect(el.value.phase).to.equal('summary');
      expect($(el, '#step-heading').textContent).to.contain('Overzicht');
      $$<HTMLButtonElement>(el, '.step-nav button')[0].click();
      await el.updateComplete;
      expect(el.value.phase).to.equal('self-direction');
    });

    it('comes back on the step where the user left off', async () => {
      const el = await make();
      stepButton(el, 2).click();
      await el.updateComplete;
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      el.remove();
      const again = await make();
      expect($(again, '#step-heading').textContent).to.contain('Regie bij de doelgroep');
    });
  });

  describe('question kinds', () => {
    it('long text: answers while typing, counts characters, clears when emptied', async () => {
      const el = await make();
      const area = $<HTMLTextAreaElement>(el, 'textarea');
      area.focus();
      await sendKeys({ type: 'Buren' });
      await el.updateComplete;
      expect(el.value.answers.who).to.equal('Buren');
      expect(textOf(el)).to.contain('5 van 5000 tekens');
      expect(area.maxLength).to.equal(5000);
      area.select();
      await sendKeys({ press: 'Backspace' });
      expect(el.value.answers).to.not.have.property('who');
    });

    it('single choice, multiple choice and the 1–5 scale', async () => {
      const el = await make();
      const organised = $$<HTMLInputElement>(el, 'input[type=radio]');
      organised[1].click();
      expect(el.value.answers.organised).to.equal('partly');
      const boxes = $$<HTMLInputElement>(el, 'input[type=checkbox]');
      boxes[0].click();
      boxes[2].click();
      expect(el.value.answers['hard-to-reach']).to.deep.equal(['language', 'disability']);
      boxes[0].click();
      boxes[2].click();
      expect(el.value.answers).to.not.have.property('hard-to-reach');
      next(el).click();
      await el.updateComplete;
      const scale = $$<HTMLInputElement>(el, '.scale input');
      expect(scale).to.have.length(5);
      const described = scale[0].closest('fieldset')!.getAttribute('aria-describedby')!;
      expect($(el, `#${described}`).textContent).to.contain('1 = helemaal niet, 5 = volledig');
      scale[3].click();
      expect(el.value.answers.known).to.equal(4);
    });
  });

  describe('limits', () => {
    it('drops control characters from what is typed, and the field shows what is kept', async () => {
      const el = await make();
      const box = $<HTMLTextAreaElement>(el, 'textarea');
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
      const box = $<HTMLTextAreaElement>(el, 'textarea');
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
      expect($$(el, '.answers li').map((li) => li.textContent)).to.deep.equal([
        'Mensen die een andere taal spreken',
        'Mensen die alleen of geïsoleerd leven',
      ]);
      expect($$(el, '.missing.optional').length).to.equal(5); // key-figures, story, existing, timing-who, open
      expect(text).to.contain('3 / 5');
      expect($$(el, '.missing').length).to.equal(22 - 4); // who, hard-to-reach, needs and known are answered
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
      $<HTMLButtonElement>(el, '.step-nav .primary').click();
      const detail = (await done).detail as WizardValue;
      expect(detail.completedAt).to.be.a('string');
      await el.updateComplete;
      expect(textOf(el)).to.contain('Deze ronde is afgerond');
      [...$$<HTMLButtonElement>(el, '.step-nav button')].find((b) => b.textContent!.includes('Nieuwe ronde'))!.click();
      await el.updateComplete;
      const v = el.value;
      expect(v).to.include({ cycle: 2, phase: 'discover', completedAt: null });
      expect(v.history).to.have.length(1);
      expect(v.history[0]).to.deep.equal({ cycle: 1, answers: sample().answers, completedAt: detail.completedAt });
      expect(v.answers).to.deep.equal(sample().answers); // the starting point
      expect(textOf(el)).to.contain('De antwoorden van de vorige ronde staan er al.');
      expect(textOf(el)).to.contain('In hoeverre hebben we in de vorige ronde de mensen bereikt');
      expect(textOf(el)).to.contain('Ronde 2.');
    });

    it('can be completed with the keyboard alone', async () => {
      const el = await make();
      const first = await tabTo(el, (e) => e.localName === 'textarea');
      first.focus();
      await sendKeys({ type: 'Buren' });
      for (let phase = 0; phase < 3; phase++) {
        await tabTo(el, (e) => e.classList.contains('primary'));
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
      }
      expect(el.value.phase).to.equal('summary');
      expect(el.shadowRoot!.activeElement!.id).to.equal('step-heading');
      const done = oneEvent(el, 'elz-complete');
      await tabTo(el, (e) => e.classList.contains('primary'));
      await sendKeys({ press: 'Enter' });
      expect(((await done).detail as WizardValue).answers.who).to.equal('Buren');
      // "Ronde afronden" is gone: the focus goes to the summary's heading, not to the page, and
      // screen readers hear that the round is finished.
      await el.updateComplete;
      expect([...$$(el, '.step-nav button')].map((b) => textOf(b).trim())).not.to.include('Ronde afronden');
      expect(el.shadowRoot!.activeElement?.id).to.equal('step-heading');
      await new Promise((r) => setTimeout(r, 100));
      expect(textOf($(el, '[role=status]'))).to.contain('De ronde is afgerond.');
    });
  });

  describe('readonly', () => {
    it('shows the summary without controls', async () => {
      const el = await fixture<ElzQuestionWizard>(html`<elz-question-wizard readonly></elz-question-wizard>`);
      el.value = sample();
      await el.updateComplete;
      expect(textOf(el)).to.contain('Buren van de Sint-Kruisstraat');
      expect($$(el, 'textarea, .steps, .step-nav').length).to.equal(0);
      // Without the step list, a step number would point at nothing.
      expect($(el, '#step-heading').textContent!.trim()).to.equal('Overzicht');
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
        expect($(el, '#step-heading').textContent).to.contain(word);
        await expect(el).to.be.accessible();
      });
    }
  });
});
