/**
 * One table of boundary values — each limit, just inside and just outside — run through both
 * checks a value meets: the validator the elements use (`parseValue` with each element's schema)
 * and the JSON Schema shipped beside them (src/schemas/, validated with @cfworker/json-schema).
 * Each row says whether the value is acceptable; both must say the same. A value the validator
 * accepts must also match the JSON Schema once read, as the element would give it back.
 *
 * Circles are read with any sector (the page's own list is the page's; the JSON Schema cannot know
 * it). What JSON Schema cannot express at all is listed apart, below the table, with what each
 * check says about it. Host content (question sets, sector lists) has no JSON Schema: its limits
 * are checked against the validator alone.
 */
import { Validator } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import { ValidationError, parseValue, type ValueSchema, type Versioned } from '../src/core/schema.js';
import { toolSchema } from '../src/engagement-tool/value.js';
import { ladderSchema } from '../src/participation-ladder/value.js';
import { parseQuestionSet, wizardSchema } from '../src/question-wizard/value.js';
import { circleSchema, parseSectorList } from '../src/stakeholder-circle/value.js';
import { T, group, stakeholder } from './fixtures.js';

type Kind = 'ladder' | 'circle' | 'wizard' | 'tool';
type Json = Record<string, unknown>;

const TAGS: Record<Kind, string> = {
  ladder: 'elz-participation-ladder',
  circle: 'elz-stakeholder-circle',
  wizard: 'elz-question-wizard',
  tool: 'elz-engagement-tool',
};
const CHECKS: Record<Kind, ValueSchema<Versioned>> = {
  ladder: ladderSchema as unknown as ValueSchema<Versioned>,
  circle: circleSchema('any') as unknown as ValueSchema<Versioned>,
  wizard: wizardSchema as unknown as ValueSchema<Versioned>,
  tool: toolSchema('any') as unknown as ValueSchema<Versioned>,
};

// ── Valid values, whole, as the elements emit them; each row changes one thing ──────────────────

const ladder = (over: Json = {}) => ({
  schema: 'elz-participation-ladder/2',
  updatedAt: T,
  groups: [group()],
  ...over,
});
const circle = (over: Json = {}) => ({
  schema: 'elz-stakeholder-circle/2',
  updatedAt: T,
  theme: 'Valpreventie',
  stakeholders: [stakeholder()],
  ...over,
});
const wizard = (over: Json = {}) => ({
  schema: 'elz-question-wizard/1',
  updatedAt: T,
  cycle: 1,
  phase: 'discover',
  answers: { who: 'Buren' },
  completedAt: null,
  history: [],
  ...over,
});
/** The tool's ladder holds one group per stakeholder, with its level as where it stands now. */
const action = (over: Json = {}) => ({
  id: 'group:s1',
  title: 'Mevrouw Claeys: naar Adviseren',
  what: 'Een gesprek bij haar thuis',
  who: 'Sofie',
  due: '2027-03-01',
  state: 'todo',
  note: '',
  ...over,
});
const plan = (over: Json = {}) => ({ ambassador: 'Sofie', nextRound: null, actions: [action()], ...over });
const tool = (over: Json = {}) => ({
  schema: 'elz-engagement-tool/2',
  updatedAt: T,
  step: 'circle',
  completedAt: null,
  round: 1,
  circle: circle(),
  ladder: ladder({ groups: [group({ id: 's1', name: 'Mevrouw Claeys', current: null })] }),
  wizard: wizard(),
  plan: plan(),
  rounds: [],
  ...over,
});
const withAction = (over: Json) => tool({ plan: plan({ actions: [action(over)] }) });

