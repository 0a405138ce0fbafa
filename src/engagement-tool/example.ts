/**
 * A worked example a team can open, explore through every step, and clear: a project of a
 * primary-care zone around older people who live alone. Marie-Rose (72, alone on the fourth floor
 * without a lift) is a persona, an example of such a person, not a patient: her notes say only what
 * the project needs. The plan shows a round under way (plan, do, check, act): due dates and the next
 * round a few months from the day it is opened, one action already started. Loaded only when a user
 * asks for it.
 *
 * The texts are data of the example, not messages of the tool: each language has its own version,
 * written for it (Dutch, French — Marie-Rose's case comes from Brussels — English and German).
 */
import type { Locale } from '../core/locale.js';
import type { LadderGroup } from '../participation-ladder/value.js';
import { hintText } from '../stakeholder-circle/hints.js';
import { groupTitle } from './plan.js';
import { EXAMPLE_PREFIX } from './example-offer.js';
import type { ToolValue } from './value.js';

type Texts = {
  theme: string;
  names: Record<string, string>;
  notes: Record<string, string>;
  /** Who speaks for a group that takes part through others (no leading article: shown as "via …"), and how its voice goes up and comes back. */
  representatives: Record<string, [who: string, back: string]>;
  /** Notes on the ladder, per group. */
  groupNotes: Record<string, string>;
  answers: Record<string, string>;
  ambassador: string;
  actions: Array<[id: string, what: string, who: string]>;
};

/** Per action, in the order of `actions`: in how many months it is due, and where it stands. */
const PLANNED: Array<[months: number, state: 'todo' | 'doing']> = [
  [1, 'doing'],
  [2, 'todo'],
  [2, 'todo'],
];

/** The next round, in months: when the team checks what it did and adjusts. */
const NEXT_ROUND = 3;

/** The day `months` after `now`, as yyyy-mm-dd; on the 28th at the latest, so that every month has it. */
function monthsAfter(now: string, months: number): string {
  const day = new Date(now);
  day.setUTCDate(Math.min(day.getUTCDate(), 28));
  day.setUTCMonth(day.getUTCMonth() + months);
  return day.toISOString().slice(0, 10);
}

const NL: Texts = {
  theme: 'Veilig en minder alleen thuis: ouderen zoals Marie-Rose',
  names: {
    'marie-rose': 'Marie-Rose (72), voorbeeld van een oudere die alleen woont',
    older: 'Alleenwonende ouderen in de wijk',
    experts: 'Twee ervaringsdeskundigen met een chronische ziekte',
    daughter: 'Dochter van Marie-Rose',
    carers: 'Mantelzorgers (mantelzorgcafé)',
    volunteers: 'Vrijwilligers van het buurtnetwerk',
    gp: 'Huisarts van Marie-Rose',
    nurse: 'Thuisverpleging',
    cpas: 'OCMW / sociaal huis',
    hospital: 'Sociale dienst van het ziekenhuis (spoed)',
    mental: 'Geestelijke gezondheidszorg (mobiel team)',
  },
  notes: {
    'marie-rose': 'Vierde verdieping zonder lift. Bang om de bus te nemen. Belt vaak de huisarts.',
    older: 'Veel van hen komen nergens meer buiten. Bereiken via de apotheek en de bakker.',
    daughter: 'Weinig contact. Marie-Rose beslist zelf of we haar dochter betrekken.',
  },
  representatives: {
    older: [
      'Seniorenraad',
      'Op de maandvergadering van de seniorenraad: vooraf input vragen, achteraf vertellen wat ermee gebeurd is. De vrijwilligers doen hetzelfde bij hun huisbezoeken, voor wie niet naar de vergadering komt.',
    ],
    carers: [
      'Begeleider van het mantelzorgcafé',
      'Op het volgende mantelzorgcafé vragen we hun ideeën. Op het café daarna vertellen we wat we ermee deden.',
    ],
  },
  groupNotes: {
    older: 'De seniorenraad bereikt de meest geïsoleerde ouderen niet.',
  },
  answers: {
    who: 'Alleenwonende ouderen met een chronische ziekte, hun mantelzorgers, de huisartsen, de thuisverpleging, het OCMW en het buurtnetwerk.',
    reach:
      'Via de apotheek, de bakker, de thuisverpleging en huisbezoeken van vrijwilligers. Niet via een folder alleen.',
    'key-figures': 'De apotheker, de buurtwerker en de thuisverpleegkundige.',
    needs: 'Veilig thuis blijven wonen, minder alleen zijn, weten bij wie ze terechtkunnen als het ’s nachts misgaat.',
    context:
      'Appartementen zonder lift, weinig geld, angst voor de kosten van een woonzorgcentrum, weinig familie in de buurt.',
    existing:
      'Het buurtnetwerk doet al huisbezoeken. Het OCMW heeft een sociale dienst. Samen afstemmen in plaats van iets nieuws.',
    wants: 'Thuis blijven wonen, zelf kiezen wie er langskomt, iemand om mee te praten.',
    support: 'Vervoer naar de bijeenkomsten, een bijeenkomst overdag en dicht bij huis, een tolk als het nodig is.',
  },
  ambassador: 'Sofie, stafmedewerker van de eerstelijnszone',
  actions: [
    [
      'group:ex-marie-rose',
      'Bij Marie-Rose thuis vragen wat haar zou helpen om veilig en minder alleen te wonen.',
      'De thuisverpleegkundige die ze vertrouwt, met Sofie',
    ],
    ['group:ex-older', 'Een bevraging aan huis, samen met de seniorenraad.', 'Buurtwerker Karim'],
    [
      'gap:hard-to-reach-waiting',
      'Via de apotheek en de bakker alleenwonende ouderen persoonlijk uitnodigen voor een gesprek.',
      'Buurtwerker Karim',
    ],
  ],
};

