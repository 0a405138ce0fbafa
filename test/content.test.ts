/**
 * The tool's words against their sources, the documents of the primary-care zones: what a text must
 * and must not say, in every language, and the ids that stored values are keyed by (a contract).
 */
import { expect } from '@open-wc/testing';
import {
  DEFAULT_SECTOR_IDS,
  INVOLVEMENTS,
  INVOLVEMENT_TEXT,
  RINGS,
  RING_TEXT,
  defaultSectors,
} from '../src/content/circle.js';
import { PHASES, PHASE_TEXT, defaultQuestions, type Question } from '../src/content/questions.js';
import { MODES, MODE_TEXT, RUNGS, RUNG_IDS } from '../src/content/rungs.js';
import { templates as de } from '../src/generated/locales/de.js';
import { templates as en } from '../src/generated/locales/en.js';
import { templates as fr } from '../src/generated/locales/fr.js';
import { setPageLang } from './helpers.js';

const LANGS = ['nl', 'fr', 'en', 'de'] as const;
type Lang = (typeof LANGS)[number];

/** Runs `check` once in each language, with the content read in that language. */
async function inEveryLanguage(check: (lang: Lang) => void) {
  try {
    for (const lang of LANGS) {
      await setPageLang(lang);
      check(lang);
    }
  } finally {
    await setPageLang('nl');
  }
}

const rung = (id: string) => RUNGS.find((r) => r.id === id)!;
const question = (id: string) => defaultQuestions().find((q) => q.id === id)!;
const option = (q: string, o: string) => question(q).options!.find((x) => x.id === o)!.text;

/**
 * The default question set: id → phase, kind and option ids. Answers are stored under these ids, so
 * an id never changes meaning; a new question or option gets a new id.
 */
const QUESTION_SET: Record<string, [Question['phase'], Question['kind'], string[]?]> = {
  'check-reached': ['discover', 'scale'],
  'check-mandate': ['discover', 'single', ['yes', 'partly', 'no']],
  'check-learned': ['discover', 'text'],
  who: ['discover', 'text'],
  'hard-to-reach': ['discover', 'multiple', ['language', 'literacy', 'disability', 'isolated', 'poverty', 'digital']],
  organised: ['discover', 'single', ['yes', 'partly', 'no']],
  reach: ['discover', 'text'],
  'key-figures': ['discover', 'text'],
  needs: ['understand', 'text'],
  context: ['understand', 'text'],
  'whole-person': ['understand', 'multiple', ['physical', 'social', 'mental', 'existential']],
  story: ['understand', 'text'],
  overlap: ['understand', 'single', ['yes', 'partly', 'no', 'unknown']],
  existing: ['understand', 'text'],
  known: ['understand', 'scale'],
  form: ['self-direction', 'single', ['direct', 'indirect', 'both']],
  rung: ['self-direction', 'single', ['inform', 'consult', 'advise', 'collaborate', 'co-decide']],
  wants: ['self-direction', 'text'],
  support: ['self-direction', 'text'],
  direction: ['self-direction', 'single', ['us', 'together', 'group']],
  timing: ['self-direction', 'multiple', ['start', 'plan', 'do', 'check']],
  'timing-who': ['self-direction', 'text'],
  effects: [
    'self-direction',
    'multiple',
    ['support', 'cohesion', 'understanding', 'concrete', 'implementation', 'ownership', 'reach', 'fairness'],
  ],
  attitude: ['self-direction', 'multiple', ['curious', 'open-mind', 'connecting', 'equal', 'respect']],
  open: ['self-direction', 'scale'],
};

/** The ids of the set as it was before the questions of issue 13 came in: none may go. */
const EARLIER: Record<string, string[]> = {
  'check-reached': [],
  'check-mandate': ['yes', 'partly', 'no'],
  'check-learned': [],
  who: [],
  'hard-to-reach': ['language', 'literacy', 'disability', 'isolated', 'poverty', 'digital'],
  organised: ['yes', 'partly', 'no'],
  reach: [],
  'key-figures': [],
  needs: [],
  context: [],
  story: [],
  existing: [],
  known: [],
  form: ['direct', 'indirect', 'both'],
  rung: ['inform', 'consult', 'advise', 'collaborate', 'co-decide'],
  wants: [],
  support: [],
  direction: ['us', 'together', 'group'],
  effects: ['support', 'cohesion', 'understanding', 'concrete', 'ownership', 'reach'],
  open: [],
};

