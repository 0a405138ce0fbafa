import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { encodeShare } from '../src/core/share-link.js';
import { NoticeController } from '../src/core/notices.js';
import { TogetherController, hasLinkFor } from '../src/core/together.js';
import type { ElzErrorCode } from '../src/core/events.js';
import { circleSchema, emptyCircle, type CircleValue, type Stakeholder } from '../src/stakeholder-circle/value.js';
import '../src/participation-ladder/define.js';
import { getByRole } from './by-role.js';
import { openFile, setPageLang, wait } from './helpers.js';
import { group, stakeholder } from './fixtures.js';

/** A stakeholder of the informal network, in welfare (the shared sample otherwise). */
const person = (id: string, name: string, more: Partial<Stakeholder> = {}): Stakeholder =>
  stakeholder({ id, name, ring: 'informal', sector: 'welfare', ...more }) as Stakeholder;
const circle = (stakeholders: Stakeholder[], theme = ''): CircleValue => ({
  ...emptyCircle(),
  updatedAt: '2026-12-06T10:00:00.000Z',
  theme,
  stakeholders,
});

/** A host as small as the controller needs: its work, what it was told, and the panel. */
class TogetherHost extends LitElement {
  work: CircleValue = emptyCircle();
  empty = true;
  errors: ElzErrorCode[] = [];
  done: string[] = [];
  downloads = 0;
  refocused = 0;
  readonly notices = new NoticeController(this, () => undefined);
  readonly together = new TogetherController<CircleValue>(this, {
    key: () => 'elz-stakeholder-circle#t',
    schema: () => circleSchema(),
    value: () => this.work,
    isEmpty: () => this.empty,
    editable: () => true,
    take: (next, done) => {
      this.work = next;
      this.empty = false;
      this.done.push(done());
      this.requestUpdate();
    },
    report: (code) => this.errors.push(code),
    download: () => this.downloads++,
    notices: this.notices,
    refocus: () => this.refocused++,
  });
  override render() {
    return html`${this.together.render(2)}
      <ul>
        ${this.notices.list.map((n) => html`<li class=${n.id}>${n.text()}</li>`)}
      </ul>`;
  }
}
customElements.define('together-host', TogetherHost);

const KEY = 'elz-stakeholder-circle#t';
const page = `${location.pathname}${location.search}`;
const setHash = (hash: string) => history.replaceState(null, '', `${page}${hash}`);

async function host(work?: CircleValue): Promise<TogetherHost> {
  const el = document.createElement('together-host') as TogetherHost;
  if (work) {
    el.work = work;
    el.empty = false;
  }
  await fixture(testHtml`<div></div>`).then((d) => d.append(el));
  await el.updateComplete;
  return el;
}

/** Until the on-demand part has loaded and done its work. */
async function settle(el: TogetherHost) {
  await el.together.load();
  for (let i = 0; i < 5; i++) {
    await wait(20);
    await el.updateComplete;
  }
}

const button = (el: TogetherHost, text: string) => {
  const b = [...el.shadowRoot!.querySelectorAll('button')].find((x) => x.textContent!.trim() === text);
  if (!b) throw new Error(`no button "${text}"`);
  return b;
};

