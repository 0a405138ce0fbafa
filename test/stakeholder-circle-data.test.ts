/**
 * The circle's data layer, before its element: value validation against the sectors in force,
 * host sector lists, the gap hints, and the JSON Schema.
 */
import { Validator } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import { defaultSectors } from '../src/content/circle.js';
import { ValidationError, parseValue } from '../src/core/schema.js';
import { circleHints, hintText } from '../src/stakeholder-circle/hints.js';
import {
  circleSchema,
  emptyCircle,
  localizeSectors,
  parseSectorList,
  type CircleValue,
} from '../src/stakeholder-circle/value.js';
import { setPageLang } from './helpers.js';

const person = (over: Partial<Record<string, unknown>> = {}) => ({
  id: 'p1',
  name: 'Mevrouw Claeys, ervaringsdeskundige',
  ring: 'person',
  sector: 'care',
  level: 'advise',
  ...over,
});

const refused = (fn: () => unknown, path: RegExp) => {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(ValidationError);
    expect((e as ValidationError).message).to.match(path);
    return;
  }
  throw new Error('expected a refusal');
};

describe('stakeholder circle: value', () => {
  it('fills the defaults and keeps what was given', () => {
    const v = parseValue(circleSchema(), {
      schema: 'elz-stakeholder-circle/2',
      theme: 'Valpreventie in Sint-Kruis',
      stakeholders: [person()],
    });
    expect(v.schema).to.equal('elz-stakeholder-circle/2');
    expect(v.stakeholders[0]).to.deep.equal({
      ...person(),
      involvement: 'involved',
      hardToReach: false,
      expert: false,
      note: '',
    });
    expect(
      parseValue(circleSchema(), { schema: 'elz-stakeholder-circle/2', stakeholders: [person({ expert: true })] })
        .stakeholders[0].expert,
    ).to.be.true;
    refused(
      () =>
        parseValue(circleSchema(), { schema: 'elz-stakeholder-circle/2', stakeholders: [person({ expert: 'ja' })] }),
      /expert.*true or false/,
    );
  });

  it('migrates version 1: every stakeholder gets expert false; a newer version is refused', () => {
    const v = parseValue(circleSchema(), {
      schema: 'elz-stakeholder-circle/1',
      updatedAt: '2025-03-12T09:30:00.000Z',
      theme: 'Valpreventie',
      stakeholders: [person(), person({ id: 'p2', hardToReach: true })],
    });
    expect(v.schema).to.equal('elz-stakeholder-circle/2');
    expect(v.updatedAt).to.equal('2025-03-12T09:30:00.000Z');
    expect(v.stakeholders.map((s) => s.expert)).to.deep.equal([false, false]);
    expect(v.stakeholders[1].hardToReach).to.be.true;
    refused(
      () => parseValue(circleSchema(), { schema: 'elz-stakeholder-circle/1', stakeholders: [person({ ring: 'x' })] }),
      /stakeholders\[0\]\.ring/,
    );
    refused(() => parseValue(circleSchema(), { schema: 'elz-stakeholder-circle/3' }), /newer version/);
  });

  it('refuses unknown rings and sectors, naming them, and limits', () => {
    refused(
      () =>
        parseValue(circleSchema(), { schema: 'elz-stakeholder-circle/2', stakeholders: [person({ ring: 'outer' })] }),
      /stakeholders\[0\]\.ring.*outer/,
    );
    refused(
      () =>
        parseValue(circleSchema(), { schema: 'elz-stakeholder-circle/2', stakeholders: [person({ sector: 'sport' })] }),
      /sector.*"sport"/,
    );
    refused(
      () =>
        parseValue(circleSchema(), {
          schema: 'elz-stakeholder-circle/2',
          stakeholders: [person({ name: 'x'.repeat(201) })],
        }),
      /name.*200/,
    );
    refused(
      () => parseValue(circleSchema(), { schema: 'elz-stakeholder-circle/2', stakeholders: [person(), person()] }),
      /repeats the id "p1"/,
    );
    const many = Array.from({ length: 1001 }, (_, i) => person({ id: `s${i}` }));
    refused(
      () => parseValue(circleSchema(), { schema: 'elz-stakeholder-circle/2', stakeholders: many }),
      /more than 1000/,
    );
    refused(
      () =>
        parseValue(circleSchema(), { schema: 'elz-stakeholder-circle/2', stakeholders: [person({ level: 'boss' })] }),
      /level/,
    );
  });

  it('accepts the sectors of a host list, and only those', () => {
    const schema = circleSchema(['sport', 'culture']);
    expect(
      parseValue(schema, { schema: 'elz-stakeholder-circle/2', stakeholders: [person({ sector: 'sport' })] })
        .stakeholders,
    ).to.have.length(1);
    refused(
      () => parseValue(schema, { schema: 'elz-stakeholder-circle/2', stakeholders: [person({ sector: 'care' })] }),
      /sector.*"care"/,
    );
  });
});