const withGroup = (over: Json) => ladder({ groups: [group(over)] });
const withStakeholder = (over: Json) => circle({ stakeholders: [stakeholder(over)] });
const withAnswer = (answer: unknown, id = 'q') => wizard({ answers: { [id]: answer } });
const without = (value: Json, key: string) => {
  const { [key]: _gone, ...rest } = value;
  void _gone;
  return rest;
};
const x = (n: number) => 'x'.repeat(n);
/** A character outside the Basic Multilingual Plane: one character, two UTF-16 code units. */
const EMOJI = '\u{1F9D3}';
const groups = (n: number) => Array.from({ length: n }, (_, i) => group({ id: `g${i}` }));
const stakeholders = (n: number) => Array.from({ length: n }, (_, i) => stakeholder({ id: `s${i}` }));
const manyAnswers = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`q${i}`, 'ja']));
const history = (n: number) => Array.from({ length: n }, (_, i) => ({ cycle: i + 1, answers: {}, completedAt: T }));

// ── The table ───────────────────────────────────────────────────────────────────────────────────

interface Row {
  kind: Kind;
  what: string;
  value: unknown;
  /** Whether the value is acceptable: both checks must say so. */
  ok: boolean;
}
const rows: Row[] = [];
const row = (kind: Kind, what: string, value: unknown, ok: boolean) => rows.push({ kind, what, value, ok });
/** The same moment in every place a value holds one. */
function dates(what: string, date: unknown, ok: boolean) {
  row('ladder', `updatedAt ${what}`, ladder({ updatedAt: date }), ok);
  row('wizard', `completedAt ${what}`, wizard({ completedAt: date }), ok);
  row(
    'wizard',
    `history[0].completedAt ${what}`,
    wizard({ history: [{ cycle: 1, answers: {}, completedAt: date }] }),
    ok,
  );
  row('tool', `completedAt ${what}`, tool({ completedAt: date }), ok);
  row('tool', `circle.updatedAt ${what}`, tool({ circle: circle({ updatedAt: date }) }), ok);
}

// Whole values.
for (const [kind, value] of [
  ['ladder', ladder()],
  ['circle', circle()],
  ['wizard', wizard()],
  ['tool', tool()],
] as const)
  row(kind, 'the sample, whole', value, true);

// Numbers: the 1–5 scale, the cycle 1–10,000.
for (const [n, ok] of [
  [0, false],
  [1, true],
  [5, true],
  [6, false],
  [-1, false],
  [2.5, false],
] as const)
  row('wizard', `a scale answer of ${n}`, withAnswer(n), ok);
row('wizard', 'a scale answer written as text ("3") is a text answer', withAnswer('3'), true);
for (const [n, ok] of [
  [0, false],
  [1, true],
  [10_000, true],
  [10_001, false],
  [1.5, false],
  ['1', false],
] as const) {
  row('wizard', `cycle ${JSON.stringify(n)}`, wizard({ cycle: n }), ok);
  row(
    'wizard',
    `history[0].cycle ${JSON.stringify(n)}`,
    wizard({ history: [{ cycle: n, answers: {}, completedAt: null }] }),
    ok,
  );
}

// String lengths: names and the theme 200, notes and answers 5,000, ids 100; in characters, so a
// character outside the BMP (two UTF-16 code units) counts once.
for (const [max, fields] of [
  [200, ['name', 'theme']],
  [5000, ['note', 'answer']],
  [100, ['id', 'answer key', 'option id']],
] as const)
  for (const field of fields)
    for (const [n, char] of [
      [max, 'x'],
      [max + 1, 'x'],
      [max, EMOJI],
      [max + 1, EMOJI],
    ] as const) {
      const text = char.repeat(n);
      const what = `${field} of ${n} ${char === 'x' ? 'characters' : `characters beyond the BMP (${2 * n} code units)`}`;
      const ok = n <= max;
      if (field === 'name') {
        row('ladder', `group ${what}`, withGroup({ name: text }), ok);
        row('circle', `stakeholder ${what}`, withStakeholder({ name: text }), ok);
      } else if (field === 'theme') row('circle', what, circle({ theme: text }), ok);
      else if (field === 'note') {
        row('ladder', `group ${what}`, withGroup({ note: text }), ok);
        row('circle', `stakeholder ${what}`, withStakeholder({ note: text }), ok);
      } else if (field === 'answer') row('wizard', `text ${what}`, withAnswer(text), ok);
      else if (field === 'id') {
        row('ladder', `group ${what}`, withGroup({ id: text }), ok);
        row('circle', `stakeholder ${what}`, withStakeholder({ id: text }), ok);
        row('circle', `sector ${what}`, withStakeholder({ sector: text }), ok);
      } else if (field === 'answer key') row('wizard', what, withAnswer('ja', text), ok);
      else row('wizard', what, withAnswer([text]), ok);
    }
