import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/stakeholder-circle/define.js';
import { ElzStakeholderCircle } from '../src/stakeholder-circle/stakeholder-circle.js';
import { polar, RADII, VIEW } from '../src/stakeholder-circle/layout.js';
import { fallPreventionStakeholders } from '../stories/data.js';
import {
  accessibleName,
  describeElement,
  getAllByRole,
  getByRole,
  is,
  queryAllByRole,
  queryByRole,
} from './by-role.js';
import { runContractSuite } from './contract.js';
import {
  afterSave,
  buttonNamed,
  captureDownloads,
  clearStorage,
  collectErrorCodes,
  openFile,
  setPageLang,
  textOf,
} from './helpers.js';

const sample = () => ({
  schema: 'elz-stakeholder-circle/2',
  theme: 'Valpreventie in Sint-Kruis',
  stakeholders: [
    {
      id: 'a',
      name: 'Mevrouw Claeys',
      ring: 'person',
      sector: 'care',
      involvement: 'involved',
      level: 'advise',
      hardToReach: false,
      expert: true,
      note: '',
    },
    {
      id: 'b',
      name: 'Mantelzorgvereniging',
      ring: 'informal',
      sector: 'welfare',
      involvement: 'planned',
      level: null,
      hardToReach: true,
      expert: false,
      note: 'Via OKRA',
    },
    {
      id: 'c',
      name: 'Huisartsen',
      ring: 'formal',
      sector: 'care',
      involvement: 'involved',
      level: 'collaborate',
      hardToReach: false,
      expert: false,
      note: '',
    },
  ],
});
/** The sample as version 1 wrote it: no `expert`. */
const sampleV1 = () => {
  const v = sample();
  return {
    ...v,
    schema: 'elz-stakeholder-circle/1',
    updatedAt: '2025-03-12T09:30:00.000Z',
    stakeholders: v.stakeholders.map(({ expert: _e, ...rest }) => (void _e, rest)),
  };
};
const many = (n: number, over: Record<string, unknown> = {}) =>
  Array.from({ length: n }, (_, i) => ({ id: `m${i}`, name: `Buur ${i}`, ring: 'person', sector: 'care', ...over }));

runContractSuite({
  tag: 'elz-stakeholder-circle',
  ctor: ElzStakeholderCircle,
  schema: 'elz-stakeholder-circle/2',
  sample,
  invalid: [
    {
      value: () => ({ stakeholders: [{ id: 'a', name: 'A', ring: 'outer', sector: 'care' }] }),
      names: /stakeholders\[0\]\.ring.*outer/,
    },
    {
      value: () => ({ stakeholders: [{ id: 'a', name: 'A', ring: 'person', sector: 'sport' }] }),
      names: /stakeholders\[0\]\.sector.*sport/,
    },
    {
      value: () => ({ stakeholders: many(1001).map((s, i) => ({ ...s, id: `x${i}` })) }),
      names: /stakeholders.*more than 1000/,
    },
    { value: () => ({ theme: 'x'.repeat(201) }), names: /theme.*longer than 200/ },
    { value: () => ({ stakeholders: [...many(1), ...many(1)] }), names: /repeats the id/ },
  ],
  userEdit: async (el) => {
    const theme = getByRole<HTMLInputElement>(el, 'textbox', { name: 'Thema of actie' });
    theme.value = `${theme.value}!`;
    theme.dispatchEvent(new Event('input'));
    await el.updateComplete;
  },
  frenchWord: 'Réseau informel',
});

