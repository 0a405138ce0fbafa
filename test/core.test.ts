import { expect, fixture, html } from '@open-wc/testing';
import '../src/participation-ladder/define.js';
import { ElzParticipationLadder } from '../src/participation-ladder/participation-ladder.js';
import { defineElement } from '../src/core/define.js';
import { normalizeLocale } from '../src/core/locale.js';
import { templates as french } from '../src/generated/locales/fr.js';
import {
  LIMITS,
  ValidationError,
  array,
  object,
  parseJsonText,
  parseValue,
  string,
  toPlain,
  type ValueSchema,
} from '../src/core/schema.js';
import { afterSave, clearStorage, freshTag, listening, setPageLang, wait } from './helpers.js';

const problem = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(ValidationError);
    return (e as ValidationError).problem.kind;
  }
  throw new Error('expected a ValidationError');
};

describe('core: validation', () => {
  it('copies plain data by reading it, proxies included, into fresh objects', () => {
    const source = { a: [1, 'two', null, true], b: { c: 'd' } };
    const copy = toPlain(new Proxy(source, {})) as typeof source;
    expect(copy).to.deep.equal(source);
    expect(copy).to.not.equal(source);
    expect(copy.b).to.not.equal(source.b);
  });

  it('refuses what is not JSON data', () => {
    expect(problem(() => toPlain({ f: () => 1 }))).to.equal('type');
    expect(problem(() => toPlain({ d: new Date() }))).to.equal('type');
    expect(problem(() => toPlain({ n: NaN }))).to.equal('type');
    expect(problem(() => toPlain({ n: Infinity }))).to.equal('type');
    expect(problem(() => toPlain(new (class Thing {})()))).to.equal('type');
    const trap = {
      get x() {
        throw new Error('no');
      },
    };
    expect(problem(() => toPlain(trap))).to.equal('type');
  });

  it('refuses hostile keys wherever they are', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const nested = JSON.parse(`{"a":[{"${key}":{}}]}`);
      expect(problem(() => toPlain(nested))).to.equal('forbidden-key');
    }
  });

  it('stops at the size and depth limits without walking everything', () => {
    const wide = Array.from({ length: 200_000 }, () => 'xxxxxxxx');
    expect(problem(() => toPlain(wide))).to.equal('too-large');
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(problem(() => toPlain(deep))).to.equal('too-deep');
    expect(problem(() => parseJsonText(' '.repeat(LIMITS.bytes + 1)))).to.equal('too-large');
    expect(problem(() => parseJsonText('{"a":'))).to.equal('not-json');
  });

  it('checks shapes: unknown keys, defaults, required fields, lengths, list sizes', () => {
    const check = object({ id: string(5), tags: array(string(3), 2) }, { tags: [] });
    expect(check({ id: 'a' }, '')).to.deep.equal({ id: 'a', tags: [] });
    expect(problem(() => check({ id: 'a', extra: 1 }, ''))).to.equal('unknown-key');
    expect(problem(() => check({}, ''))).to.equal('required');
    expect(problem(() => check({ id: 'toolong' }, ''))).to.equal('too-long');
    expect(problem(() => check({ id: 'a', tags: ['a', 'b', 'c'] }, ''))).to.equal('too-many');
  });

  describe('versioned values', () => {
    interface V2 {
      schema: string;
      updatedAt: string;
      title: string;
    }
    const v2: ValueSchema<V2> = {
      name: 'elz-test',
      version: 2,
      fields: object({ title: string(50) }),
      migrations: { 1: ({ name, ...rest }) => ({ ...rest, title: name ?? '' }) },
    };

    it('migrates an older version through the hook', () => {
      const value = parseValue(v2, { schema: 'elz-test/1', name: 'Oud' });
      expect(value.schema).to.equal('elz-test/2');
      expect(value.title).to.equal('Oud');
    });

    it('refuses a newer version, another schema, or a version without a migration', () => {
      expect(problem(() => parseValue(v2, { schema: 'elz-test/3', title: 'x' }))).to.equal('newer-version');
      expect(problem(() => parseValue(v2, { schema: 'elz-other/2', title: 'x' }))).to.equal('schema');
      expect(problem(() => parseValue(v2, { schema: 'elz-test/0', title: 'x' }))).to.equal('schema');
      expect(problem(() => parseValue(v2, { schema: 'elz-test', title: 'x' }))).to.equal('schema');
    });

    it('keeps a valid updatedAt and refuses a bad one', () => {
      expect(
        parseValue(v2, { schema: 'elz-test/2', title: 'x', updatedAt: '2026-11-23T10:00:00Z' }).updatedAt,
      ).to.equal('2026-11-23T10:00:00Z');
      expect(problem(() => parseValue(v2, { schema: 'elz-test/2', title: 'x', updatedAt: '23/11/2026' }))).to.equal(
        'type',
      );
      // Days that do not exist, and years this tool cannot be used in.
      for (const bad of [
        '2026-02-31T10:00:00Z',
        '9999-01-01T00:00:00Z',
        '1969-12-31T23:59:59Z',
        '2026-11-23T24:00:00Z',
      ])
        expect(
          problem(() => parseValue(v2, { schema: 'elz-test/2', title: 'x', updatedAt: bad })),
          bad,
        ).to.equal('type');
      expect(
        parseValue(v2, { schema: 'elz-test/2', title: 'x', updatedAt: '2028-02-29T10:00:00Z' }).updatedAt,
      ).to.equal('2028-02-29T10:00:00Z');
      // A value without its kind is none.
      expect(problem(() => parseValue(v2, { title: 'x' }))).to.equal('required');
    });
  });
});

