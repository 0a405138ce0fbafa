/**
 * What an element tells the user about their work: messages with buttons (undo, download, close),
 * short sentences only screen readers hear, and the bar that says where the work is kept. The
 * controller holds the messages; the two templates draw them.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { statusMessage, storageNote, words } from './messages.js';
import type { SaveStatus, StorageArea } from './persistence.js';

export interface NoticeAction {
  label: () => string;
  run: () => void;
  tone?: 'danger' | 'primary';
}

export interface Notice {
  /** One notice per id: showing it again replaces it. */
  id: string;
  tone: 'info' | 'warning' | 'error';
  text: () => string;
  actions?: NoticeAction[];
}

export class NoticeController implements ReactiveController {
  list: Notice[] = [];
  /** A short sentence for screen readers after an action that has no notice of its own. */
  announcement = '';
  private timer?: ReturnType<typeof setTimeout>;

  /**
   * @param refocus Called after a notice's button ran and took its notice (and the focus) away: the
   *   focus goes somewhere sensible instead of falling to the page.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly refocus: () => void,
  ) {
    host.addController(this);
  }

  /**
   * Runs a notice's button; if that closed the notice, or took the focus away, puts the focus back
   * in the element. A closed notice's button may still hold the focus: under it, the next notice's
   * takes its place (Lit reuses the elements), or the browser moves the focus off a removed button
   * only later (Firefox).
   */
  async run(action: NoticeAction, id: string): Promise<void> {
    action.run();
    await this.host.updateComplete;
    const root = this.host.shadowRoot;
    if (
      !this.list.some((n) => n.id === id) ||
      (root && !root.activeElement && document.activeElement === document.body)
    )
      this.refocus();
  }

  show(notice: Notice): void {
    const actions = [...(notice.actions ?? []), { label: words.close, run: () => this.dismiss(notice.id) }];
    this.list = [...this.list.filter((n) => n.id !== notice.id), { ...notice, actions }];
    this.host.requestUpdate();
  }

  dismiss(id: string): void {
    if (!this.list.some((n) => n.id === id)) return;
    this.list = this.list.filter((n) => n.id !== id);
    this.host.requestUpdate();
  }

  /** Says something to screen reader users without showing it. */
  announce(text: string): void {
    // Cleared first, so that the same sentence twice is still heard twice.
    this.announcement = '';
    this.host.requestUpdate();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.announcement = text;
      this.host.requestUpdate();
    }, 50);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}

/** The live region: "saved" once, the announcement, and every notice with its buttons. */
export function renderStatus(notices: NoticeController, status: SaveStatus) {
  // "Saved" is announced once; while typing the text stays the same, so it is not repeated.
  const saved = status === 'saved' || status === 'pending';
  return html`${saved ? html`<span class="visually-hidden">${statusMessage(status)}</span>` : nothing}<span
      class="visually-hidden"
      >${notices.announcement}</span
    >${notices.list.map(
      (n) =>
        html`<div class="notice ${n.tone}" part="notice">
          <p>${n.text()}</p>
          <span class="buttons">
            ${n.actions?.map(
              (a) =>
                html`<button type="button" class=${a.tone ?? ''} @click=${() => void notices.run(a, n.id)}>
                  ${a.label()}
                </button>`,
            )}
          </span>
        </div>`,
    )}`;
}

export interface ActionsBar {
  area: StorageArea;
  status: SaveStatus;
  /** Open a file, start over and erase are offered only when the user may change the work. */
  editable: boolean;
  download: () => void;
  /** Makes a link to the work (offered also when read-only: like a copy, it changes nothing). */
  share: () => void;
  open: (file: File) => void;
  reset: () => void;
  forget: () => void;
}

/** Download, open, start over, erase, and a line on where the work is kept. */
export function renderActions(bar: ActionsBar) {
  const failing = bar.status === 'unavailable' || bar.status === 'full';
  const chosen = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) bar.open(file);
  };
  return html`<div class="actions" part="actions" role="group" aria-label=${words.actions()}>
    <p class="note">
      ${failing ? html`<strong>${statusMessage(bar.status)}</strong>` : nothing} ${storageNote(bar.area)}
    </p>
    <div class="buttons">
      <button type="button" @click=${bar.download}>${words.download()}</button>
      <button type="button" @click=${bar.share}>${words.share()}</button>
      ${
        bar.editable
          ? html`<button
                type="button"
                @click=${(e: Event) =>
                  (
                    (e.target as HTMLElement).parentElement!.querySelector('input[type=file]') as HTMLInputElement
                  ).click()}
              >
                ${words.open()}
              </button>
              <input
                class="visually-hidden"
                type="file"
                accept=".json,application/json"
                tabindex="-1"
                aria-hidden="true"
                @change=${chosen}
              />
              <button type="button" @click=${bar.reset}>${words.reset()}</button>
              ${
                bar.area !== 'none'
                  ? html`<button type="button" class="danger" @click=${bar.forget}>${words.forget()}</button>`
                  : nothing
              }`
          : nothing
      }
    </div>
  </div>`;
}

/** Asks before erasing the stored work on this device: forgetting cannot be undone. */
export function confirmForget(notices: NoticeController, forget: () => void): void {
  notices.show({
    id: 'forget',
    tone: 'warning',
    text: words.forgetConfirm,
    actions: [
      { label: words.forgetYes, run: () => (notices.dismiss('forget'), forget()), tone: 'danger' },
      { label: words.cancel, run: () => notices.dismiss('forget') },
    ],
  });
}