describe('stakeholder circle: host sector lists', () => {
  afterEach(() => setPageLang('nl'));

  it('takes names per language', async () => {
    const list = parseSectorList([
      { id: 'sport', name: { nl: 'Sport', fr: 'Sport' } },
      { id: 'culture', name: { nl: 'Cultuur', fr: 'Culture' } },
    ]);
    await setPageLang('fr');
    expect(localizeSectors(list)).to.deep.equal([
      { id: 'sport', name: 'Sport' },
      { id: 'culture', name: 'Culture' },
    ]);
  });

  it('refuses an empty list, repeated ids, missing names and more than 12 sectors', () => {
    refused(() => parseSectorList([]), /sectors.*required/);
    refused(
      () =>
        parseSectorList([
          { id: 'a', name: 'A' },
          { id: 'a', name: 'B' },
        ]),
      /repeats/,
    );
    refused(() => parseSectorList([{ id: 'a' }]), /sectors\[0\]\.name.*required/);
    refused(() => parseSectorList(Array.from({ length: 13 }, (_, i) => ({ id: `s${i}`, name: 'x' }))), /more than 12/);
    refused(() => parseSectorList([{ id: '', name: 'Leeg' }]), /sectors\[0\]\.id/);
  });
});

describe('stakeholder circle: gap hints', () => {
  const circle = (stakeholders: Array<Record<string, unknown>>) =>
    parseValue(circleSchema(), { schema: 'elz-stakeholder-circle/2', stakeholders }) as CircleValue;

  it('an empty circle misses persons and every sector', () => {
    const kinds = circleHints(emptyCircle(), defaultSectors()).map((h) => h.kind);
    expect(kinds).to.deep.equal(['no-person-involved', 'no-expert', 'no-informal-involved', 'empty-sectors']);
    expect(hintText({ kind: 'no-person-involved' }, defaultSectors())).to.not.contain('ervaringsdeskundige');
  });

  it('misses an expert by experience until one is involved, in any ring', () => {
    const kinds = (list: Array<Record<string, unknown>>) =>
      circleHints(circle(list), defaultSectors()).map((h) => h.kind);
    expect(kinds([person()])).to.include('no-expert');
    expect(kinds([person({ expert: true, involvement: 'planned' })])).to.include('no-expert');
    expect(kinds([person({ expert: true, involvement: 'not-involved' })])).to.include('no-expert');
    expect(kinds([person({ expert: true })])).to.not.include('no-expert');
    expect(kinds([person(), person({ id: 'i', ring: 'informal', expert: true })])).to.not.include('no-expert');
    expect(hintText({ kind: 'no-expert' }, defaultSectors())).to.equal(
      'Er is nog geen ervaringsdeskundige betrokken. Zij weten uit eigen ervaring wat werkt.',
    );
  });

  it('sees hard-to-reach groups waiting, and professionals above the persons concerned', () => {
    const hints = circleHints(
      circle([
        person({ level: 'inform' }),
        person({ id: 'p2', name: 'Anderstalige ouderen', involvement: 'planned', hardToReach: true, level: null }),
        { id: 'f1', name: 'Huisartsen', ring: 'formal', sector: 'care', level: 'collaborate' },
      ]),
      defaultSectors(),
    );
    expect(hints.map((h) => h.kind)).to.deep.equal([
      'no-expert',
      'no-informal-involved',
      'empty-sectors',
      'hard-to-reach-waiting',
      'formal-above-persons',
    ]);
    expect(hintText(hints[3], defaultSectors())).to.contain('Anderstalige ouderen');
    expect(hintText(hints[2], defaultSectors())).to.contain('Welzijn');
  });

  it('counts a sector as empty until someone from it is involved: planned or not involved is nobody yet', () => {
    const empty = (list: Array<Record<string, unknown>>) =>
      circleHints(circle(list), defaultSectors()).find((h) => h.kind === 'empty-sectors');
    const welfare = (involvement: string) => person({ id: 'w', sector: 'welfare', ring: 'formal', involvement });
    for (const involvement of ['not-involved', 'planned'])
      expect(empty([person(), welfare(involvement)]), involvement).to.deep.include({
        sectors: ['welfare', 'local-government', 'wwol', 'second-line'],
      });
    expect(empty([person(), welfare('involved')])).to.deep.include({
      sectors: ['local-government', 'wwol', 'second-line'],
    });
    // Each name set apart (U+2068 … U+2069), so a right-to-left name cannot turn the sentence around.
    expect(hintText({ kind: 'empty-sectors', sectors: ['welfare'] }, defaultSectors())).to.equal(
      'Uit deze sectoren is nog niemand betrokken: \u2068Welzijn\u2069. Horen zij erbij?',
    );
  });

  it('misses the informal network (informal carers, family) until someone from it is involved', () => {
    const kinds = (list: Array<Record<string, unknown>>) =>
      circleHints(circle(list), defaultSectors()).map((h) => h.kind);
    const carer = (involvement: string) =>
      person({ id: 'm', name: 'Mantelzorger van mevrouw Claeys', ring: 'informal', involvement });
    expect(kinds([person()])).to.include('no-informal-involved');
    expect(kinds([person(), carer('planned')])).to.include('no-informal-involved');
    expect(kinds([person(), carer('not-involved')])).to.include('no-informal-involved');
    expect(kinds([person(), carer('involved')])).to.not.include('no-informal-involved');
    // Informal carers are partners in their own right (seed 004: "mantelzorg als volwaardige partner").
    expect(hintText({ kind: 'no-informal-involved' }, defaultSectors())).to.match(
      /informele netwerk.*mantelzorger.*volwaardige partners/,
    );
  });

  it('is quiet for a balanced circle', () => {
    const all = defaultSectors().map((s, i) =>
      person({
        id: `s${i}`,
        sector: s.id,
        ring: i > 1 ? 'formal' : i ? 'informal' : 'person',
        level: i ? 'consult' : 'advise',
        expert: i === 0,
      }),
    );
    expect(circleHints(circle(all), defaultSectors())).to.deep.equal([]);
  });
});