const FR: Texts = {
  theme: 'En sécurité et moins seul à la maison\u00a0: des personnes âgées comme Marie-Rose',
  names: {
    'marie-rose': "Marie-Rose (72 ans), exemple d'une personne âgée qui vit seule",
    older: 'Personnes âgées vivant seules dans le quartier',
    experts: 'Deux experts du vécu avec une maladie chronique',
    daughter: 'La fille de Marie-Rose',
    carers: 'Aidants proches (café des aidants)',
    volunteers: 'Bénévoles du réseau de quartier',
    gp: 'Médecin généraliste de Marie-Rose',
    nurse: 'Infirmiers à domicile',
    cpas: 'CPAS',
    hospital: "Service social de l'hôpital (urgences)",
    mental: 'Santé mentale (équipe mobile)',
  },
  notes: {
    'marie-rose': 'Quatrième étage sans ascenseur. Peur de prendre le bus. Appelle souvent son médecin.',
    older: 'Beaucoup ne sortent plus. Les atteindre par la pharmacie et la boulangerie.',
    daughter: 'Peu de contacts. Marie-Rose décide elle-même si nous impliquons sa fille.',
  },
  representatives: {
    older: [
      'Conseil consultatif des aînés',
      "À la réunion mensuelle du conseil consultatif des aînés\u00a0: demander son avis avant, dire après ce qu'on en a fait. Les bénévoles font de même lors de leurs visites à domicile, pour les personnes qui ne viennent pas à la réunion.",
    ],
    carers: [
      'Animatrice du café des aidants',
      'Au prochain café des aidants, nous demandons leurs idées. Au café suivant, nous disons ce que nous en avons fait.',
    ],
  },
  groupNotes: {
    older: "Le conseil consultatif des aînés n'atteint pas les personnes âgées les plus isolées.",
  },
  answers: {
    who: 'Des personnes âgées vivant seules avec une maladie chronique, leurs aidants proches, les médecins généralistes, les infirmiers à domicile, le CPAS et le réseau de quartier.',
    reach:
      'Par la pharmacie, la boulangerie, les infirmiers à domicile et les visites de bénévoles. Pas seulement par un dépliant.',
    'key-figures': "Le pharmacien, le travailleur de quartier et l'infirmière à domicile.",
    needs: 'Rester en sécurité à la maison, être moins seul, savoir qui appeler quand ça va mal la nuit.',
    context:
      "Des appartements sans ascenseur, peu d'argent, la peur du coût d'une maison de repos, peu de famille à proximité.",
    existing:
      "Le réseau de quartier fait déjà des visites à domicile. Le CPAS a un service social. S'accorder plutôt que créer du nouveau.",
    wants: "Rester à la maison, choisir soi-même qui passe, quelqu'un à qui parler.",
    support: 'Un transport vers les réunions, une réunion en journée et près de chez soi, un interprète si nécessaire.',
  },
  ambassador: 'Sofie, chargée de projets de la zone de soins',
  actions: [
    [
      'group:ex-marie-rose',
      "Demander chez Marie-Rose ce qui l'aiderait à vivre chez elle en sécurité et moins seule.",
      "L'infirmière à domicile en qui elle a confiance, avec Sofie",
    ],
    [
      'group:ex-older',
      'Un petit questionnaire à domicile, avec le conseil consultatif des aînés.',
      'Karim, travailleur de quartier',
    ],
    [
      'gap:hard-to-reach-waiting',
      'Inviter personnellement les personnes âgées vivant seules à une rencontre, par la pharmacie et la boulangerie.',
      'Karim, travailleur de quartier',
    ],
  ],
};