row('ladder', 'an empty group name (shown as "no name")', withGroup({ name: '' }), true);
row('ladder', 'a group name of only a zero-width space', withGroup({ name: '\u200B' }), false);
row('circle', 'a stakeholder name of only spaces', withStakeholder({ name: '   ' }), false);
row('circle', 'a stakeholder name of only a word joiner and a BOM', withStakeholder({ name: '\u2060\uFEFF' }), false);
row('ladder', 'a group name with spaces around a word', withGroup({ name: ' Buren ' }), true);
row('circle', 'a theme of only a zero-width space (a theme is no name)', circle({ theme: '\u200B' }), true);
row('circle', 'an empty sector', withStakeholder({ sector: '' }), false);
row('ladder', 'an empty group id', withGroup({ id: '' }), true);

// List counts: 1,000 items; 50 options in a multiple-choice answer.
for (const [n, ok] of [
  [0, true],
  [1000, true],
  [1001, false],
] as const) {
  row('ladder', `${n} groups`, ladder({ groups: groups(n) }), ok);
  row('circle', `${n} stakeholders`, circle({ stakeholders: stakeholders(n) }), ok);
  row('wizard', `${n} answers`, wizard({ answers: manyAnswers(n) }), ok);
  row('wizard', `${n} earlier cycles`, wizard({ history: history(n) }), ok);
}
row(
  'tool',
  'a circle of 1,001 stakeholders inside',
  tool({ circle: circle({ stakeholders: stakeholders(1001) }) }),
  false,
);
for (const [n, ok] of [
  [0, true],
  [50, true],
  [51, false],
] as const)
  row('wizard', `${n} options chosen`, withAnswer(Array.from({ length: n }, (_, i) => `o${i}`)), ok);

// Dates: ISO 8601 moments on real calendar days, in the years 2000–2199.
for (const [date, ok] of [
  ['2000-01-01T00:00:00.000Z', true],
  ['1999-12-31T23:59:59.999Z', false],
  ['2199-12-31T23:59:59.999Z', true],
  ['2200-01-01T00:00:00.000Z', false],
  ['2026-02-28T12:00:00Z', true],
  ['2026-02-29T12:00:00Z', false],
  ['2028-02-29T12:00:00Z', true],
  ['2100-02-29T12:00:00Z', false],
  ['2000-02-29T12:00:00Z', true],
  ['2026-04-30T12:00:00Z', true],
  ['2026-04-31T12:00:00Z', false],
  ['2026-12-31T12:00:00Z', true],
  ['2026-13-01T12:00:00Z', false],
  ['2026-00-10T12:00:00Z', false],
  ['2026-01-00T12:00:00Z', false],
  ['2026-06-01T23:59:59Z', true],
  ['2026-06-01T24:00:00Z', false],
  ['2026-06-01T23:60:00Z', false],
  ['2026-06-01T23:59:60Z', false],
  ['2026-06-01T10:00Z', false],
  ['2026-06-01T10:00:00.1Z', true],
  ['2026-06-01T10:00:00.123456789Z', true],
  ['2026-06-01T10:00:00+01:00', true],
  ['2026-06-01T10:00:00-12:00', true],
  ['2026-06-01T10:00:00+23:59', true],
  ['2026-06-01T10:00:00+24:00', false],
  ['2026-06-01T10:00:00+01:60', false],
  ['2026-06-01T10:00:00', false],
  ['2026-06-01t10:00:00Z', false],
  ['2026-06-01T10:00:00z', false],
  ['2026-06-01 10:00:00Z', false],
  ['2026-06-01', false],
  ['', false],
  [20260601, false],
] as const)
  dates(JSON.stringify(date), date, ok);
