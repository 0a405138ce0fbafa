import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RingId } from '../src/content/circle.js';
import '../src/stakeholder-circle/define.js';
import { polar, RADII } from '../src/stakeholder-circle/layout.js';
import { MoveController, type Place } from '../src/stakeholder-circle/move-controller.js';
import type { ElzStakeholderCircle } from '../src/stakeholder-circle/stakeholder-circle.js';
import { getByRole } from './by-role.js';
import { clearStorage, setPageLang } from './helpers.js';

const SECTORS = ['care', 'welfare', 'local-government', 'wwol', 'second-line'];

/** A host with a small circle of its own, recording what the controller asks of it. */
function setUp({ editable = true } = {}) {
  const where = new Map<string, Place>([
    ['a', { ring: 'person', sector: 'care' }],
    ['b', { ring: 'formal', sector: 'second-line' }],
  ]);
  const log = { moved: [] as string[], opened: [] as string[], said: [] as string[], updates: 0 };
  const host: ReactiveControllerHost = {
    addController: (_c: ReactiveController) => {},
    removeController: () => {},
    requestUpdate: () => void log.updates++,
    updateComplete: Promise.resolve(true),
  };
  const moves = new MoveController(host, {
    editable: () => editable,
    placeOf: (id) => where.get(id),
    sectorIds: () => SECTORS,
    moveTo: (id, to) => {
      log.moved.push(`${id} ${to.ring} ${to.sector}`);
      where.set(id, { ...to });
    },
    open: (id) => log.opened.push(id),
    announce: (text) => log.said.push(text),
  });
  return { moves, where, log };
}

/** A key press as the picture receives it; `prevented` says whether the page's default was stopped. */
function press(moves: MoveController, key: string, keys = ['a', 'b', 'sum:formal:care']) {
  const e = new KeyboardEvent('keydown', { key, cancelable: true });
  moves.handleKeydown(e, keys);
  return { prevented: e.defaultPrevented };
}

