/** The value of `<elz-participation-ladder>` (public contract) and its validation. */
import { msg } from '@lit/localize';
import { MODES, RUNG_IDS, type ParticipationMode, type RungId } from '../content/rungs.js';
import { LIMITS, array, name, nullable, object, oneOf, string, uniqueIds, type ValueSchema } from '../core/schema.js';

export interface LadderGroup {
  id: string;
  name: string;
  /** Where the group stands now; null until chosen. */
  current: RungId | null;
  /** The ambition; null until chosen. */
  target: RungId | null;
  mode: ParticipationMode;
  note: string;
  /** For a group that takes part indirectly: who represents it. Added in version 2. */
  representative: string;
  /** …and how the group's voice comes back to it, and its answer to the project. Added in version 2. */
  feedback: string;
}

export interface LadderValue {
  schema: 'elz-participation-ladder/2';
  updatedAt: string;
  groups: LadderGroup[];
}

const group = object(
  {
    id: string(LIMITS.id),
    name: name(LIMITS.name),
    current: nullable(oneOf(RUNG_IDS)),
    target: nullable(oneOf(RUNG_IDS)),
    mode: oneOf(MODES),
    note: string(LIMITS.text),
    representative: string(LIMITS.name),
    feedback: string(LIMITS.text),
  },
  { current: null, target: null, mode: 'direct', note: '', representative: '', feedback: '' },
);

const groups = array(group, LIMITS.items);

export const ladderSchema: ValueSchema<LadderValue> = {
  name: 'elz-participation-ladder',
  version: 2,
  // Version 1 had no representation: its groups get the new fields empty (their defaults).
  migrations: { 1: (old) => old },
  fields: object({
    groups: (v, path) => uniqueIds(groups(v, path), path),
  }),
};

/** The default group every new ladder starts with: the citizens and persons with a care need. */
export function emptyLadder(): LadderValue {
  return {
    schema: 'elz-participation-ladder/2',
    updatedAt: new Date().toISOString(),
    groups: [
      {
        id: 'citizens',
        name: msg('Burgers en personen met een zorg- en ondersteuningsnood', { id: 'ladder.default-group' }),
        current: null,
        target: null,
        mode: 'direct',
        note: '',
        representative: '',
        feedback: '',
      },
    ],
  };
}