row('wizard', 'completedAt null', wizard({ completedAt: null }), true);

// Required fields, one at a time.
row('ladder', 'no schema', without(ladder(), 'schema'), false);
row('ladder', 'no groups', without(ladder(), 'groups'), false);
for (const key of ['id', 'name'])
  row('ladder', `a group without ${key}`, ladder({ groups: [without(group(), key)] }), false);
for (const key of ['id', 'name', 'ring', 'sector'])
  row('circle', `a stakeholder without ${key}`, circle({ stakeholders: [without(stakeholder(), key)] }), false);
for (const key of ['circle', 'ladder', 'wizard']) row('tool', `no ${key}`, without(tool(), key), false);
// (A group's representative and feedback, the tool's round, plan and rounds, and an action's fields
// have defaults the validator fills in, as for a value written before they existed: not rows here.)

// The plan: its texts, days and states.
for (const [n, ok] of [
  [200, true],
  [201, false],
] as const) {
  row('ladder', `a representative of ${n} characters`, withGroup({ mode: 'indirect', representative: x(n) }), ok);
  row('tool', `an action's "who" of ${n} characters`, withAction({ who: x(n) }), ok);
  row('tool', `an ambassador of ${n} characters`, tool({ plan: plan({ ambassador: x(n) }) }), ok);
}
for (const [n, ok] of [
  [5000, true],
  [5001, false],
] as const) {
  row('ladder', `feedback of ${n} characters`, withGroup({ mode: 'indirect', feedback: x(n) }), ok);
  row('tool', `an action's "what" of ${n} characters`, withAction({ what: x(n) }), ok);
  row('tool', `an action's note of ${n} characters`, withAction({ note: x(n) }), ok);
}
for (const [day, ok] of [
  ['2000-01-01', true],
  ['1999-12-31', false],
  ['2199-12-31', true],
  ['2200-01-01', false],
  ['2028-02-29', true],
  ['2026-02-29', false],
  ['2026-04-31', false],
  ['2026-4-30', false],
  ['2026-04-30T00:00:00Z', false],
] as const) {
  row('tool', `an action due ${day}`, withAction({ due: day }), ok);
  row('tool', `the next round on ${day}`, tool({ plan: plan({ nextRound: day }) }), ok);
}
row('tool', 'an action due null', withAction({ due: null }), true);
row('tool', 'an action state that does not exist', withAction({ state: 'later' }), false);
row('tool', 'round 0', tool({ round: 0 }), false);
row('wizard', 'a history entry without cycle', wizard({ history: [{ answers: {}, completedAt: null }] }), false);

// Kinds and versions.
row('ladder', 'another kind of value', ladder({ schema: 'elz-stakeholder-circle/2' }), false);
row('ladder', 'a version before the first', ladder({ schema: 'elz-participation-ladder/0' }), false);
row('ladder', 'a newer version', ladder({ schema: 'elz-participation-ladder/3' }), false);
row('tool', 'a newer version', tool({ schema: 'elz-engagement-tool/3' }), false);
row('tool', 'a newer circle inside', tool({ circle: circle({ schema: 'elz-stakeholder-circle/3' }) }), false);

