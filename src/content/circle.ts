/**
 * The stakeholder circle (seed 000, part 3 "Wat"): rings around the theme or action, inside out,
 * and sectors around the circle — the clusters of the primary-care zone (seed 000) and the
 * WWOL partners (seed 004: wonen, werken, onderwijs en leven). Ids are part of the contract.
 */
import { msg } from '@lit/localize';

export const RINGS = ['person', 'informal', 'formal'] as const;
export type RingId = (typeof RINGS)[number];

export const INVOLVEMENTS = ['involved', 'planned', 'not-involved'] as const;
export type Involvement = (typeof INVOLVEMENTS)[number];

export const RING_TEXT: Record<RingId, { name: () => string; who: () => string }> = {
  person: {
    name: () => msg('Burger en persoon met een zorg- en ondersteuningsnood', { id: 'ring.person.name' }),
    who: () =>
      msg('Bewoners, personen met een zorg- en ondersteuningsnood (PZON), ervaringsdeskundigen', {
        id: 'ring.person.who',
      }),
  },
  informal: {
    name: () => msg('Informeel netwerk', { id: 'ring.informal.name' }),
    who: () => msg('Mantelzorgers, familie, buren, vrijwilligers, verenigingen', { id: 'ring.informal.who' }),
  },
  formal: {
    name: () => msg('Formeel netwerk', { id: 'ring.formal.name' }),
    who: () => msg('Professionals, diensten en organisaties', { id: 'ring.formal.who' }),
  },
};

export const INVOLVEMENT_TEXT: Record<Involvement, () => string> = {
  involved: () => msg('Betrokken', { id: 'involvement.involved' }),
  /** Not at the table yet, but someone will contact them. */
  planned: () => msg('Nog te contacteren', { id: 'involvement.planned' }),
  'not-involved': () => msg('Nog niet betrokken', { id: 'involvement.not-involved' }),
};

/** A sector around the circle, in the current language. */
export interface Sector {
  id: string;
  name: string;
}

export const DEFAULT_SECTOR_IDS = ['care', 'welfare', 'local-government', 'wwol', 'second-line'] as const;

/** The default sectors, in the current language. */
export function defaultSectors(): Sector[] {
  return [
    { id: 'care', name: msg('Zorg en gezondheid', { id: 'sector.care' }) },
    { id: 'welfare', name: msg('Welzijn', { id: 'sector.welfare' }) },
    { id: 'local-government', name: msg('Lokaal bestuur', { id: 'sector.local-government' }) },
    { id: 'wwol', name: msg('Wonen, werken, onderwijs en leven', { id: 'sector.wwol' }) },
    { id: 'second-line', name: msg('Tweede lijn', { id: 'sector.second-line' }) },
  ];
}