describe('content: the ids of the contract', () => {
  it('keeps the rung, mode, ring, involvement, sector and phase ids', () => {
    expect(RUNG_IDS).to.deep.equal(['inform', 'consult', 'advise', 'collaborate', 'co-decide']);
    expect(RUNGS.map((r) => [r.id, r.step])).to.deep.equal(RUNG_IDS.map((id, i) => [id, i + 1]));
    expect(MODES).to.deep.equal(['direct', 'indirect']);
    expect(RINGS).to.deep.equal(['person', 'informal', 'formal']);
    expect(INVOLVEMENTS).to.deep.equal(['involved', 'planned', 'not-involved']);
    expect(DEFAULT_SECTOR_IDS).to.deep.equal(['care', 'welfare', 'local-government', 'wwol', 'second-line']);
    expect(defaultSectors().map((s) => s.id)).to.deep.equal([...DEFAULT_SECTOR_IDS]);
    expect(PHASES).to.deep.equal(['discover', 'understand', 'self-direction']);
  });

  it('keeps every question and option id that answers may be stored under', () => {
    const set = defaultQuestions();
    for (const [id, options] of Object.entries(EARLIER)) {
      const q = set.find((x) => x.id === id);
      expect(q, id).to.exist;
      expect((q!.options ?? []).map((o) => o.id)).to.include.members(options, id);
    }
  });

  it('is the default question set, in this order, with unique ids', () => {
    const set = defaultQuestions();
    expect(set.map((q) => [q.id, q.phase, q.kind, q.options?.map((o) => o.id)])).to.deep.equal(
      Object.entries(QUESTION_SET).map(([id, [phase, kind, options]]) => [id, phase, kind, options]),
    );
    for (const q of set) expect(new Set(q.options?.map((o) => o.id)).size, q.id).to.equal(q.options?.length ?? 0);
  });
});