// Choices from a fixed list, and types.
row('ladder', 'a rung that does not exist', withGroup({ current: 'shout' }), false);
row('ladder', 'no rung yet (null)', withGroup({ current: null, target: null }), true);
row('ladder', 'a way of taking part that does not exist', withGroup({ mode: 'sideways' }), false);
row('circle', 'a ring that does not exist', withStakeholder({ ring: 'outer' }), false);
row('circle', 'an involvement that does not exist', withStakeholder({ involvement: 'maybe' }), false);
row('circle', 'a level that is no rung', withStakeholder({ level: 'top' }), false);
row('circle', '"hard to reach" as text', withStakeholder({ hardToReach: 'true' }), false);
row('circle', 'expert as a number', withStakeholder({ expert: 1 }), false);
row('wizard', 'a phase that does not exist', wizard({ phase: 'planning' }), false);
row('wizard', 'the summary as the place', wizard({ phase: 'summary' }), true);
row('tool', 'a step that does not exist', tool({ step: 'elsewhere' }), false);
row('ladder', 'groups that are no list', ladder({ groups: 'none' }), false);
row('wizard', 'answers as a list', wizard({ answers: ['Buren'] }), false);
row('wizard', 'an answer that is an object', withAnswer({ nested: true }), false);
row('wizard', 'an answer that is true', withAnswer(true), false);
row('wizard', 'an answer that is null', withAnswer(null), false);
row('wizard', 'a list of choices that holds a number', withAnswer([1]), false);
row('ladder', 'a name that is a number', withGroup({ name: 42 }), false);

// Unknown and hostile keys.
row('ladder', 'an unknown key at the top', ladder({ colour: 'red' }), false);
row('ladder', 'an unknown key in a group', withGroup({ colour: 'red' }), false);
row('circle', 'an unknown key in a stakeholder', withStakeholder({ colour: 'red' }), false);
row(
  'wizard',
  'an unknown key in an earlier cycle',
  wizard({ history: [{ cycle: 1, answers: {}, completedAt: null, x: 1 }] }),
  false,
);
row('tool', 'an unknown key at the top', tool({ colour: 'red' }), false);
row('wizard', 'an answer to a question id the set does not know', withAnswer('ja', 'made-up-id'), true);
/** A whole value with one key written as JSON text, so that even `__proto__` is a key of its own. */
const withKey = (value: Json, where: string, key: string) =>
  JSON.parse(JSON.stringify(value).replace(`"${where}":{`, `"${where}":{"${key}":"x",`).replace(',}', '}'));
for (const key of ['__proto__', 'constructor', 'prototype']) {
  row('wizard', `an answer under the key "${key}"`, withKey(wizard(), 'answers', key), false);
  row('ladder', `a group with the key "${key}"`, ladder({ groups: [withKey({ g: group() }, 'g', key).g] }), false);
}
row(
  'ladder',
  'the key __proto__ at the top',
  JSON.parse(JSON.stringify(ladder()).replace('{', '{"__proto__":{},')),
  false,
);
// Keys are ids: no control characters, and no half of a surrogate pair.
for (const [what, key] of [
  ['a control character', 'who\u0001'],
  ['100 characters and a control character', `${x(100)}\u0001`],
] as const)
  row('wizard', `an answer key with ${what}`, withAnswer('ja', key), false);

