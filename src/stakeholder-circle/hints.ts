/**
 * What the circle helps to see: gaps in who is at the table. Pure functions over
 * the value, so the picture, the list, the summary of the whole tool and the tests share them.
 */
import { msg, str } from '@lit/localize';
import type { Sector } from '../content/circle.js';
import { RUNGS } from '../content/rungs.js';
import { isolate } from '../core/messages.js';
import type { CircleValue, Stakeholder } from './value.js';

export type Hint =
  /** Nobody from the inner ring (citizens, persons with a care need) is involved. */
  | { kind: 'no-person-involved' }
  /** Nobody marked as an expert by experience is involved. */
  | { kind: 'no-expert' }
  /**
   * Nobody from the informal network (informal carers, family, neighbours) is involved: the informal
   * carer is a full partner in primary care ("mantelzorg als volwaardige partner", seed 004).
   */
  | { kind: 'no-informal-involved' }
  /** Sectors nobody involved comes from (people planned or not involved yet do not count). */
  | { kind: 'empty-sectors'; sectors: string[] }
  /** Hard-to-reach groups that are planned or not involved yet. */
  | { kind: 'hard-to-reach-waiting'; names: string[] }
  /** Formal partners take part on a higher rung than the persons concerned. */
  | { kind: 'formal-above-persons'; formal: number; person: number };

const step = (s: Stakeholder) => RUNGS.find((r) => r.id === s.level)?.step ?? 0;
const highest = (list: Stakeholder[]) => list.reduce((max, s) => Math.max(max, step(s)), 0);

/** The gaps in a circle, most important first. */
export function circleHints(value: CircleValue, sectors: Sector[]): Hint[] {
  const hints: Hint[] = [];
  const { stakeholders } = value;
  const involved = stakeholders.filter((s) => s.involvement === 'involved');
  const persons = involved.filter((s) => s.ring === 'person');
  if (!persons.length) hints.push({ kind: 'no-person-involved' });
  if (!involved.some((s) => s.expert)) hints.push({ kind: 'no-expert' });
  if (!involved.some((s) => s.ring === 'informal')) hints.push({ kind: 'no-informal-involved' });

  const used = new Set(involved.map((s) => s.sector));
  const empty = sectors.filter((s) => !used.has(s.id)).map((s) => s.id);
  if (empty.length) hints.push({ kind: 'empty-sectors', sectors: empty });

  const waiting = stakeholders.filter((s) => s.hardToReach && s.involvement !== 'involved').map((s) => s.name);
  if (waiting.length) hints.push({ kind: 'hard-to-reach-waiting', names: waiting });

  const formal = highest(involved.filter((s) => s.ring === 'formal'));
  const person = highest(persons);
  if (formal > person) hints.push({ kind: 'formal-above-persons', formal, person });
  return hints;
}

/** A hint as one plain-language sentence, in the current language. */
export function hintText(hint: Hint, sectors: Sector[]): string {
  const list = (items: string[]) => items.map(isolate).join(', ');
  switch (hint.kind) {
    case 'no-person-involved':
      return msg('Er is nog geen burger of persoon met een zorg- en ondersteuningsnood betrokken.', {
        id: 'hint.no-person',
      });
    case 'no-expert':
      return msg('Er is nog geen ervaringsdeskundige betrokken. Zij weten uit eigen ervaring wat werkt.', {
        id: 'hint.no-expert',
      });
    case 'no-informal-involved':
      return msg(
        'Nog niemand uit het informele netwerk is betrokken: geen mantelzorger, familie of buren. Mantelzorgers zijn volwaardige partners.',
        { id: 'hint.no-informal' },
      );
    case 'empty-sectors': {
      const names = hint.sectors.map((id) => sectors.find((s) => s.id === id)?.name ?? id);
      return msg(str`Uit deze sectoren is nog niemand betrokken: ${list(names)}. Horen zij erbij?`, {
        id: 'hint.empty-sectors',
      });
    }
    case 'hard-to-reach-waiting':
      return msg(str`Moeilijk bereikbare groepen zijn nog niet betrokken: ${list(hint.names)}.`, {
        id: 'hint.hard-to-reach',
      });
    case 'formal-above-persons':
      return msg(
        'Professionals staan hoger op de participatieladder dan de burgers en personen met een zorg- en ondersteuningsnood zelf.',
        { id: 'hint.formal-above' },
      );
  }
}
