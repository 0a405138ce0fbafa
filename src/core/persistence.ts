/**
 * The storage controller: nothing the user did is lost.
 *
 * - Writes are coalesced (at most one per `WRITE_DELAY`) and flushed on `pagehide`, when the page
 *   is hidden and when the element leaves the page.
 * - Stored text that does not parse or validate (corrupt, another element's, a newer version) is
 *   copied aside to `<key>.unreadable.<time>` before anything else may touch the key; if it cannot
 *   be copied, the key is never written. Only the newest `KEEP_ASIDE` copies of a key are kept.
 * - Two tabs that edit at once: each write first reads what is stored; if another tab wrote since,
 *   the two edits are merged (`merge3`), and where both changed the same field, ours stays and
 *   theirs is kept aside as `<key>.conflict.<time>` for the user to download. An edit waiting to be
 *   written when another tab's arrives is merged the same way. No edit is dropped silently.
 * - Every storage call is wrapped: any error (not only known names) turns into a status, the host
 *   keeps working in memory, and the write is retried with back-off until it succeeds.
 * - Elements with the same area and key stay in sync: in one page through a registry (storage
 *   events do not reach the page that wrote), across tabs through the `storage` event. What arrives
 *   is checked like stored text: another element's value under the same key is refused.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { merge3 } from './merge.js';
import { asideKeys, copyAside, isQuotaError, storageFor, type StorageArea } from './storage.js';

export { KEEP_ASIDE, storageFor, type StorageArea } from './storage.js';

/** `idle`: nothing written yet; `off`: storage="none"; `unavailable`/`full`: working in memory. */
export type SaveStatus = 'idle' | 'pending' | 'saved' | 'off' | 'unavailable' | 'full';

export const WRITE_DELAY = 300;
const RETRY_FIRST = 2000;
const RETRY_MAX = 30000;

export interface KeptAside {
  key: string;
  text: string;
}

export type StorageProblem = 'storage-unavailable' | 'storage-full' | 'storage-unreadable' | 'storage-conflict';
/** Where data that could not be taken came from, when not from this element's own storage. */
export type ProblemSource = 'another-tab' | 'another-element';

export interface PersistenceOptions<V> {
  /** Turns stored text into a value; throws for anything unreadable. */
  parse(text: string): V;
  /** The value to write again after another tab cleared storage; null when there is nothing to keep. */
  current(): V | null;
  /** A value restored from storage or received from a peer element or tab. */
  apply(value: V, origin: 'restore' | 'sync'): void;
  /** Another element or tab erased this key ("forget on this device"). */
  forgotten(): void;
  /** Something the user must hear about. Called once per transition, not on every retry. */
  problem(code: StorageProblem, source?: ProblemSource): void;
  /** Storage works again after a failure. */
  recovered(): void;
}

const peers = new Map<string, Set<PersistenceController<unknown>>>();

export class PersistenceController<V> implements ReactiveController {
  status: SaveStatus = 'idle';
  /** Data kept aside under this key in this session (unreadable, or another tab's conflicting edit). */
  keptAside: KeptAside[] = [];