describe('boundaries: the validator and the shipped JSON Schema agree on every row', () => {
  const schemas: Partial<Record<Kind, Validator>> = {};
  before(async () => {
    const files = Object.fromEntries(
      await Promise.all(
        (Object.keys(TAGS) as Kind[]).map(
          async (k) => [k, await (await fetch(`/src/schemas/${TAGS[k]}.schema.json`)).json()] as const,
        ),
      ),
    );
    for (const kind of Object.keys(TAGS) as Kind[]) {
      const v = new Validator(files[kind], '2020-12');
      // The whole tool's schema refers to the three parts' by their $id.
      if (kind === 'tool') for (const part of ['circle', 'ladder', 'wizard'] as const) v.addSchema(files[part]);
      schemas[kind] = v;
    }
  });

  /** What the validator makes of the value: the value read, or why it refused it. */
  const read = (kind: Kind, value: unknown): { ok: true; value: unknown } | { ok: false; why: string } => {
    try {
      return { ok: true, value: parseValue(CHECKS[kind], value) };
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return { ok: false, why: e.message };
    }
  };
  const schemaSays = (kind: Kind, value: unknown) => {
    const result = schemas[kind]!.validate(value);
    return { ok: result.valid, why: result.errors.at(-1)?.error ?? '' };
  };

  for (const r of rows)
    it(`${r.kind}: ${r.what}: ${r.ok ? 'accepted' : 'refused'} by both`, () => {
      const validator = read(r.kind, r.value);
      const schema = schemaSays(r.kind, r.value);
      expect(
        { validator: validator.ok, schema: schema.ok },
        `validator: ${validator.ok ? 'accepts' : (validator as { why: string }).why}; JSON Schema: ${schema.ok ? 'accepts' : schema.why}`,
      ).to.deep.equal({ validator: r.ok, schema: r.ok });
      if (validator.ok) {
        const back = schemaSays(r.kind, validator.value);
        expect(back.ok, `what the validator keeps: ${back.why}`).to.be.true;
      }
    });
});

// ── Input the validator reads and cleans: what it keeps matches the JSON Schema ─────────────────

describe('boundaries: input the validator completes or cleans is kept in the form the JSON Schema describes', () => {
  // The JSON Schema describes values as the elements emit them; on input, fields with a default may
  // be left out, control characters are dropped, an older version is migrated.
  const cases: Array<[Kind, string, unknown, (kept: Json) => unknown, unknown]> = [
    ['ladder', 'no updatedAt', without(ladder(), 'updatedAt'), (v) => typeof v.updatedAt, 'string'],
    [
      'ladder',
      'a group with only id and name',
      ladder({ groups: [{ id: 'g', name: 'Buren' }] }),
      (v) => v.groups,
      [group({ id: 'g', current: null, target: null })],
    ],
    [
      'circle',
      'a stakeholder with only id, name, ring, sector',
      circle({ stakeholders: [{ id: 's1', name: 'Mevrouw Claeys', ring: 'person', sector: 'care' }] }),
      (v) => v.stakeholders,
      [stakeholder()],
    ],
    [
      'circle',
      'no theme, no stakeholders',
      { schema: 'elz-stakeholder-circle/2' },
      (v) => [v.theme, v.stakeholders],
      ['', []],
    ],
    [
      'circle',
      'version 1 (no expert)',
      circle({ schema: 'elz-stakeholder-circle/1', stakeholders: [without(stakeholder(), 'expert')] }),
      (v) => [v.schema, (v.stakeholders as Json[])[0].expert],
      ['elz-stakeholder-circle/2', false],
    ],
    [
      'wizard',
      'nothing but the schema',
      { schema: 'elz-question-wizard/1' },
      (v) => [v.cycle, v.phase, v.answers, v.completedAt, v.history],
      [1, 'discover', {}, null, []],
    ],
    [
      'tool',
      'no step and no completedAt',
      without(without(tool(), 'step'), 'completedAt'),
      (v) => [v.step, v.completedAt],
      ['circle', null],
    ],
    [
      'tool',
      'a version 1 circle inside',
      tool({
        circle: circle({ schema: 'elz-stakeholder-circle/1', stakeholders: [without(stakeholder(), 'expert')] }),
      }),
      (v) => (v.circle as Json).schema,
      'elz-stakeholder-circle/2',
    ],
    [
      'ladder',
      'a name with control characters',
      withGroup({ name: 'Bu\u0000re\u001Fn\u007F' }),
      (v) => (v.groups as Json[])[0].name,
      'Buren',
    ],
    [
      'ladder',
      'a name of 200 characters and a control character (201 code units)',
      withGroup({ name: `${x(200)}\u0001` }),
      (v) => ((v.groups as Json[])[0].name as string).length,
      200,
    ],
    [
      'circle',
      'a note with a lone surrogate',
      withStakeholder({ note: 'a\uD800b' }),
      (v) => (v.stakeholders as Json[])[0].note,
      'ab',
    ],
    ['wizard', 'an answer with the non-character U+FFFF', withAnswer('ja\uFFFF'), (v) => (v.answers as Json).q, 'ja'],
    [
      'circle',
      'an id with a control character',
      withStakeholder({ id: 's\u00011' }),
      (v) => (v.stakeholders as Json[])[0].id,
      's1',
    ],
  ];
  let validators: Partial<Record<Kind, Validator>> = {};
  before(async () => {
    const load = async (k: Kind) => (await fetch(`/src/schemas/${TAGS[k]}.schema.json`)).json();
    validators = {
      ladder: new Validator(await load('ladder'), '2020-12'),
      circle: new Validator(await load('circle'), '2020-12'),
      wizard: new Validator(await load('wizard'), '2020-12'),
      tool: new Validator(await load('tool'), '2020-12'),
    };
    for (const part of ['circle', 'ladder', 'wizard'] as const) validators.tool!.addSchema(await load(part));
  });
  for (const [kind, what, input, pick, expected] of cases)
    it(`${kind}: ${what}`, () => {
      const kept = parseValue(CHECKS[kind], input) as unknown as Json;
      expect(pick(kept)).to.deep.equal(expected);
      const result = validators[kind]!.validate(kept);
      expect(result.valid, result.errors.at(-1)?.error).to.be.true;
    });
});