describe('MoveController', () => {
  beforeEach(async () => {
    clearStorage();
    await setPageLang('nl');
  });

  describe('the tab stop', () => {
    it('is on the first item until another one is focused, and back on the first when that one is gone', () => {
      const { moves } = setUp();
      expect(moves.tabStop(['a', 'b'])).to.equal('a');
      moves.handleFocus('b');
      expect(moves.tabStop(['a', 'b'])).to.equal('b');
      expect(moves.tabStop(['a'])).to.equal('a');
      expect(moves.tabStop([])).to.be.undefined;
    });

    it('goes from item to item with the arrow keys, round the end, and to the ends with Home and End', () => {
      const { moves, log } = setUp();
      const keys = ['a', 'b', 'sum:formal:care'];
      const stops = ['ArrowRight', 'ArrowDown', 'ArrowRight', 'ArrowLeft', 'ArrowUp', 'End', 'Home'].map((key) => {
        expect(press(moves, key, keys).prevented, key).to.be.true;
        return moves.tabStop(keys);
      });
      expect(stops).to.deep.equal(['b', 'sum:formal:care', 'a', 'sum:formal:care', 'b', 'sum:formal:care', 'a']);
      expect(log.updates).to.be.above(0);
      expect(log.moved).to.deep.equal([]);
    });

    it('after a key, asks for a render and focuses the tab stop in it; not in later renders', async () => {
      const { moves, log } = setUp();
      const svg = await fixture<SVGSVGElement>(
        html`<svg>
            <g tabindex="-1"></g>
            <g tabindex="0"></g></svg
          ><button type="button">Elders</button>`,
      );
      svg.addEventListener('keydown', (e) => moves.handleKeydown(e, ['a']));
      const elsewhere = svg.parentElement!.querySelector('button')!;
      moves.handleFocus('a');
      const before = log.updates;
      svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft' })); // one item: the tab stop stays
      expect(log.updates).to.be.above(before);
      elsewhere.focus();
      moves.hostUpdated();
      expect(document.activeElement === svg.querySelector('[tabindex="0"]')).to.be.true;
      elsewhere.focus();
      moves.hostUpdated();
      expect(document.activeElement === elsewhere).to.be.true;
    });

    it('leaves other keys to the page', () => {
      const { moves } = setUp();
      for (const key of ['Tab', 'a', 'PageDown']) expect(press(moves, key).prevented, key).to.be.false;
    });
  });

  describe('picking up, moving and putting down with the keyboard', () => {
    it('picks up a stakeholder with Enter or Space, and says so; not the count of a cell, nor when readonly', () => {
      const { moves, log } = setUp();
      moves.handleFocus('sum:formal:care');
      expect(press(moves, 'Enter').prevented).to.be.false;
      expect(moves.pickedUp).to.be.null;
      moves.handleFocus('a');
      expect(press(moves, ' ').prevented).to.be.true;
      expect(moves.pickedUp).to.equal('a');
      expect(log.said).to.deep.equal(['Vastgepakt. Verplaats met de pijltjes, zet neer met Enter.']);
      const readonly = setUp({ editable: false });
      expect(press(readonly.moves, 'Enter').prevented).to.be.false;
      expect(readonly.moves.pickedUp).to.be.null;
    });

    it('moves out and in a ring with down and up (not past the edges), round the sectors with right and left', () => {
      const { moves, log } = setUp();
      press(moves, 'Enter'); // a: person, care
      for (const key of ['ArrowUp', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'ArrowRight'])
        expect(press(moves, key).prevented, key).to.be.true;
      expect(log.moved).to.deep.equal([
        'a person care', // already the inner ring: the host is asked, and nothing changes there
        'a informal care',
        'a formal care',
        'a formal care',
        'a formal second-line',
        'a formal care',
        'a formal welfare',
      ]);
      expect(moves.pickedUp).to.equal('a');
      expect(moves.tabStop(['a', 'b'])).to.equal('a'); // the arrows move the stakeholder, not the focus
    });

    it('puts it down with Enter; Escape puts it back where it was picked up', () => {
      const { moves, where, log } = setUp();
      press(moves, 'Enter');
      press(moves, 'ArrowDown');
      press(moves, 'Enter');
      expect(moves.pickedUp).to.be.null;
      expect(where.get('a')).to.deep.equal({ ring: 'informal', sector: 'care' });
      expect(log.said.at(-1)).to.equal('Neergezet.');
      press(moves, 'Enter');
      press(moves, 'ArrowDown');
      press(moves, 'ArrowRight');
      expect(press(moves, 'Escape').prevented).to.be.true;
      expect(where.get('a')).to.deep.equal({ ring: 'informal', sector: 'care' });
      expect(moves.pickedUp).to.be.null;
      expect(log.said.at(-1)).to.equal('Neergezet.');
    });

    it('while a stakeholder is picked up, leaves other keys to the page and does not move the focus', () => {
      const { moves, log } = setUp();
      press(moves, 'Enter');
      for (const key of ['Tab', 'Home', 'End', 'x']) expect(press(moves, key).prevented, key).to.be.false;
      expect(moves.tabStop(['a', 'b'])).to.equal('a');
      expect(log.moved).to.deep.equal([]);
    });
  });

  describe('pointer', () => {
    /** The picture's coordinate system on the page, with one stakeholder's mark (`a`) in the person ring. */
    async function picture(touchAction: string) {
      const svg = await fixture<SVGSVGElement>(
        html`<svg viewBox="0 0 600 600" width="600" height="600">
          <g><circle cx="300" cy="190" r="7" /></g>
        </svg>`,
      );
      svg.style.touchAction = touchAction;
      const mark = svg.querySelector('g')!;
      const s = setUp();
      mark.addEventListener('pointerdown', (e) => s.moves.handlePointerdown(e, 'a'));
      // The controller follows the pointer itself, as the picture's template has it listen.
      for (const type of ['pointermove', 'pointerup', 'pointercancel']) svg.addEventListener(type, s.moves);
      const at = (p: { x: number; y: number }) => {
        const c = new DOMPoint(p.x, p.y).matrixTransform(svg.getScreenCTM()!);
        return { clientX: c.x, clientY: c.y };
      };
      const send = (target: Element, type: string, p: { x: number; y: number }, more: PointerEventInit = {}) =>
        target.dispatchEvent(new PointerEvent(type, { ...at(p), button: 0, pointerId: 7, bubbles: true, ...more }));
      return { ...s, svg, mark, send };
    }
    const dot = { x: 300, y: 190 };
    /** The middle of the formal ring in the third sector (local-government). */
    const formalThird = () => polar((RADII.formal[0] + RADII.formal[1]) / 2, 2.5 * ((2 * Math.PI) / 5));

    it('drags a stakeholder to the cell it is dropped on, shifting its mark (an attribute) on the way', async () => {
      const { svg, mark, send, log } = await picture('none');
      send(mark, 'pointerdown', dot);
      send(svg, 'pointermove', formalThird());
      expect(mark.getAttribute('transform')).to.match(/^translate\(/);
      send(svg, 'pointerup', formalThird());
      expect(mark.hasAttribute('transform')).to.be.false;
      expect(log.moved).to.deep.equal(['a formal local-government']);
      expect(log.opened).to.deep.equal([]);
    });

    it('a click, or a shift of less than 4 units, opens the form; a drop outside the rings moves nothing', async () => {
      const { svg, mark, send, log } = await picture('none');
      send(mark, 'pointerdown', dot);
      send(svg, 'pointermove', { x: dot.x + 3, y: dot.y });
      expect(mark.hasAttribute('transform')).to.be.false;
      send(svg, 'pointerup', { x: dot.x + 3, y: dot.y });
      expect(log.opened).to.deep.equal(['a']);
      send(mark, 'pointerdown', dot);
      send(svg, 'pointermove', { x: 5, y: 5 });
      send(svg, 'pointerup', { x: 5, y: 5 });
      expect(log.moved).to.deep.equal([]);
      expect(log.opened).to.deep.equal(['a']);
    });

    it('a gesture the browser takes over (a scroll, a zoom) moves nothing and leaves the mark in place', async () => {
      const { svg, mark, send, log } = await picture('none');
      send(mark, 'pointerdown', dot);
      send(svg, 'pointermove', formalThird());
      send(svg, 'pointercancel', formalThird());
      expect(mark.hasAttribute('transform')).to.be.false;
      send(svg, 'pointerup', formalThird());
      expect(log.moved).to.deep.equal([]);
      expect(log.opened).to.deep.equal([]);
    });

    it('a finger on a picture that scrolls the page taps: the mark stays, the form opens', async () => {
      const { svg, mark, send, log } = await picture('manipulation');
      send(mark, 'pointerdown', dot, { pointerType: 'touch' });
      send(svg, 'pointermove', formalThird(), { pointerType: 'touch' });
      expect(mark.hasAttribute('transform')).to.be.false;
      send(svg, 'pointerup', formalThird(), { pointerType: 'touch' });
      expect(log.moved).to.deep.equal([]);
      expect(log.opened).to.deep.equal(['a']);
    });

    it('a finger drags where the picture does not scroll the page', async () => {
      const { svg, mark, send, log } = await picture('none');
      send(mark, 'pointerdown', dot, { pointerType: 'touch' });
      send(svg, 'pointermove', formalThird(), { pointerType: 'touch' });
      send(svg, 'pointerup', formalThird(), { pointerType: 'touch' });
      expect(log.moved).to.deep.equal(['a formal local-government']);
    });

    it('does nothing with another button, nor when the circle cannot be changed', async () => {
      const { svg, mark, send, log } = await picture('none');
      send(mark, 'pointerdown', dot, { button: 2 });
      send(svg, 'pointermove', formalThird());
      send(svg, 'pointerup', formalThird());
      expect(mark.hasAttribute('transform')).to.be.false;
      expect([log.moved, log.opened]).to.deep.equal([[], []]);
      const svg2 = await fixture<SVGSVGElement>(html`<svg viewBox="0 0 600 600" width="600"><g></g></svg>`);
      const readonly = setUp({ editable: false });
      const g = svg2.querySelector('g')!;
      g.addEventListener('pointerdown', (e) => readonly.moves.handlePointerdown(e, 'a'));
      svg2.addEventListener('pointerup', readonly.moves);
      g.dispatchEvent(new PointerEvent('pointerdown', { button: 0, bubbles: true }));
      g.dispatchEvent(new PointerEvent('pointerup', { button: 0, bubbles: true }));
      expect([readonly.log.moved, readonly.log.opened]).to.deep.equal([[], []]);
    });
  });

  describe('in the element', () => {
    const one = {
      schema: 'elz-stakeholder-circle/2',
      stakeholders: [{ id: 'a', name: 'Buurtwerker', ring: 'person' as RingId, sector: 'care' }],
    };

    it('after the arrow keys, typing elsewhere keeps the focus there (the picture does not take it back)', async () => {
      const el = await fixture<ElzStakeholderCircle>(
        html`<elz-stakeholder-circle storage="none"></elz-stakeholder-circle>`,
      );
      el.value = one;
      await el.updateComplete;
      const picture = getByRole(el, 'group', { name: /^Cirkel van betrokkenen\./ });
      getByRole(picture, 'button', { name: /^Buurtwerker: / }).focus();
      // One stakeholder: the arrow keys stay on it, and picked up it cannot go further in.
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      const theme = getByRole(el, 'textbox', { name: 'Thema of actie' });
      theme.focus();
      await sendKeys({ type: 'Valpreventie' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(theme);
      expect(el.value.theme).to.equal('Valpreventie');
    });
  });
});