describe('stakeholder circle: JSON Schema', () => {
  it('matches the values the validator produces, and refuses what it refuses', async () => {
    const schema = await (await fetch('/src/schemas/elz-stakeholder-circle.schema.json')).json();
    const validator = new Validator(schema, '2020-12');
    const value = parseValue(circleSchema(), {
      schema: 'elz-stakeholder-circle/2',
      theme: 'Valpreventie',
      stakeholders: [person({ expert: true }), person({ id: 'p2', ring: 'formal', level: null, hardToReach: true })],
    });
    expect(validator.validate(JSON.parse(JSON.stringify(value))).valid).to.be.true;
    const first = value.stakeholders[0];
    expect(validator.validate({ ...value, stakeholders: [{ ...first, expert: 'ja' }] }).valid).to.be.false;
    const { expert: _e, ...withoutExpert } = first;
    void _e;
    expect(validator.validate({ ...value, stakeholders: [withoutExpert] }).valid).to.be.false;
    expect(validator.validate({ ...value, schema: 'elz-stakeholder-circle/1' }).valid).to.be.false;
    expect(validator.validate(emptyCircle()).valid).to.be.true;
    expect(validator.validate({ ...value, stakeholders: [{ ...value.stakeholders[0], ring: 'outer' }] }).valid).to.be
      .false;
  });
});