const EN: Texts = {
  theme: 'Safe and less alone at home: older people like Marie-Rose',
  names: {
    'marie-rose': 'Marie-Rose (72), an example of an older person who lives alone',
    older: 'Older people living alone in the neighbourhood',
    experts: 'Two experts by experience with a chronic illness',
    daughter: "Marie-Rose's daughter",
    carers: "Informal carers (carers' café)",
    volunteers: 'Volunteers of the neighbourhood network',
    gp: "Marie-Rose's GP",
    nurse: 'Home nursing',
    cpas: 'Welfare centre (OCMW/CPAS)',
    hospital: 'Hospital social service (emergency department)',
    mental: 'Mental health care (mobile team)',
  },
  notes: {
    'marie-rose': 'Fourth floor without a lift. Afraid to take the bus. Often calls her GP.',
    older: 'Many no longer go out. Reach them through the pharmacy and the baker.',
    daughter: 'Little contact. Marie-Rose decides herself whether we involve her daughter.',
  },
  representatives: {
    older: [
      "Seniors' council",
      "At the seniors' council's monthly meeting: ask for input first, and say afterwards what was done with it. The volunteers do the same on their home visits, for those who do not come to the meeting.",
    ],
    carers: [
      "Carers' café facilitator",
      "At the next carers' café we ask for their ideas. At the one after that, we tell them what we did with them.",
    ],
  },
  groupNotes: {
    older: "The seniors' council does not reach the most isolated older people.",
  },
  answers: {
    who: 'Older people living alone with a chronic illness, their informal carers, GPs, home nursing, the welfare centre (OCMW/CPAS) and the neighbourhood network.',
    reach: 'Through the pharmacy, the baker, home nursing and home visits by volunteers. Not through a leaflet alone.',
    'key-figures': 'The pharmacist, the community worker and the home nurse.',
    needs: 'Staying safe at home, being less alone, knowing whom to call when things go wrong at night.',
    context: 'Flats without a lift, little money, fear of the cost of a care home, little family nearby.',
    existing:
      'The neighbourhood network already makes home visits. The welfare centre (OCMW/CPAS) has a social service. Work together rather than start something new.',
    wants: 'Staying at home, choosing who comes by, someone to talk to.',
    support: 'Transport to the meetings, a meeting in the daytime and close to home, an interpreter when needed.',
  },
  ambassador: 'Sofie, staff member of the primary-care zone',
  actions: [
    [
      'group:ex-marie-rose',
      'Ask Marie-Rose, at her home, what would help her to live safely and less alone.',
      'The home nurse she trusts, with Sofie',
    ],
    ['group:ex-older', "A short survey at home, with the seniors' council.", 'Karim, community worker'],
    [
      'gap:hard-to-reach-waiting',
      'Invite older people living alone in person to a talk, through the pharmacy and the baker.',
      'Karim, community worker',
    ],
  ],
};

