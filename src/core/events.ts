/**
 * Event names and detail types of the public contract (PRODUCT.md §4).
 * Every event is a bubbling, composed CustomEvent whose detail is plain JSON.
 */

/** Stable codes of `elz-error`. Host code may switch on them; never rename one. */
export type ElzErrorCode =
  | 'invalid-value'
  | 'invalid-import'
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

export type ElzChangeEvent<V = unknown> = CustomEvent<V>;
export type ElzCompleteEvent<V = unknown> = CustomEvent<V>;
export type ElzErrorEvent = CustomEvent<ElzErrorDetail>;

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
