/**
 * The supporting questions of the engagement tool (seed 000, part 3 "Hoe"), in three phases:
 * discover the target group, understand it (needs, context, the whole person), and put the
 * direction in its hands ("regie bij de doelgroep"). Check questions (the "Check" of
 * Plan-Do-Check-Act) are asked from the second cycle on.
 * Question and option ids are stable: answers are stored under them. A new question or option
 * gets a new id; an option whose wording changes but whose meaning holds keeps its id.
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
    name: () => msg('De doelgroep ontdekken', { id: 'phase.discover.name' }),
    intro: () => msg('Wie is de doelgroep, en hoe bereiken we ze?', { id: 'phase.discover.intro' }),
  },
  understand: {
    name: () => msg('De doelgroep begrijpen', { id: 'phase.understand.name' }),
    intro: () => msg('Wat zijn hun noden, en in welke context leven ze?', { id: 'phase.understand.intro' }),
  },
  // Seed 000 names this phase "Regie bij de doelgroep": who holds the direction is part of the name.
  'self-direction': {
    name: () => msg('Regie bij de doelgroep', { id: 'phase.self-direction.name' }),
    intro: () =>
      msg('Hoe leggen we de regie bij de doelgroep? Wat wil en kan ze zelf, en wanneer doet ze mee?', {
        id: 'phase.self-direction.intro',
      }),
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
        'Denk aan bewoners, personen met een zorg- en ondersteuningsnood, ervaringsdeskundigen, mantelzorgers, vrijwilligers, verenigingen, professionals en het lokaal bestuur.',
        { id: 'q.who.help' },
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
      help: msg(
        'Ga naar plaatsen waar mensen al komen: de bakker, het buurthuis, de apotheek, de school, het mantelzorgcafé.',
        { id: 'q.reach.help' },
      ),
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
      // Seed 000: a holistic view of the person (fysisch, sociaal, psychisch-mentaal, existentieel).
      id: 'whole-person',
      phase: 'understand',
      kind: 'multiple',
      text: msg('Met welke kanten van hun leven houden we rekening?', { id: 'q.whole-person' }),
      help: msg('Kijk naar de hele mens, niet alleen naar de ziekte of de zorgvraag. Kies alles wat past.', {
        id: 'q.whole-person.help',
      }),
      options: [
        { id: 'physical', text: msg('Lichamelijk: gezondheid, bewegen, eten, slapen', { id: 'q.whole.physical' }) },
        { id: 'social', text: msg('Sociaal: familie, vrienden, buren, eenzaamheid', { id: 'q.whole.social' }) },
        { id: 'mental', text: msg('Psychisch en mentaal: gevoelens, zorgen, stress', { id: 'q.whole.mental' }) },
        {
          id: 'existential',
          text: msg('Existentieel: zin in het leven, waarden, geloof', { id: 'q.whole.existential' }),
        },
      ],
    },
    {
      id: 'story',
      phase: 'understand',
      kind: 'text',
      optional: true,
      text: msg('Welk verhaal of welke ervaring van de groep helpt ons het thema te begrijpen?', { id: 'q.story' }),
    },
    {
      // Seed 001, stelling 2: check at the start that the project does not overlap too much with what exists.
      id: 'overlap',
      phase: 'understand',
      kind: 'single',
      text: msg('Bestaat er al iets gelijkaardigs? Overlapt het project met andere werkingen of projecten?', {
        id: 'q.overlap',
      }),
      help: msg(
        'Versterk wat al bestaat, in plaats van iets nieuws op te zetten. De eerstelijnszone kan helpen om op elkaar af te stemmen.',
        { id: 'q.overlap.help' },
      ),
      options: [
        { id: 'yes', text: msg('Ja, er bestaat al iets gelijkaardigs', { id: 'q.overlap.yes' }) },
        { id: 'partly', text: msg('Voor een deel', { id: 'q.partly' }) },
        { id: 'no', text: msg('Nee, voor zover we weten', { id: 'q.overlap.no' }) },
        { id: 'unknown', text: msg('Dat weten we nog niet', { id: 'q.overlap.unknown' }) },
      ],
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
        // A care zone is a network of partners, not one organisation.
        { id: 'us', text: msg('Wij, de partners van het project', { id: 'q.direction.us' }) },
        { id: 'together', text: msg('Wij samen met de groep', { id: 'q.direction.together' }) },
        { id: 'group', text: msg('De groep zelf', { id: 'q.direction.group' }) },
      ],
    },
    {
      // Seed 001: "betrekken we de burgers vroeg genoeg in het co-creatie proces?"
      id: 'timing',
      phase: 'self-direction',
      kind: 'multiple',
      text: msg('Wanneer doet de doelgroep mee?', { id: 'q.timing' }),
      help: msg(
        'Betrek de mensen om wie het gaat zo vroeg mogelijk, al bij de keuze van het thema. Kies alles wat past.',
        {
          id: 'q.timing.help',
        },
      ),
      options: [
        {
          id: 'start',
          text: msg('Van bij het begin: bij de keuze van het thema en het doel', { id: 'q.timing.start' }),
        },
        { id: 'plan', text: msg('Bij het uitwerken van het plan', { id: 'q.timing.plan' }) },
        { id: 'do', text: msg('Bij het uitvoeren van de actie', { id: 'q.timing.do' }) },
        { id: 'check', text: msg('Bij het evalueren en bijsturen', { id: 'q.timing.check' }) },
      ],
    },
    {
      id: 'timing-who',
      phase: 'self-direction',
      kind: 'text',
      optional: true,
      text: msg('Wie betrekken we wanneer? Wie moet er van bij het begin bij zijn, en wie kan later aansluiten?', {
        id: 'q.timing-who',
      }),
    },
    {
      id: 'effects',
      phase: 'self-direction',
      kind: 'multiple',
      text: msg('Welk effect willen we bereiken?', { id: 'q.effects' }),
      help: msg('Kies alles wat past.', { id: 'q.choose-all' }),
      options: [
        { id: 'support', text: msg('Meer draagvlak voor het project', { id: 'q.eff.support' }) },
        { id: 'cohesion', text: msg('Meer verbondenheid tussen mensen', { id: 'q.eff.cohesion' }) },
        { id: 'understanding', text: msg('Meer begrip voor het thema', { id: 'q.eff.understanding' }) },
        { id: 'concrete', text: msg('Het thema wordt concreter', { id: 'q.eff.concrete' }) },
        {
          id: 'implementation',
          text: msg('De groep is betrokken bij het uitwerken en uitvoeren van de actie', {
            id: 'q.eff.implementation',
          }),
        },
        { id: 'ownership', text: msg("Eigenaarschap: de groep voelt 'dit is ons project'", { id: 'q.eff.ownership' }) },
        { id: 'reach', text: msg('De actie slaagt en bereikt meer burgers of doelgroepen', { id: 'q.eff.reach' }) },
        {
          id: 'fairness',
          text: msg(
            'Rechtvaardigheid: de actie komt bij iedereen die ze nodig heeft, ook bij wie moeilijk bereikbaar is',
            {
              id: 'q.eff.fairness',
            },
          ),
        },
      ],
    },
    {
      // Seed 000, "Attitude": nieuwsgierig zijn, open mind, verbindend werken; and the zone's values.
      id: 'attitude',
      phase: 'self-direction',
      kind: 'multiple',
      text: msg('Welke houding nemen we aan?', { id: 'q.attitude' }),
      help: msg('Kies wat we al doen. Wat we niet kiezen, is een werkpunt.', { id: 'q.attitude.help' }),
      options: [
        {
          id: 'curious',
          text: msg('Nieuwsgierig: we vragen door en luisteren echt', { id: 'q.attitude.curious' }),
        },
        {
          id: 'open-mind',
          text: msg(
            'Open blik: we staan open voor de kijk van de doelgroep, ook als die anders is dan die van de professionals',
            {
              id: 'q.attitude.open-mind',
            },
          ),
        },
        {
          id: 'connecting',
          text: msg('Verbindend: we brengen mensen, organisaties en sectoren samen', { id: 'q.attitude.connecting' }),
        },
        {
          id: 'equal',
          text: msg('Gelijkwaardig en wederkerig: iedereen brengt iets mee en krijgt iets terug', {
            id: 'q.attitude.equal',
          }),
        },
        {
          id: 'respect',
          text: msg('Met respect voor ieders levenskeuze, ook als die anders is dan de onze', {
            id: 'q.attitude.respect',
          }),
        },
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
