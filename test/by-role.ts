/**
 * Finds what a user finds: elements by their role and accessible name, as a screen reader
 * announces them, through open shadow roots (nested elements included). A button by its text or
 * aria-label, a radio or checkbox by its label and the question it answers (the legend or label
 * of the group around it), a field by its label, a heading by its level and text, a region by its
 * label. What users cannot perceive (display: none, visibility: hidden, aria-hidden, inert, the
 * inside of a closed <details>) is not found.
 *
 * The names follow the W3C accessible name computation closely enough for our elements
 * (aria-labelledby, aria-label, <label>, <legend>, <caption>, alt, name from content, title), and
 * leave out the invisible marks that set user text apart (U+2066–U+2069). Failures are errors
 * whose message lists what is there, in words: never a live element for the assertion library to
 * print.
 *
 * Self-contained (no imports): the end-to-end suite bundles this file into every page it opens,
 * as `elzRoles`.
 */

/** A whole text (after whitespace is collapsed), a pattern, or a test. */
export type Matcher = string | RegExp | ((text: string) => boolean);

export interface RoleOptions {
  /** The accessible name. */
  name?: Matcher;
  /**
   * The accessible name of the nearest named group around it (a fieldset's legend, the label of
   * a role="group" or role="radiogroup"): for a radio or checkbox, the question it answers.
   */
  group?: Matcher;
  /** A heading's level. */
  level?: number;
  /** Checked (a checkbox or radio, or aria-checked). */
  checked?: boolean;
  /** aria-current: a token such as "step", true for any but "false", false for none. */
  current?: string | boolean;
  /** Expanded (an open <details>' summary, or aria-expanded). */
  expanded?: boolean;
  /** Pressed (aria-pressed="true"), as a toggle button or a picked-up item. */
  pressed?: boolean;
  /** Also find what users cannot perceive now. */
  hidden?: boolean;
}

type Scope = Element | ShadowRoot | Document;

const INPUT_ROLES: Record<string, string | null> = {
  button: 'button',
  submit: 'button',
  reset: 'button',
  image: 'button',
  checkbox: 'checkbox',
  radio: 'radio',
  range: 'slider',
  number: 'spinbutton',
  search: 'searchbox',
  email: 'textbox',
  tel: 'textbox',
  text: 'textbox',
  url: 'textbox',
};

const TAG_ROLES: Record<string, string> = {
  button: 'button',
  textarea: 'textbox',
  option: 'option',
  fieldset: 'group',
  details: 'group',
  optgroup: 'group',
  nav: 'navigation',
  main: 'main',
  aside: 'complementary',
  search: 'search',
  ul: 'list',
  ol: 'list',
  menu: 'list',
  li: 'listitem',
  table: 'table',
  thead: 'rowgroup',
  tbody: 'rowgroup',
  tfoot: 'rowgroup',
  tr: 'row',
  td: 'cell',
  figure: 'figure',
  dialog: 'dialog',
  progress: 'progressbar',
  meter: 'meter',
  hr: 'separator',
  output: 'status',
  dt: 'term',
  dd: 'definition',
  p: 'paragraph',
  article: 'article',
};

/** Roles whose name comes from what they contain when nothing else names them. */
const NAME_FROM_CONTENT = new Set([
  'button',
  'cell',
  'checkbox',
  'columnheader',
  'gridcell',
  'heading',
  'link',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'option',
  'radio',
  'row',
  'rowheader',
  'switch',
  'tab',
  'term',
  'tooltip',
  'treeitem',
]);

const clean = (text: string) =>
  text
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const short = (text: string, max = 70) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** The parent in the flat tree: the slot an element is shown in, or the host of a shadow root. */
function parentOf(node: Node): Element | null {
  const slot = (node as Element).assignedSlot;
  if (slot) return slot;
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent.nodeType === Node.ELEMENT_NODE ? (parent as Element) : null;
}

/** The children in the flat tree: an element's shadow root's, a slot's assigned nodes. */
function childrenOf(node: Node): Node[] {
  const el = node as Element;
  if (el.shadowRoot) return [...el.shadowRoot.childNodes];
  if (el instanceof HTMLSlotElement) {
    const assigned = el.assignedNodes({ flatten: true });
    return assigned.length ? assigned : [...el.childNodes];
  }
  return [...node.childNodes];
}

