/**
 * The public contract (see CHANGELOG.md) as one suite, run against every element. Each element's
 * test file calls `runContractSuite` with a few facts about itself.
 */
import { Validator } from '@cfworker/json-schema';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { ElzElement } from '../src/core/element.js';
import { defineElement } from '../src/core/define.js';
import type { Versioned } from '../src/core/schema.js';
import { accessibleName, getAllByRole, getByRole, queryAllByRole, queryByRole } from './by-role.js';
import {
  afterSave,
  blockStorageAccess,
  clearStorage,
  countWrites,
  captureDownloads,
  failWrites,
  freshTag,
  listening,
  openFile,
  setPageLang,
  textOf,
  wait,
} from './helpers.js';

type El = ElzElement<Versioned> & HTMLElement;

/** The roles of controls that change the work. */
const EDITING = ['textbox', 'searchbox', 'combobox', 'listbox', 'checkbox', 'radio', 'spinbutton', 'slider'];
/** The controls an element offers that change the work, by role and name. */
const editControls = (el: Element) =>
  EDITING.flatMap((role) => queryAllByRole(el, role).map((c) => `${role} "${accessibleName(c)}"`));
const button = (el: Element, name: string) => getByRole<HTMLButtonElement>(el, 'button', { name });
const noButton = (el: Element, name: string) => queryByRole(el, 'button', { name });

export interface ContractSubject {
  tag: string;
  ctor: CustomElementConstructor;
  schema: string;
  /** A valid, non-empty value (no `schema`/`updatedAt` needed). */
  sample: () => Record<string, unknown>;
  /** Values that must be refused, and a pattern the TypeError's message must match. */
  invalid: Array<{ value: () => unknown; names: RegExp }>;
  /** One edit through the element's own controls. */
  userEdit: (el: El) => Promise<void>;
  /** A word the element shows in French but not in Dutch. */
  frenchWord: string;
  /** The i-th of a series of different valid values; by default the sample's first item renamed. */
  variant?: (i: number) => Record<string, unknown>;
}

const content = (v: Versioned) => {
  const { updatedAt: _u, ...rest } = v;
  return rest;
};

