/**
 * Working together without a server: the state of a share link, a link that was opened, a file to
 * take over or merge, and the differences a merge asks the user to settle. The flows and what the
 * user sees load when first needed (`together.on-demand.ts`); this controller, always loaded,
 * only notices a link meant for its element and holds what is open.
 */
import { nothing, type CSSResult, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Combined } from './combine.js';
import type { ElzErrorCode } from './events.js';
import type { NoticeController } from './notices.js';
import type { ValueSchema, Versioned } from './schema.js';

export type Source = 'link' | 'file';

export type Panel<V> =
  /** A link was opened: its work is shown read-only, above it the choice what to do. */
  | { kind: 'shared'; value: V }
  /** The link to the work, to copy. */
  | { kind: 'link'; link: string; copied: boolean; /** Its length when over the safe length, else 0. */ length: number }
  /** A file, with work here already: replace or merge. */
  | { kind: 'choice'; value: V; source: Source }
  /** The differences of a merge, and which side the user took for each (true: theirs). */
  | { kind: 'merge'; combined: Combined; picks: boolean[]; source: Source };

export interface TogetherOptions<V extends Versioned> {
  /** The element's storage key: a link names the element it is for by it. Null: it takes no link. */
  key(): string | null;
  schema(): ValueSchema<V>;
  /** One's own work (not what a link shows). */
  value(): V;
  /** Nothing has been done here yet: a file is opened without asking. */
  isEmpty(): boolean;
  editable(): boolean;
  /** Replaces the work, undoably, saying `done`. */
  take(next: V, done: () => string): void;
  report(code: ElzErrorCode, cause: unknown): void;
  download(): void;
  notices: NoticeController;
  /** Where the focus goes when a panel that had it closes: the element's title. */
  refocus(): void;
}

type Ui = typeof import('./together.on-demand.js');

/** What the element knows to name in a merge's questions: its questions and sectors, in the current language. */
export interface Names {
  question?(id: string): string | undefined;
  sector?(id: string): string | undefined;
}

/** A link for `key` in a fragment: `#elz=<key>:…`, at the start or after `&`. */
export function hasLinkFor(hash: string, key: string): boolean {
  const m = /(?:^#|&)elz=([^:&]*):/.exec(hash);
  if (!m) return false;
  try {
    return decodeURIComponent(m[1]) === key;
  } catch {
    return false;
  }
}

export class TogetherController<V extends Versioned> implements ReactiveController {
  panel: Panel<V> | null = null;
  ui: Ui | null = null;
  private loading: Promise<Ui> | null = null;
  private checked = false;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    readonly options: TogetherOptions<V>,
  ) {
    host.addController(this);
  }

  /** What a link shows instead of one's own work, read-only, until the user decides. */
  get shared(): V | null {
    return this.panel?.kind === 'shared' ? this.panel.value : null;
  }

  /** Loads the flows and their styles (once). */
  load(): Promise<Ui> {
    this.loading ??= import('./together.on-demand.js').then((ui) => {
      this.ui = ui;
      adopt(this.host, ui.styles);
      return ui;
    });
    return this.loading;
  }

  hostUpdated(): void {
    // After the first update the storage key is known; a link for it is read once.
    if (this.checked) return;
    this.checked = true;
    const key = this.options.key();
    if (key !== null && hasLinkFor(location.hash, key)) void this.load().then((ui) => ui.openLink(this));
  }

  /** Opens a panel (null closes it). The flows call it, so it lives with them (`showPanel`). */
  show(panel: Panel<V> | null): void {
    this.ui?.showPanel(this, panel);
  }

  share(): void {
    void this.load().then((ui) => ui.share(this));
  }

  openFile(file: Blob): void {
    void this.load().then((ui) => ui.openFile(this, file));
  }

  /** The open panel, for the element to place (at the top for a shared work, else by its actions). */
  render(level: number, names: Names = {}) {
    return this.panel && this.ui ? this.ui.renderPanel(this, this.panel, level, names) : nothing;
  }
}

/** Adds a style sheet to the element's own (constructable sheets: allowed under a strict CSP). */
function adopt(host: HTMLElement, styles: CSSResult): void {
  const root = host.shadowRoot;
  const sheet = styles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
