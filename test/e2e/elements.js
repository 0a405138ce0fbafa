// What the end-to-end suite needs to know about each element, one entry per tag. The suite runs
// every case for each entry whose tag the bundle registers, so an element lights up here as soon
// as dist/elz-widgets.js registers it.
//
// Functions marked "in the page" are sent to the browser as source text: they may use only their
// arguments and browser globals, among them `elzRoles` (test/by-role.ts, in every page the cases
// open), which finds controls as users do: by role and accessible name. `el` is the element itself.
// Where a function may run while the element speaks another language, it knows the name in each.

const T = '2026-11-20T10:00:00.000Z';

/** The element that has the focus, through shadow roots (in the page). */
export const deepActive = () => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

/**
 * Presses Tab until the focused element (through shadow roots) satisfies `match` (in the page).
 * With `here`, the element that has the focus now counts too (an action may have moved it there).
 */
export async function tabTo(page, match, arg, { max = 150, here = false, back = false } = {}) {
  if (here && (await page.evaluate(match, await page.evaluateHandle(deepActive), arg).catch(() => false))) return;
  for (let i = 0; i < max; i++) {
    if (back) await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    if (back) await page.keyboard.up('Shift');
    const active = await page.evaluateHandle(deepActive);
    const hit = await page.evaluate(match, active, arg).catch(() => false);
    if (hit) return;
  }
  throw new Error(`not reached with Tab: ${match.name || match}${arg === undefined ? '' : ` ${JSON.stringify(arg)}`}`);
}

/**
 * Whether the focused element `a` is a `role` with these options (a name, or `{name, group, …}`);
 * `patterns` holds options given as regular expressions, by their source (in the page).
 */
export const focusOn = (a, [role, options, patterns = {}]) => {
  const o = typeof options === 'string' ? { name: options } : { ...options };
  for (const [key, source] of Object.entries(patterns)) o[key] = new RegExp(source);
  return elzRoles.is(a, role, o);
};

/** On the tool's first step, with the keyboard: types the theme, then adds one stakeholder through the form. */
export async function startToolWithKeyboard(page, theme, name) {
  await tabTo(page, focusOn, ['textbox', 'Thema of actie']);
  await page.keyboard.type(theme);
  await tabTo(page, focusOn, ['button', 'Betrokkene toevoegen']);
  await page.keyboard.press('Enter');
  await tabTo(page, focusOn, ['textbox', 'Naam'], { here: true });
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
}

const ladderSample = () => ({
  groups: [
    { id: 'citizens', name: 'Buurtbewoners Sint-Kruis', current: 'inform', target: 'advise', mode: 'direct', note: '' },
    {
      id: 'carers',
      name: 'Mantelzorgers',
      current: 'consult',
      target: 'collaborate',
      mode: 'indirect',
      note: 'Via de mantelzorgvereniging',
    },
  ],
});

const circleSample = () => ({
  theme: 'Valpreventie in Sint-Kruis',
  stakeholders: [
    {
      id: 'a',
      name: 'Mevrouw Claeys',
      ring: 'person',
      sector: 'care',
      involvement: 'involved',
      level: 'advise',
      hardToReach: false,
      expert: true,
      note: '',
    },
    {
      id: 'b',
      name: 'Mantelzorgvereniging',
      ring: 'informal',
      sector: 'welfare',
      involvement: 'planned',
      level: null,
      hardToReach: true,
      expert: false,
      note: 'Via OKRA',
    },
    {
      id: 'c',
      name: 'Huisartsen',
      ring: 'formal',
      sector: 'care',
      involvement: 'involved',
      level: 'collaborate',
      hardToReach: false,
      expert: false,
      note: '',
    },
  ],
});

const wizardSample = () => ({
  cycle: 1,
  phase: 'understand',
  answers: { who: 'Buren van de Sint-Kruisstraat', 'hard-to-reach': ['language', 'isolated'], known: 3 },
  completedAt: null,
  history: [],
});

