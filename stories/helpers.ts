/** What every element's stories share. */
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import type { TemplateResult } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';

/** The element a story rendered, once it has rendered. */
export async function elementIn<T extends HTMLElement & { updateComplete: Promise<unknown> }>(
  canvasElement: HTMLElement,
  tag: string,
): Promise<T> {
  const el = canvasElement.querySelector<T>(tag);
  if (!el) throw new Error(`<${tag}> is not in the story`);
  await el.updateComplete;
  return el;
}

/** A log beside the element. Lines are added as text (never as markup): details hold user text. */
export function eventLog(label: string) {
  const pre = document.createElement('pre');
  pre.className = 'elz-story-log';
  // A log region with a name; focusable so that keyboard users can scroll it.
  pre.setAttribute('role', 'log');
  pre.setAttribute('aria-label', label);
  pre.tabIndex = 0;
  // Long lines wrap, so that a phone-width frame does not scroll sideways (CSSOM, not a style attribute).
  Object.assign(pre.style, { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: '24rem', overflow: 'auto' });
  const write = (line: string) => {
    pre.textContent = `${pre.textContent ? `${pre.textContent}\n` : ''}${line}`;
  };
  return { pre, write };
}

/** The controls every element has. */
export type ElementArgs = {
  readonly: boolean;
  storage: 'local' | 'session' | 'none';
  'storage-key': string;
  lang: '' | 'nl' | 'fr' | 'en' | 'de';
  name: string;
  /** The state; set through the property, never an attribute. */
  value?: unknown;
};

/**
 * Sets the `value` control on the element only when the control changes, so that changing another
 * control does not overwrite what was edited in the element. An invalid value is refused by the
 * element itself (a notice and an `elz-error`); the TypeError it throws is not the story's fault.
 */
const appliedValue = new WeakMap<Element, unknown>();
export const valueFromControl = (value: unknown) =>
  ref((el) => {
    if (!el || value === undefined || appliedValue.get(el) === value) return;
    appliedValue.set(el, value);
    try {
      (el as HTMLElement & { value: unknown }).value = value;
    } catch {
      // Shown by the element.
    }
  });

/** Defaults and controls of the attributes every element has. */
export const elementArgs: ElementArgs = { readonly: false, storage: 'none', 'storage-key': '', lang: '', name: '' };
export const elementArgTypes = {
  storage: { control: 'inline-radio', options: ['local', 'session', 'none'] },
  lang: {
    control: 'select',
    options: ['', 'nl', 'fr', 'en', 'de'],
    description:
      'Locale; else `<html lang>`, else `nl`. One language per page: changing it switches every elz element.',
  },
  'storage-key': { control: 'text' },
  name: { control: 'text' },
  readonly: { control: 'boolean' },
  value: { control: 'object' },
} as const;

/** The Playground render of an element: every attribute from the controls, `value` as a property. */
export const renderWithControls = (tag: string) => {
  const name = unsafeStatic(tag);
  // A static tag from lit/static-html, which these two rules read as a binding in a tag name.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  return (args: ElementArgs) => html`
    <${name}
      storage=${args.storage}
      storage-key=${ifDefined(args['storage-key'] || undefined)}
      lang=${ifDefined(args.lang || undefined)}
      name=${ifDefined(args.name || undefined)}
      ?readonly=${args.readonly}
      ${valueFromControl(args.value)}
    ></${name}>
  `;
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
};

/**
 * A story in one language. One language per page: a locale story on the docs page would switch
 * every other story there, so these stay off it.
 */
const LANGUAGE_NAMES = {
  nl: 'Nederlands (nl)',
  fr: 'Français (fr)',
  en: 'English (en)',
  de: 'Deutsch (de)',
} as const;

/**
 * A story that shows the element in one language, named after it: Dutch is the source language,
 * French is for Brussels and Wallonia, German for the German-speaking Community.
 */
export const inLocale = (locale: keyof typeof LANGUAGE_NAMES, render: () => TemplateResult) => ({
  tags: ['!autodocs'],
  globals: { locale },
  name: LANGUAGE_NAMES[locale],
  render,
});