// ── What JSON Schema cannot say; the elements check it, and the schemas' descriptions say so ────

describe('boundaries: what only the validator can check', () => {
  let validators: Partial<Record<Kind, Validator>> = {};
  before(async () => {
    const load = async (k: Kind) => (await fetch(`/src/schemas/${TAGS[k]}.schema.json`)).json();
    validators = {
      ladder: new Validator(await load('ladder'), '2020-12'),
      circle: new Validator(await load('circle'), '2020-12'),
    };
  });
  const refusedOnlyByTheValidator = (
    kind: 'ladder' | 'circle',
    value: unknown,
    check: ValueSchema<Versioned>,
    why: RegExp,
  ) => {
    expect(() => parseValue(check, value)).to.throw(ValidationError, why);
    expect(validators[kind]!.validate(value).valid).to.be.true;
  };

  it('two groups or stakeholders with one id', () => {
    refusedOnlyByTheValidator('ladder', ladder({ groups: [group(), group()] }), CHECKS.ladder, /repeats the id/);
    refusedOnlyByTheValidator(
      'circle',
      circle({ stakeholders: [stakeholder(), stakeholder()] }),
      CHECKS.circle,
      /repeats the id/,
    );
  });

  it('a sector the page does not have (the default sectors here)', () => {
    const sport = withStakeholder({ sector: 'sport' });
    refusedOnlyByTheValidator('circle', sport, circleSchema() as unknown as ValueSchema<Versioned>, /sector.*sport/);
    expect(() => parseValue(CHECKS.circle, sport)).not.to.throw(); // stored work: any sector is read
  });

  it('a value larger than 1 MiB, though every field is within its limit', () => {
    const big = circle({ stakeholders: stakeholders(220).map((s) => ({ ...s, note: x(5000) })) });
    expect(JSON.stringify(big).length).to.be.above(1024 * 1024);
    refusedOnlyByTheValidator('circle', big, CHECKS.circle, /larger than 1048576/);
  });
});