/** Its role: the explicit one, else the one HTML gives it; null for none (a div, a span). */
export function roleOf(el: Element): string | null {
  const explicit = el.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit) return explicit === 'none' || explicit === 'presentation' ? null : explicit;
  const tag = el.localName;
  switch (tag) {
    case 'input': {
      const input = el as HTMLInputElement;
      const role = INPUT_ROLES[input.type] ?? null;
      return input.hasAttribute('list') && (role === 'textbox' || role === 'searchbox') ? 'combobox' : role;
    }
    case 'select': {
      const select = el as HTMLSelectElement;
      return select.multiple || select.size > 1 ? 'listbox' : 'combobox';
    }
    case 'a':
    case 'area':
      return el.hasAttribute('href') ? 'link' : null;
    case 'summary': {
      const details = el.parentElement;
      return details?.localName === 'details' && details.querySelector(':scope > summary') === el ? 'button' : null;
    }
    case 'section':
      return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') || el.hasAttribute('title')
        ? 'region'
        : null;
    case 'form':
      return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') ? 'form' : null;
    case 'th':
      return el.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader';
    case 'img':
      return el.getAttribute('alt') === '' ? null : 'img';
  }
  if (/^h[1-6]$/.test(tag)) return 'heading';
  return TAG_ROLES[tag] ?? null;
}

/** Whether users cannot perceive it now. */
export function isHidden(el: Element): boolean {
  if (!el.isConnected) return true;
  // The options of a closed list have no box of their own, yet they are there to choose.
  if (el instanceof HTMLOptionElement || el instanceof HTMLOptGroupElement) {
    const list = el.closest('select');
    return el.hidden || !list || isHidden(list);
  }
  for (let n: Element | null = el; n; n = parentOf(n)) {
    if (n.getAttribute('aria-hidden') === 'true' || n.hasAttribute('inert')) return true;
    const parent = parentOf(n);
    // The inside of a closed <details> is not shown; only its summary is.
    if (parent?.localName === 'details' && !(parent as HTMLDetailsElement).open && roleOf(n) !== 'button') return true;
  }
  // An element with display: contents has no box of its own, but what it holds shows.
  return !el.checkVisibility({ visibilityProperty: true }) && getComputedStyle(el).display !== 'contents';
}

function byIds(el: Element, attribute: string): Element[] {
  const ids = el.getAttribute(attribute)?.trim().split(/\s+/) ?? [];
  const root = el.getRootNode() as Document | ShadowRoot;
  return ids.filter(Boolean).flatMap((id) => root.getElementById(id) ?? []);
}

/** The text an element gives to a name it is part of. */
function textFrom(el: Element, visited: Set<Element>, skip: Element | null, all: boolean): string {
  if (el === skip || visited.has(el)) return '';
  if (!all) {
    if (el.getAttribute('aria-hidden') === 'true') return '';
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') return '';
  }
  visited.add(el);
  const role = roleOf(el);
  let text: string;
  const label = el.getAttribute('aria-label');
  if (label?.trim()) text = label;
  else if (role === 'textbox' || role === 'searchbox') text = (el as HTMLInputElement).value;
  else if (el instanceof HTMLSelectElement) text = [...el.selectedOptions].map((o) => o.text).join(' ');
  else if (el instanceof HTMLInputElement) text = '';
  else if (el instanceof HTMLImageElement) text = el.alt;
  else text = contentOf(el, visited, skip, all);
  // A block stands apart from its neighbours; an inline element, or one taken out of the flow (a
  // visually hidden span), reads on with them.
  const { display, position } = getComputedStyle(el);
  const inline = display.startsWith('inline') || display === 'contents' || /absolute|fixed/.test(position);
  return inline ? text : ` ${text} `;
}

function contentOf(el: Element, visited: Set<Element>, skip: Element | null, all: boolean): string {
  return childrenOf(el)
    .map((n) =>
      n.nodeType === Node.TEXT_NODE
        ? (n as Text).data
        : n.nodeType === Node.ELEMENT_NODE
          ? textFrom(n as Element, visited, skip, all)
          : '',
    )
    .join('');
}