const toolSample = () => ({
  step: 'circle',
  completedAt: null,
  round: 1,
  circle: { schema: 'elz-stakeholder-circle/2', updatedAt: T, ...circleSample() },
  ladder: {
    schema: 'elz-participation-ladder/2',
    updatedAt: T,
    groups: [
      { id: 'a', name: 'Mevrouw Claeys', current: 'consult', target: 'advise', mode: 'direct', note: 'Via de buurt' },
      { id: 'b', name: 'Mantelzorgvereniging', current: null, target: null, mode: 'direct', note: '' },
      {
        id: 'c',
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
  plan: {
    ambassador: 'An Peeters',
    nextRound: '2027-06-01',
    actions: [
      { id: 'group:a', title: 'Mevrouw Claeys', what: 'Een huisbezoek', who: '', due: null, state: 'todo', note: '' },
    ],
  },
  rounds: [],
});

/** Every text a user can type, each payload at least once in each kind of field. */
const ladderTexts = (texts) => ({
  groups: texts.map((t, i) => ({
    id: `g${i}`,
    name: t,
    current: 'inform',
    target: 'advise',
    mode: i % 2 ? 'indirect' : 'direct',
    note: texts.join(' | '),
    representative: t,
    feedback: texts.join(' | '),
  })),
});
const circleTexts = (texts) => ({
  theme: texts[0],
  stakeholders: texts.map((t, i) => ({
    id: `s${i}`,
    name: t,
    ring: ['person', 'informal', 'formal'][i % 3],
    sector: ['care', 'welfare', 'local-government', 'wwol', 'second-line'][i % 5],
    involvement: ['involved', 'planned', 'not-involved'][i % 3],
    level: null,
    hardToReach: i % 2 === 0,
    expert: i % 3 === 0,
    note: texts.join(' | '),
  })),
});
const wizardAnswers = (texts) => ({
  who: texts.join(' | '),
  reach: texts[0],
  needs: texts.at(-1),
  'made-up-id': texts[1],
});
const wizardTexts = (texts, phase = 'summary') => ({
  cycle: 2,
  phase,
  answers: wizardAnswers(texts),
  completedAt: null,
  history: [{ cycle: 1, answers: wizardAnswers(texts), completedAt: T }],
});

export const ELEMENTS = [
  {
    tag: 'elz-participation-ladder',
    schema: 'elz-participation-ladder/2',
    sample: ladderSample,
    /** Refused values, and what the TypeError must name. */
    invalid: [
      { value: { groups: [{ id: 'a', name: 'A', current: 'shout' }] }, names: /groups\[0\]\.current/ },
      { value: { groups: [{ id: 'a', name: 'x'.repeat(201) }] }, names: /groups\[0\]\.name.*longer than 200/ },
      { value: { groups: [{ id: 'a', name: 'A', note: 'x'.repeat(5001) }] }, names: /groups\[0\]\.note.*5000/ },
      { value: { groups: [{ id: 'a', name: 'A', mode: 'sideways' }] }, names: /groups\[0\]\.mode/ },
      { value: { groups: [{ id: 'a', name: 'A', colour: 'red' }] }, names: /groups\[0\]\.colour.*unknown/ },
      { value: { groups: [{ id: 'a', name: 42 }] }, names: /groups\[0\]\.name.*string/ },
      {
        value: { groups: Array.from({ length: 1001 }, (_, i) => ({ id: `g${i}`, name: 'A' })) },
        names: /groups.*more than 1000/,
      },
      { value: { groups: 'none' }, names: /groups.*list/ },
      { value: { groups: [], updatedAt: 'yesterday' }, names: /updatedAt/ },
    ],
    /** One edit through the element's own controls (in the page). */
    edit: async (el) => {
      // The first group's current rung: another one each time (a group shows its choices when open).
      const line = elzRoles.getAllByRole(el, 'button', { name: / Nu: / })[0];
      if (!elzRoles.is(line, 'button', { expanded: true })) {
        const opened = new Promise((r) => line.parentElement.addEventListener('toggle', r, { once: true }));
        line.click();
        await opened;
        await el.updateComplete;
      }
      const question = { group: 'Waar staat de groep nu?', checked: false };
      elzRoles.queryAllByRole(line.parentElement, 'radio', question)[0].click();
      await el.updateComplete;
    },
    /** A text field to type in (in the page), and where its text lands in the value. */
    textField: (el) =>
      elzRoles.getAllByRole(el, 'textbox', { name: (n) => ['Notitie', 'Note', 'Notiz'].includes(n) })[0],
    typed: (v) => v.groups[0].note,
    /** A value with the given texts in every text field. */
    texts: (texts) => ladderTexts(texts),
    /** Views in which the texts show (in the page); the default view is always checked. */
    views: [],
    /** Buttons that download a file, by their Dutch label, and the kind of file. */
    downloads: [{ label: 'Kopie downloaden', kind: 'json' }],
    /** Element-specific states for axe and reflow (in the page, after `value` is set; may run twice). */
    states: {
      'explanation open': async (el) => {
        const names = [
          'Wat betekenen de vijf treden?',
          'Que signifient les cinq échelons ?',
          'What do the five rungs mean?',
          'Was bedeuten die fünf Stufen?',
        ];
        const summary = elzRoles.getByRole(el, 'button', { name: (n) => names.includes(n) });
        if (!elzRoles.is(summary, 'button', { expanded: true })) {
          const opened = new Promise((r) => summary.parentElement.addEventListener('toggle', r, { once: true }));
          summary.click();
          await opened;
        }
        await el.updateComplete;
      },
    },
    /** The words each language shows (its title, and one word the build must not have dropped). */
    words: {
      nl: ['Participatieladder', 'Meebeslissen', 'Kopie downloaden'],
      fr: ['Échelle de participation', 'Co-construire', 'Télécharger une copie'],
      en: ['Participation ladder', 'Collaborate', 'Download a copy'],
      de: ['Beteiligungsleiter', 'Zusammenarbeiten', 'Kopie herunterladen'],
    },
    /** The whole job with the keyboard alone; returns what the value must then hold. */
    keyboard: async (page) => {
      await tabTo(page, focusOn, ['radio', { group: 'Waar staat de groep nu?' }]);
      await page.keyboard.press(' '); // the top rung
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
      await tabTo(page, focusOn, ['radio', { group: 'Wat is uw doel?' }]);
      await page.keyboard.press(' ');
      await page.keyboard.press('ArrowDown');
      await tabTo(page, focusOn, ['radio', { group: 'Hoe doet de groep mee?' }]);
      await page.keyboard.press('ArrowDown');
      // Taking part through others asks who speaks for the group and how its voice comes back.
      await tabTo(page, focusOn, ['textbox', 'Wie vertegenwoordigt de groep?']);
      await page.keyboard.type('De buurtwerker');
      await tabTo(page, focusOn, [
        'textbox',
        'Hoe haalt de vertegenwoordiger de stem van de groep op, en hoe hoort de groep wat ermee gebeurt?',
      ]);
      await page.keyboard.type('Verslag op de buurtraad');
      await tabTo(page, focusOn, ['textbox', 'Notitie']);
      await page.keyboard.type('Via de buurtwerker');
      await tabTo(page, focusOn, ['textbox', 'Naam van een nieuwe groep']);
      await page.keyboard.type('Mantelzorgers');
      await page.keyboard.press('Enter');
      return (v) => {
        const [first, added] = v.groups;
        return (
          first.current === 'consult' &&
          first.target === 'collaborate' &&
          first.mode === 'indirect' &&
          first.representative === 'De buurtwerker' &&
          first.feedback === 'Verslag op de buurtraad' &&
          first.note === 'Via de buurtwerker' &&
          added?.name === 'Mantelzorgers'
        );
      };
    },
  },

  {
    tag: 'elz-stakeholder-circle',
    schema: 'elz-stakeholder-circle/2',
    sample: circleSample,
    invalid: [
      {
        value: { stakeholders: [{ id: 'a', name: 'A', ring: 'outer', sector: 'care' }] },
        names: /stakeholders\[0\]\.ring.*outer/,
      },
      {
        value: { stakeholders: [{ id: 'a', name: 'A', ring: 'person', sector: 'sport' }] },
        names: /stakeholders\[0\]\.sector.*sport/,
      },
      {
        value: {
          stakeholders: Array.from({ length: 1001 }, (_, i) => ({
            id: `x${i}`,
            name: 'A',
            ring: 'person',
            sector: 'care',
          })),
        },
        names: /stakeholders.*more than 1000/,
      },
      { value: { theme: 'x'.repeat(201) }, names: /theme.*longer than 200/ },
      {
        value: { stakeholders: [{ id: 'a', name: 'A', ring: 'person', sector: 'care', note: 'x'.repeat(5001) }] },
        names: /stakeholders\[0\]\.note.*5000/,
      },
      {
        value: { stakeholders: [{ id: 'a', name: 'A', ring: 'person', sector: 'care', hardToReach: 'yes' }] },
        names: /hardToReach/,
      },
      {
        value: { stakeholders: [{ id: 'a', name: 'A', ring: 'person', sector: 'care', expert: 'yes' }] },
        names: /expert/,
      },
    ],
    edit: async (el) => {
      const theme = elzRoles.getByRole(el, 'textbox', { name: 'Thema of actie' });
      theme.value = `${theme.value}!`;
      theme.dispatchEvent(new Event('input'));
      await el.updateComplete;
    },
    textField: (el) => {
      const names = ['Thema of actie', 'Thème ou action', 'Theme or action', 'Thema oder Aktion'];
      return elzRoles.getByRole(el, 'textbox', { name: (n) => names.includes(n) });
    },
    typed: (v) => v.theme,
    texts: (texts) => circleTexts(texts),
    views: [
      {
        name: 'a stakeholder open in the editor',
        open: async (el) => {
          elzRoles.getAllByRole(el, 'button', { name: /^Wijzigen: / })[0].click();
          await el.updateComplete;
        },
      },
    ],
    downloads: [
      { label: 'Kopie downloaden', kind: 'json' },
      { label: 'Afbeelding downloaden (SVG)', kind: 'svg' },
      { label: 'Afbeelding downloaden (PNG)', kind: 'png' },
    ],
    states: {
      'editor open': async (el) => {
        const names = ['Betrokkene toevoegen', 'Ajouter un acteur', 'Add a stakeholder', 'Beteiligte hinzufügen'];
        elzRoles.queryByRole(el, 'button', { name: (n) => names.includes(n) })?.click(); // unless it is open already
        await el.updateComplete;
      },
    },
    words: {
      nl: ['Wie is betrokken?', 'Informeel netwerk', 'Kopie downloaden'],
      fr: ['Qui est impliqué ?', 'Réseau informel', 'Télécharger une copie'],
      en: ['Who is involved?', 'Informal network', 'Download a copy'],
      de: ['Wer ist beteiligt?', 'Informelles Netzwerk', 'Kopie herunterladen'],
    },
    keyboard: async (page) => {
      await tabTo(page, focusOn, ['textbox', 'Thema of actie']);
      await page.keyboard.type('Eenzaamheid');
      await tabTo(page, focusOn, ['button', 'Betrokkene toevoegen']);
      await page.keyboard.press('Enter');
      await tabTo(page, focusOn, ['textbox', 'Naam'], { here: true });
      await page.keyboard.type('Buurtwerker');
      await tabTo(page, focusOn, ['combobox', 'Ring']);
      // A closed <select> takes arrow keys without opening.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await tabTo(page, focusOn, ['textbox', 'Notitie']);
      await page.keyboard.type('Kent iedereen');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter'); // Toevoegen
      // Move the new person one ring in with the keyboard, in the picture (which follows the form).
      await tabTo(page, focusOn, ['button', {}, { group: '^Cirkel van betrokkenen\\. ' }]);
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      return (v) => {
        const added = v.stakeholders.find((s) => s.name === 'Buurtwerker');
        return v.theme === 'Eenzaamheid' && !!added && added.note === 'Kent iedereen' && added.ring !== 'person';
      };
    },
  },

  {
    tag: 'elz-question-wizard',
    schema: 'elz-question-wizard/1',
    sample: wizardSample,
    invalid: [
      { value: { answers: { who: 'x'.repeat(5001) } }, names: /answers\.who.*longer than 5000/ },
      { value: { phase: 'planning' }, names: /phase.*one of/ },
      { value: { cycle: 0 }, names: /cycle/ },
      { value: { answers: { known: 6 } }, names: /answers\.known/ },
      { value: { answers: { known: { nested: true } } }, names: /answers\.known/ },
      { value: { history: [{ cycle: 1, answers: {}, completedAt: 'gisteren' }] }, names: /history\[0\]\.completedAt/ },
      { value: { answers: { ['x'.repeat(101)]: 'a' } }, names: /answers/ },
    ],
    edit: async (el) => {
      // A choice not made yet, under a question of the phase shown.
      elzRoles.queryAllByRole(el, 'radio', { group: /\?/, checked: false })[0].click();
      await el.updateComplete;
    },
    textField: (el) => {
      const names = [
        'Wie heeft met dit thema te maken? Wie kan helpen?',
        'Qui est concerné par ce thème ? Qui peut aider ?',
        'Who is affected by this topic? Who can help?',
        'Wen betrifft dieses Thema? Wer kann helfen?',
      ];
      return elzRoles.getByRole(el, 'textbox', { name: (n) => names.includes(n) });
    },
    typed: (v) => v.answers.who,
    texts: (texts) => wizardTexts(texts),
    views: [
      {
        name: 'the first phase',
        open: async (el) => {
          elzRoles.getAllByRole(elzRoles.getByRole(el, 'navigation'), 'button')[0].click();
          await el.updateComplete;
        },
      },
      {
        name: 'the earlier round',
        open: async (el) => {
          const earlier = /^(Eerdere rondes|Cycles précédents|Earlier rounds|Frühere Runden) \(\d+\)$/;
          elzRoles.queryByRole(el, 'button', { name: earlier, expanded: false })?.click();
          await el.updateComplete;
        },
      },
    ],
    downloads: [{ label: 'Kopie downloaden', kind: 'json' }],
    states: {
      summary: async (el) => {
        elzRoles.getAllByRole(elzRoles.getByRole(el, 'navigation'), 'button').at(-1).click();
        await el.updateComplete;
      },
    },
    words: {
      nl: ['Vragen over betrokkenheid', 'De doelgroep ontdekken', 'Kopie downloaden'],
      fr: ["Questions sur l'implication", 'Découvrir le public cible', 'Télécharger une copie'],
      en: ['Questions about involvement', 'Discover the target group', 'Download a copy'],
      de: ['Fragen zur Beteiligung', 'Die Zielgruppe entdecken', 'Kopie herunterladen'],
    },
    keyboard: async (page) => {
      await tabTo(page, focusOn, ['textbox', 'Wie heeft met dit thema te maken? Wie kan helpen?']);
      await page.keyboard.type('Ouderen in de wijk');
      await tabTo(page, focusOn, ['checkbox', { group: 'Welke groepen zijn moeilijk te bereiken?' }]);
      await page.keyboard.press(' ');
      await tabTo(page, focusOn, ['radio', { group: 'Is de groep georganiseerd, bijvoorbeeld in een vereniging?' }]);
      await page.keyboard.press(' ');
      // To the summary with the step buttons' "Next", then finish the round.
      for (const step of ['De doelgroep begrijpen', 'Regie bij de doelgroep', 'Overzicht']) {
        await tabTo(page, focusOn, ['button', `Verder: ${step}`]);
        await page.keyboard.press('Enter');
      }
      await tabTo(page, focusOn, ['button', 'Ronde afronden']);
      await page.keyboard.press('Enter');
      return (v) =>
        v.answers.who === 'Ouderen in de wijk' &&
        Array.isArray(v.answers['hard-to-reach']) &&
        v.phase === 'summary' &&
        v.completedAt !== null;
    },
  },

  {
    tag: 'elz-engagement-tool',
    schema: 'elz-engagement-tool/2',
    sample: toolSample,
    invalid: [
      {
        value: {
          ...toolSample(),
          circle: { ...toolSample().circle, stakeholders: [{ ...circleSample().stakeholders[0], ring: 'outer' }] },
        },
        names: /circle\.stakeholders\[0\]\.ring.*outer/,
      },
      { value: { ...toolSample(), step: 'elsewhere' }, names: /step.*elsewhere/ },
      {
        value: { ...toolSample(), wizard: { ...toolSample().wizard, answers: { who: 'x'.repeat(5001) } } },
        names: /wizard\.answers\.who.*longer than 5000/,
      },
      { value: { ...toolSample(), ladder: undefined }, names: /ladder.*required/ },
    ],
    edit: async (el) => {
      const circle = el.shadowRoot.querySelector('elz-stakeholder-circle');
      await circle.updateComplete;
      const theme = elzRoles.getByRole(el, 'textbox', { name: 'Thema of actie' });
      theme.value = `${theme.value}!`;
      theme.dispatchEvent(new Event('input'));
      await circle.updateComplete;
      await el.updateComplete;
    },
    textField: (el) => {
      const names = ['Thema of actie', 'Thème ou action', 'Theme or action', 'Thema oder Aktion'];
      return elzRoles.getByRole(el, 'textbox', { name: (n) => names.includes(n) });
    },
    typed: (v) => v.circle.theme,
    texts: (texts) => {
      const circle = circleTexts(texts);
      const ladder = {
        schema: 'elz-participation-ladder/2',
        updatedAt: T,
        groups: circle.stakeholders.map((s) => ({ ...ladderTexts(texts).groups[1], id: s.id, name: s.name })),
      };
      const plan = {
        ambassador: texts[0],
        nextRound: '2027-06-01',
        actions: texts.map((t, i) => ({
          id: `own:${i}`,
          title: t,
          what: t,
          who: t,
          due: null,
          state: 'doing',
          note: t,
        })),
      };
      const answers = wizardTexts(texts, 'discover').answers;
      return {
        step: 'summary',
        completedAt: null,
        round: 2,
        circle: { schema: 'elz-stakeholder-circle/2', updatedAt: T, ...circle },
        ladder,
        wizard: { schema: 'elz-question-wizard/1', updatedAt: T, ...wizardTexts(texts, 'discover') },
        plan,
        rounds: [
          {
            round: 1,
            completedAt: T,
            closedAt: T,
            circle: { schema: 'elz-stakeholder-circle/2', updatedAt: T, ...circle },
            ladder,
            answers,
            plan,
          },
        ],
      };
    },
    views: [1, 2, 3, 4].map((n) => ({
      name: `step ${n}`,
      open: async (el, n = 0) => {
        // The n-th of the four steps (the phases of step 3 in the same list end in a count).
        const steps = elzRoles.getByRole(el, 'navigation');
        elzRoles.getAllByRole(steps, 'button', { name: (t) => !/ \d+\/\d+$/.test(t) })[n].click();
        await el.updateComplete;
        // The plan and the report load when the user gets there.
        for (let i = 0; i < 300 && el.shadowRoot.querySelector('.loading'); i++) {
          await new Promise((r) => setTimeout(r, 10));
          await el.updateComplete;
        }
        for (const part of el.shadowRoot.querySelectorAll('*')) await part.updateComplete;
      },
      arg: n - 1,
    })),
    downloads: [{ label: 'Kopie downloaden', kind: 'json' }],
    states: {
      ladder: async (el) => {
        const steps = elzRoles.getByRole(el, 'navigation');
        elzRoles.getAllByRole(steps, 'button', { name: (t) => !/ \d+\/\d+$/.test(t) })[1].click();
        await el.updateComplete;
      },
      questions: async (el) => {
        const steps = elzRoles.getByRole(el, 'navigation');
        elzRoles.getAllByRole(steps, 'button', { name: (t) => !/ \d+\/\d+$/.test(t) })[2].click();
        await el.updateComplete;
      },
      plan: async (el) => {
        const steps = elzRoles.getByRole(el, 'navigation');
        elzRoles.getAllByRole(steps, 'button', { name: (t) => !/ \d+\/\d+$/.test(t) })[3].click();
        await el.updateComplete;
        for (let i = 0; i < 300 && el.shadowRoot.querySelector('.loading'); i++) {
          await new Promise((r) => setTimeout(r, 10));
          await el.updateComplete;
        }
      },
      summary: async (el) => {
        const steps = elzRoles.getByRole(el, 'navigation');
        elzRoles.getAllByRole(steps, 'button', { name: (t) => !/ \d+\/\d+$/.test(t) })[4].click();
        await el.updateComplete;
        for (let i = 0; i < 300 && el.shadowRoot.querySelector('.loading'); i++) {
          await new Promise((r) => setTimeout(r, 10));
          await el.updateComplete;
        }
        // Earlier rounds open to what they were.
        for (const d of el.shadowRoot.querySelectorAll('.rounds details')) d.open = true;
        await new Promise((r) => setTimeout(r));
        await el.updateComplete;
      },
    },
    words: {
      nl: ['Betrokkenheidstool', 'Wie is betrokken?', 'Kopie downloaden'],
      fr: ["Outil d'implication", 'Qui est impliqué ?', 'Télécharger une copie'],
      en: ['Engagement tool', 'Who is involved?', 'Download a copy'],
      de: ['Beteiligungs-Tool', 'Wer ist beteiligt?', 'Kopie herunterladen'],
    },
    keyboard: async (page) => {
      await startToolWithKeyboard(page, 'Eenzaamheid', 'Buurtwerker');
      // Step 2, the ladder: the new group's current rung.
      await tabTo(page, focusOn, ['button', 'Verder: Participatieladder']);
      await page.keyboard.press('Enter');
      await tabTo(page, focusOn, ['radio', { group: 'Waar staat de groep nu?' }]);
      await page.keyboard.press(' ');
      return (v) =>
        v.circle.theme === 'Eenzaamheid' &&
        v.circle.stakeholders.some((s) => s.name === 'Buurtwerker') &&
        v.step === 'ladder' &&
        v.ladder.groups.some((g) => g.current !== null);
    },
  },
];
