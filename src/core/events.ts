/**
 * Event names and detail types of the public contract. Every event is a bubbling, composed
 * CustomEvent whose detail is plain JSON.
 *
 * Typed listening, without casts: on an element, `detail` is that element's value
 * (`ladder.addEventListener('elz-change', (e) => e.detail.groups)`, through the event maps below);
 * on `document` or `window`, `detail` is any element's value, and its `schema` tells which.
 */
import type { ToolValue } from '../engagement-tool/value.js';
import type { LadderValue } from '../participation-ladder/value.js';
import type { WizardValue } from '../question-wizard/value.js';
import type { CircleValue } from '../stakeholder-circle/value.js';

/** Stable codes of `elz-error`. Host code may switch on them; never rename one. */
export type ElzErrorCode =
  | 'invalid-value'
  | 'invalid-import'
  | 'invalid-link'
  | 'edit-refused'
  | 'storage-unavailable'
  | 'storage-full'
  | 'storage-unreadable'
  | 'storage-conflict';

export interface ElzErrorDetail {
  code: ElzErrorCode;
  /** A sentence in the page's language, fit to show to the user. */
  message: string;
}

/** The value of any elz element; its `schema` field says which (`"elz-participation-ladder/1"`). */
export type ElzValue = LadderValue | CircleValue | WizardValue | ToolValue;

export type ElzChangeEvent<V = ElzValue> = CustomEvent<V>;
export type ElzCompleteEvent<V = WizardValue | ToolValue> = CustomEvent<V>;
export type ElzErrorEvent = CustomEvent<ElzErrorDetail>;

/** The events of `<elz-participation-ladder>`, with their details. */
export interface ElzParticipationLadderEventMap extends HTMLElementEventMap {
  'elz-change': ElzChangeEvent<LadderValue>;
  'elz-error': ElzErrorEvent;
}

/** The events of `<elz-stakeholder-circle>`, with their details. */
export interface ElzStakeholderCircleEventMap extends HTMLElementEventMap {
  'elz-change': ElzChangeEvent<CircleValue>;
  'elz-error': ElzErrorEvent;
}

/** The events of `<elz-question-wizard>`, with their details. */
export interface ElzQuestionWizardEventMap extends HTMLElementEventMap {
  'elz-change': ElzChangeEvent<WizardValue>;
  'elz-complete': ElzCompleteEvent<WizardValue>;
  'elz-error': ElzErrorEvent;
}

/** The events of `<elz-engagement-tool>`, with their details. */
export interface ElzEngagementToolEventMap extends HTMLElementEventMap {
  'elz-change': ElzChangeEvent<ToolValue>;
  'elz-complete': ElzCompleteEvent<ToolValue>;
  'elz-error': ElzErrorEvent;
}

/**
 * Inside the engagement tool, a part reports the user's edit to the tool with this event (its
 * detail is the part's next value). It does not leave the tool's shadow root.
 * @internal
 */
export type ElzEditEvent<V = unknown> = CustomEvent<V>;

declare global {
  interface GlobalEventHandlersEventMap {
    'elz-change': ElzChangeEvent;
    'elz-complete': ElzCompleteEvent;
    'elz-error': ElzErrorEvent;
    'elz-edit': ElzEditEvent;
  }
}

// Each element's addEventListener and removeEventListener know its own events, as lib.dom's
// HTMLElement knows HTMLElementEventMap. Written out per element: an interface cannot take both
// HTMLElement's overloads and another base's without restating them.
type Options = boolean | AddEventListenerOptions;
type Remove = boolean | EventListenerOptions;

declare module '../participation-ladder/participation-ladder.js' {
  interface ElzParticipationLadder {
    addEventListener<K extends keyof ElzParticipationLadderEventMap>(
      type: K,
      listener: (this: ElzParticipationLadder, ev: ElzParticipationLadderEventMap[K]) => unknown,
      options?: Options,
    ): void;
    addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: Options): void;
    removeEventListener<K extends keyof ElzParticipationLadderEventMap>(
      type: K,
      listener: (this: ElzParticipationLadder, ev: ElzParticipationLadderEventMap[K]) => unknown,
      options?: Remove,
    ): void;
    removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: Remove): void;
  }
}

declare module '../stakeholder-circle/stakeholder-circle.js' {
  interface ElzStakeholderCircle {
    addEventListener<K extends keyof ElzStakeholderCircleEventMap>(
      type: K,
      listener: (this: ElzStakeholderCircle, ev: ElzStakeholderCircleEventMap[K]) => unknown,
      options?: Options,
    ): void;
    addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: Options): void;
    removeEventListener<K extends keyof ElzStakeholderCircleEventMap>(
      type: K,
      listener: (this: ElzStakeholderCircle, ev: ElzStakeholderCircleEventMap[K]) => unknown,
      options?: Remove,
    ): void;
    removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: Remove): void;
  }
}

declare module '../question-wizard/question-wizard.js' {
  interface ElzQuestionWizard {
    addEventListener<K extends keyof ElzQuestionWizardEventMap>(
      type: K,
      listener: (this: ElzQuestionWizard, ev: ElzQuestionWizardEventMap[K]) => unknown,
      options?: Options,
    ): void;
    addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: Options): void;
    removeEventListener<K extends keyof ElzQuestionWizardEventMap>(
      type: K,
      listener: (this: ElzQuestionWizard, ev: ElzQuestionWizardEventMap[K]) => unknown,
      options?: Remove,
    ): void;
    removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: Remove): void;
  }
}

declare module '../engagement-tool/engagement-tool.js' {
  interface ElzEngagementTool {
    addEventListener<K extends keyof ElzEngagementToolEventMap>(
      type: K,
      listener: (this: ElzEngagementTool, ev: ElzEngagementToolEventMap[K]) => unknown,
      options?: Options,
    ): void;
    addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: Options): void;
    removeEventListener<K extends keyof ElzEngagementToolEventMap>(
      type: K,
      listener: (this: ElzEngagementTool, ev: ElzEngagementToolEventMap[K]) => unknown,
      options?: Remove,
    ): void;
    removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: Remove): void;
  }
}
