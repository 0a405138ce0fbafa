/**
 * The partner's own guidance (PRODUCT.md §3): a host page adds, per rung and per phase, its own
 * explanation and links. One setting shared by the ladder, the wizard and the whole tool: its
 * validation (hostile input included), then the same suite against each element.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/engagement-tool/define.js';
import { GUIDANCE_LIMITS, parseGuidance, type Guidance } from '../src/content/guidance.js';
import { PHASES } from '../src/content/questions.js';
import { defineElement } from '../src/core/define.js';
import { ValidationError } from '../src/core/schema.js';
import { ElzEngagementTool } from '../src/engagement-tool/engagement-tool.js';
import { ElzParticipationLadder } from '../src/participation-ladder/participation-ladder.js';
import { ElzQuestionWizard } from '../src/question-wizard/question-wizard.js';
import { clearStorage, collectErrorCodes, freshTag, openGroup, seen, setPageLang } from './helpers.js';

const T = '2026-11-20T10:00:00.000Z';

/** A partner's guidance as a Brussels partner would write it: bilingual, with links to its methods. */
const brusano = (): Guidance => ({
  rungs: {
    consult: {
      text: {
        nl: 'Wij werken met een maandelijkse gezondheidsontmoeting in de wijk.',
        fr: 'Nous organisons une rencontre santé mensuelle dans le quartier.',
      },
      links: [
        {
          label: { nl: 'Methodefiche dialoogtafel', fr: 'Fiche méthode table de dialogue' },
          url: 'https://www.example.org/methodes/dialoog',
        },
      ],
    },
    'co-decide': { text: 'Twee bewoners in de stuurgroep.' },
  },
  phases: {
    discover: {
      text: 'Start bij de verbindingspersonen van de zorgzone.',
      links: [{ label: 'Sociale kaart', url: 'http://example.org/kaart' }],
    },
  },
});

const problem = (input: unknown) => {
  try {
    parseGuidance(input);
  } catch (e) {
    expect(e).to.be.instanceOf(ValidationError);
    expect(e).to.be.instanceOf(TypeError);
    return (e as ValidationError).path;
  }
  throw new Error('accepted');
};
const withLink = (url: unknown, label: unknown = 'Methode') => ({ rungs: { consult: { links: [{ label, url }] } } });

