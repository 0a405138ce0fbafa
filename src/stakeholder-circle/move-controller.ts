/**
 * Moving in the circle's picture, and moving stakeholders in it (WCAG 2.5.7: every drag has a
 * keyboard and a click alternative):
 *
 * - the picture is one tab stop; the arrow keys, Home and End carry it from item to item
 *   (a roving tabindex over stakeholders and the counts of dense cells);
 * - Enter or Space picks a stakeholder up, the arrow keys move it (up and down: ring; left and
 *   right: sector), Enter or Space puts it down, Escape puts it back where it was;
 * - a mouse or pen drags it to another cell; a click without a drag opens its form;
 * - on a touch screen where the picture lets the page scroll and zoom (its CSS says so), a finger
 *   must not trap the page: a tap opens the form, where ring and sector can be changed.
 *
 * The element keeps the value: the controller asks it where a stakeholder is and tells it where
 * one goes.
 */
import { msg } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RINGS, type RingId } from '../content/circle.js';
import { cellAt, type Point } from './layout.js';

/** A cell of the circle: a ring and a sector. */
export interface Place {
  ring: RingId;
  sector: string;
}

/** What the controller needs from the element that holds it. */
export interface MoveOptions {
  /** The user may change the circle now. */
  editable(): boolean;
  /** Where a stakeholder is now; undefined when no stakeholder has that id. */
  placeOf(id: string): Place | undefined;
  /** The sectors in force, clockwise from the top. */
  sectorIds(): readonly string[];
  /** Moves a stakeholder to another cell (nothing happens when it is there already). */
  moveTo(id: string, to: Place): void;
  /** A click or tap without a drag: opens the stakeholder's form. */
  open(id: string): void;
  /** Says something to screen reader users. */
  announce(text: string): void;
}

/** A pointer pressed on a stakeholder, until it is lifted or the browser takes the gesture. */
interface Drag {
  id: string;
  /** The stakeholder's mark, shifted while dragged. */
  mark: SVGGElement;
  start: Point;
  moved: boolean;
  /** A finger on a picture that scrolls the page: a tap, never a drag. */
  tapOnly: boolean;
}

/** A pointer that moves less than this (in picture units) is a click, not a drag. */
const DRAG_THRESHOLD = 4;

