/**
 * The realistic case every element's stories share: a fall-prevention project (valpreventie) in
 * Sint-Kruis, Bruges, as a working group of the primary-care zone filled it in, in Dutch.
 */
import type { Stakeholder } from '../src/stakeholder-circle/value.js';
import type { Answers } from '../src/question-wizard/value.js';

/** A stakeholder with the usual defaults: involved, no rung chosen yet, no expert by experience, no note. */
export const stakeholder = (
  s: Pick<Stakeholder, 'id' | 'name' | 'ring' | 'sector'> & Partial<Stakeholder>,
): Stakeholder => ({
  involvement: 'involved',
  level: null,
  hardToReach: false,
  expert: false,
  note: '',
  ...s,
});

/**
 * A realistic case: a fall-prevention project (valpreventie) in Sint-Kruis, Bruges. Who the working
 * group of the primary-care zone put in the circle, in Dutch, over all three rings and four of the five
 * default sectors. Nobody comes from the second line yet, so the circle points out that gap.
 */
export const fallPreventionStakeholders = (): Stakeholder[] => [
  // Citizens and persons with a care need
  stakeholder({
    id: 'claeys',
    name: 'Mevrouw Claeys',
    ring: 'person',
    sector: 'care',
    level: 'advise',
    expert: true,
    note: 'Viel vorig jaar thuis op de trap; leest de folder na voor hij gedrukt wordt.',
  }),
  stakeholder({
    id: 'older-residents',
    name: 'Oudere buurtbewoners',
    ring: 'person',
    sector: 'welfare',
    involvement: 'planned',
    hardToReach: true,
    note: 'Vooral wie alleen woont en weinig buitenkomt. Bereiken via de bakker en de apotheek.',
  }),
  // Informal network
  stakeholder({
    id: 'carers',
    name: 'Mantelzorgvereniging',
    ring: 'informal',
    sector: 'welfare',
    involvement: 'planned',
    note: 'Eerste gesprek gepland in april.',
  }),
  stakeholder({
    id: 'neighbourhood-committee',
    name: 'Buurtcomité Sint-Kruis',
    ring: 'informal',
    sector: 'local-government',
    level: 'consult',
    note: 'Kent de gevaarlijke stoepen en oversteekplaatsen.',
  }),
  stakeholder({
    id: 'seniors-council',
    name: 'Seniorenraad',
    ring: 'informal',
    sector: 'local-government',
    involvement: 'not-involved',
  }),
  // Formal network
  stakeholder({
    id: 'gp-circle',
    name: 'Huisartsenkring Brugge',
    ring: 'formal',
    sector: 'care',
    level: 'collaborate',
    note: 'Vraagt bij elke oudere patiënt naar vallen in het voorbije jaar.',
  }),
  stakeholder({ id: 'home-nursing', name: 'Thuisverpleging', ring: 'formal', sector: 'care', level: 'collaborate' }),
  stakeholder({
    id: 'physiotherapists',
    name: 'Kinesitherapeuten',
    ring: 'formal',
    sector: 'care',
    level: 'advise',
    note: 'Geven de balansoefeningen in het dienstencentrum.',
  }),
  stakeholder({ id: 'pharmacy', name: 'Apotheek', ring: 'formal', sector: 'care', level: 'inform' }),
  stakeholder({
    id: 'social-house',
    name: 'OCMW / sociaal huis',
    ring: 'formal',
    sector: 'welfare',
    level: 'collaborate',
  }),
  stakeholder({
    id: 'service-centre',
    name: 'Dienstencentrum',
    ring: 'formal',
    sector: 'welfare',
    level: 'co-decide',
    note: 'Vaste plek voor de bijeenkomsten, in de voormiddag.',
  }),
  stakeholder({
    id: 'prevention-service',
    name: 'Stad Brugge — preventiedienst',
    ring: 'formal',
    sector: 'local-government',
    level: 'co-decide',
  }),
  stakeholder({
    id: 'social-housing',
    name: 'Sociale huisvesting',
    ring: 'formal',
    sector: 'wwol',
    involvement: 'planned',
    level: 'inform',
    note: 'Trapliften en handgrepen in de seniorenflats.',
  }),
];

/**
 * A realistic case: a fall-prevention project (valpreventie) in Sint-Kruis, Bruges. The answers a
 * working group of the primary-care zone wrote down, in Dutch, for every question of the default set.
 */
export const fallPreventionAnswers = (): Answers => ({
  // Discover
  who: 'Oudere buurtbewoners, hun mantelzorgers, de huisartsen en het dienstencentrum',
  'hard-to-reach': ['language', 'isolated'],
  organised: 'partly',
  reach: 'Via de bakker, de apotheek en het dienstencentrum',
  'key-figures': 'De apotheker van het Sint-Kruisplein en de vrijwilligers van de seniorenraad',
  // Understand
  needs: 'Zich veilig voelen in huis en op straat, en zelfstandig thuis blijven wonen',
  context:
    'Veel ouderen wonen alleen in een huis met trappen. Wie al eens viel, gaat minder buiten. Overdag is het dienstencentrum een vaste plek.',
  story: 'Een bewoonster viel op de stoep voor haar deur en durfde daarna maanden niet meer naar de markt.',
  existing: 'Het dienstencentrum geeft al bewegingslessen; de thuisverpleging doet huisbezoeken.',
  known: 3,
  // Self-direction
  form: 'both',
  rung: 'collaborate',
  wants: 'Samen wandelroutes uittesten en zeggen waar de stoepen gevaarlijk zijn',
  support: 'Vervoer naar de bijeenkomsten, een tolk en een tijdstip in de voormiddag',
  direction: 'together',
  effects: ['support', 'ownership'],
  open: 4,
});