const DE: Texts = {
  theme: 'Sicher und weniger allein zu Hause: ältere Menschen wie Marie-Rose',
  names: {
    'marie-rose': 'Marie-Rose (72), Beispiel einer älteren Frau, die allein lebt',
    older: 'Alleinlebende ältere Menschen im Viertel',
    experts: 'Zwei Erfahrungsexpertinnen mit einer chronischen Krankheit',
    daughter: 'Die Tochter von Marie-Rose',
    carers: 'Pflegende Angehörige (Angehörigencafé)',
    volunteers: 'Ehrenamtliche des Nachbarschaftsnetzes',
    gp: 'Hausärztin von Marie-Rose',
    nurse: 'Häusliche Krankenpflege',
    cpas: 'ÖSHZ (Sozialhilfezentrum)',
    hospital: 'Sozialdienst des Krankenhauses (Notaufnahme)',
    mental: 'Psychische Gesundheit (mobiles Team)',
  },
  notes: {
    'marie-rose': 'Vierter Stock ohne Aufzug. Angst, den Bus zu nehmen. Ruft oft die Hausärztin an.',
    older: 'Viele gehen nicht mehr hinaus. Über die Apotheke und den Bäcker erreichen.',
    daughter: 'Wenig Kontakt. Marie-Rose entscheidet selbst, ob wir ihre Tochter einbeziehen.',
  },
  representatives: {
    older: [
      'Seniorenbeirat',
      'Bei der Monatssitzung des Seniorenbeirats: vorher nach der Meinung fragen, nachher erzählen, was damit geschehen ist. Die Ehrenamtlichen machen das auch bei ihren Hausbesuchen, für alle, die nicht zur Sitzung kommen.',
    ],
    carers: [
      'Leiterin des Angehörigencafés',
      'Im nächsten Angehörigencafé fragen wir nach ihren Ideen. Im Café danach erzählen wir, was wir damit gemacht haben.',
    ],
  },
  groupNotes: {
    older: 'Der Seniorenbeirat erreicht die am stärksten isolierten älteren Menschen nicht.',
  },
  answers: {
    who: 'Alleinlebende ältere Menschen mit einer chronischen Krankheit, ihre pflegenden Angehörigen, die Hausärzte, die häusliche Krankenpflege, das ÖSHZ und das Nachbarschaftsnetz.',
    reach:
      'Über die Apotheke, den Bäcker, die häusliche Krankenpflege und Hausbesuche von Ehrenamtlichen. Nicht nur mit einem Faltblatt.',
    'key-figures': 'Der Apotheker, der Quartiersarbeiter und die Hauskrankenpflegerin.',
    needs: 'Sicher zu Hause bleiben, weniger allein sein, wissen, wen man nachts anrufen kann.',
    context: 'Wohnungen ohne Aufzug, wenig Geld, Angst vor den Kosten eines Pflegeheims, wenig Familie in der Nähe.',
    existing:
      'Das Nachbarschaftsnetz macht schon Hausbesuche. Das ÖSHZ hat einen Sozialdienst. Abstimmen statt etwas Neues aufbauen.',
    wants: 'Zu Hause bleiben, selbst wählen, wer vorbeikommt, jemand zum Reden.',
    support: 'Ein Fahrdienst zu den Treffen, ein Treffen tagsüber und wohnortnah, eine Dolmetscherin, wenn nötig.',
  },
  ambassador: 'Sofie, Mitarbeiterin der Erstlinienzone',
  actions: [
    [
      'group:ex-marie-rose',
      'Bei Marie-Rose zu Hause fragen, was ihr helfen würde, sicher und weniger allein zu wohnen.',
      'Die Hauskrankenpflegerin, der sie vertraut, mit Sofie',
    ],
    ['group:ex-older', 'Eine Befragung zu Hause, mit dem Seniorenbeirat.', 'Karim, Quartiersarbeiter'],
    [
      'gap:hard-to-reach-waiting',
      'Alleinlebende ältere Menschen über die Apotheke und den Bäcker persönlich zu einem Gespräch einladen.',
      'Karim, Quartiersarbeiter',
    ],
  ],
};

const TEXTS: Record<Locale, Texts> = { nl: NL, fr: FR, en: EN, de: DE };