describe('content: faithful to the sources, in every language', () => {
  it('co-decide is deciding together with the partners, never handing over the direction', () =>
    inEveryLanguage((lang) => {
      const co = rung('co-decide');
      const texts = [co.gist(), co.meaning(), co.promise(), co.example()].join(' ');
      const handingOver = {
        nl: /regie|zelf/i,
        fr: /même|main/i,
        en: /themselves|itself|lead|hand/i,
        de: /selbst|Leitung|Regie/i,
      };
      expect(texts, lang).to.not.match(handingOver[lang]);
      const partners = {
        nl: /samen met de partners/i,
        fr: /avec les partenaires/i,
        en: /with the partners/i,
        de: /mit den Partnern/i,
      };
      expect(co.meaning(), lang).to.match(partners[lang]);
      expect(co.example(), lang).to.match(partners[lang]);
    }));

  it('informing is not yet participation, but the base of every rung (seed: "Informeren (?)")', () =>
    inEveryLanguage((lang) => {
      const said = {
        nl: /nog geen participatie.*basis van elke trede/,
        fr: /pas encore de la participation.*base de chaque échelon/,
        en: /not yet participation.*basis of every rung/,
        de: /noch keine Beteiligung.*Grundlage jeder Stufe/,
      };
      expect(rung('inform').meaning(), lang).to.match(said[lang]);
    }));

  it('an expert by experience takes part directly; indirect is through an association, a council, a representative', () =>
    inEveryLanguage((lang) => {
      const expert = { nl: /ervaringsdeskundig/i, fr: /vécu/i, en: /by experience/i, de: /Erfahrungsexpert/i };
      const council = { nl: /adviesraad/, fr: /conseil consultatif/, en: /advisory council/, de: /Beirat/ };
      expect(MODE_TEXT.indirect.gist(), lang).to.not.match(expert[lang]);
      expect(MODE_TEXT.indirect.gist(), lang).to.match(council[lang]);
      expect(MODE_TEXT.direct.gist(), lang).to.match(expert[lang]);
    }));

  it('the third phase says who holds the direction: "Regie bij de doelgroep"', () =>
    inEveryLanguage((lang) => {
      const group = { nl: /^Regie bij de doelgroep$/, fr: /public cible/, en: /target group/, de: /Zielgruppe/ };
      expect(PHASE_TEXT['self-direction'].name(), lang).to.match(group[lang]);
      expect(PHASE_TEXT['self-direction'].name(), lang).to.not.match(
        /^(Regie|Autonomie|Self-direction|Selbstbestimmung)$/,
      );
    }));

  it('the inner ring is the citizen and the person with a care and support need (PZON)', () =>
    inEveryLanguage((lang) => {
      const need = {
        nl: /zorg- en ondersteuningsnood/,
        fr: /besoin de soins ou de soutien/,
        en: /care or support need/,
        de: /Pflege- oder Unterstützungsbedarf/,
      };
      expect(RING_TEXT.person.name(), lang).to.match(need[lang]);
      expect(RING_TEXT.person.who(), lang).to.match(need[lang]);
    }));

  it('"planned" says what it means for a person: to be contacted', () =>
    inEveryLanguage((lang) => {
      const contact = { nl: /contacteren/, fr: /contacter/, en: /contacted/, de: /kontaktiert/ };
      expect(INVOLVEMENT_TEXT.planned(), lang).to.match(contact[lang]);
    }));

  it('"we" who decide are the partners of a network, not one organisation', () =>
    inEveryLanguage((lang) => {
      const partners = { nl: /partners/, fr: /partenaires/, en: /partners/, de: /Partner/ };
      expect(option('direction', 'us'), lang).to.match(partners[lang]);
      expect(option('direction', 'us'), lang).to.not.match(/organi[sz]ation|organisatie/i);
    }));

  it('the intended effects are those of the tool: draagvlak, implementation, fairness', () =>
    inEveryLanguage((lang) => {
      const words = {
        nl: [/draagvlak/, /uitwerken en uitvoeren/, /Rechtvaardigheid/],
        fr: [/adhésion/, /élaboration et (à )?la mise en œuvre/, /équité/],
        en: [/support/, /working out and carrying out/, /Fairness/],
        de: [/Rückhalt/, /Ausarbeitung und Umsetzung/, /Gerechtigkeit/],
      }[lang];
      ['support', 'implementation', 'fairness'].forEach((id, i) =>
        expect(option('effects', id), lang).to.match(words[i]),
      );
    }));

  it('asks about the whole person: physical, social, psychological-mental, existential', () =>
    inEveryLanguage((lang) => {
      expect(question('whole-person').options, lang).to.have.length(4);
      for (const o of question('whole-person').options!) expect(o.text, `${lang} ${o.id}`).to.match(/^\S.*: /);
    }));
});

describe('content: the catalogue', () => {
  const catalogues = { fr, en, de };
  const plain = (t: unknown) => (typeof t === 'string' ? t : (t as { strings: string[] }).strings.join('{}'));

  it('has every message translated in every language', () => {
    const ids = Object.keys(fr).sort();
    expect(ids.length).to.be.greaterThan(250);
    for (const [lang, templates] of Object.entries(catalogues)) {
      expect(Object.keys(templates).sort(), lang).to.deep.equal(ids);
      for (const [id, t] of Object.entries(templates)) expect(plain(t).trim(), `${lang} ${id}`).to.not.equal('');
    }
  });

  it('speaks French as Brussels partners do: habitant, acteur, cycle, commune et CPAS, soins ou soutien', () => {
    const texts = Object.entries(fr).map(([id, t]) => [id, plain(t)] as const);
    const say = (pattern: RegExp) => texts.filter(([, t]) => pattern.test(t)).map(([id]) => id);
    expect(say(/citoyen/i), 'habitant, not citoyen').to.deep.equal([]);
    expect(say(/\btours?\b/i), 'a PDCA round is a cycle').to.deep.equal([]);
    expect(say(/personnes? impliquée/i), 'a stakeholder may be an organisation: acteur').to.deep.equal([]);
    expect(say(/pouvoir local/i), 'the local authorities are concrete').to.deep.equal([]);
    expect(say(/besoin de soins(?! ou de soutien)/), 'zorg- en ondersteuningsnood').to.deep.equal([]);
    expect(say(/Conseiller|Autonomie/), 'the group gives its opinion; the group holds the direction').to.deep.equal([]);
    // One word for betrokkenheid across the tool: implication (participation is the ladder's word).
    expect(plain(fr['tool.title'])).to.contain('implication');
    expect(plain(fr['wizard.title'])).to.contain('implication');
  });
});