describe('guidance: validation', () => {
  it('takes rungs and phases, texts as a string or per language, and none for null', () => {
    const g = parseGuidance(brusano())!;
    expect(g.rungs!.consult!.links![0].url).to.equal('https://www.example.org/methodes/dialoog');
    expect(g.phases!.discover!.text).to.equal('Start bij de verbindingspersonen van de zorgzone.');
    expect(parseGuidance({})).to.deep.equal({ rungs: undefined, phases: undefined });
    expect(parseGuidance(null)).to.be.null;
    expect(parseGuidance(undefined)).to.be.null;
  });

  it('keeps the address as the browser reads it, so the link goes where the check looked', () => {
    const url = (u: string) => parseGuidance(withLink(u))!.rungs!.consult!.links![0].url;
    expect(url('HTTPS://Example.ORG/a b')).to.equal('https://example.org/a%20b');
    expect(url('https://example.org/\u0001x')).to.equal('https://example.org/x');
  });

  for (const url of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\u0000script:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/',
    'mailto:info@example.org',
    'blob:https://example.org/1',
    '/methodes/dialoog',
    '//evil.example/',
    'methodes.html',
    'https://user:secret@example.org/',
    'https://',
    '',
    `https://example.org/${'a'.repeat(GUIDANCE_LIMITS.url)}`,
    42,
    null,
    ['https://example.org/'],
  ])
    it(`refuses a link to ${JSON.stringify(url)}`, () => {
      expect(problem(withLink(url))).to.equal('guidance.rungs.consult.links[0].url');
    });

  for (const [label, bad, path] of [
    ['an unknown rung', { rungs: { shout: { text: 'x' } } }, 'guidance.rungs.shout'],
    ['an unknown phase', { phases: { plan: { text: 'x' } } }, 'guidance.phases.plan'],
    ['a rung under phases', { phases: { consult: { text: 'x' } } }, 'guidance.phases.consult'],
    ['an unknown key', { rungs: {}, colour: 'red' }, 'guidance.colour'],
    ['an unknown key in an entry', { rungs: { consult: { html: '<b>x</b>' } } }, 'guidance.rungs.consult.html'],
    ['a prototype key', JSON.parse('{"rungs": {"__proto__": {"text": "x"}}}'), 'guidance.rungs.__proto__'],
    [
      'a text too long',
      { rungs: { consult: { text: 'x'.repeat(GUIDANCE_LIMITS.text + 1) } } },
      'guidance.rungs.consult.text',
    ],
    [
      'a French text too long',
      { rungs: { consult: { text: { fr: 'x'.repeat(1001) } } } },
      'guidance.rungs.consult.text.fr',
    ],
    ['an unknown language', { rungs: { consult: { text: { es: 'x' } } } }, 'guidance.rungs.consult.text.es'],
    [
      'six links',
      { rungs: { consult: { links: Array.from({ length: 6 }, () => ({ label: 'x', url: 'https://example.org/' })) } } },
      'guidance.rungs.consult.links',
    ],
    [
      'a link without a name',
      { rungs: { consult: { links: [{ url: 'https://example.org/' }] } } },
      'guidance.rungs.consult.links[0].label',
    ],
    ['a name of spaces', withLink('https://example.org/', ' \u200b '), 'guidance.rungs.consult.links[0].label'],
    [
      'a name blank in French',
      withLink('https://example.org/', { nl: 'Fiche', fr: '' }),
      'guidance.rungs.consult.links[0].label',
    ],
    ['a name in no language', withLink('https://example.org/', {}), 'guidance.rungs.consult.links[0].label'],
    ['a name too long', withLink('https://example.org/', 'x'.repeat(201)), 'guidance.rungs.consult.links[0].label'],
    [
      'links that are no list',
      { rungs: { consult: { links: 'https://example.org/' } } },
      'guidance.rungs.consult.links',
    ],
    [
      'a text that is markup in an object',
      { rungs: { consult: { text: { nl: { b: 'x' } } } } },
      'guidance.rungs.consult.text.nl',
    ],
    ['a list', [], 'guidance'],
    ['a string', 'consult', 'guidance'],
  ] as const)
    it(`refuses ${label}`, () => {
      expect(problem(bad)).to.equal(path);
    });

  it('refuses input that is no plain data, and deep or huge input, before any work', () => {
    let deep: unknown = { text: 'x' };
    for (let i = 0; i < 10_000; i++) deep = { rungs: deep };
    expect(problem(deep)).to.match(/^guidance/);
    expect(problem({ rungs: { consult: { text: 'x'.repeat(2 * 1024 * 1024) } } })).to.match(/^guidance/);
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('revoked');
        },
      },
    );
    expect(problem(proxy)).to.equal('guidance');
    expect(problem(new Date())).to.equal('guidance');
  });

  it('knows the same phases as the questions', () => {
    for (const phase of PHASES)
      expect(parseGuidance({ phases: { [phase]: { text: 'x' } } })!.phases![phase]!.text, phase).to.equal('x');
  });
});