describe('core: locale', () => {
  it('French keeps its punctuation on the line: a no-break space before ? ! : ; » and after «', () => {
    const loose = Object.entries(french)
      .map(([id, t]) => [id, typeof t === 'string' ? t : t.strings.join('{}')] as const)
      .filter(([, text]) => / [?!:;»]|« /.test(text))
      .map(([id]) => id);
    expect(loose).to.deep.equal([]);
    expect(Object.keys(french).length).to.be.greaterThan(200);
  });

  it('reads language tags as the locales we speak', () => {
    expect(normalizeLocale('fr-BE')).to.equal('fr');
    expect(normalizeLocale('EN_gb')).to.equal('en');
    expect(normalizeLocale(' de ')).to.equal('de');
    expect(normalizeLocale('nl')).to.equal('nl');
    expect(normalizeLocale('es')).to.be.null;
    expect(normalizeLocale('')).to.be.null;
    expect(normalizeLocale(null)).to.be.null;
  });

  it('an unknown lang on the element falls back to <html lang>', async () => {
    await setPageLang('de');
    const el = await fixture<ElzParticipationLadder>(
      html`<elz-participation-ladder lang="es"></elz-participation-ladder>`,
    );
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Beteiligungsleiter');
    await setPageLang('nl');
  });
});

describe('core: registration', () => {
  it('warns, once, when another version of an element meets ours', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const Other = class extends HTMLElement {
        static version = '9.9.9';
      };
      defineElement('elz-participation-ladder', Other);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('9.9.9');
    } finally {
      console.warn = original;
    }
  });
});