  private area: StorageArea = 'none';
  private key = '';
  private bound = false;
  private attached = false;
  private dirty: V | null = null;
  /** The stored text this element last read, wrote or received: what its edits start from. */
  private lastSeen: string | null = null;
  private timer?: ReturnType<typeof setTimeout>;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private retryDelay = RETRY_FIRST;
  private listenTimer?: ReturnType<typeof setTimeout>;
  /** Unreadable text still under the key because copying it aside failed: never overwrite it. */
  private blockedText: string | null = null;
  /** Reading the key failed (storage threw): what is there may be the user's earlier work. */
  private unread = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PersistenceOptions<V>,
  ) {
    host.addController(this);
  }

  get isBound() {
    return this.bound;
  }

  get location() {
    return { area: this.area, key: this.key };
  }

  /**
   * Points the controller at an area and key and returns what is stored there (null when nothing
   * readable is). Pending writes go to the old place first.
   */
  bind(area: StorageArea, key: string): V | null {
    if (this.bound && area === this.area && key === this.key) return null;
    this.flush();
    this.detach();
    this.area = area;
    this.key = key;
    this.bound = true;
    this.blockedText = null;
    this.unread = false;
    this.lastSeen = null;
    this.keptAside = [];
    this.setStatus(area === 'none' ? 'off' : 'idle');
    this.attach();
    return this.read();
  }

  /** Records a new state: peers get it at once, storage shortly after. */
  save(value: V) {
    if (!this.bound || this.area === 'none') return;
    for (const peer of this.peerSet() ?? []) if (peer !== this) peer.receive(value);
    this.dirty = value;
    if (this.attached) this.watchHide(true);
    if (this.status === 'idle' || this.status === 'saved') this.setStatus('pending');
    this.timer ??= setTimeout(() => this.write(), WRITE_DELAY);
  }

  /** Writes a pending change now. */
  flush() {
    if (this.dirty !== null) this.write();
  }

  /** Erases this element's key and every copy kept aside of it, and tells the peers. Storage "none" keeps nothing. */
  forget() {
    clearTimeout(this.timer);
    clearTimeout(this.retryTimer);
    this.timer = this.retryTimer = undefined;
    this.dirty = null;
    this.lastSeen = null;
    this.watchHide(false);
    this.blockedText = null;
    this.unread = false;
    this.keptAside = [];
    const store = storageFor(this.area);
    if (store)
      try {
        [this.key, ...asideKeys(store, this.key)].forEach((k) => store.removeItem(k));
      } catch {
        // Storage blocked: there is nothing we could have stored there either.
      }
    for (const peer of this.peerSet() ?? []) if (peer !== this) peer.options.forgotten();
    this.setStatus(this.area === 'none' ? 'off' : 'idle');
  }

  hostConnected() {
    if (!this.bound) return;
    this.attach();
    // Back in the page: pick up what changed while we were away, unless we hold unsaved work.
    if (this.dirty === null && this.blockedText === null) {
      const stored = this.read();
      if (stored) this.options.apply(stored, 'sync');
    }
  }

  hostDisconnected() {
    this.flush();
    this.detach();
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────────────

  private get peerId() {
    return `${this.area}\u0000${this.key}`;
  }

  private peerSet() {
    return this.area === 'none' ? undefined : peers.get(this.peerId);
  }

  private attach() {
    if (this.attached || !this.bound) return;
    this.attached = true;
    if (this.area !== 'none') {
      let set = peers.get(this.peerId);
      if (!set) peers.set(this.peerId, (set = new Set()));
      set.add(this as PersistenceController<unknown>);
      // Registering for storage events costs more than a whole render (~1.5 ms here): do it
      // right after the first render instead of inside it. The stored value was read at bind.
      this.listenTimer = setTimeout(() => window.addEventListener('storage', this.onStorage));
    }
    if (this.dirty !== null) this.watchHide(true);
  }

  private detach() {
    if (!this.attached) return;
    this.attached = false;
    const set = peers.get(this.peerId);
    set?.delete(this as PersistenceController<unknown>);
    if (set?.size === 0) peers.delete(this.peerId);
    clearTimeout(this.listenTimer);
    window.removeEventListener('storage', this.onStorage);
    this.watchHide(false);
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  /** Pagehide and visibility matter only while a change waits to be written. */
  private watchHide(on: boolean) {
    const method = on ? 'addEventListener' : 'removeEventListener';
    window[method]('pagehide', this.onHide);
    document[method]('visibilitychange', this.onHide);
  }

  /** A peer element in this page changed the work; it writes. Checked like stored text. */
  private receive(value: V) {
    const text = JSON.stringify(value);
    let checked: V;
    try {
      checked = this.options.parse(text);
    } catch {
      // Another kind of element under the same key: not ours to show.
      this.options.problem('storage-unreadable', 'another-element');
      return;
    }
    // A change of ours still waiting is superseded by the newer one, which holds it.
    clearTimeout(this.timer);
    this.timer = undefined;
    this.dirty = null;
    this.lastSeen = text;
    this.options.apply(checked, 'sync');
  }

  private read(): V | null {
    if (this.area === 'none') return null;
    const store = storageFor(this.area);
    let text: string | null;
    try {
      if (!store) throw new Error('no storage');
      text = store.getItem(this.key);
    } catch {
      this.unread = true;
      this.fail('storage-unavailable');
      return null;
    }
    this.unread = false;
    this.lastSeen = text;
    if (text === null) return null;
    try {
      return this.options.parse(text);
    } catch {
      if (this.keepAside(store!, text, 'unreadable')) this.lastSeen = null;
      return null;
    }
  }

  /**
   * Copies text to a key of its own: unreadable data (then it leaves our key), or another tab's
   * version after a conflict. Returns false if unreadable text is still under our key.
   */
  private keepAside(store: Storage, text: string, kind: 'unreadable' | 'conflict', fromAnotherTab = false): boolean {
    const source = fromAnotherTab ? 'another-tab' : undefined;
    try {
      const aside = copyAside(store, this.key, text, kind);
      // Our own unreadable data leaves the key (we start clean); another tab's stays where it wrote it.
      if (kind === 'unreadable' && !fromAnotherTab) store.removeItem(this.key);
      if (kind === 'unreadable') this.blockedText = null;
      this.keptAside = [...this.keptAside.filter((k) => k.key !== this.key), { key: aside, text }];
      this.options.problem(kind === 'conflict' ? 'storage-conflict' : 'storage-unreadable', source);
      return true;
    } catch {
      if (kind === 'unreadable' && this.blockedText === null) {
        this.blockedText = text;
        this.keptAside = [...this.keptAside, { key: this.key, text }];
        this.options.problem('storage-unreadable', source);
      }
      return false;
    }
  }

  /**
   * Another tab's text merged into our pending edit: the merge when it is readable and valid
   * (theirs kept aside where both changed the same field), else ours, theirs kept aside.
   */
  private mergeInto(mine: V, theirsText: string, store: Storage): V {
    let theirs: V;
    try {
      theirs = this.options.parse(theirsText);
    } catch {
      // A newer version of the tool, or another element: never overwritten without a copy.
      this.keepAside(store, theirsText, 'unreadable', true);
      return mine;
    }
    let base: unknown = null;
    try {
      base = this.lastSeen === null ? null : JSON.parse(this.lastSeen);
    } catch {
      // No base to compare with: every difference counts as both sides' change.
    }
    const { value, conflicts } = merge3(base, mine, theirs);
    let merged: V;
    try {
      merged = this.options.parse(JSON.stringify(value));
    } catch {
      // Together over a limit: ours stays, theirs is kept for the user.
      this.keepAside(store, theirsText, 'conflict', true);
      return mine;
    }
    if (conflicts.length) this.keepAside(store, theirsText, 'conflict', true);
    return merged;
  }

  private write() {
    clearTimeout(this.timer);
    this.timer = undefined;
    let value = this.dirty;
    if (value === null || this.area === 'none') return;
    const store = storageFor(this.area);
    if (!store) return this.fail('storage-unavailable');
    if (this.blockedText !== null && !this.keepAside(store, this.blockedText, 'unreadable'))
      return this.fail('storage-full');
    let text: string;
    try {
      const stored = store.getItem(this.key);
      if (this.unread) {
        // Storage works again, but we never saw what it held: keep that aside before writing.
        if (stored !== null && stored !== JSON.stringify(value) && !this.keepAside(store, stored, 'unreadable'))
          return this.fail('storage-full');
        this.unread = false;
      } else if (stored !== null && stored !== this.lastSeen) {
        // Another tab wrote since we last looked: both edits count.
        const merged = this.mergeInto(value, stored, store);
        if (merged !== value) {
          value = this.dirty = merged;
          this.options.apply(merged, 'sync');
        }
      }
      text = JSON.stringify(value);
      store.setItem(this.key, text);
    } catch (e) {
      return this.fail(isQuotaError(e) ? 'storage-full' : 'storage-unavailable');
    }
    this.lastSeen = text;
    if (this.dirty === value) {
      this.dirty = null;
      this.watchHide(false);
    }
    const wasFailing = this.status === 'unavailable' || this.status === 'full';
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.retryDelay = RETRY_FIRST;
    this.setStatus('saved');
    if (wasFailing) this.options.recovered();
  }

  private fail(code: 'storage-unavailable' | 'storage-full') {
    const status = code === 'storage-full' ? 'full' : 'unavailable';
    const changed = this.status !== status;
    this.setStatus(status);
    if (changed) this.options.problem(code);
    if (this.dirty !== null && this.attached) {
      clearTimeout(this.retryTimer);
      this.retryTimer = setTimeout(() => {
        this.retryTimer = undefined;
        this.write();
      }, this.retryDelay);
      this.retryDelay = Math.min(this.retryDelay * 2, RETRY_MAX);
    }
  }

  private setStatus(status: SaveStatus) {
    if (this.status === status) return;
    this.status = status;
    this.host.requestUpdate();
  }

  private onHide = (e: Event) => {
    if (e.type === 'pagehide' || document.visibilityState === 'hidden') this.flush();
  };

  private onStorage = (e: StorageEvent) => {
    const store = storageFor(this.area);
    if (!store || e.storageArea !== store) return;
    if (e.key === null) {
      // Another tab cleared all storage. Not a "forget" (that removes our key by name): keep the
      // work and write it again.
      const value = this.options.current();
      if (value !== null) {
        this.dirty = value;
        this.lastSeen = null;
        this.write();
      }
      return;
    }
    if (e.key !== this.key) return;
    let now: string | null;
    try {
      now = store.getItem(this.key);
    } catch {
      return;
    }
    // An event overtaken by a later write (ours or another tab's): that one counts.
    if (now !== e.newValue) return;
    if (e.newValue === null) {
      this.dirty = null;
      this.lastSeen = null;
      this.options.forgotten();
      return;
    }
    if (this.dirty !== null) {
      // An edit of ours waits to be written: it is merged with theirs, and written soon.
      const merged = this.mergeInto(this.dirty, e.newValue, store);
      this.lastSeen = e.newValue;
      this.dirty = merged;
      this.options.apply(merged, 'sync');
      return;
    }
    let value: V;
    try {
      value = this.options.parse(e.newValue);
    } catch {
      // A newer version of the tool, or another element, wrote here: a copy is kept (once), and our
      // work is written again at the next edit.
      this.keepAside(store, e.newValue, 'unreadable', true);
      this.lastSeen = e.newValue;
      return;
    }
    this.lastSeen = e.newValue;
    this.options.apply(value, 'sync');
  };
}