/** The name HTML gives it: its label, legend, caption, alt or SVG title. */
function nativeName(el: Element, visited: Set<Element>): string {
  const labels = (el as HTMLInputElement).labels;
  if (labels?.length) return [...labels].map((l) => contentOf(l, visited, el, false)).join(' ');
  const first = (selector: string) => el.querySelector(`:scope > ${selector}`);
  switch (el.localName) {
    case 'input': {
      const input = el as HTMLInputElement;
      if (['button', 'submit', 'reset'].includes(input.type)) return input.value;
      if (input.type === 'image') return input.alt;
      return '';
    }
    case 'fieldset':
      return first('legend') ? contentOf(first('legend')!, visited, null, false) : '';
    case 'figure':
      return first('figcaption') ? contentOf(first('figcaption')!, visited, null, false) : '';
    case 'table':
      return first('caption') ? contentOf(first('caption')!, visited, null, false) : '';
    case 'img':
      return (el as HTMLImageElement).alt;
    case 'optgroup':
      return el.getAttribute('label') ?? '';
  }
  if (el instanceof SVGElement) return first('title')?.textContent ?? '';
  return '';
}

function computeName(el: Element, visited: Set<Element>): string {
  const references = byIds(el, 'aria-labelledby');
  if (references.length) return references.map((r) => contentOfReference(r, visited)).join(' ');
  const label = el.getAttribute('aria-label');
  if (label?.trim()) return label;
  const native = nativeName(el, visited);
  if (clean(native)) return native;
  if (NAME_FROM_CONTENT.has(roleOf(el) ?? '')) {
    const content = contentOf(el, visited, null, false);
    if (clean(content)) return content;
  }
  return el.getAttribute('title') ?? (el as HTMLInputElement).placeholder ?? '';
}

/** A referenced element names with its own aria-label, or its whole content (even when hidden). */
function contentOfReference(el: Element, visited: Set<Element>): string {
  const label = el.getAttribute('aria-label');
  return label?.trim() ? label : contentOf(el, visited, null, true);
}

/** What a screen reader says it is called. */
export function accessibleName(el: Element): string {
  return clean(computeName(el, new Set()));
}

/** What a screen reader reads after the name: its aria-describedby texts. */
export function accessibleDescription(el: Element): string {
  return clean(
    byIds(el, 'aria-describedby')
      .map((r) => contentOfReference(r, new Set()))
      .join(' '),
  );
}

/** The name of the nearest named group around it (for a radio: the question), or ''. */
export function groupName(el: Element): string {
  for (let n = parentOf(el); n; n = parentOf(n)) {
    const role = roleOf(n);
    if (role === 'group' || role === 'radiogroup') {
      const name = accessibleName(n);
      if (name) return name;
    }
  }
  return '';
}

function matches(matcher: Matcher, text: string): boolean {
  if (typeof matcher === 'string') return text === clean(matcher);
  if (matcher instanceof RegExp) {
    matcher.lastIndex = 0;
    return matcher.test(text);
  }
  return matcher(text);
}

/** A heading's level (aria-level, else its tag); undefined for what is no heading. */
export function headingLevel(el: Element): number | undefined {
  const aria = Number(el.getAttribute('aria-level'));
  if (aria) return aria;
  const tag = /^h([1-6])$/.exec(el.localName);
  return tag ? Number(tag[1]) : roleOf(el) === 'heading' ? 2 : undefined;
}

function isChecked(el: Element): boolean {
  return el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')
    ? el.checked
    : el.getAttribute('aria-checked') === 'true';
}

function isExpanded(el: Element): boolean {
  if (el.localName === 'summary' && el.parentElement?.localName === 'details')
    return (el.parentElement as HTMLDetailsElement).open;
  return el.getAttribute('aria-expanded') === 'true';
}

function currentOf(el: Element): string | false {
  const value = el.getAttribute('aria-current');
  return value === null || value === 'false' ? false : value;
}

/** Whether `el` is what the options ask for (its role aside). */
function fits(el: Element, o: RoleOptions): boolean {
  if (o.level !== undefined && headingLevel(el) !== o.level) return false;
  if (o.checked !== undefined && isChecked(el) !== o.checked) return false;
  if (o.expanded !== undefined && isExpanded(el) !== o.expanded) return false;
  if (o.pressed !== undefined && (el.getAttribute('aria-pressed') === 'true') !== o.pressed) return false;
  if (o.current !== undefined) {
    const current = currentOf(el);
    if (typeof o.current === 'string' ? current !== o.current : (current !== false) !== o.current) return false;
  }
  if (o.name !== undefined && !matches(o.name, accessibleName(el))) return false;
  if (o.group !== undefined && !matches(o.group, groupName(el))) return false;
  return true;
}