describe('working together (TogetherController)', () => {
  afterEach(() => setHash(''));

  describe('a link that was opened', () => {
    it('finds a link only for its own key', () => {
      expect(hasLinkFor('#elz=elz-stakeholder-circle%23t:abc', KEY)).to.be.true;
      expect(hasLinkFor('#a=1&elz=elz-stakeholder-circle%23t:abc', KEY)).to.be.true;
      expect(hasLinkFor('#elz=elz-stakeholder-circle:abc', KEY)).to.be.false;
      expect(hasLinkFor('#/route', KEY)).to.be.false;
    });

    it('shows the shared work read-only first, and closing changes nothing and takes our part out of the address', async () => {
      const mine = circle([person('a', 'Buren')]);
      setHash(`#tab=2&${await encodeShare(KEY, circle([person('x', 'Vrijwilligers')]))}`);
      const el = await host(mine);
      await settle(el);
      expect(el.together.shared?.stakeholders[0].name).to.equal('Vrijwilligers');
      expect(el.work).to.equal(mine);
      button(el, 'Sluiten, niets veranderen').click();
      await el.updateComplete;
      expect(el.together.shared).to.be.null;
      expect(el.work).to.equal(mine);
      expect(location.hash).to.equal('#tab=2');
    });

    it('takes it over when asked (undoable by the host)', async () => {
      setHash(`#${await encodeShare(KEY, circle([person('x', 'Vrijwilligers')]))}`);
      const el = await host(circle([person('a', 'Buren')]));
      await settle(el);
      button(el, 'Overnemen in plaats van mijn werk').click();
      await el.updateComplete;
      expect(el.work.stakeholders.map((s) => s.name)).to.deep.equal(['Vrijwilligers']);
      expect(el.done).to.deep.equal(['Het gedeelde werk is overgenomen.']);
      expect(location.hash).to.equal('');
    });

    it('merges it into mine, saying what came in', async () => {
      setHash(`#${await encodeShare(KEY, circle([person('x', 'Vrijwilligers')]))}`);
      const el = await host(circle([person('a', 'Buren')]));
      await settle(el);
      button(el, 'Samenvoegen met mijn werk').click();
      await el.updateComplete;
      expect(el.work.stakeholders.map((s) => s.name)).to.deep.equal(['Buren', 'Vrijwilligers']);
      expect(el.done[0]).to.contain('Samengevoegd.').and.contain('nieuwe betrokkenen: 1');
    });

    it('reads a link made by an earlier version, migrated like a file (the value carries its schema id)', async () => {
      const v1 = {
        schema: 'elz-stakeholder-circle/1',
        updatedAt: '2026-01-10T10:00:00.000Z',
        theme: 'Oud',
        stakeholders: [{ id: 'x', name: 'Vrijwilligers', ring: 'informal', sector: 'welfare' }],
      };
      setHash(`#${await encodeShare(KEY, v1)}`);
      const el = await host(circle([person('a', 'Buren')]));
      await settle(el);
      expect(el.together.shared?.schema).to.equal('elz-stakeholder-circle/2');
      expect(el.together.shared?.stakeholders[0]).to.include({ name: 'Vrijwilligers', expert: false });
    });

    it('merging into an untouched element takes the shared work whole', async () => {
      const theirs = circle([person('x', 'Vrijwilligers')], 'Valpreventie');
      setHash(`#${await encodeShare(KEY, theirs)}`);
      const el = await host();
      await settle(el);
      button(el, 'Samenvoegen met mijn werk').click();
      await el.updateComplete;
      expect(el.work).to.deep.equal(theirs);
      expect(el.done[0]).to.contain('nieuwe betrokkenen: 1');
    });

    for (const [what, hash] of [
      ['cut off', async () => (await encodeShare(KEY, circle([person('x', 'Vrijwilligers')]))).slice(0, -10)],
      ['not base64', async () => `elz=${encodeURIComponent(KEY)}:<img src=x onerror=alert(1)>`],
      ['another element’s value', async () => encodeShare(KEY, { schema: 'elz-participation-ladder/2', groups: [] })],
      [
        'a forbidden key',
        async () => encodeShare(KEY, JSON.parse('{"schema":"elz-stakeholder-circle/2","__proto__":{"x":1}}')),
      ],
      ['a name over the limit', async () => encodeShare(KEY, circle([person('x', 'a'.repeat(201))]))],
    ] as const)
      it(`refuses a link that is ${what}: an error, nothing changed, our part taken out`, async () => {
        const mine = circle([person('a', 'Buren')]);
        setHash(`#${await hash()}`);
        const el = await host(mine);
        await settle(el);
        expect(el.errors).to.deep.equal(['invalid-link']);
        expect(el.together.panel).to.be.null;
        expect(el.work).to.equal(mine);
        expect(location.hash).to.equal('');
      });
  });

  describe('making a link', () => {
    let restore: () => void;
    let copied: string[];
    beforeEach(() => {
      copied = [];
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (t: string) => void copied.push(t) },
      });
      restore = () => delete (navigator as unknown as Record<string, unknown>).clipboard;
    });
    afterEach(() => restore());

    it('copies the link and shows it in a field to copy from, saying anyone with it can read it', async () => {
      const el = await host(circle([person('a', 'Buren')]));
      el.together.share();
      await settle(el);
      const field = el.shadowRoot!.querySelector<HTMLInputElement>('#share-link')!;
      expect(field.readOnly).to.be.true;
      expect(copied).to.deep.equal([field.value]);
      expect(field.value).to.contain('#elz=elz-stakeholder-circle%23t:');
      expect(el.shadowRoot!.textContent).to.contain('Iedereen die deze link heeft, kan lezen wat erin staat');
      expect(el.shadowRoot!.activeElement).to.equal(field);
      // Closing it with the keyboard: the focus goes back to the element, not to the page.
      const close = button(el, 'Sluiten');
      close.focus();
      close.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.together.panel).to.be.null;
      expect(el.refocused).to.equal(1);
    });

    it('says when the work is too large for a link, and offers the file', async () => {
      const random = () => Array.from(crypto.getRandomValues(new Uint8Array(60)), (b) => b.toString(16)).join('');
      const el = await host(
        circle(Array.from({ length: 120 }, (_, i) => person(`s${i}`, `n${i}`, { note: random() }))),
      );
      el.together.share();
      await settle(el);
      expect(el.together.panel).to.be.null;
      expect(copied).to.deep.equal([]);
      expect(el.notices.list.map((n) => n.id)).to.deep.equal(['share']);
      expect(el.notices.list[0].text()).to.contain('te groot voor een link');
      el.notices.list[0].actions![0].run();
      expect(el.downloads).to.equal(1);
    });
  });

  describe('opening a file', () => {
    const file = (v: unknown) => new File([JSON.stringify(v)], 'x.json', { type: 'application/json' });

    it('on an empty element, opens it at once', async () => {
      const el = await host();
      el.together.openFile(file(circle([person('x', 'Vrijwilligers')])));
      await settle(el);
      expect(el.work.stakeholders.map((s) => s.name)).to.deep.equal(['Vrijwilligers']);
    });

    it('with work here, asks; merging a file with itself changes nothing', async () => {
      const mine = circle([person('a', 'Buren')]);
      const el = await host(mine);
      el.together.openFile(file(mine));
      await settle(el);
      expect(el.together.panel?.kind).to.equal('choice');
      button(el, 'Samenvoegen met mijn werk').click();
      await el.updateComplete;
      expect(el.work).to.equal(mine);
      expect(el.done).to.deep.equal([]);
      expect(el.notices.list.map((n) => n.text())).to.deep.equal([
        'Er is niets nieuws: dit werk staat al helemaal in het uwe.',
      ]);
    });

    it('shows both versions where both changed a field, and takes the one the user picks', async () => {
      const el = await host(circle([person('a', 'Buren', { ring: 'informal', note: 'Mijn notitie' })], 'Valpreventie'));
      el.together.openFile(
        file(circle([person('a', 'Buren', { ring: 'person', note: 'Haar notitie' })], 'Valpreventie')),
      );
      await settle(el);
      button(el, 'Samenvoegen met mijn werk').click();
      await el.updateComplete;
      const sets = [...el.shadowRoot!.querySelectorAll('fieldset')];
      expect(sets.map((f) => f.querySelector('legend')!.textContent!.replace(/[\u2068\u2069]/g, ''))).to.deep.equal([
        'Buren: Ring',
        'Buren: Notitie',
      ]);
      expect(sets[0].textContent).to.contain('Informeel netwerk').and.contain('Burger en persoon');
      expect(el.shadowRoot!.activeElement?.id).to.equal('merge-title');
      sets[1].querySelectorAll('input')[1].click(); // theirs for the note
      await el.updateComplete;
      button(el, 'Samenvoegen').click();
      await el.updateComplete;
      expect(el.work.stakeholders[0]).to.include({ ring: 'informal', note: 'Haar notitie' });
      expect(el.together.panel).to.be.null;
    });

    it('a file that is not valid is refused whole', async () => {
      const mine = circle([person('a', 'Buren')]);
      const el = await host(mine);
      el.together.openFile(new File(['{"schema":"elz-stakeholder-circle/2","stakeholders":"x"}'], 'x.json'));
      await settle(el);
      expect(el.errors).to.deep.equal(['invalid-import']);
      expect(el.work).to.equal(mine);
    });
  });
});