/** [id, ring, sector, involvement, now, goal, indirect?, hard to reach?, expert?] */
type Row = [string, string, string, string, string | null, string | null, boolean, boolean, boolean];
const PEOPLE: Row[] = [
  ['marie-rose', 'person', 'care', 'involved', 'consult', 'advise', false, true, false],
  ['older', 'person', 'wwol', 'planned', 'inform', 'advise', true, true, false],
  ['experts', 'person', 'care', 'involved', 'advise', 'co-decide', false, false, true],
  ['daughter', 'informal', 'care', 'not-involved', null, 'consult', false, false, false],
  ['carers', 'informal', 'welfare', 'planned', 'inform', 'advise', true, false, false],
  ['volunteers', 'informal', 'wwol', 'involved', 'consult', 'collaborate', false, false, false],
  ['gp', 'formal', 'care', 'involved', 'collaborate', 'collaborate', false, false, false],
  ['nurse', 'formal', 'care', 'involved', 'collaborate', 'collaborate', false, false, false],
  ['cpas', 'formal', 'local-government', 'involved', 'advise', 'collaborate', false, false, false],
  ['hospital', 'formal', 'second-line', 'planned', 'inform', 'consult', false, false, false],
  ['mental', 'formal', 'second-line', 'not-involved', null, 'consult', false, false, false],
];

/** The example in a language, as a value of the tool (on step 1, for the team to walk through). */
export function workedExample(locale: Locale, now = new Date().toISOString()): ToolValue {
  const t = TEXTS[locale];
  const id = (key: string) => `${EXAMPLE_PREFIX}${key}`;
  const stakeholders = PEOPLE.map(([key, ring, sector, involvement, level, , , hardToReach, expert]) => ({
    id: id(key),
    name: t.names[key],
    ring,
    sector,
    involvement,
    level,
    hardToReach,
    expert,
    note: t.notes[key] ?? '',
  }));
  const groups = PEOPLE.map(([key, , , , current, target, indirect]) => ({
    id: id(key),
    name: t.names[key],
    current,
    target,
    mode: indirect ? 'indirect' : 'direct',
    note: t.groupNotes[key] ?? '',
    representative: t.representatives[key]?.[0] ?? '',
    feedback: t.representatives[key]?.[1] ?? '',
  }));
  // What each action is for, in the words the plan uses (without the marks that isolate names).
  const titleOf = (action: string) => {
    const group = groups.find((g) => `group:${g.id}` === action) as LadderGroup | undefined;
    const waiting = stakeholders.filter((s) => s.hardToReach && s.involvement !== 'involved').map((s) => s.name);
    const title = group ? groupTitle(group) : hintText({ kind: 'hard-to-reach-waiting', names: waiting }, []);
    return title.replace(/[\u2066-\u2069]/g, '');
  };
  const answers = {
    ...t.answers,
    'hard-to-reach': ['isolated', 'digital', 'poverty'],
    organised: 'partly',
    'whole-person': ['physical', 'social', 'mental'],
    overlap: 'partly',
    known: 2,
    direction: 'together',
    effects: ['cohesion', 'ownership', 'reach', 'fairness'],
    timing: ['start', 'plan', 'check'],
    attitude: ['curious', 'equal', 'respect'],
  };
  return {
    schema: 'elz-engagement-tool/2',
    updatedAt: now,
    step: 'circle',
    completedAt: null,
    round: 1,
    circle: { schema: 'elz-stakeholder-circle/2', updatedAt: now, theme: t.theme, stakeholders },
    ladder: { schema: 'elz-participation-ladder/2', updatedAt: now, groups },
    wizard: {
      schema: 'elz-question-wizard/1',
      updatedAt: now,
      cycle: 1,
      phase: 'discover',
      answers,
      completedAt: null,
      history: [],
    },
    plan: {
      ambassador: t.ambassador,
      nextRound: monthsAfter(now, NEXT_ROUND),
      actions: t.actions.map(([action, what, who], i) => ({
        id: action,
        title: titleOf(action),
        what,
        who,
        due: monthsAfter(now, PLANNED[i][0]),
        state: PLANNED[i][1],
        note: '',
      })),
    },
    rounds: [],
  } as ToolValue;
}