export class MoveController implements ReactiveController {
  /** The item that holds the tab stop: a stakeholder id or a key of the element's choosing. */
  private focusKey: string | null = null;
  /** The stakeholder picked up with the keyboard, and where it came from (for Escape). */
  private lifted: { id: string; from: Place } | null = null;
  private drag: Drag | null = null;
  /** The picture whose items were drawn anew: its tab stop gets the focus again after the next render. */
  private refocus: Element | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: MoveOptions,
  ) {
    host.addController(this);
  }

  /** The stakeholder picked up with the keyboard, or null. */
  get pickedUp(): string | null {
    return this.lifted?.id ?? null;
  }

  /** Which of the picture's items (`keys`, in reading order) holds the tab stop: the last focused one, else the first. */
  tabStop(keys: readonly string[]): string | undefined {
    return keys.includes(this.focusKey!) ? this.focusKey! : keys[0];
  }

  /** An item got the focus (by Tab, a click, or the arrow keys): it holds the tab stop now. */
  handleFocus(key: string): void {
    if (key === this.focusKey) return;
    this.focusKey = key;
    this.host.requestUpdate();
  }

  /** A key pressed in the picture (its `<svg>` listens), whose items are `keys` in reading order. */
  handleKeydown(e: KeyboardEvent, keys: readonly string[]): void {
    if (this.lifted) return this.moveWithKey(e, this.lifted);
    const current = this.tabStop(keys)!;
    const i = Math.max(0, keys.indexOf(current));
    const goTo = (j: number) => {
      e.preventDefault();
      this.handleFocus(keys[(j + keys.length) % keys.length]);
      this.focusAgain(e);
    };
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') return goTo(i + 1);
    if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') return goTo(i - 1);
    if (e.key === 'Home') return goTo(0);
    if (e.key === 'End') return goTo(keys.length - 1);
    // Only a stakeholder can be picked up, not the count of a dense cell.
    const from = (e.key === 'Enter' || e.key === ' ') && this.options.editable() && this.options.placeOf(current);
    if (!from) return;
    e.preventDefault();
    this.lifted = { id: current, from: { ring: from.ring, sector: from.sector } };
    this.host.requestUpdate();
    this.options.announce(msg('Vastgepakt. Verplaats met de pijltjes, zet neer met Enter.', { id: 'circle.picked' }));
  }

  /** A pointer pressed on the stakeholder `id`. */
  handlePointerdown(e: PointerEvent, id: string): void {
    if (!this.options.editable() || e.button !== 0) return;
    const mark = e.currentTarget as SVGGElement;
    const tapOnly = e.pointerType === 'touch' && getComputedStyle(mark.ownerSVGElement!).touchAction !== 'none';
    if (!tapOnly) {
      try {
        mark.setPointerCapture(e.pointerId);
      } catch {
        // A pointer the browser does not know (synthetic events): dragging still works without capture.
      }
    }
    this.drag = { id, mark, start: svgPoint(e, mark), moved: false, tapOnly };
  }

  /**
   * The pointer's way after it was pressed on a stakeholder: the picture listens with the
   * controller itself (`@pointermove=${moves}`, likewise `pointerup` and `pointercancel`).
   * Moving shifts the mark; a drop on a cell moves the stakeholder there; a click opens its form;
   * a gesture the browser took over (a scroll, a zoom) moves nothing.
   */
  handleEvent(e: PointerEvent): void {
    const d = this.drag;
    if (!d) return;
    const p = svgPoint(e, d.mark);
    if (e.type === 'pointermove') {
      if (d.tapOnly || (!d.moved && Math.hypot(p.x - d.start.x, p.y - d.start.y) < DRAG_THRESHOLD)) return;
      d.moved = true;
      // An attribute, not a style: allowed under a strict CSP.
      d.mark.setAttribute('transform', `translate(${p.x - d.start.x} ${p.y - d.start.y})`);
      return;
    }
    this.drag = null;
    d.mark.removeAttribute('transform');
    if (e.type !== 'pointerup') return;
    if (!d.moved) return this.options.open(d.id);
    const cell = cellAt(p, this.options.sectorIds());
    if (cell) this.options.moveTo(d.id, cell);
  }

  hostUpdated(): void {
    this.refocus?.querySelector<SVGElement>('[tabindex="0"]')?.focus();
    this.refocus = null;
  }

  /**
   * The items are drawn anew after a key: the tab stop gets the focus back in the next render. That
   * render is asked for even when nothing changed (an arrow at the edge), or a later one — after a
   * click elsewhere, while typing there — would pull the focus back into the picture.
   */
  private focusAgain(e: KeyboardEvent) {
    this.refocus = e.currentTarget as Element;
    this.host.requestUpdate();
  }

  /** A key while the stakeholder `id` is picked up: only the keys for moving it do something. */
  private moveWithKey(e: KeyboardEvent, { id, from }: { id: string; from: Place }) {
    const { placeOf, sectorIds, moveTo } = this.options;
    const at = placeOf(id);
    if (!at) return;
    const sectors = sectorIds();
    const ring = RINGS.indexOf(at.ring);
    const sector = sectors.indexOf(at.sector);
    const steps: Record<string, () => void> = {
      ArrowUp: () => moveTo(id, { ring: RINGS[Math.max(0, ring - 1)], sector: at.sector }),
      ArrowDown: () => moveTo(id, { ring: RINGS[Math.min(RINGS.length - 1, ring + 1)], sector: at.sector }),
      ArrowRight: () => moveTo(id, { ring: at.ring, sector: sectors[(sector + 1) % sectors.length] }),
      ArrowLeft: () => moveTo(id, { ring: at.ring, sector: sectors[(sector - 1 + sectors.length) % sectors.length] }),
      Enter: () => this.putDown(),
      ' ': () => this.putDown(),
      Escape: () => {
        moveTo(id, from);
        this.putDown();
      },
    };
    const step = steps[e.key];
    if (!step) return;
    e.preventDefault();
    step();
    this.focusAgain(e);
  }

  private putDown() {
    this.lifted = null;
    this.host.requestUpdate();
    this.options.announce(msg('Neergezet.', { id: 'circle.put-down' }));
  }
}

/** A pointer's position in the units of the picture that holds `mark`. */
function svgPoint(e: PointerEvent, mark: SVGElement): Point {
  const matrix = mark.ownerSVGElement?.getScreenCTM();
  if (!matrix) return { x: -1, y: -1 };
  const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(matrix.inverse());
  return { x: p.x, y: p.y };
}