describe('boundaries: a key with half a surrogate pair', () => {
  // @cfworker/json-schema cannot take such a key at all: it throws while it builds the key's JSON
  // pointer (encodeURI). The schema's own pattern for question ids refuses it, as the validator does.
  it('is refused by the validator and by the pattern of question ids', async () => {
    const value = withAnswer('ja', 'who\uD800');
    expect(() => parseValue(CHECKS.wizard, value)).to.throw(ValidationError, /answers\.who/);
    const schema = await (await fetch('/src/schemas/elz-question-wizard.schema.json')).json();
    const ids = new RegExp(schema.$defs.answers.propertyNames.pattern, 'u');
    expect([ids.test('who\uD800'), ids.test('who'), ids.test('who\u{1F9D3}')]).to.deep.equal([false, true, true]);
    expect(() => new Validator(schema, '2020-12').validate(value)).to.throw(URIError);
  });
});

// ── Host content: no JSON Schema; its limits, through the validator ─────────────────────────────

describe('boundaries: host question sets and sector lists', () => {
  const question = (i: number, over: Json = {}) => ({
    id: `q${i}`,
    phase: 'discover',
    kind: 'text',
    text: 'Wie?',
    ...over,
  });
  const options = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `o${i}`, text: `Optie ${i}` }));
  const sector = (i: number, over: Json = {}) => ({ id: `s${i}`, name: `Sector ${i}`, ...over });
  const set = (n: number) => Array.from({ length: n }, (_, i) => question(i));
  const list = (n: number) => Array.from({ length: n }, (_, i) => sector(i));
  const accepts = (parse: () => unknown) => {
    try {
      parse();
      return true;
    } catch (e) {
      if (e instanceof ValidationError) return false;
      throw e;
    }
  };
  const table: Array<[string, () => unknown, boolean]> = [
    ['1 question', () => parseQuestionSet(set(1)), true],
    ['500 questions', () => parseQuestionSet(set(500)), true],
    ['501 questions', () => parseQuestionSet(set(501)), false],
    ['no questions', () => parseQuestionSet([]), true],
    ['a choice with 1 option', () => parseQuestionSet([question(0, { kind: 'single', options: options(1) })]), true],
    [
      'a choice with 50 options',
      () => parseQuestionSet([question(0, { kind: 'multiple', options: options(50) })]),
      true,
    ],
    [
      'a choice with 51 options',
      () => parseQuestionSet([question(0, { kind: 'multiple', options: options(51) })]),
      false,
    ],
    ['a choice with no options', () => parseQuestionSet([question(0, { kind: 'single', options: [] })]), false],
    ['a question id of 100 characters', () => parseQuestionSet([question(0, { id: x(100) })]), true],
    ['a question id of 101 characters', () => parseQuestionSet([question(0, { id: x(101) })]), false],
    ['a question text of 5,000 characters', () => parseQuestionSet([question(0, { text: x(5000) })]), true],
    ['a question text of 5,001 characters', () => parseQuestionSet([question(0, { text: { nl: x(5001) } })]), false],
    ['a question under the id "constructor"', () => parseQuestionSet([question(0, { id: 'constructor' })]), false],
    ['1 sector', () => parseSectorList(list(1)), true],
    ['12 sectors', () => parseSectorList(list(12)), true],
    ['13 sectors', () => parseSectorList(list(13)), false],
    ['no sectors', () => parseSectorList([]), false],
    ['a sector name of 200 characters', () => parseSectorList([sector(0, { name: x(200) })]), true],
    ['a sector name of 201 characters', () => parseSectorList([sector(0, { name: { fr: x(201) } })]), false],
    ['a sector id of 100 characters', () => parseSectorList([sector(0, { id: x(100) })]), true],
    ['a sector id of 101 characters', () => parseSectorList([sector(0, { id: x(101) })]), false],
    ['an empty sector id', () => parseSectorList([sector(0, { id: '' })]), false],
  ];
  for (const [what, parse, ok] of table)
    it(`${what}: ${ok ? 'accepted' : 'refused'}`, () => expect(accepts(parse)).to.equal(ok));
});