/** What each element needs to show its guidance, and where it shows it. */
interface Subject {
  tag: string;
  ctor: typeof HTMLElement;
  /** Brings the element to where the rung's or phase's guidance shows, and returns that root. */
  show(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<ShadowRoot>;
}

const ladderValue = {
  schema: 'elz-participation-ladder/1',
  updatedAt: T,
  groups: [{ id: 'g', name: 'Buurtbewoners', current: 'inform', target: 'consult', mode: 'direct', note: '' }],
};

const subjects: Subject[] = [
  {
    tag: 'elz-participation-ladder',
    ctor: ElzParticipationLadder,
    async show(el) {
      (el as unknown as ElzParticipationLadder).value = ladderValue;
      await el.updateComplete;
      await openGroup(el, 'Buurtbewoners');
      return el.shadowRoot!;
    },
  },
  {
    tag: 'elz-question-wizard',
    ctor: ElzQuestionWizard,
    async show(el) {
      await el.updateComplete;
      return el.shadowRoot!;
    },
  },
  {
    tag: 'elz-engagement-tool',
    ctor: ElzEngagementTool,
    async show(el) {
      const tool = el as unknown as ElzEngagementTool;
      tool.value = {
        schema: 'elz-engagement-tool/1',
        step: 'ladder',
        completedAt: null,
        circle: {
          schema: 'elz-stakeholder-circle/2',
          updatedAt: T,
          theme: '',
          stakeholders: [
            {
              id: 'g',
              name: 'Buurtbewoners',
              ring: 'person',
              sector: 'care',
              involvement: 'involved',
              level: 'inform',
              hardToReach: false,
              expert: false,
              note: '',
            },
          ],
        },
        ladder: ladderValue,
        wizard: {
          schema: 'elz-question-wizard/1',
          updatedAt: T,
          cycle: 1,
          phase: 'discover',
          answers: {},
          completedAt: null,
          history: [],
        },
      };
      await el.updateComplete;
      const ladder = el.shadowRoot!.querySelector<ElzParticipationLadder>('elz-participation-ladder')!;
      await ladder.updateComplete;
      await openGroup(ladder, 'Buurtbewoners');
      return ladder.shadowRoot!;
    },
  },
];

/** The text of the partner's boxes in `root`, as a reader sees it. */
const boxes = (root: ShadowRoot) =>
  [...root.querySelectorAll('[part=guidance]')].map((b) => seen(b.textContent!).trim());
const links = (root: ShadowRoot) => [...root.querySelectorAll<HTMLAnchorElement>('[part=guidance] a')];

type El = HTMLElement & { guidance: unknown; updateComplete: Promise<boolean> };

for (const s of subjects) {
  const tag = unsafeStatic(s.tag);
  const make = () => fixture<El>(staticHtml`<${tag} storage="none"></${tag}>`);
  /** The wizard shows a phase's guidance; the ladder (and the tool, on its ladder) a rung's. */
  const expected =
    s.tag === 'elz-question-wizard' ? 'Start bij de verbindingspersonen' : 'maandelijkse gezondheidsontmoeting';

  describe(`guidance: <${s.tag}>`, () => {
    beforeEach(async () => {
      clearStorage();
      await setPageLang('nl');
    });
    afterEach(clearStorage);

    it('shows nothing of its own without guidance', async () => {
      const el = await make();
      const root = await s.show(el);
      expect(boxes(root)).to.deep.equal([]);
      expect(el.guidance).to.be.null;
    });

    it('shows the partner text and links where the user needs them, and passes axe', async () => {
      const el = await make();
      el.guidance = brusano();
      const root = await s.show(el);
      const [box] = boxes(root);
      expect(box).to.contain(expected);
      expect(box).to.match(/^Tips en methodes van de organisatie achter deze pagina/);
      for (const a of links(root)) {
        expect(a.target).to.equal('_blank');
        expect(a.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
        expect(a.protocol).to.match(/^https?:$/);
        // The link says where it goes: the organisation behind the page, in a new tab.
        expect(seen(a.textContent!)).to.match(
          /\(link van de organisatie achter deze pagina, opent in een nieuw tabblad\)$/,
        );
      }
      await expect(el).to.be.accessible();
    });

    it('gives a copy, never its own, and takes null to remove it', async () => {
      const el = await make();
      el.guidance = brusano();
      const copy = el.guidance as Guidance;
      expect(copy).to.deep.equal(JSON.parse(JSON.stringify(brusano())));
      copy.rungs!.consult!.text = 'changed';
      expect((el.guidance as Guidance).rungs!.consult!.text).to.not.equal('changed');
      el.guidance = null;
      const root = await s.show(el);
      expect(boxes(root)).to.deep.equal([]);
    });

    it('refuses invalid guidance whole: a TypeError, an elz-error, and the guidance it had', async () => {
      const el = await make();
      el.guidance = brusano();
      const bad = { ...brusano(), phases: { discover: { links: [{ label: 'Klik', url: 'javascript:alert(1)' }] } } };
      const ev = oneEvent(el, 'elz-error');
      expect(() => (el.guidance = bad)).to.throw(TypeError, /guidance\.phases\.discover\.links\[0\]\.url/);
      const { detail } = await ev;
      expect(detail.code).to.equal('invalid-value');
      expect(detail.message).to.contain('Er is niets veranderd');
      expect(el.guidance).to.deep.equal(JSON.parse(JSON.stringify(brusano())));
      const root = await s.show(el);
      expect(boxes(root).join(' ')).to.contain(expected);
      expect(root.querySelector('a[href^="javascript"]')).to.be.null;
    });

    it('takes guidance set before the element was upgraded; reports an invalid one', async () => {
      const name = freshTag(s.tag);
      const early = document.createElement(name) as El;
      early.setAttribute('storage', 'none');
      early.guidance = brusano();
      const wrong = document.createElement(name) as El;
      wrong.guidance = { rungs: { shout: {} } };
      const errors = collectErrorCodes();
      document.body.append(early, wrong);
      defineElement(name, class extends s.ctor {} as CustomElementConstructor);
      try {
        expect(boxes(await s.show(early)).join(' ')).to.contain(expected);
        expect(errors.codes).to.deep.equal(['invalid-value']);
        expect(wrong.guidance).to.be.null;
      } finally {
        errors.stop();
        early.remove();
        wrong.remove();
      }
    });

    it('reads guidance from the inline settings, and reports invalid ones once', async () => {
      const json = JSON.stringify({ guidance: brusano() });
      const el = await fixture<El>(
        staticHtml`<${tag} storage="none"><script type="application/json">${unsafeStatic(json)}</script></${tag}>`,
      );
      expect(boxes(await s.show(el)).join(' ')).to.contain(expected);
      const errors = collectErrorCodes();
      try {
        const bad = JSON.stringify({ guidance: { rungs: { consult: { links: [{ label: 'x', url: 'data:,x' }] } } } });
        const refused = await fixture<El>(
          staticHtml`<${tag} storage="none"><script type="application/json">${unsafeStatic(bad)}</script></${tag}>`,
        );
        expect(errors.codes).to.deep.equal(['invalid-value']);
        expect(refused.guidance).to.be.null;
        expect(refused.shadowRoot!.textContent).to.contain('guidance.rungs.consult.links[0].url');
      } finally {
        errors.stop();
      }
    });

    it('speaks the page language, with the Dutch text where the partner gave no other', async () => {
      const el = await make();
      el.guidance = brusano();
      const root = await s.show(el);
      await setPageLang('fr');
      await el.updateComplete;
      const part = root.host as El;
      await part.updateComplete;
      const text = boxes(root).join(' ');
      if (s.tag === 'elz-question-wizard') expect(text).to.contain('Start bij de verbindingspersonen');
      else {
        expect(text).to.contain('rencontre santé mensuelle');
        expect(text).to.contain('Fiche méthode table de dialogue');
      }
      expect(text).to.contain("Conseils et méthodes de l'organisation qui publie cette page");
      expect(text).to.contain("(lien de l'organisation qui publie cette page, s'ouvre dans un nouvel onglet)");
      for (const [lang, words] of [
        ['en', 'from the organisation behind this page, opens in a new tab'],
        ['de', 'Link der Organisation hinter dieser Seite, öffnet in einem neuen Tab'],
      ]) {
        await setPageLang(lang);
        await part.updateComplete;
        expect(boxes(root).join(' ')).to.contain(words);
      }
    });

    it('its links are reached with Tab, after the choices they explain', async () => {
      const el = await make();
      el.guidance = brusano();
      const root = await s.show(el);
      const link = links(root)[0];
      const before = root.querySelector<HTMLElement>(
        s.tag === 'elz-question-wizard' ? '[part=heading]' : 'input[type=radio][value="consult"][name$="-target"]',
      )!;
      before.focus();
      for (let i = 0; i < 12 && root.activeElement !== link; i++) await sendKeys({ press: 'Tab' });
      expect(root.activeElement).to.equal(link);
    });
  });
}

describe('guidance: where it shows', () => {
  beforeEach(async () => {
    clearStorage();
    await setPageLang('nl');
  });
  afterEach(clearStorage);

  it('the ladder: with every rung it has guidance for, and under the ambition of a group', async () => {
    const el = await fixture<ElzParticipationLadder>(
      html`<elz-participation-ladder storage="none"></elz-participation-ladder>`,
    );
    el.guidance = brusano();
    el.value = ladderValue;
    await el.updateComplete;
    const explain = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.explain')!;
    explain.open = true;
    await oneEvent(explain, 'toggle');
    await el.updateComplete;
    const rungBoxes = [...explain.querySelectorAll('[part=guidance]')].map(
      (b) => b.closest('li')!.querySelector('.rung-title')!.textContent,
    );
    expect(rungBoxes.map((t) => seen(t!).trim())).to.deep.equal(['5 Meebeslissen', '2 Raadplegen']);
    await openGroup(el, 'Buurtbewoners');
    const group = el.shadowRoot!.querySelector('[data-group="g"]')!;
    expect(seen(group.querySelector('[part=guidance]')!.textContent!)).to.contain(
      'Tips en methodes van de organisatie achter deze pagina voor het doel: Raadplegen',
    );
    // Another ambition, another rung's guidance; one without guidance shows none.
    group.querySelector<HTMLInputElement>('input[name="g-target"][value="co-decide"]')!.click();
    await el.updateComplete;
    expect(seen(group.querySelector('[part=guidance]')!.textContent!)).to.contain('Twee bewoners in de stuurgroep.');
    group.querySelector<HTMLInputElement>('input[name="g-target"][value="advise"]')!.click();
    await el.updateComplete;
    expect(group.querySelector('[part=guidance]')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('the wizard: under the introduction of the phase it is for, only', async () => {
    const el = await fixture<ElzQuestionWizard>(html`<elz-question-wizard storage="none"></elz-question-wizard>`);
    el.guidance = brusano();
    await el.updateComplete;
    const box = el.shadowRoot!.querySelector('[part=guidance]')!;
    expect(box.previousElementSibling!.classList.contains('intro')).to.be.true;
    el.value = { ...el.value, phase: 'understand' };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=guidance]')).to.be.null;
  });

  it('the tool: passes it to its ladder and its questions, and reads it from its settings', async () => {
    const settings = JSON.stringify({ sectors: null, guidance: brusano() });
    const el = await fixture<ElzEngagementTool>(
      html`<elz-engagement-tool storage="none"
        ><script type="application/json">
          ${unsafeStatic(settings)}
        </script></elz-engagement-tool
      >`,
    );
    expect(el.guidance).to.deep.equal(JSON.parse(JSON.stringify(brusano())));
    el.value = { ...el.value, step: 'questions' };
    await el.updateComplete;
    const wizard = el.shadowRoot!.querySelector<ElzQuestionWizard>('elz-question-wizard')!;
    await wizard.updateComplete;
    expect(seen(wizard.shadowRoot!.querySelector('[part=guidance]')!.textContent!)).to.contain(
      'Start bij de verbindingspersonen',
    );
    expect(wizard.guidance).to.deep.equal(el.guidance);
  });

  it('the tool: refuses settings whole when the guidance is invalid', async () => {
    const errors = collectErrorCodes();
    try {
      const settings = JSON.stringify({
        sectors: [{ id: 'care', name: 'Zorg' }],
        guidance: { phases: { discover: { links: [{ label: 'x', url: '/relative' }] } } },
      });
      const el = await fixture<ElzEngagementTool>(
        html`<elz-engagement-tool storage="none"
          ><script type="application/json">
            ${unsafeStatic(settings)}
          </script></elz-engagement-tool
        >`,
      );
      expect(errors.codes).to.deep.equal(['invalid-value']);
      expect(el.guidance).to.be.null;
      expect(el.sectors).to.be.null;
    } finally {
      errors.stop();
    }
  });

  it('the wizard: reads a question list, or questions and guidance, from its inline settings', async () => {
    const questions = [{ id: 'a', phase: 'discover', kind: 'text', text: 'Wie woont er?' }];
    const el = await fixture<ElzQuestionWizard>(
      html`<elz-question-wizard storage="none"
        ><script type="application/json">
          ${unsafeStatic(JSON.stringify({ questions, guidance: brusano() }))}
        </script></elz-question-wizard
      >`,
    );
    expect(el.questions).to.have.length(1);
    expect(el.guidance).to.not.be.null;
    expect(seen(el.shadowRoot!.textContent!)).to.contain('Wie woont er?');
    const errors = collectErrorCodes();
    try {
      const refused = await fixture<ElzQuestionWizard>(
        html`<elz-question-wizard storage="none"
          ><script type="application/json">
            ${unsafeStatic(JSON.stringify({ questions, guidance: { phases: { later: {} } } }))}
          </script></elz-question-wizard
        >`,
      );
      expect(errors.codes).to.deep.equal(['invalid-value']);
      expect(refused.questions).to.be.null;
      expect(refused.guidance).to.be.null;
    } finally {
      errors.stop();
    }
  });

  it('shows partner text as text: markup stays visible, nothing runs', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const el = await fixture<ElzQuestionWizard>(html`<elz-question-wizard storage="none"></elz-question-wizard>`);
    el.guidance = { phases: { discover: { text: hostile, links: [{ label: hostile, url: 'https://example.org/' }] } } };
    await el.updateComplete;
    const box = el.shadowRoot!.querySelector('[part=guidance]')!;
    expect(box.textContent).to.contain(hostile);
    expect(box.querySelector('img, script')).to.be.null;
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
  });
});