describe('together: a difference in a ladder group is named by its own field', () => {
  it('a representative and a feedback that differ are shown under their own names', async () => {
    const ladder = (representative: string, feedback: string) => ({
      schema: 'elz-participation-ladder/2',
      updatedAt: '2026-12-06T10:00:00.000Z',
      groups: [group({ mode: 'indirect', representative, feedback })],
    });
    const el = await fixture<HTMLElement & { value: unknown; updateComplete: Promise<boolean> }>(
      testHtml`<elz-participation-ladder storage="none"></elz-participation-ladder>`,
    );
    el.value = ladder('Seniorenraad', 'Maandvergadering');
    await el.updateComplete;
    openFile(el, JSON.stringify(ladder('Wijkcomité', 'Nieuwsbrief')));
    for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('.together.choice'); i++) await wait(20);
    getByRole(el, 'button', { name: 'Samenvoegen met mijn werk' }).click();
    await el.updateComplete;
    // The words, without the marks that set user text apart (and with every space as it is).
    const legends = () =>
      [...el.shadowRoot!.querySelectorAll('fieldset legend')].map((l) =>
        l.textContent!.replace(/[\u2066-\u2069]/g, ''),
      );
    expect(legends()).to.deep.equal(['Buren: Vertegenwoordigd door', 'Buren: Input en terugkoppeling']);
    // In French, with the space French puts before a colon (a no-break one, kept with its word).
    await setPageLang('fr');
    try {
      await el.updateComplete;
      expect(legends()).to.deep.equal(['Buren\u00a0: Représenté par', 'Buren\u00a0: Avis et retour vers le groupe']);
    } finally {
      await setPageLang('nl');
    }
  });
});
