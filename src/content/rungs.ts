/**
 * The participation ladder (seed 000, "Burgerparticipatie deel van beleidsparticipatie"): five
 * rungs, bottom to top. Ids are part of the public contract; the words are the translators'.
 * Written in plain language (B1): what the rung means, what it promises, an example.
 */
import { msg, str } from '@lit/localize';
import { isolate } from '../core/messages.js';

export const RUNG_IDS = ['inform', 'consult', 'advise', 'collaborate', 'co-decide'] as const;
export type RungId = (typeof RUNG_IDS)[number];

export const MODES = ['direct', 'indirect'] as const;
export type ParticipationMode = (typeof MODES)[number];

export interface Rung {
  id: RungId;
  /** 1 (inform) to 5 (co-decide). */
  step: number;
  name: () => string;
  /** Half a line: the gist, shown beside each choice. */
  gist: () => string;
  meaning: () => string;
  promise: () => string;
  example: () => string;
}

export const RUNGS: readonly Rung[] = [
  {
    id: 'inform',
    step: 1,
    name: () => msg('Informeren', { id: 'rung.inform.name' }),
    gist: () => msg('We vertellen wat er gebeurt.', { id: 'rung.inform.gist' }),
    meaning: () =>
      msg(
        'De groep krijgt duidelijke informatie over het project: wat, waarom, wanneer en met wie. De groep kan zelf nog niets veranderen. Informeren is dus nog geen participatie, maar wel de basis van elke trede.',
        { id: 'rung.inform.meaning' },
      ),
    promise: () => msg('We houden u op de hoogte, in taal die u begrijpt.', { id: 'rung.inform.promise' }),
    example: () =>
      msg('Een folder en een infomoment in het buurthuis over een nieuw project rond valpreventie.', {
        id: 'rung.inform.example',
      }),
  },
  {
    id: 'consult',
    step: 2,
    name: () => msg('Raadplegen', { id: 'rung.consult.name' }),
    gist: () => msg('We vragen wat de groep denkt.', { id: 'rung.consult.gist' }),
    meaning: () =>
      msg('We vragen de mening, ervaringen en ideeën van de groep. Daarna beslissen wij zelf wat we ermee doen.', {
        id: 'rung.consult.meaning',
      }),
    promise: () =>
      msg('We luisteren naar u en vertellen achteraf wat we met uw mening gedaan hebben.', {
        id: 'rung.consult.promise',
      }),
    example: () =>
      msg('Een korte bevraging bij mantelzorgers: wat helpt hen het meest?', { id: 'rung.consult.example' }),
  },
  {
    id: 'advise',
    step: 3,
    name: () => msg('Adviseren', { id: 'rung.advise.name' }),
    gist: () => msg('De groep geeft advies.', { id: 'rung.advise.gist' }),
    meaning: () =>
      msg(
        'De groep denkt mee en geeft advies over de plannen. We nemen het advies ernstig. Volgen we het niet, dan leggen we uit waarom.',
        { id: 'rung.advise.meaning' },
      ),
    promise: () => msg('Uw advies telt. Volgen we het niet, dan zeggen we waarom.', { id: 'rung.advise.promise' }),
    example: () =>
      msg('Een klankbordgroep met ervaringsdeskundigen bespreekt het plan voor het project.', {
        id: 'rung.advise.example',
      }),
  },
  {
    id: 'collaborate',
    step: 4,
    name: () => msg('Samenwerken', { id: 'rung.collaborate.name' }),
    gist: () => msg('We werken samen als partners.', { id: 'rung.collaborate.gist' }),
    meaning: () =>
      msg('De groep werkt mee als partner: samen plannen maken, taken verdelen en het project uitvoeren.', {
        id: 'rung.collaborate.meaning',
      }),
    promise: () =>
      msg('We doen het samen, van begin tot einde, als gelijkwaardige partners.', {
        id: 'rung.collaborate.promise',
      }),
    example: () =>
      msg('Buurtbewoners en hulpverleners organiseren samen een wekelijkse wandelgroep.', {
        id: 'rung.collaborate.example',
      }),
  },
  {
    id: 'co-decide',
    step: 5,
    name: () => msg('Meebeslissen', { id: 'rung.co-decide.name' }),
    gist: () => msg('De groep beslist mee.', { id: 'rung.co-decide.gist' }),
    meaning: () =>
      msg(
        'De groep beslist samen met de partners over de keuzes in het project. Niemand beslist alleen. Wat samen beslist is, voeren we uit.',
        { id: 'rung.co-decide.meaning' },
      ),
    promise: () => msg('Wat u mee beslist, voeren we ook uit.', { id: 'rung.co-decide.promise' }),
    example: () =>
      msg(
        'Twee bewoners met een zorg- en ondersteuningsnood zitten in de stuurgroep. Samen met de partners beslissen ze over de acties en het budget.',
        { id: 'rung.co-decide.example' },
      ),
  },
];

export const rungById = (id: RungId | null): Rung | undefined => RUNGS.find((r) => r.id === id);

export const MODE_TEXT: Record<ParticipationMode, { name: () => string; gist: () => string }> = {
  direct: {
    name: () => msg('Direct', { id: 'mode.direct.name' }),
    gist: () =>
      msg('De mensen om wie het gaat doen zelf mee, bijvoorbeeld als ervaringsdeskundige.', { id: 'mode.direct.gist' }),
  },
  indirect: {
    name: () => msg('Indirect', { id: 'mode.indirect.name' }),
    gist: () =>
      msg('Via wie hen vertegenwoordigt: een vereniging, een adviesraad of een vertegenwoordiger in de zorgraad.', {
        id: 'mode.indirect.gist',
      }),
  },
};

/** One group on the ladder in a sentence: "Buren: nu Informeren, doel Adviseren, manier van meedoen: Direct." */
export function describeGroup(g: {
  name: string;
  current: RungId | null;
  target: RungId | null;
  mode: ParticipationMode;
}): string {
  const none = msg('nog niet gekozen', { id: 'ladder.not-chosen' });
  const now = rungById(g.current)?.name() ?? none;
  const goal = rungById(g.target)?.name() ?? none;
  const mode = MODE_TEXT[g.mode].name();
  return msg(str`${isolate(g.name)}: nu ${now}, doel ${goal}, manier van meedoen: ${mode}.`, { id: 'ladder.describe' });
}