export function runContractSuite(s: ContractSubject) {
  const tag = unsafeStatic(s.tag);
  const make = (attrs = '') =>
    fixture<El>(attrs ? staticHtml`<${tag} id="c" ${unsafeStatic(attrs)}></${tag}>` : staticHtml`<${tag}></${tag}>`);
  const key = s.tag;
  const sampleValue = () => ({ schema: s.schema, ...s.sample() });

  describe(`contract: <${s.tag}>`, () => {
    // Every value the element emits in this suite must match its shipped JSON Schema.
    const emitted: unknown[] = [];
    const collect = (e: Event) => {
      if ((e.target as Element).localName === s.tag) emitted.push((e as CustomEvent).detail);
    };
    before(() => document.addEventListener('elz-change', collect));
    beforeEach(async () => {
      clearStorage();
      await setPageLang('nl');
    });
    afterEach(clearStorage);
    after(() => document.removeEventListener('elz-change', collect));

    describe('accessibility', () => {
      it('passes axe empty, filled and readonly', async () => {
        const el = await make();
        await expect(el).to.be.accessible();
        el.value = sampleValue();
        await el.updateComplete;
        await expect(el).to.be.accessible();
        el.readonly = true;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });

      it('has a polite live region before the first message', async () => {
        const el = await make();
        // Its own, and any of a part it holds: all polite.
        const regions = getAllByRole(el, 'status');
        expect(regions.filter((r) => r.getRootNode() === el.shadowRoot)).to.have.length(1);
        expect(regions.map((r) => r.getAttribute('aria-live'))).to.deep.equal(regions.map(() => 'polite'));
      });
    });

    describe('value', () => {
      it('starts with a valid value of its schema', async () => {
        const el = await make();
        expect(el.value.schema).to.equal(s.schema);
        expect(Number.isNaN(Date.parse(el.value.updatedAt))).to.be.false;
      });

      it('takes a value, fires elz-change with the whole value, and returns a copy', async () => {
        const el = await make();
        setTimeout(() => (el.value = sampleValue()));
        const ev = await oneEvent(el, 'elz-change');
        expect(ev.detail).to.deep.equal(el.value);
        expect(content(el.value)).to.deep.equal(content({ updatedAt: '', ...sampleValue() } as Versioned));
        const copy = el.value as unknown as Record<string, unknown>;
        copy.schema = 'tampered';
        expect(el.value.schema).to.equal(s.schema);
        expect(el.toJSON()).to.deep.equal(el.value);
        expect(JSON.parse(JSON.stringify(el))).to.deep.equal(el.value);
      });

      it('accepts a reactive proxy and changes nothing for an equal value', async () => {
        const el = await make();
        el.value = new Proxy(sampleValue(), {});
        let events = 0;
        el.addEventListener('elz-change', () => events++);
        el.value = el.value;
        el.value = sampleValue();
        expect(events).to.equal(0);
      });

      for (const [i, bad] of s.invalid.entries()) {
        it(`refuses invalid value #${i + 1} with a TypeError naming it, an elz-error, and no change`, async () => {
          const el = await make();
          el.value = sampleValue();
          const before = el.value;
          let error: unknown;
          const ev = oneEvent(el, 'elz-error');
          // Invalid in the field named, not only for lacking the kind of value it is.
          const value = bad.value();
          const named =
            value && typeof value === 'object' && !Array.isArray(value) && !('schema' in value)
              ? { schema: s.schema, ...value }
              : value;
          try {
            el.value = named;
          } catch (e) {
            error = e;
          }
          expect(error).to.be.instanceOf(TypeError);
          expect((error as Error).message).to.match(bad.names);
          expect((await ev).detail.code).to.equal('invalid-value');
          expect(el.value).to.deep.equal(before);
        });
      }

      it('refuses hostile keys without touching any prototype', async () => {
        const el = await make();
        const hostile = JSON.parse(`{"schema":"${s.schema}","__proto__":{"polluted":true}}`);
        expect(() => (el.value = hostile)).to.throw(TypeError, /__proto__/);
        expect(({} as Record<string, unknown>).polluted).to.be.undefined;
        expect(() => (el.value = { ...sampleValue(), constructor: { prototype: { x: 1 } } })).to.throw(TypeError);
      });

      it('refuses oversized and deeply nested input quickly, without a stack overflow', async () => {
        const el = await make();
        const huge = { ...sampleValue(), padding: 'x'.repeat(1024 * 1024 + 1) };
        expect(() => (el.value = huge)).to.throw(TypeError, /larger/);
        let deep: unknown = {};
        for (let i = 0; i < 10_000; i++) deep = { a: deep };
        expect(() => (el.value = { ...sampleValue(), deep })).to.throw(TypeError, /deeper/);
        expect(() => (el.value = [1, 2])).to.throw(TypeError);
        // A framework whose state starts empty sets {}: no value of ours, and the work stays.
        expect(() => (el.value = {})).to.throw(TypeError, /schema/);
        expect(() => (el.value = { ...sampleValue(), schema: undefined })).to.throw(TypeError, /schema/);
        expect(() => (el.value = { schema: 'elz-other/1' })).to.throw(TypeError, /schema/);
        expect(() => (el.value = { schema: s.schema.replace(/\d+$/, '99') })).to.throw(TypeError, /newer/);
      });

      it('honours a value set before the element was upgraded', async () => {
        const name = freshTag(s.tag);
        const early = document.createElement(name) as unknown as { value: unknown };
        early.value = sampleValue();
        document.body.append(early as unknown as Node);
        defineElement(name, class extends (s.ctor as typeof HTMLElement) {} as CustomElementConstructor);
        const el = early as unknown as El;
        await el.updateComplete;
        expect(content(el.value)).to.deep.equal(content({ updatedAt: '', ...sampleValue() } as Versioned));
        el.remove();
      });

      it('reports, not throws, an invalid value set before the upgrade', async () => {
        const name = freshTag(s.tag);
        const early = document.createElement(name) as HTMLElement & { value: unknown };
        early.value = { schema: 'nonsense' };
        const errors: string[] = [];
        early.addEventListener('elz-error', (e) => errors.push(e.detail.code));
        document.body.append(early);
        defineElement(name, class extends (s.ctor as typeof HTMLElement) {} as CustomElementConstructor);
        await (early as unknown as El).updateComplete;
        expect(errors).to.deep.equal(['invalid-value']);
        early.remove();
      });
    });

    describe('reset and undo', () => {
      it('reset clears the work; Undo brings it back until the next edit', async () => {
        const el = await make();
        el.value = sampleValue();
        const filled = el.value;
        el.reset();
        await el.updateComplete;
        expect(content(el.value)).to.not.deep.equal(content(filled));
        button(el, 'Ongedaan maken').click();
        await el.updateComplete;
        expect(content(el.value)).to.deep.equal(content(filled));
        el.reset();
        await el.updateComplete;
        await s.userEdit(el);
        await el.updateComplete;
        expect(noButton(el, 'Ongedaan maken')).to.be.null;
      });
    });

    describe('readonly', () => {
      it('shows the state without edit controls', async () => {
        const el = await make('readonly');
        el.value = sampleValue();
        await el.updateComplete;
        const root = el.shadowRoot!;
        // The tool's report may be written in another language: that choice changes no work.
        expect(root.querySelectorAll('input:not([type=file]), textarea, select:not(#report-locale)').length).to.equal(
          0,
        );
        expect(editControls(el)).to.deep.equal([]);
        expect(noButton(el, 'Opnieuw beginnen')).to.be.null;
        // Like a copy, a link to the work changes nothing.
        expect(button(el, 'Kopie downloaden')).to.exist;
        expect(button(el, 'Delen via een link')).to.exist;
      });

      it('offers no control that changes the work, erasing included; the page can still forget()', async () => {
        const el = await make('readonly');
        el.value = sampleValue();
        await afterSave();
        for (const label of ['Wissen op dit toestel', 'Bestand openen', 'Opnieuw beginnen'])
          expect(noButton(el, label), label).to.be.null;
        expect(localStorage.getItem(`${s.tag}#c`)).to.be.a('string');
        el.forget();
        await el.updateComplete;
        expect(localStorage.getItem(`${s.tag}#c`)).to.be.null;
      });
    });

    describe('events', () => {
      it('elz-change bubbles and crosses shadow roots', async () => {
        const el = await make();
        const host = document.createElement('div');
        el.before(host);
        const shadow = host.attachShadow({ mode: 'open' });
        shadow.append(el);
        setTimeout(() => s.userEdit(el));
        const ev = await oneEvent(document, 'elz-change');
        expect(ev.composed).to.be.true;
        expect(ev.bubbles).to.be.true;
        expect(ev.detail).to.deep.equal(el.value);
        host.remove();
      });
    });

    describe('persistence', () => {
      it('restores the work in a new element, under tag#id by default', async () => {
        const el = await make();
        el.id = 'proj';
        await el.updateComplete;
        await s.userEdit(el);
        const saved = el.value;
        await afterSave();
        expect(JSON.parse(localStorage.getItem(`${key}#proj`)!)).to.deep.equal(saved);
        el.remove();
        const again = await fixture<El>(staticHtml`<${tag} id="proj"></${tag}>`);
        expect(again.value).to.deep.equal(saved);
      });

      it('coalesces writes while typing and flushes on pagehide', async () => {
        const el = await make('storage-key="k-coalesce"');
        const spy = countWrites('k-coalesce');
        try {
          for (let i = 0; i < 10; i++) el.value = { ...sampleValue(), ...(s.variant ?? ((n) => nudge(s, n)))(i) };
          expect(spy.count).to.equal(0);
          window.dispatchEvent(new PageTransitionEvent('pagehide'));
          expect(spy.count).to.equal(1);
          expect(JSON.parse(localStorage.getItem('k-coalesce')!)).to.deep.equal(el.value);
          await afterSave();
          expect(spy.count).to.equal(1);
        } finally {
          spy.restore();
        }
      });

      it('uses sessionStorage with storage="session" and nothing with storage="none"', async () => {
        const a = await make('storage="session" storage-key="k-s"');
        a.value = sampleValue();
        await afterSave();
        expect(sessionStorage.getItem('k-s')).to.not.be.null;
        expect(localStorage.getItem('k-s')).to.be.null;
        const b = await make('storage="none" storage-key="k-n"');
        b.value = sampleValue();
        await afterSave();
        expect(localStorage.length + sessionStorage.length).to.equal(1);
        expect(textOf(b)).to.contain('niet opgeslagen');
      });

      for (const [label, stored] of [
        ['not JSON', () => '{"broken'],
        ['another schema', () => '{"schema":"elz-something-else/1"}'],
        ['a newer version', () => JSON.stringify({ schema: s.schema.replace(/\d+$/, '7') })],
        ['hostile keys', () => '{"__proto__":{"polluted":1}}'],
      ] as const) {
        it(`keeps unreadable data aside byte for byte (${label}) and starts clean`, async () => {
          const text = stored();
          localStorage.setItem('k-bad', text);
          const errors: string[] = [];
          document.addEventListener('elz-error', (e) => errors.push(e.detail.code), { once: true });
          const el = await make('storage-key="k-bad"');
          expect(errors).to.deep.equal(['storage-unreadable']);
          const aside = Object.keys(localStorage).filter((k) => k.startsWith('k-bad.unreadable.'));
          expect(aside).to.have.length(1);
          expect(localStorage.getItem(aside[0])).to.equal(text);
          expect(localStorage.getItem('k-bad')).to.be.null;
          const downloads = captureDownloads();
          try {
            button(el, 'Oude gegevens downloaden').click();
            expect(downloads.files).to.have.length(1);
            expect(await downloads.files[0].text).to.equal(text);
          } finally {
            downloads.restore();
          }
          await s.userEdit(el);
          await afterSave();
          expect(localStorage.getItem(aside[0])).to.equal(text);
        });
      }

      it('never overwrites unreadable data it could not copy aside', async () => {
        localStorage.setItem('k-stuck', '{"broken');
        const restore = failWrites();
        try {
          const el = await make('storage-key="k-stuck"');
          await s.userEdit(el);
          await afterSave();
          expect(localStorage.getItem('k-stuck')).to.equal('{"broken');
        } finally {
          restore();
        }
      });

      it('keeps working in memory when storage access throws, and says so', async () => {
        const restore = blockStorageAccess();
        try {
          const errors: string[] = [];
          document.addEventListener('elz-error', (e) => errors.push(e.detail.code), { once: true });
          const el = await make();
          await s.userEdit(el);
          await afterSave();
          await el.updateComplete;
          expect(errors[0]).to.equal('storage-unavailable');
          expect(textOf(el)).to.contain('Niet opgeslagen');
          expect(el.value.schema).to.equal(s.schema);
        } finally {
          restore();
        }
      });

      for (const [label, error, code] of [
        ['quota', new DOMException('full', 'QuotaExceededError'), 'storage-full'],
        ['a non-standard error', 'just a string', 'storage-unavailable'],
      ] as const) {
        it(`saves again once writes work after ${label}`, async () => {
          const el = await make('storage-key="k-retry"');
          const restore = failWrites(error);
          const ev = oneEvent(el, 'elz-error');
          await s.userEdit(el);
          await afterSave();
          expect((await ev).detail.code).to.equal(code);
          expect(localStorage.getItem('k-retry')).to.be.null;
          restore();
          await wait(2100); // the first retry
          expect(JSON.parse(localStorage.getItem('k-retry')!)).to.deep.equal(el.value);
          await el.updateComplete;
          expect(textOf(el)).to.contain('Het opslaan lukt weer');
          expect(el.shadowRoot!.querySelectorAll('.notice.warning')).to.have.length(0);
        });
      }

      it('keeps two elements with one key in sync in the page', async () => {
        const wrap = await fixture(
          staticHtml`<div><${tag} storage-key="k-sync"></${tag}><${tag} storage-key="k-sync"></${tag}></div>`,
        );
        const [a, b] = [...wrap.children] as El[];
        await a.updateComplete;
        await s.userEdit(a);
        await b.updateComplete;
        expect(b.value).to.deep.equal(a.value);
      });

      it('follows another tab through the storage event, without echo', async () => {
        const el = await make('storage-key="k-tab"');
        const other = { ...sampleValue(), updatedAt: '2026-01-02T03:04:05.000Z' };
        const spy = countWrites('k-tab');
        try {
          localStorage.setItem('k-tab', JSON.stringify(other));
          await listening();
          window.dispatchEvent(
            new StorageEvent('storage', { key: 'k-tab', newValue: JSON.stringify(other), storageArea: localStorage }),
          );
          expect(el.value).to.deep.equal(other);
          await afterSave();
          expect(spy.count).to.equal(1); // only our own setItem above
        } finally {
          spy.restore();
        }
      });

      it('writes its work again when another tab clears all storage', async () => {
        const el = await make('storage-key="k-clear"');
        await s.userEdit(el);
        await afterSave();
        localStorage.clear();
        await listening();
        window.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));
        expect(JSON.parse(localStorage.getItem('k-clear')!)).to.deep.equal(el.value);
      });

      it('"forget on this device" erases the key and every copy kept aside, after a confirmation', async () => {
        localStorage.setItem('k-forget.unreadable.1', 'old');
        const el = await make('storage-key="k-forget"');
        await s.userEdit(el);
        await afterSave();
        button(el, 'Wissen op dit toestel').click();
        await el.updateComplete;
        expect(localStorage.getItem('k-forget')).to.not.be.null;
        button(el, 'Ja, alles wissen').click();
        await el.updateComplete;
        expect(Object.keys(localStorage).filter((k) => k.startsWith('k-forget'))).to.deep.equal([]);
        await afterSave();
        expect(localStorage.getItem('k-forget')).to.be.null;
      });
    });

    describe('files', () => {
      it('downloads the value as JSON and imports it back; a bad file changes nothing', async () => {
        const el = await make();
        el.value = sampleValue();
        const before = el.value;
        const downloads = captureDownloads();
        try {
          button(el, 'Kopie downloaden').click();
          expect(downloads.files[0].name).to.match(/\d{4}-\d{2}-\d{2}\.json$/);
          const text = await downloads.files[0].text;
          expect(JSON.parse(text)).to.deep.equal(before);
          el.reset();
          await el.updateComplete;
          const bad = oneEvent(el, 'elz-error');
          openFile(el, '{"schema":"elz-other/1"}');
          expect((await bad).detail.code).to.equal('invalid-import');
          await el.updateComplete;
          expect(textOf(el)).to.contain('Dit bestand kan niet gebruikt worden');
          const good = oneEvent(el, 'elz-change');
          openFile(el, text);
          await good;
          expect(content(el.value)).to.deep.equal(content(before));
        } finally {
          downloads.restore();
        }
      });
    });

    describe('forms', () => {
      it('submits its value as JSON, survives a form reset, and leaves with a disabled fieldset', async () => {
        const form = await fixture<HTMLFormElement>(
          staticHtml`<form><fieldset><${tag} name="tool" storage="none"></${tag}></fieldset></form>`,
        );
        const el = form.querySelector(s.tag) as El;
        el.value = sampleValue();
        expect(JSON.parse(new FormData(form).get('tool') as string)).to.deep.equal(el.value);
        form.reset();
        expect(JSON.parse(new FormData(form).get('tool') as string)).to.deep.equal(el.value);
        const untouched = await fixture<HTMLFormElement>(
          staticHtml`<form><${tag} name="fresh" storage="none"></${tag}></form>`,
        );
        const fresh = untouched.querySelector(s.tag) as El;
        expect(JSON.parse(new FormData(untouched).get('fresh') as string)).to.deep.equal(fresh.value);
        form.querySelector('fieldset')!.disabled = true;
        await el.updateComplete;
        expect(new FormData(form).get('tool')).to.be.null;
        expect(el.shadowRoot!.querySelectorAll('input:not([type=file]), textarea').length).to.equal(0);
        expect(editControls(el)).to.deep.equal([]);
      });
    });

    describe('locale', () => {
      it('follows <html lang> and its own lang at runtime, for every element at once', async () => {
        const wrap = await fixture(html`<div></div>`);
        wrap.innerHTML = `<${s.tag}></${s.tag}><${s.tag} storage="none"></${s.tag}>`;
        const [a, b] = [...wrap.children] as El[];
        await a.updateComplete;
        expect(textOf(a)).to.not.contain(s.frenchWord);
        await setPageLang('fr-BE');
        await a.updateComplete;
        await b.updateComplete;
        expect(textOf(a)).to.contain(s.frenchWord);
        expect(textOf(b)).to.contain(s.frenchWord);
        expect(a.shadowRoot!.querySelector('[part=base]')!.getAttribute('lang')).to.equal('fr');
        b.lang = 'nl';
        await wait(0);
        await a.updateComplete;
        expect(textOf(a)).to.not.contain(s.frenchWord);
      });

      it('gives error messages in the page language', async () => {
        await setPageLang('fr');
        const el = await make();
        const ev = oneEvent(el, 'elz-error');
        try {
          el.value = { schema: 'elz-other/1' };
        } catch {
          /* expected */
        }
        expect((await ev).detail.message).to.match(/Ces données ne peuvent pas être utilisées/);
      });
    });

    describe('JSON Schema', () => {
      it('every value emitted in this suite matches src/schemas/<tag>.schema.json', async () => {
        const schema = await (await fetch(`/src/schemas/${s.tag}.schema.json`)).json();
        const validator = new Validator(schema, '2020-12');
        // The whole tool's schema refers to the three parts' by their $id.
        for (const part of ['elz-stakeholder-circle', 'elz-participation-ladder', 'elz-question-wizard'])
          if (part !== s.tag) validator.addSchema(await (await fetch(`/src/schemas/${part}.schema.json`)).json());
        expect(emitted.length).to.be.greaterThan(10);
        for (const value of emitted) {
          const result = validator.validate(value);
          expect(result.valid, JSON.stringify(result.errors.slice(-1))).to.be.true;
        }
        expect(validator.validate({ schema: s.schema, updatedAt: 'gisteren' }).valid).to.be.false;
      });
    });

    describe('registration', () => {
      it('defining the tag again, even with another class, does not throw', () => {
        expect(() => defineElement(s.tag, s.ctor)).to.not.throw();
        expect(() =>
          defineElement(s.tag, class extends HTMLElement {} as unknown as CustomElementConstructor),
        ).to.not.throw();
        expect(customElements.get(s.tag)).to.equal(s.ctor);
      });
    });
  });
}

/** A variant of the sample, to make consecutive values differ. */
function nudge(s: ContractSubject, i: number): Record<string, unknown> {
  const sample = s.sample();
  const list = Object.values(sample).find(Array.isArray) as Array<Record<string, unknown>> | undefined;
  if (list?.length) {
    const key = Object.keys(sample).find((k) => sample[k] === list)!;
    return { [key]: list.map((item, n) => (n === 0 ? { ...item, name: `${item.name} ${i}` } : item)) };
  }
  return {};
}
