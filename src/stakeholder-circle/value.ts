/**
 * The value of `<elz-stakeholder-circle>` (public contract), host sector lists, and their validation.
 * A stakeholder's `sector` must be one of the sectors in force: the default ones, or the host's.
 */
import {
  DEFAULT_SECTOR_IDS,
  INVOLVEMENTS,
  RINGS,
  defaultSectors,
  type Involvement,
  type RingId,
  type Sector,
} from '../content/circle.js';
import { RUNG_IDS, type RungId } from '../content/rungs.js';
import { localText, pick, type LocalText } from '../core/local-text.js';
import {
  LIMITS,
  ValidationError,
  array,
  boolean,
  name,
  nullable,
  object,
  oneOf,
  string,
  toPlain,
  uniqueIds,
  type Check,
  type Plain,
  type ValueSchema,
} from '../core/schema.js';

export interface Stakeholder {
  id: string;
  name: string;
  ring: RingId;
  /** A sector id: one of the sectors in force. */
  sector: string;
  involvement: Involvement;
  /** The rung they take part on, or null. */
  level: RungId | null;
  hardToReach: boolean;
  /** An expert by experience (ervaringsdeskundige). Added in version 2. */
  expert: boolean;
  note: string;
}

export interface CircleValue {
  schema: 'elz-stakeholder-circle/2';
  updatedAt: string;
  /** The theme or action in the centre. */
  theme: string;
  stakeholders: Stakeholder[];
}

/**
 * Version 1 had no `expert`: nobody was marked as an expert by experience. Anything that is not a
 * list of objects is left as it is, for the checks to refuse with their usual message.
 */
function fromVersion1(old: { [key: string]: Plain }): { [key: string]: Plain } {
  const list = old.stakeholders;
  if (!Array.isArray(list)) return old;
  return {
    ...old,
    stakeholders: list.map((s) =>
      s !== null && typeof s === 'object' && !Array.isArray(s) && s.expert === undefined ? { ...s, expert: false } : s,
    ),
  };
}

/** Any sector id, for stored work: the page's own sectors may arrive after storage was read. */
const anySector: Check<string> = (v, path) => {
  const id = string(LIMITS.id)(v, path);
  if (!id) throw new ValidationError(path, { kind: 'required' });
  return id;
};

/**
 * The circle's value schema for a list of sector ids (the defaults unless the host set its own),
 * or for `'any'` sector: what was stored stays readable whatever the page sets, and when.
 */
export function circleSchema(sectorIds: readonly string[] | 'any' = DEFAULT_SECTOR_IDS): ValueSchema<CircleValue> {
  const stakeholder = object(
    {
      id: string(LIMITS.id),
      name: name(LIMITS.name),
      ring: oneOf(RINGS),
      sector: sectorIds === 'any' ? anySector : oneOf(sectorIds),
      involvement: oneOf(INVOLVEMENTS),
      level: nullable(oneOf(RUNG_IDS)),
      hardToReach: boolean,
      expert: boolean,
      note: string(LIMITS.text),
    },
    { involvement: 'involved', level: null, hardToReach: false, expert: false, note: '' },
  );
  const stakeholders = array(stakeholder, LIMITS.items);
  return {
    name: 'elz-stakeholder-circle',
    version: 2,
    migrations: { 1: fromVersion1 },
    fields: object(
      {
        theme: string(LIMITS.name),
        stakeholders: (v, path) => uniqueIds(stakeholders(v, path), path),
      },
      { theme: '', stakeholders: [] },
    ),
  };
}

export function emptyCircle(): CircleValue {
  return { schema: 'elz-stakeholder-circle/2', updatedAt: new Date().toISOString(), theme: '', stakeholders: [] };
}

// ── Host sector lists ──────────────────────────────────────────────────────────────────────────

export interface HostSector {
  id: string;
  name: LocalText;
}

export const MAX_SECTORS = 12;

/**
 * Validates a sector list a host page passes (property or inline JSON), whole or not at all:
 * 1 to 12 sectors (more would leave the inner ring no room) with unique ids and a name each.
 */
export function parseSectorList(input: unknown): HostSector[] {
  const list = array(object({ id: string(LIMITS.id), name: localText(LIMITS.name) }), MAX_SECTORS)(
    toPlain(input),
    'sectors',
  );
  if (!list.length) throw new ValidationError('sectors', { kind: 'required' });
  list.forEach((s, i) => {
    if (!s.id) throw new ValidationError(`sectors[${i}].id`, { kind: 'required' });
  });
  return uniqueIds(list, 'sectors');
}

/**
 * A host's sector setting (null for the defaults), refused when a stakeholder of `current` uses a
 * sector it leaves out: the circle would lose them.
 */
export function sectorSetting(input: unknown, current: readonly Stakeholder[]): HostSector[] | null {
  const list = input === null || input === undefined ? null : parseSectorList(input);
  const ids = list ? list.map((s) => s.id) : [...DEFAULT_SECTOR_IDS];
  const orphan = current.find((s) => !ids.includes(s.sector));
  if (orphan) throw new ValidationError('sectors', { kind: 'in-use', id: orphan.sector });
  return list;
}

/**
 * The sectors in the current language: the host's list, or the defaults when it set none, and after
 * them any sector the work uses that the list does not name (stored before the page set its own
 * sectors, or under sectors since dropped): shown under its id, so nobody disappears.
 */
export function localizeSectors(list: HostSector[] | null, used: readonly Stakeholder[] = []): Sector[] {
  const named = list ? list.map((s) => ({ id: s.id, name: pick(s.name) ?? s.id })) : defaultSectors();
  const known = new Set(named.map((s) => s.id));
  const extra = [...new Set(used.map((s) => s.sector).filter((id) => !known.has(id)))];
  return [...named, ...extra.map((id) => ({ id, name: id }))];
}
