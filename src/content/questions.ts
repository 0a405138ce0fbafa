/**
 * The supporting questions of the engagement tool (seed 000, part 3 "Hoe"), in three phases:
 * discover the target group, understand it (needs, context), hand it the direction. Check
 * questions (the "Check" of Plan-Do-Check-Act) are asked from the second cycle on.
 * Question and option ids are stable: answers are stored under them.
 */
import { msg } from '@lit/localize';
import { RUNGS } from './rungs.js';

export const PHASES = ['discover', 'understand', 'self-direction'] as const;
export type PhaseId = (typeof PHASES)[number];

export const QUESTION_KINDS = ['text', 'single', 'multiple', 'scale'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface Option {
  id: string;
  text: string;
}

/** A question as the wizard shows it, in the current language. */
export interface Question {
  id: string;
  phase: PhaseId;
  kind: QuestionKind;
  text: string;
  help?: string;
  options?: Option[];
  optional?: boolean;
  /** Asked from the second cycle on: did the last cycle work? */
  check?: boolean;
}

export const PHASE_TEXT: Record<PhaseId, { name: () => string; intro: () => string }> = {
  discover: {
    name: () => msg('Ontdekken', { id: 'phase.discover.name' }),
    intro: () => msg('Wie is de doelgroep, en hoe bereiken we ze?', { id: 'phase.discover.intro' }),
  },
  understand: {
    name: () => msg('Begrijpen', { id: 'phase.understand.name' }),
    intro: () => msg('Wat zijn hun noden en hun situatie?', { id: 'phase.understand.intro' }),
  },
  'self-direction': {
    name: () => msg('Regie', { id: 'phase.self-direction.name' }),
    intro: () => msg('Hoe krijgt de groep zelf de regie?', { id: 'phase.self-direction.intro' }),
  },
};

const yesPartlyNo = (): Option[] => [
  { id: 'yes', text: msg('Ja', { id: 'q.yes' }) },
  { id: 'partly', text: msg('Voor een deel', { id: 'q.partly' }) },
  { id: 'no', text: msg('Nee', { id: 'q.no' }) },
];

/** The default question set, in the current language. */
export function defaultQuestions(): Question[] {
  return [
    // ── Check (from the second cycle on) ──
    {
      id: 'check-reached',
      phase: 'discover',
      kind: 'scale',
      check: true,
      text: msg('In hoeverre hebben we in de vorige ronde de mensen bereikt die we wilden bereiken?', {
        id: 'q.check-reached',
      }),
    },
    {
      id: 'check-mandate',
      phase: 'discover',
      kind: 'single',
      check: true,
      text: msg('Was vanaf het begin duidelijk waarover de groep mee mocht beslissen?', { id: 'q.check-mandate' }),
      options: yesPartlyNo(),
    },
    {
      id: 'check-learned',
      phase: 'discover',
      kind: 'text',
      check: true,
      text: msg('Wat leren we uit de vorige ronde? Wat doen we nu anders?', { id: 'q.check-learned' }),
    },
    // ── Discover ──
    {
      id: 'who',
      phase: 'discover',
      kind: 'text',
      text: msg('Wie heeft met dit thema te maken? Wie kan helpen?', { id: 'q.who' }),
      help: msg(
        'Denk aan bewoners, personen met een zorgnood, mantelzorgers, vrijwilligers, verenigingen en professionals.',
        {
          id: 'q.who.help',
        },
      ),
    },
    {
      id: 'hard-to-reach',
      phase: 'discover',
      kind: 'multiple',
      text: msg('Welke groepen zijn moeilijk te bereiken?', { id: 'q.hard-to-reach' }),
      help: msg('Kies alles wat past.', { id: 'q.choose-all' }),
      options: [
        { id: 'language', text: msg('Mensen die een andere taal spreken', { id: 'q.htr.language' }) },
        { id: 'literacy', text: msg('Mensen die moeilijk lezen of schrijven', { id: 'q.htr.literacy' }) },
        { id: 'disability', text: msg('Mensen met een beperking', { id: 'q.htr.disability' }) },
        { id: 'isolated', text: msg('Mensen die alleen of geïsoleerd leven', { id: 'q.htr.isolated' }) },
        { id: 'poverty', text: msg('Mensen met weinig geld', { id: 'q.htr.poverty' }) },
        { id: 'digital', text: msg('Mensen zonder internet of computer', { id: 'q.htr.digital' }) },
      ],
    },
    {
      id: 'organised',
      phase: 'discover',
      kind: 'single',
      text: msg('Is de groep georganiseerd, bijvoorbeeld in een vereniging?', { id: 'q.organised' }),
      options: yesPartlyNo(),
    },
    {
      id: 'reach',
      phase: 'discover',
      kind: 'text',
      text: msg('Hoe bereiken we de mensen die niet georganiseerd zijn?', { id: 'q.reach' }),
      help: msg('Ga naar plaatsen waar mensen al komen: de bakker, het buurthuis, de apotheek, de school.', {
        id: 'q.reach.help',
      }),
    },
    {
      id: 'key-figures',
      phase: 'discover',
      kind: 'text',
      optional: true,
      text: msg('Wie zijn de sleutelfiguren die de groep kent en vertrouwt?', { id: 'q.key-figures' }),
    },
    // ── Understand ──
    {
      id: 'needs',
      phase: 'understand',
      kind: 'text',
      text: msg('Wat zijn de noden van de groep, in hun eigen woorden?', { id: 'q.needs' }),
    },
    {
      id: 'context',
      phase: 'understand',
      kind: 'text',
      text: msg('In welke situatie leven ze? Wat maakt meedoen moeilijk of makkelijk?', { id: 'q.context' }),
    },
    {
      id: 'story',
      phase: 'understand',
      kind: 'text',
      optional: true,
      text: msg('Welk verhaal of welke ervaring van de groep helpt ons het thema te begrijpen?', { id: 'q.story' }),
    },
    {
      id: 'existing',
      phase: 'understand',
      kind: 'text',
      optional: true,
      text: msg('Wat bestaat er al rond dit thema? Met wie kunnen we samenwerken?', { id: 'q.existing' }),
    },
    {
      id: 'known',
      phase: 'understand',
      kind: 'scale',
      text: msg('Hoe goed kennen we de groep al?', { id: 'q.known' }),
    },
    // ── Self-direction ──
    {
      id: 'form',
      phase: 'self-direction',
      kind: 'single',
      text: msg('Hoe doet de groep mee?', { id: 'q.form' }),
      options: [
        { id: 'direct', text: msg('Direct: de mensen zelf', { id: 'q.form.direct' }) },
        { id: 'indirect', text: msg('Indirect: via vertegenwoordigers', { id: 'q.form.indirect' }) },
        { id: 'both', text: msg('Allebei', { id: 'q.form.both' }) },
      ],
    },
    {
      id: 'rung',
      phase: 'self-direction',
      kind: 'single',
      text: msg('Hoe ver willen we de groep betrekken?', { id: 'q.rung' }),
      options: RUNGS.map((r) => ({ id: r.id, text: `${r.step}. ${r.name()}` })),
    },
    {
      id: 'wants',
      phase: 'self-direction',
      kind: 'text',
      text: msg('Wat wil de groep zelf? Wat kan ze zelf doen?', { id: 'q.wants' }),
    },
    {
      id: 'support',
      phase: 'self-direction',
      kind: 'text',
      text: msg('Welke steun heeft de groep nodig om mee te doen?', { id: 'q.support' }),
      help: msg('Bijvoorbeeld vervoer, een tolk, een vergoeding of een tijdstip dat past.', { id: 'q.support.help' }),
    },
    {
      id: 'direction',
      phase: 'self-direction',
      kind: 'single',
      text: msg('Wie neemt de beslissingen?', { id: 'q.direction' }),
      options: [
        { id: 'us', text: msg('Wij, de organisatie', { id: 'q.direction.us' }) },
        { id: 'together', text: msg('Wij samen met de groep', { id: 'q.direction.together' }) },
        { id: 'group', text: msg('De groep zelf', { id: 'q.direction.group' }) },
      ],
    },
    {
      id: 'effects',
      phase: 'self-direction',
      kind: 'multiple',
      text: msg('Welk effect willen we bereiken?', { id: 'q.effects' }),
      help: msg('Kies alles wat past.', { id: 'q.choose-all' }),
      options: [
        { id: 'support', text: msg('Meer steun voor het project', { id: 'q.eff.support' }) },
        { id: 'cohesion', text: msg('Meer verbondenheid tussen mensen', { id: 'q.eff.cohesion' }) },
        { id: 'understanding', text: msg('Meer begrip voor het thema', { id: 'q.eff.understanding' }) },
        { id: 'concrete', text: msg('Een concreter plan', { id: 'q.eff.concrete' }) },
        { id: 'ownership', text: msg('De groep voelt: dit is ons project', { id: 'q.eff.ownership' }) },
        { id: 'reach', text: msg('Meer mensen bereiken', { id: 'q.eff.reach' }) },
      ],
    },
    {
      id: 'open',
      phase: 'self-direction',
      kind: 'scale',
      optional: true,
      text: msg('Staan we open voor wat de groep zegt, ook als het anders is dan we dachten?', { id: 'q.open' }),
    },
  ];
}