const make = async (value: object = sample()) => {
  const el = await fixture<ElzStakeholderCircle>(
    html`<elz-stakeholder-circle storage="none"></elz-stakeholder-circle>`,
  );
  el.value = { schema: 'elz-stakeholder-circle/2', ...value };
  await el.updateComplete;
  return el;
};
const $ = <T extends Element>(el: ElzStakeholderCircle, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element>(el: ElzStakeholderCircle, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const byName = (el: ElzStakeholderCircle, name: string) => el.value.stakeholders.find((s) => s.name === name)!;

/** The picture: a group of stakeholders (buttons) and counts of dense places (images). */
const picture = (el: ElzStakeholderCircle) => getByRole(el, 'group', { name: /^Cirkel van betrokkenen\./ });
/** A stakeholder in the picture, by its name (its accessible name says "name: where. how involved."). */
const dot = (el: ElzStakeholderCircle, name: string) =>
  getByRole<SVGGElement>(picture(el), 'button', { name: (n) => n.startsWith(`${name}: `) });
/** The one stakeholder of the picture that takes the Tab key. */
const tabStop = (el: ElzStakeholderCircle) => {
  const stops = getAllByRole(picture(el), 'button').filter((b) => b.getAttribute('tabindex') === '0');
  expect(stops, 'one tab stop').to.have.length(1);
  return stops[0] as unknown as SVGElement;
};
const focused = (el: ElzStakeholderCircle) => el.shadowRoot!.activeElement;
/** The form that adds or changes a stakeholder, by its title. */
const form = (el: ElzStakeholderCircle) => getByRole(el, 'form', { name: /^(Nieuwe betrokkene|Betrokkene wijzigen)$/ });
const field = <T extends HTMLElement = HTMLInputElement>(el: ElzStakeholderCircle, role: string, name: string) =>
  getByRole<T>(form(el), role, { name });
/** Chooses an option of a field of the form by the text the user reads. */
function select(el: ElzStakeholderCircle, name: string, option: string) {
  const list = field<HTMLSelectElement>(el, 'combobox', name);
  const chosen = getByRole<HTMLOptionElement>(list, 'option', { name: option });
  list.value = chosen.value;
  list.dispatchEvent(new Event('change'));
}

/** Opens the edit form of a stakeholder from its button in the list. */
async function openEditor(el: ElzStakeholderCircle, name: string) {
  getByRole(el, 'button', { name: `Wijzigen: ${name}` }).click();
  await el.updateComplete;
}

/** "Wat valt op?": the gaps the circle shows. */
const hints = (el: ElzStakeholderCircle) => getByRole(el, 'region', { name: 'Wat valt op?' });

/** Opens the form for a new stakeholder. */
async function openNew(el: ElzStakeholderCircle) {
  getByRole(el, 'button', { name: 'Betrokkene toevoegen' }).click();
  await el.updateComplete;
}

describe('<elz-stakeholder-circle>', () => {
  beforeEach(async () => {
    clearStorage();
    await setPageLang('nl');
  });
  afterEach(clearStorage);

  describe('accessibility', () => {
    it('passes axe filled, dense, and with the form open', async () => {
      const el = await make();
      await expect(el).to.be.accessible();
      el.value = { schema: 'elz-stakeholder-circle/2', stakeholders: many(40) };
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await openNew(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('picture', () => {
    it('draws every stakeholder in its cell, and a count for a dense cell', async () => {
      const el = await make();
      expect(getAllByRole(picture(el), 'button').map((b) => accessibleName(b).split(':')[0])).to.deep.equal([
        'Mevrouw Claeys',
        'Mantelzorgvereniging',
        'Huisartsen',
      ]);
      el.value = { schema: 'elz-stakeholder-circle/2', stakeholders: [...many(30), sample().stakeholders[2]] };
      await el.updateComplete;
      const sums = getAllByRole(picture(el), 'img');
      expect(sums).to.have.length(1);
      expect(sums[0].textContent!.trim()).to.equal('30');
      expect(accessibleName(sums[0])).to.contain('30 betrokkenen (Buur 0, Buur 1');
      expect(getAllByRole(picture(el), 'button')).to.have.length(1);
      expect(dot(el, 'Huisartsen')).to.exist;
    });

    it("says in its caption which ring is which, with a bordered swatch in the ring's own colour", async () => {
      const el = await make();
      const keys = $$<HTMLElement>(el, 'figcaption .key');
      // The words beside each mark (the count's mark has an "n" of its own).
      const words = (k: Element) => k.textContent!.replace(k.querySelector('svg')!.textContent!, '').trim();
      expect(keys.map(words)).to.deep.equal([
        'Burger en persoon met een zorg- en ondersteuningsnood',
        'Informeel netwerk',
        'Formeel netwerk',
        'Betrokken',
        'Nog te contacteren',
        'Nog niet betrokken',
        'Moeilijk bereikbaar',
        'Meerdere: zie de lijst',
      ]);
      const fills = (['person', 'informal', 'formal'] as const).map((ring, i) => {
        const swatch = keys[i].querySelector('svg rect')!;
        const circle = $$(el, 'figure > svg > circle').find((c) => c.getAttribute('r') === String(RADII[ring][1]))!;
        expect(swatch.getAttribute('fill'), ring).to.equal(circle.getAttribute('fill'));
        // An SVG mark with a border: forced colours recolour neither it nor the picture.
        expect(swatch.getAttribute('stroke'), ring).to.match(/^#/);
        return swatch.getAttribute('fill');
      });
      expect(new Set(fills).size).to.equal(3);
      expect(keys.every((k) => k.querySelector('svg')!.getAttribute('aria-hidden') === 'true')).to.be.true;
    });

    for (const [lang, font] of [
      ['nl', 'serif'],
      ['fr', 'sans-serif'],
    ]) {
      it(`draws no sector name over a stakeholder, and every name inside the picture (${lang}, ${font})`, async () => {
        await setPageLang(lang);
        const el = await make({ theme: 'Valpreventie in Sint-Kruis', stakeholders: fallPreventionStakeholders() });
        el.style.fontFamily = font;
        type Box = { x: number; y: number; width: number; height: number };
        const box = (e: Element): Box => (e as SVGGraphicsElement).getBBox();
        const meets = (a: Box, b: Box) =>
          a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        const names = $$(el, 'figure > svg > text:has(tspan)');
        expect(names).to.have.length(5);
        const taken = [...$$(el, 'svg .node'), ...$$(el, 'svg g[aria-hidden] > text')];
        expect(taken).to.have.length(2 * fallPreventionStakeholders().length);
        for (const name of names) {
          const b = box(name);
          const what = name.textContent!.trim();
          for (const t of taken) expect(meets(b, box(t)), `"${what}" and "${t.textContent!.trim()}"`).to.be.false;
          expect(b.x, what).to.be.at.least(VIEW.x);
          expect(b.x + b.width, what).to.be.at.most(VIEW.x + VIEW.width);
          expect(b.y, what).to.be.at.least(VIEW.y);
          expect(b.y + b.height, what).to.be.at.most(VIEW.y + VIEW.height);
        }
      });
    }

    it('has one tab stop, and the arrow keys go from person to person', async () => {
      const el = await make();
      tabStop(el).focus();
      const first = accessibleName(focused(el)!);
      expect(first).to.match(/^Mevrouw Claeys: /);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(is(focused(el), 'button'), describeElement(focused(el))).to.be.true;
      expect(accessibleName(focused(el)!)).to.not.equal(first);
      expect(tabStop(el)).to.equal(focused(el));
    });

    it('moves a stakeholder with the keyboard: Enter, arrows, Enter', async () => {
      const el = await make();
      tabStop(el).focus(); // Mevrouw Claeys, person ring, care
      const before = accessibleName(focused(el)!);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(is(focused(el), 'button', { name: before, pressed: true }), describeElement(focused(el))).to.be.true;
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(byName(el, 'Mevrouw Claeys')).to.include({ ring: 'informal', sector: 'welfare' });
      // The focus stays on her; her name now says where she is.
      expect(focused(el)).to.equal(dot(el, 'Mevrouw Claeys'));
      expect(is(focused(el), 'button', { pressed: false })).to.be.true;
      expect(accessibleName(focused(el)!)).to.not.equal(before);
    });

    it('Escape puts a picked-up stakeholder back where it was', async () => {
      const el = await make();
      tabStop(el).focus();
      const before = accessibleName(focused(el)!);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(byName(el, 'Mevrouw Claeys').ring).to.equal('informal');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(byName(el, 'Mevrouw Claeys')).to.include({ ring: 'person', sector: 'care' });
      expect(is(focused(el), 'button', { name: before, pressed: false }), describeElement(focused(el))).to.be.true;
    });

    it('moves a stakeholder by dragging it to another ring and sector', async () => {
      const el = await make();
      const node = dot(el, 'Huisartsen');
      const matrix = $<SVGSVGElement>(el, 'svg').getScreenCTM()!;
      const toClient = (p: { x: number; y: number }) => {
        const c = new DOMPoint(p.x, p.y).matrixTransform(matrix);
        return { clientX: c.x, clientY: c.y };
      };
      const from = node.querySelector('circle')!.getBoundingClientRect();
      const start = { clientX: from.left + from.width / 2, clientY: from.top + from.height / 2 };
      // The middle of the informal ring, in the fourth sector (wwol).
      const target = toClient(polar((RADII.informal[0] + RADII.informal[1]) / 2, 3.5 * ((2 * Math.PI) / 5)));
      node.dispatchEvent(new PointerEvent('pointerdown', { ...start, button: 0, pointerId: 1, bubbles: true }));
      node.dispatchEvent(new PointerEvent('pointermove', { ...target, pointerId: 1, bubbles: true }));
      node.dispatchEvent(new PointerEvent('pointerup', { ...target, pointerId: 1, bubbles: true }));
      await el.updateComplete;
      expect(byName(el, 'Huisartsen')).to.include({ ring: 'informal', sector: 'wwol' });
    });

    it('on a phone a finger on the picture scrolls and zooms the page; a tap on a dot opens its form', async () => {
      const el = await make();
      const svg = $<SVGSVGElement>(el, 'svg');
      expect(getComputedStyle(svg).touchAction).to.equal('none'); // wide: dots are dragged with a finger
      el.style.width = '320px';
      await el.updateComplete;
      expect(getComputedStyle(svg).touchAction).to.equal('manipulation');
      const node = dot(el, 'Huisartsen');
      const r = node.querySelector('circle')!.getBoundingClientRect();
      const at = { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, pointerId: 2, pointerType: 'touch' };
      const far = { ...at, clientX: at.clientX - 60, clientY: at.clientY + 60 };
      node.dispatchEvent(new PointerEvent('pointerdown', { ...at, button: 0, bubbles: true }));
      node.dispatchEvent(new PointerEvent('pointermove', { ...far, bubbles: true }));
      expect(node.hasAttribute('transform')).to.be.false; // the page scrolls; the dot stays
      node.dispatchEvent(new PointerEvent('pointerup', { ...far, bubbles: true }));
      await el.updateComplete;
      expect(byName(el, 'Huisartsen')).to.include({ ring: 'formal', sector: 'care' });
      expect(accessibleName(form(el))).to.equal('Betrokkene wijzigen');
      expect(field(el, 'textbox', 'Naam').value).to.equal('Huisartsen');
      el.style.width = '';
      el.readonly = true;
      await el.updateComplete;
      expect(getComputedStyle(svg).touchAction).to.equal('manipulation'); // nothing to drag
    });

    it('with a mouse shows the keyboard help, not the tap help; readonly has no tap help', async () => {
      const el = await make();
      expect(matchMedia('(pointer: coarse)').matches).to.be.false;
      expect(getComputedStyle($(el, '.touch-help')).display).to.equal('none');
      expect($(el, '#picture-help').getBoundingClientRect().height).to.be.above(10);
      expect($(el, '.touch-help').textContent).to.contain('Tik op een betrokkene');
      el.readonly = true;
      await el.updateComplete;
      expect($$(el, '.touch-help')).to.have.length(0);
    });

    it('on a phone the legend starts at one edge; on a wide screen it is centred under the picture', async () => {
      const el = await make();
      const rows = $$<HTMLElement>(el, 'figcaption .keys');
      expect(rows.map((r) => getComputedStyle(r).justifyContent)).to.deep.equal(['center', 'center']);
      el.style.width = '320px';
      await el.updateComplete;
      expect(rows.map((r) => getComputedStyle(r).justifyContent)).to.deep.equal(['flex-start', 'flex-start']);
      const starts = rows.map((r) => Math.round(r.firstElementChild!.getBoundingClientRect().left));
      expect(starts[0]).to.equal(starts[1]);
      el.style.width = '';
    });

    it('a drag the browser takes over (a scroll, a zoom) moves nothing', async () => {
      const el = await make();
      const node = dot(el, 'Huisartsen');
      const r = node.querySelector('circle')!.getBoundingClientRect();
      const at = { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, pointerId: 3 };
      node.dispatchEvent(new PointerEvent('pointerdown', { ...at, button: 0, bubbles: true }));
      node.dispatchEvent(new PointerEvent('pointermove', { ...at, clientX: at.clientX + 80, bubbles: true }));
      expect(node.hasAttribute('transform')).to.be.true;
      node.dispatchEvent(new PointerEvent('pointercancel', { ...at, bubbles: true }));
      expect(node.hasAttribute('transform')).to.be.false;
      node.dispatchEvent(new PointerEvent('pointerup', { ...at, clientX: at.clientX + 80, bubbles: true }));
      await el.updateComplete;
      expect(byName(el, 'Huisartsen')).to.include({ ring: 'formal', sector: 'care' });
      expect(queryByRole(el, 'form')).to.be.null;
    });
  });

  describe('the form: adding, and moving without dragging', () => {
    it('adds a stakeholder with the keyboard, and refuses an empty name', async () => {
      const el = await make();
      await openNew(el);
      expect(accessibleName(form(el))).to.equal('Nieuwe betrokkene');
      field(el, 'textbox', 'Naam').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(textOf(el)).to.contain('Vul eerst een naam in.');
      await sendKeys({ type: 'Wijkagent' });
      const ev = oneEvent(el, 'elz-change');
      await sendKeys({ press: 'Enter' });
      await ev;
      expect(byName(el, 'Wijkagent')).to.include({ ring: 'person', sector: 'care', involvement: 'involved' });
    });

    it('moves a stakeholder to another ring and sector through the form', async () => {
      const el = await make();
      await openEditor(el, 'Mantelzorgvereniging');
      expect(field(el, 'textbox', 'Naam').value).to.equal('Mantelzorgvereniging');
      select(el, 'Ring', 'Formeel netwerk');
      select(el, 'Sector', 'Lokaal bestuur');
      await el.updateComplete;
      getByRole(form(el), 'button', { name: 'Bewaren' }).click();
      await el.updateComplete;
      expect(byName(el, 'Mantelzorgvereniging')).to.include({
        ring: 'formal',
        sector: 'local-government',
        note: 'Via OKRA',
      });
    });

    it('marks an expert by experience with a real checkbox, toggled with Space, in every ring', async () => {
      const el = await make();
      await openEditor(el, 'Huisartsen');
      const box = field(el, 'checkbox', 'Ervaringsdeskundige');
      expect(box.type).to.equal('checkbox');
      expect(box.checked).to.be.false;
      box.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(box.checked).to.be.true;
      const ev = oneEvent(el, 'elz-change');
      getByRole(form(el), 'button', { name: 'Bewaren' }).click();
      expect((await ev).detail.stakeholders.find((s: { id: string }) => s.id === 'c').expert).to.be.true;
      expect(byName(el, 'Huisartsen')).to.include({ ring: 'formal', expert: true, hardToReach: false });
      // The list says so, as it says "hard to reach"; so does the dot's accessible name.
      const list = getByRole(el, 'region', { name: 'Alle betrokkenen' });
      const item = getAllByRole(list, 'listitem').find((li) => textOf(li).includes('Huisartsen'))!;
      expect(textOf(item)).to.contain('· ervaringsdeskundige');
      expect(accessibleName(dot(el, 'Huisartsen'))).to.contain('Ervaringsdeskundige.');
      // A new stakeholder starts unmarked.
      await openNew(el);
      expect(field(el, 'checkbox', 'Ervaringsdeskundige').checked).to.be.false;
      expect(field(el, 'checkbox', 'Moeilijk bereikbare groep').checked).to.be.false;
    });

    it('after "Toevoegen" the focus is back in the name field and a status says who was added; closing returns it to "add"', async () => {
      const el = await make({ stakeholders: [] });
      await openNew(el);
      const name = field(el, 'textbox', 'Naam');
      name.value = 'Buurtwerk';
      name.dispatchEvent(new Event('input'));
      await el.updateComplete;
      const add = getByRole(form(el), 'button', { name: 'Toevoegen' });
      add.focus();
      add.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(focused(el), describeElement(focused(el))).to.equal(field(el, 'textbox', 'Naam'));
      expect(field(el, 'textbox', 'Naam').value).to.equal('');
      await new Promise((r) => setTimeout(r, 100));
      expect(textOf(getByRole(el, 'status'))).to.contain('"Buurtwerk" is toegevoegd.');
      // Closing the form, or saving or removing an existing person, keeps the focus in the element.
      const addButton = () => getByRole(el, 'button', { name: 'Betrokkene toevoegen' });
      const close = getByRole(form(el), 'button', { name: 'Sluiten' });
      close.focus();
      close.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(focused(el), describeElement(focused(el))).to.equal(addButton());
      await openEditor(el, 'Buurtwerk');
      const remove = getByRole(form(el), 'button', { name: 'Verwijderen' });
      remove.focus();
      remove.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.value.stakeholders).to.deep.equal([]);
      expect(focused(el), describeElement(focused(el))).to.equal(addButton());
    });

    it('refuses the 1,001st stakeholder with a message', async () => {
      const el = await make({ stakeholders: many(1000).map((s, i) => ({ ...s, id: `z${i}` })) });
      await openNew(el);
      const name = field(el, 'textbox', 'Naam');
      name.value = 'Nog iemand';
      name.dispatchEvent(new Event('input'));
      await el.updateComplete;
      getByRole(form(el), 'button', { name: 'Toevoegen' }).click();
      await el.updateComplete;
      expect(textOf(el)).to.contain('niet meer dan 1000 betrokkenen');
      expect(el.value.stakeholders).to.have.length(1000);
    });
  });

  describe('insight', () => {
    it('shows the gaps and the counts per ring and sector', async () => {
      const empty = await make({ stakeholders: [] });
      // Empty: where to start, not every gap at once, and no table of zeros.
      expect(textOf(hints(empty)).trim()).to.equal(
        'Wat valt op? Begin met de mensen om wie het gaat: burgers en personen met een zorg- en ondersteuningsnood, en ervaringsdeskundigen.',
      );
      expect(queryByRole(empty, 'table')).to.be.null;
      await expect(empty).to.be.accessible();
      const el = await make();
      const text = textOf(el);
      expect(text).to.contain('Moeilijk bereikbare groepen zijn nog niet betrokken: Mantelzorgvereniging.');
      expect(text).to.contain('Professionals staan hoger op de participatieladder');
      const table = getByRole(getByRole(el, 'region', { name: 'Aantal per ring en sector' }), 'table');
      expect(accessibleName(table)).to.equal('Aantal per ring en sector');
      const rows = getAllByRole(table, 'row').map((r) => [...r.children].map((c) => textOf(c).trim()));
      expect(rows).to.deep.equal([
        [
          '',
          'Zorg en gezondheid',
          'Welzijn',
          'Lokaal bestuur',
          'Wonen, werken, onderwijs en leven',
          'Tweede lijn',
          'Totaal',
        ],
        ['Burger en persoon met een zorg- en ondersteuningsnood', '1', '0', '0', '0', '0', '1'],
        ['Informeel netwerk', '0', '1', '0', '0', '0', '1'],
        ['Formeel netwerk', '1', '0', '0', '0', '0', '1'],
      ]);
    });

    it('says when no expert by experience is involved, and no longer when one is', async () => {
      const noPerson = 'Er is nog geen burger of persoon met een zorg- en ondersteuningsnood betrokken.';
      const noExpert = 'Er is nog geen ervaringsdeskundige betrokken. Zij weten uit eigen ervaring wat werkt.';
      const el = await make();
      expect(textOf(hints(el))).to.not.contain(noExpert);
      const planned = sample();
      planned.stakeholders[0] = { ...planned.stakeholders[0], involvement: 'planned' };
      el.value = planned;
      await el.updateComplete;
      // Planned is not involved: neither a person nor an expert by experience is at the table yet.
      const said = getAllByRole(hints(el), 'listitem').map((li) => textOf(li).trim());
      expect(said.slice(0, 2)).to.deep.equal([noPerson, noExpert]);
      el.value = sample();
      await el.updateComplete;
      expect(textOf(hints(el))).to.not.contain(noExpert);
      const formalOnly = await make({ stakeholders: [{ ...sample().stakeholders[2], ring: 'formal', expert: false }] });
      const order = getAllByRole(hints(formalOnly), 'listitem').map((li) => textOf(li).trim());
      expect(order.slice(0, 2)).to.deep.equal([noPerson, noExpert]);
    });

    it('lists large groups only when opened', async () => {
      const el = await make({ stakeholders: many(40) });
      const list = getByRole(el, 'region', { name: 'Alle betrokkenen' });
      const ring = getByRole(list, 'button', { name: 'Burger en persoon met een zorg- en ondersteuningsnood (40)' });
      expect(is(ring, 'button', { expanded: false })).to.be.true;
      expect(queryAllByRole(list, 'listitem')).to.have.length(0);
      const person = ring.parentElement as HTMLDetailsElement;
      expect(person.querySelectorAll('li')).to.have.length(0); // not even built
      ring.click();
      await oneEvent(person, 'toggle');
      await el.updateComplete;
      expect(getAllByRole(list, 'listitem')).to.have.length(40);
      expect(getAllByRole(list, 'button', { name: /^Wijzigen: Buur / })).to.have.length(40);
    });
  });

  describe('downloads', () => {
    it('exports the picture as SVG with user text as text, never markup', async () => {
      const el = await make({
        theme: '<b>thema</b>',
        stakeholders: [{ id: 'x', name: '<script>alert(1)</script>', ring: 'person', sector: 'care' }],
      });
      const svgText = el.pictureSvg();
      expect(svgText).to.contain('&lt;script&gt;');
      const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.be.null;
      expect(doc.querySelector('script, b')).to.be.null;
      expect(doc.querySelectorAll('[tabindex]')).to.have.length(0);
      // A file of its own: no roles, ARIA, classes or template markers; the accessible name as title.
      expect(doc.querySelectorAll('[role], [class], [aria-label], [aria-describedby], [aria-hidden]')).to.have.length(
        0,
      );
      expect(svgText).to.not.contain('<!--');
      expect(doc.documentElement.firstElementChild!.localName).to.equal('title');
      expect(doc.querySelector('title')!.textContent).to.equal('Cirkel van betrokkenen. Thema: <b>thema</b>.');
    });

    for (const [lang, words] of Object.entries({
      nl: [
        'Burger en persoon met een zorg- en ondersteuningsnood',
        'Informeel netwerk',
        'Formeel netwerk',
        'Betrokken',
        'Nog te contacteren',
        'Nog niet betrokken',
        'Moeilijk bereikbaar',
        'Aantal betrokkenen op die plaats',
      ],
      fr: [
        'Habitant et personne ayant un besoin de soins ou de soutien',
        'Réseau informel',
        'Réseau formel',
        'Impliqué',
        'À contacter',
        'Pas encore impliqué',
        'Difficile à atteindre',
        "Nombre d'acteurs à cet endroit",
      ],
    })) {
      it(`exports the picture with a legend of its own, below the circle, in ${lang}`, async () => {
        await setPageLang(lang);
        const el = await make();
        const doc = new DOMParser().parseFromString(el.pictureSvg(), 'image/svg+xml');
        const root = doc.documentElement;
        expect(root.getAttribute('viewBox')).to.equal(`${VIEW.x} ${VIEW.y} ${VIEW.width} ${VIEW.height + 128}`);
        expect([root.getAttribute('width'), root.getAttribute('height')]).to.deep.equal(['800', '816']);
        const keys = [...doc.querySelectorAll('g[transform]')];
        expect(keys.map((k) => k.querySelector(':scope > text:last-child')!.textContent!.trim())).to.deep.equal(words);
        for (const k of keys) {
          const [, y] = k.getAttribute('transform')!.match(/translate\(\S+ (\S+)\)/)!;
          expect(Number(y), k.textContent!).to.be.above(VIEW.y + VIEW.height);
        }
        // The marks beside the words: each ring's swatch in the ring's colour, the dots as in the picture.
        const swatches = [...doc.querySelectorAll('g[transform] > rect')].map((r) => r.getAttribute('fill'));
        const rings = [...doc.querySelectorAll('svg > circle')]
          .slice(0, 3)
          .map((c) => c.getAttribute('fill'))
          .reverse();
        expect(swatches).to.deep.equal(rings);
        // Only in the download: the caption on screen already says it.
        expect($(el, 'figure > svg').textContent).to.not.contain(words[1]);
      });
    }

    it('downloads the picture as a PNG drawn in the page, named after the circle and the date', async () => {
      const el = await make();
      const capture = captureDownloads();
      const requests: string[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => requests.push(e.name)));
      observer.observe({ type: 'resource' });
      try {
        buttonNamed(el, 'Afbeelding downloaden (PNG)')!.click();
        await waitUntil(() => capture.files.length === 1, 'no PNG download', { timeout: 5000 });
        const { name, blob } = capture.files[0];
        expect(name).to.match(/^betrokkenen-\d{4}-\d{2}-\d{2}\.png$/);
        const png = await blob;
        expect(png.type).to.equal('image/png');
        const bytes = new Uint8Array(await png.arrayBuffer());
        expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).to.equal('PNG');
        const image = await createImageBitmap(png);
        expect([image.width, image.height]).to.deep.equal([2 * 800, 2 * 816]);
        // Not blank: the inner ring (100 units right of the centre) is drawn on the white background,
        // and so is the legend below the circle: the inner ring's swatch in the inner ring's colour.
        const canvas = new OffscreenCanvas(image.width, image.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        const pixel = (x: number, y: number) => [...ctx.getImageData((x - VIEW.x) * 2, (y - VIEW.y) * 2, 1, 1).data];
        const ring = pixel(300 + 100, 300);
        expect(ring.slice(0, 3)).to.not.deep.equal([255, 255, 255]);
        expect(pixel(-60, VIEW.y + VIEW.height + 20)).to.deep.equal(ring);
        expect(pixel(-60, VIEW.y + VIEW.height + 80).slice(0, 3)).to.deep.equal([255, 255, 255]);
      } finally {
        capture.restore();
        observer.disconnect();
      }
      // Nothing fetched but the drawing code itself, from the page's own server, on the first click.
      const own = (r: string) =>
        new URL(r).origin === location.origin && /\/stakeholder-circle\/raster\.[jt]s$/.test(new URL(r).pathname);
      expect(requests.filter((r) => !r.startsWith('blob:') && !r.startsWith('data:') && !own(r))).to.deep.equal([]);
    });

    it('says so when the page cannot make a PNG (no canvas to draw on), and downloads nothing', async () => {
      const el = await make();
      const capture = captureDownloads();
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = () => null;
      try {
        getByRole(el, 'button', { name: 'Afbeelding downloaden (PNG)' }).click();
        await waitUntil(() => textOf(el).includes('De afbeelding kon hier niet als PNG gemaakt worden'), 'no notice');
        expect(capture.files).to.deep.equal([]);
      } finally {
        HTMLCanvasElement.prototype.getContext = getContext;
        capture.restore();
      }
    });
  });

  describe('version 1 values', () => {
    const migrated = () => sample().stakeholders.map((s) => ({ ...s, expert: false }));

    it('reads a version 1 value, with nobody an expert, and gives it back as version 2', async () => {
      const el = await fixture<ElzStakeholderCircle>(
        html`<elz-stakeholder-circle storage="none"></elz-stakeholder-circle>`,
      );
      const ev = oneEvent(el, 'elz-change');
      el.value = sampleV1();
      const { detail } = await ev;
      expect(detail.schema).to.equal('elz-stakeholder-circle/2');
      expect(detail.stakeholders).to.deep.equal(migrated());
      expect(el.value.stakeholders).to.deep.equal(migrated());
    });

    it('still refuses a version 1 value that version 1 refused', () => {
      const el = document.createElement('elz-stakeholder-circle') as ElzStakeholderCircle;
      const v = sampleV1();
      expect(() => (el.value = { ...v, stakeholders: [{ ...v.stakeholders[0], ring: 'outer' }] })).to.throw(
        TypeError,
        /stakeholders\[0\]\.ring/,
      );
      expect(() => (el.value = { schema: 'elz-stakeholder-circle/3' })).to.throw(TypeError, /newer version/);
    });

    it('imports a version 1 file', async () => {
      const el = await make({ stakeholders: [] });
      const ev = oneEvent(el, 'elz-change');
      openFile(el, JSON.stringify(sampleV1()));
      expect((await ev).detail.schema).to.equal('elz-stakeholder-circle/2');
      expect(el.value.stakeholders).to.deep.equal(migrated());
    });

    it('refuses a file with an unknown sector, naming it in the words of the page', async () => {
      const el = await make();
      const before = el.value;
      const file = { ...sample(), stakeholders: [{ ...sample().stakeholders[0], sector: 'sport' }] };
      try {
        for (const [lang, words] of [
          ['nl', '"sport" is hier geen geldige keuze (bij stakeholders[0].sector)'],
          ['fr', "« sport » n'est pas un choix possible ici (à stakeholders[0].sector)"],
        ]) {
          await setPageLang(lang);
          const ev = oneEvent(el, 'elz-error');
          openFile(el, JSON.stringify(file), { button: lang === 'fr' ? 'Ouvrir un fichier' : 'Bestand openen' });
          expect((await ev).detail.code).to.equal('invalid-import');
          await el.updateComplete;
          expect(textOf(el)).to.contain(words);
          expect(el.value).to.deep.equal(before);
        }
      } finally {
        await setPageLang('nl');
      }
    });

    it('restores a version 1 value stored by an earlier release, and saves it as version 2', async () => {
      localStorage.setItem('elz-stakeholder-circle#old', JSON.stringify(sampleV1()));
      const errors = collectErrorCodes();
      try {
        const el = await fixture<ElzStakeholderCircle>(
          html`<elz-stakeholder-circle id="old"></elz-stakeholder-circle>`,
        );
        expect(errors.codes).to.deep.equal([]);
        expect(el.value.theme).to.equal('Valpreventie in Sint-Kruis');
        expect(el.value.stakeholders).to.deep.equal(migrated());
        expect(Object.keys(localStorage).filter((k) => k.includes('unreadable'))).to.deep.equal([]);
        el.value = { ...el.value, theme: 'Valpreventie' };
        await afterSave();
        const stored = JSON.parse(localStorage.getItem('elz-stakeholder-circle#old')!);
        expect(stored.schema).to.equal('elz-stakeholder-circle/2');
        expect(stored.stakeholders[0].expert).to.be.false;
      } finally {
        errors.stop();
      }
    });
  });

  describe('sectors', () => {
    const custom = [
      { id: 'sport', name: { nl: 'Sport', fr: 'Sport' } },
      { id: 'culture', name: { nl: 'Cultuur', fr: 'Culture' } },
      { id: 'care', name: 'Zorg' },
      { id: 'welfare', name: 'Welzijn' },
    ];

    it('takes a host list by property, and refuses one that leaves a stakeholder out', async () => {
      const el = await make();
      el.sectors = custom;
      await el.updateComplete;
      expect(textOf(el)).to.contain('Cultuur');
      const ev = oneEvent(el, 'elz-error');
      expect(() => (el.sectors = [{ id: 'sport', name: 'Sport' }])).to.throw(
        TypeError,
        /sectors: leaves out "(care|welfare)", which the work still uses/,
      );
      const { detail } = await ev;
      expect(detail.code).to.equal('invalid-value');
      // The user is told which sector is still in use, not that a choice is invalid.
      expect(detail.message).to.match(/"(care|welfare)" ontbreekt, maar is nog in gebruik \(bij sectors\)/);
      expect(el.sectors).to.have.length(4);
    });

    it('takes a host list from an inline JSON script', async () => {
      const el = await fixture<ElzStakeholderCircle>(
        html`<elz-stakeholder-circle storage="none">
          <script type="application/json">
            ${JSON.stringify(custom)}
          </script>
        </elz-stakeholder-circle>`,
      );
      await openNew(el);
      expect(getAllByRole(field(el, 'combobox', 'Sector'), 'option').map(accessibleName)).to.deep.equal([
        'Sport',
        'Cultuur',
        'Zorg',
        'Welzijn',
      ]);
    });
  });

  describe('readonly', () => {
    it('shows the circle, the gaps and the list, without ways to edit', async () => {
      const el = await fixture<ElzStakeholderCircle>(
        html`<elz-stakeholder-circle readonly storage="none"></elz-stakeholder-circle>`,
      );
      el.value = sample();
      await el.updateComplete;
      expect($$(el, '#theme, .editor, .add-open, .list button.link')).to.have.length(0);
      for (const role of ['textbox', 'combobox', 'checkbox', 'form'])
        expect(queryAllByRole(el, role), role).to.have.length(0);
      expect(queryAllByRole(el, 'button', { name: /^(Wijzigen|Betrokkene toevoegen)/ })).to.have.length(0);
      expect(getAllByRole(picture(el), 'button')).to.have.length(3); // each still focusable and named
      expect(textOf(el)).to.contain('Mevrouw Claeys');
    });
  });

  describe('locale', () => {
    const cases = {
      nl: 'Informeel netwerk',
      fr: 'Réseau informel',
      en: 'Informal network',
      de: 'Informelles Netzwerk',
    };
    for (const [lang, word] of Object.entries(cases)) {
      it(`speaks ${lang}`, async () => {
        await setPageLang(lang);
        const el = await make();
        expect(textOf(el)).to.contain(word);
        await expect(el).to.be.accessible();
      });
    }
  });
});