/** Whether `el` has this role and fits the options: "is the focused element this radio?". */
export function is(el: Element | null | undefined, role: string, options: RoleOptions = {}): boolean {
  return !!el && roleOf(el) === role && (!!options.hidden || !isHidden(el)) && fits(el, options);
}

/** Every element under `scope` (in the flat tree, in document order) with this role, shown or not. */
function withRole(scope: Scope, role: string, hidden: boolean): Element[] {
  const found: Element[] = [];
  const visit = (node: Node) => {
    for (const child of childrenOf(node)) {
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const el = child as Element;
      if (!hidden && (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('inert'))) continue;
      if (roleOf(el) === role) found.push(el);
      if (!hidden && el.localName === 'details' && !(el as HTMLDetailsElement).open) {
        const summary = el.querySelector(':scope > summary');
        if (summary) {
          if (role === 'button') found.push(summary);
          visit(summary);
        }
        continue;
      }
      visit(el);
    }
  };
  visit(scope);
  return hidden ? found : found.filter((el) => !isHidden(el));
}

/** Every element under `scope` with this role that fits the options, in document order. */
export function queryAllByRole<T extends Element = HTMLElement>(
  scope: Scope,
  role: string,
  options: RoleOptions = {},
): T[] {
  return withRole(scope, role, !!options.hidden).filter((el) => fits(el, options)) as T[];
}

/** How an element is announced, for messages: `radio "Informeren …" in "Waar staat de groep nu?"`. */
export function describeElement(el: Element | null | undefined): string {
  if (!el) return 'nothing';
  const group = groupName(el);
  return `${roleOf(el) ?? el.localName} "${short(accessibleName(el))}"${group ? ` in "${short(group, 50)}"` : ''}`;
}

function describeOptions(role: string, o: RoleOptions): string {
  const show = (m: Matcher) => (typeof m === 'string' ? `"${m}"` : String(m));
  const parts = [role];
  if (o.level !== undefined) parts.push(`of level ${o.level}`);
  if (o.name !== undefined) parts.push(`named ${show(o.name)}`);
  if (o.group !== undefined) parts.push(`in the group ${show(o.group)}`);
  for (const key of ['checked', 'current', 'expanded', 'pressed'] as const)
    if (o[key] !== undefined) parts.push(`${key}: ${String(o[key])}`);
  return parts.join(' ');
}

function describeScope(scope: Scope): string {
  if (scope instanceof Document) return 'the page';
  const el = scope instanceof ShadowRoot ? scope.host : scope;
  return `<${el.localName}>`;
}

function problem(scope: Scope, role: string, o: RoleOptions, found: Element[]): Error {
  const what = describeOptions(role, o);
  if (found.length > 1)
    return new Error(`${found.length} of ${what} in ${describeScope(scope)}: ${found.map(describeElement).join(', ')}`);
  const there = withRole(scope, role, !!o.hidden);
  const list = there.length
    ? `what is there: ${there.slice(0, 30).map(describeElement).join(', ')}${there.length > 30 ? ', …' : ''}`
    : `there is no ${role} at all`;
  return new Error(`no ${what} in ${describeScope(scope)}; ${list}`);
}

/** The one element under `scope` with this role that fits the options, or null; more than one throws. */
export function queryByRole<T extends Element = HTMLElement>(
  scope: Scope,
  role: string,
  options: RoleOptions = {},
): T | null {
  const found = queryAllByRole<T>(scope, role, options);
  if (found.length > 1) throw problem(scope, role, options, found);
  return found[0] ?? null;
}

/** The one element under `scope` with this role that fits the options; none or more than one throws. */
export function getByRole<T extends Element = HTMLElement>(scope: Scope, role: string, options: RoleOptions = {}): T {
  const found = queryAllByRole<T>(scope, role, options);
  if (found.length !== 1) throw problem(scope, role, options, found);
  return found[0];
}

/** Every element under `scope` with this role that fits the options; none throws. */
export function getAllByRole<T extends Element = HTMLElement>(
  scope: Scope,
  role: string,
  options: RoleOptions = {},
): T[] {
  const found = queryAllByRole<T>(scope, role, options);
  if (!found.length) throw problem(scope, role, options, found);
  return found;
}