describe('core: storage binding', () => {
  beforeEach(async () => {
    clearStorage();
    await setPageLang('nl');
  });
  afterEach(clearStorage);

  const stored = (name: string) =>
    JSON.stringify({
      schema: 'elz-participation-ladder/2',
      updatedAt: '2026-11-01T00:00:00.000Z',
      groups: [{ id: 'g', name, current: null, target: null, mode: 'direct', note: '' }],
    });

  it('switches to what is stored under a new storage-key at runtime', async () => {
    localStorage.setItem('k-b', stored('Onder B'));
    const el = await fixture<ElzParticipationLadder>(
      html`<elz-participation-ladder storage-key="k-a"></elz-participation-ladder>`,
    );
    el.setAttribute('storage-key', 'k-b');
    await el.updateComplete;
    expect(el.value.groups[0].name).to.equal('Onder B');
  });

  it('keeps its work and saves it under a new, empty key', async () => {
    const el = await fixture<ElzParticipationLadder>(
      html`<elz-participation-ladder storage-key="k-a"></elz-participation-ladder>`,
    );
    el.value = JSON.parse(stored('Mijn werk'));
    el.storageKey = 'k-new';
    await el.updateComplete;
    await afterSave();
    expect(JSON.parse(localStorage.getItem('k-new')!).groups[0].name).to.equal('Mijn werk');
  });

  it('picks up changes made while it was out of the page', async () => {
    const el = await fixture<ElzParticipationLadder>(
      html`<elz-participation-ladder storage-key="k-away"></elz-participation-ladder>`,
    );
    const parent = el.parentElement!;
    el.remove();
    localStorage.setItem('k-away', stored('Intussen'));
    parent.append(el);
    await el.updateComplete;
    expect(el.value.groups[0].name).to.equal('Intussen');
  });

  it('ignores other keys and unreadable data from another tab', async () => {
    const el = await fixture<ElzParticipationLadder>(
      html`<elz-participation-ladder storage-key="k-mine"></elz-participation-ladder>`,
    );
    const before = el.value;
    await listening();
    for (const [key, newValue] of [
      ['k-other', stored('Ander')],
      ['k-mine', '{"broken'],
    ])
      window.dispatchEvent(new StorageEvent('storage', { key, newValue, storageArea: localStorage }));
    expect(el.value).to.deep.equal(before);
  });

  it('starts clean when another tab erased the key', async () => {
    const el = await fixture<ElzParticipationLadder>(
      html`<elz-participation-ladder storage-key="k-erase"></elz-participation-ladder>`,
    );
    el.value = JSON.parse(stored('Weg'));
    await listening();
    window.dispatchEvent(new StorageEvent('storage', { key: 'k-erase', newValue: null, storageArea: localStorage }));
    expect(el.value.groups[0].name).to.equal('Burgers en personen met een zorg- en ondersteuningsnood');
  });

  it('keeps aside, not overwrites, work it could not read at start once storage works again', async () => {
    localStorage.setItem('k-unread', stored('Eerder werk'));
    const originals = { getItem: Storage.prototype.getItem, setItem: Storage.prototype.setItem };
    const broken = () => {
      throw new Error('NS_ERROR_FILE_CORRUPTED');
    };
    Storage.prototype.getItem = Storage.prototype.setItem = broken;
    try {
      const el = await fixture<ElzParticipationLadder>(
        html`<elz-participation-ladder storage-key="k-unread"></elz-participation-ladder>`,
      );
      el.value = JSON.parse(stored('Nieuw werk'));
      await afterSave();
      Object.assign(Storage.prototype, originals);
      await wait(2100); // the first retry
      const aside = Object.keys(localStorage).find((k) => k.startsWith('k-unread.unreadable.'));
      expect(aside && localStorage.getItem(aside)).to.equal(stored('Eerder werk'));
      expect(JSON.parse(localStorage.getItem('k-unread')!).groups[0].name).to.equal('Nieuw werk');
    } finally {
      Object.assign(Storage.prototype, originals);
    }
  });

  it('a value set before the upgrade goes where storage and storage-key say, and wins there', async () => {
    localStorage.setItem('k-early', stored('Ouder werk'));
    const tag = freshTag('elz-participation-ladder');
    const keyed = document.createElement(tag) as HTMLElement & { value: unknown };
    keyed.id = 'x';
    keyed.setAttribute('storage-key', 'k-early');
    keyed.value = JSON.parse(stored('Van de pagina'));
    const none = document.createElement(tag) as HTMLElement & { value: unknown };
    none.setAttribute('storage', 'none');
    none.value = JSON.parse(stored('Niet bewaren'));
    document.body.append(keyed, none);
    defineElement(tag, class extends ElzParticipationLadder {});
    try {
      await (keyed as unknown as ElzParticipationLadder).updateComplete;
      await afterSave();
      expect((keyed as unknown as ElzParticipationLadder).value.groups[0].name).to.equal('Van de pagina');
      expect(Object.keys(localStorage)).to.deep.equal(['k-early']);
      expect(JSON.parse(localStorage.getItem('k-early')!).groups[0].name).to.equal('Van de pagina');
    } finally {
      keyed.remove();
      none.remove();
    }
  });

  it('keeps two copies kept aside in the same millisecond apart', async () => {
    const now = Date.now;
    Date.now = () => 1_700_000_000_000;
    try {
      localStorage.setItem('k-twice.unreadable.1700000000000', 'first');
      localStorage.setItem('k-twice', 'second');
      await fixture(html`<elz-participation-ladder storage-key="k-twice"></elz-participation-ladder>`);
      expect(localStorage.getItem('k-twice.unreadable.1700000000000')).to.equal('first');
      expect(localStorage.getItem('k-twice.unreadable.1700000000000-1')).to.equal('second');
    } finally {
      Date.now = now;
    }
  });
});
