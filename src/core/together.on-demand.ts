/**
 * Working together without a server, loaded when the user first asks for it (a share link, a file
 * to open, a link that was opened): making and reading links, combining a colleague's work with
 * one's own, and what the user sees meanwhile — the shared work's banner, the link to copy, the
 * choice between taking over and merging, and the differences to settle.
 *
 * The flows live here; `TogetherController` (always loaded) only holds their state.
 */
import { msg, str } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import { INVOLVEMENT_TEXT, RING_TEXT } from '../content/circle.js';
import { MODE_TEXT, rungById } from '../content/rungs.js';
import { copyText } from './clipboard.js';
import { choose, combine, conflictItem, type Combined, type Conflict } from './combine.js';
import { readFile } from './file.js';
import { currentLocale } from './locale.js';
import { isolate, words } from './messages.js';
import { parseJsonText, parseValue, type Versioned } from './schema.js';
import { LINK_LIMIT, LINK_SAFE, readShare, shareLink, withoutLink } from './share-link.js';
import type { Names, Panel, Source, TogetherController } from './together.js';

export { LINK_LIMIT, LINK_SAFE };

// ── words ──────────────────────────────────────────────────────────────────────────────────────

const say = {
  copied: () => msg('De link is gekopieerd. Plak hem in een mail of een chatbericht.', { id: 'share.copied' }),
  copyYourself: () =>
    msg('Kopieer de link hieronder zelf: selecteer hem en kies Kopiëren (of Ctrl+C).', { id: 'share.copy-yourself' }),
  field: () => msg('Link naar dit werk', { id: 'share.field' }),
  readable: () =>
    msg(
      'Iedereen die deze link heeft, kan lezen wat erin staat. Deel hem alleen met wie dit werk mag zien. De link wordt niet naar een server gestuurd: het werk zit in de link zelf.',
      { id: 'share.readable' },
    ),
  tooLarge: (n: number) =>
    msg(
      str`Dit werk is te groot voor een link: de link zou ${n} tekens lang zijn. We maken links tot ${LINK_LIMIT} tekens: langere komen in mail en chat vaak niet volledig aan. Download een kopie en stuur het bestand.`,
      { id: 'share.too-large' },
    ),
  long: (n: number) =>
    msg(
      str`Deze link is lang: ${n} tekens. Sommige mailprogramma's knippen links van meer dan ${LINK_SAFE} tekens af. Opent de link niet, stuur dan het bestand.`,
      { id: 'share.long' },
    ),
  failed: () =>
    msg('Deze browser kan geen link maken. Download een kopie en stuur het bestand.', { id: 'share.failed' }),
  sharedTitle: () => msg('Iemand deelde dit werk met u', { id: 'link.title' }),
  sharedIntro: () =>
    msg(
      'U ziet hieronder het werk uit de link. U kunt het alleen bekijken. Uw eigen werk is niet veranderd. Wat wilt u doen?',
      { id: 'link.intro' },
    ),
  take: () => msg('Overnemen in plaats van mijn werk', { id: 'link.take' }),
  merge: () => msg('Samenvoegen met mijn werk', { id: 'link.merge' }),
  closeShared: () => msg('Sluiten, niets veranderen', { id: 'link.close' }),
  taken: () => msg('Het gedeelde werk is overgenomen.', { id: 'link.taken' }),
  fileChoice: () =>
    msg('U hebt hier al werk. Wilt u het bestand in de plaats zetten, of samenvoegen met uw werk?', {
      id: 'import.choice',
    }),
  fileTake: () => msg('In de plaats zetten', { id: 'import.take' }),
  nothingNew: () => msg('Er is niets nieuws: dit werk staat al helemaal in het uwe.', { id: 'merge.nothing-new' }),
  mergeTitle: () => msg('Samenvoegen: kies per verschil', { id: 'merge.title' }),
  mergeIntro: (n: number) =>
    msg(str`Op ${n} plaatsen staat bij u iets anders dan in het andere werk. Kies telkens wat blijft.`, {
      id: 'merge.intro',
    }),
  mine: () => msg('Mijn versie', { id: 'merge.mine' }),
  theirs: () => msg('De andere versie', { id: 'merge.theirs' }),
  apply: () => msg('Samenvoegen', { id: 'merge.apply' }),
  empty: () => msg('(leeg)', { id: 'merge.empty' }),
  yes: () => msg('Ja', { id: 'q.yes' }),
  no: () => msg('Nee', { id: 'q.no' }),
};

/** What came in, in one or two short sentences. */
export function summaryText(c: Combined): string {
  const { stakeholders, groups, answers, actions } = c.summary;
  const added = [
    stakeholders.added && msg(str`nieuwe betrokkenen: ${stakeholders.added}`, { id: 'merge.new.stakeholders' }),
    groups.added && msg(str`nieuwe groepen: ${groups.added}`, { id: 'merge.new.groups' }),
    answers.added && msg(str`nieuwe antwoorden: ${answers.added}`, { id: 'merge.new.answers' }),
    actions.added && msg(str`nieuwe acties: ${actions.added}`, { id: 'merge.new.actions' }),
  ].filter(Boolean);
  const changed = stakeholders.changed + groups.changed + answers.changed + actions.changed;
  return [
    msg('Samengevoegd.', { id: 'merge.done' }),
    added.length ? msg(str`Erbij: ${added.join(', ')}.`, { id: 'merge.added' }) : '',
    changed ? msg(str`Aangevuld of gekozen: ${changed}.`, { id: 'merge.changed' }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

// ── describing a difference ────────────────────────────────────────────────────────────────────

function fieldName(field: string): string {
  switch (field) {
    case 'theme':
      return msg('Thema of actie', { id: 'circle.theme' });
    case 'name':
      return msg('Naam', { id: 'circle.f.name' });
    case 'ring':
      return msg('Ring', { id: 'circle.f.ring' });
    case 'sector':
      return msg('Sector', { id: 'circle.f.sector' });
    case 'involvement':
      return msg('Betrokken?', { id: 'circle.f.involvement' });
    case 'level':
    case 'current':
      return msg('Nu', { id: 'ladder.now' });
    case 'target':
      return msg('Doel', { id: 'ladder.target' });
    case 'mode':
      return msg('Manier van meedoen', { id: 'ladder.mode' });
    case 'hardToReach':
      return msg('Moeilijk bereikbaar', { id: 'circle.hard-to-reach' });
    case 'expert':
      return msg('Ervaringsdeskundige', { id: 'circle.f.expert' });
    case 'note':
      return msg('Notitie', { id: 'ladder.note' });
    case 'representative':
      return msg('Vertegenwoordigd door', { id: 'ladder.represented-by' });
    case 'feedback':
      return msg('Input en terugkoppeling', { id: 'ladder.feedback.short' });
    case 'what':
    case 'title':
      return msg('Actie', { id: 'plan.col.action' });
    case 'who':
    case 'ambassador':
      return msg('Wie', { id: 'plan.col.who' });
    case 'due':
    case 'nextRound':
      return msg('Tegen wanneer', { id: 'plan.col.due' });
    case 'state':
      return msg('Stand', { id: 'plan.col.state' });
    default:
      return field;
  }
}

/** A value of a field, in words: a rung, a ring, yes or no, a list; text as it is. */
function shown(field: string, v: unknown, names: Names): string {
  if (v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length)) return say.empty();
  if (typeof v === 'boolean') return v ? say.yes() : say.no();
  if (typeof v === 'string') {
    if (field === 'level' || field === 'current' || field === 'target') return rungById(v as never)?.name() ?? v;
    if (field === 'ring' && v in RING_TEXT) return RING_TEXT[v as keyof typeof RING_TEXT].name();
    if (field === 'involvement' && v in INVOLVEMENT_TEXT) return INVOLVEMENT_TEXT[v as keyof typeof INVOLVEMENT_TEXT]();
    if (field === 'mode' && v in MODE_TEXT) return MODE_TEXT[v as keyof typeof MODE_TEXT].name();
    if (field === 'sector') return names.sector?.(v) ?? v;
    if (field === 'due' || field === 'nextRound') return new Date(`${v}T12:00:00Z`).toLocaleDateString(currentLocale());
    return v;
  }
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.join(', ');
  // A whole part (earlier rounds, a history): too big to show; the user picks a side.
  return msg('een andere versie', { id: 'merge.other-version' });
}

/** A difference as the picker shows it: where, and both versions in words. */
export function describe(c: Conflict, merged: unknown, names: Names): { label: string; ours: string; theirs: string } {
  const steps = c.at.filter((s): s is string => typeof s === 'string');
  const field = steps.at(-1) ?? '';
  const inAnswers = steps.at(-2) === 'answers';
  const item = conflictItem(merged, c);
  const itemName = item ? String(item.name ?? item.title ?? item.what ?? item.id ?? '') : '';
  const what = inAnswers ? (names.question?.(field) ?? field) : fieldName(field);
  // "Buren: Notitie", "Voisins : Note".
  const label = itemName ? msg(str`${itemName}: ${what}`, { id: 'merge.label' }) : what;
  return {
    label,
    ours: shown(inAnswers ? '' : field, c.ours, names),
    theirs: shown(inAnswers ? '' : field, c.theirs, names),
  };
}

// ── the flows ──────────────────────────────────────────────────────────────────────────────────

/** Takes our part out of the address, leaving the page's own fragment and history as they were. */
export function clearLink(): void {
  const rest = withoutLink(location.hash);
  if (rest === location.hash) return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest}`);
}

/** Reads the link in the address for this element: shown read-only until the user decides. */
export async function openLink<V extends Versioned>(t: TogetherController<V>): Promise<void> {
  try {
    const data = await readShare(location.hash, t.options.key() ?? '');
    if (data === null) return;
    t.show({ kind: 'shared', value: parseValue(t.options.schema(), data) });
  } catch (e) {
    clearLink();
    t.options.report('invalid-link', e);
  }
}

/** Makes the link to the work and copies it; too big, it says so and offers the file. */
export async function share<V extends Versioned>(t: TogetherController<V>): Promise<void> {
  try {
    const made = await shareLink(location.href, t.options.key() ?? '', t.options.value());
    if (!made.fits) {
      t.show(null);
      t.options.notices.show({
        id: 'share',
        tone: 'warning',
        text: () => say.tooLarge(made.length),
        actions: [{ label: words.download, run: () => t.options.download() }],
      });
      return;
    }
    t.options.notices.dismiss('share');
    t.show({ kind: 'link', link: made.link, copied: await copyText(made.link), length: made.safe ? 0 : made.length });
  } catch {
    t.show(null);
    t.options.notices.show({
      id: 'share',
      tone: 'warning',
      text: say.failed,
      actions: [{ label: words.download, run: () => t.options.download() }],
    });
  }
}

/** A file the user chose: on an empty element it is opened; else the user chooses to replace or merge. */
export async function openFile<V extends Versioned>(t: TogetherController<V>, file: Blob): Promise<void> {
  let value: V;
  try {
    value = parseValue(t.options.schema(), parseJsonText(await readFile(file)));
  } catch (e) {
    t.options.report('invalid-import', e);
    return;
  }
  if (t.options.isEmpty()) {
    t.options.take(value, words.importDone);
    return;
  }
  t.show({ kind: 'choice', value, source: 'file' });
}

/** Takes the incoming work instead of one's own (undoable). */
export function takeOver<V extends Versioned>(t: TogetherController<V>, value: V, source: Source): void {
  if (source === 'link') clearLink();
  t.show(null);
  t.options.take(value, source === 'link' ? say.taken : words.importDone);
}

/** Combines the incoming work with one's own: at once when nothing differs, else after the user chose. */
export function startMerge<V extends Versioned>(t: TogetherController<V>, theirs: V, source: Source): void {
  if (source === 'link') clearLink();
  const combined = combine(t.options.value(), theirs);
  if (t.options.isEmpty()) {
    // Nothing of one's own yet (an untouched element, its default content included): theirs whole.
    t.show(null);
    const text = summaryText(combined);
    t.options.take(theirs, () => text);
    return;
  }
  if (combined.same) {
    t.show(null);
    t.options.notices.show({ id: 'merge', tone: 'info', text: say.nothingNew });
    return;
  }
  if (!combined.conflicts.length) {
    t.show(null);
    finish(t, combined, combined.value, source);
    return;
  }
  t.show({ kind: 'merge', combined, picks: combined.conflicts.map(() => false), source });
}

/** The merged work, checked as an import: a merge can pass a limit neither side did. */
function finish<V extends Versioned>(t: TogetherController<V>, c: Combined, merged: unknown, source: Source): void {
  let value: V;
  try {
    value = parseValue(t.options.schema(), merged);
  } catch (e) {
    t.options.report(source === 'link' ? 'invalid-link' : 'invalid-import', e);
    return;
  }
  const text = summaryText(c);
  t.options.take(value, () => text);
}

// ── what the user sees ─────────────────────────────────────────────────────────────────────────

/** Opens a panel (null closes it); focus goes to its title, as to a new step, and back to the element after. */
export function showPanel<V extends Versioned>(t: TogetherController<V>, panel: Panel<V> | null): void {
  const opened = panel && panel.kind !== t.panel?.kind;
  const closed = !panel && t.panel;
  t.panel = panel;
  t.host.requestUpdate();
  const root = t.host.shadowRoot;
  // The focus was on the panel's button, which is gone: it goes to the element, not to the page.
  if (closed)
    void t.host.updateComplete.then(() => {
      if (!root?.activeElement && document.activeElement === document.body) t.options.refocus();
    });
  if (opened && panel.kind !== 'shared')
    void t.host.updateComplete.then(() =>
      root?.querySelector<HTMLElement>('.together h2, .together h3, .together h4, #share-link')?.focus(),
    );
}

/** The open panel. */
export function renderPanel<V extends Versioned>(
  t: TogetherController<V>,
  p: Panel<V>,
  level: number,
  names: Names,
): TemplateResult {
  switch (p.kind) {
    case 'shared':
      return renderShared(t, p.value, level);
    case 'link':
      return renderLink(t, p.link, p.copied, p.length);
    case 'choice':
      return renderChoice(t, p.value, p.source);
    case 'merge':
      return renderMerge(t, p.combined, p.picks, p.source, names, level);
  }
}

/** Above the shared work, shown read-only: what it is, and the three ways out. */
export function renderShared<V extends Versioned>(t: TogetherController<V>, value: V, level: number): TemplateResult {
  return html`<section class="together shared" part="shared" aria-labelledby="shared-title">
    ${title(level, 'shared-title', say.sharedTitle())}
    <p>${say.sharedIntro()}</p>
    <p class="buttons">
      ${
        t.options.editable()
          ? html`<button type="button" class="primary" @click=${() => startMerge(t, value, 'link')}>
                ${say.merge()}
              </button>
              <button type="button" @click=${() => takeOver(t, value, 'link')}>${say.take()}</button>`
          : nothing
      }
      <button type="button" @click=${() => (clearLink(), t.show(null))}>${say.closeShared()}</button>
    </p>
  </section>`;
}

/** The link, in a field to copy from, and what anyone who gets it can see. */
export function renderLink<V extends Versioned>(
  t: TogetherController<V>,
  link: string,
  copied: boolean,
  long: number,
): TemplateResult {
  return html`<div class="together link" part="share">
    <p role="status">${copied ? say.copied() : say.copyYourself()}</p>
    ${long ? html`<p>${say.long(long)}</p>` : nothing}
    <label for="share-link">${say.field()}</label>
    <input
      id="share-link"
      type="text"
      readonly
      .value=${link}
      @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()}
      aria-describedby="share-readable"
    />
    <p id="share-readable" class="readable">${say.readable()}</p>
    <p class="buttons">
      ${long ? html`<button type="button" @click=${() => t.options.download()}>${words.download()}</button>` : nothing}
      <button type="button" @click=${() => t.show(null)}>${words.close()}</button>
    </p>
  </div>`;
}

/** A file is chosen and there is work here already: replace it, or merge. */
export function renderChoice<V extends Versioned>(t: TogetherController<V>, value: V, source: Source): TemplateResult {
  return html`<div class="together choice" part="import-choice" role="group" aria-labelledby="choice-text">
    <p id="choice-text">${say.fileChoice()}</p>
    <p class="buttons">
      <button type="button" class="primary" @click=${() => startMerge(t, value, source)}>${say.merge()}</button>
      <button type="button" @click=${() => takeOver(t, value, source)}>${say.fileTake()}</button>
      <button type="button" @click=${() => t.show(null)}>${words.cancel()}</button>
    </p>
  </div>`;
}

/** Each difference with both versions; ours is chosen until the user picks theirs. */
export function renderMerge<V extends Versioned>(
  t: TogetherController<V>,
  c: Combined,
  picks: boolean[],
  source: Source,
  names: Names,
  level: number,
): TemplateResult {
  const pick = (i: number, theirs: boolean) => {
    const next = [...picks];
    next[i] = theirs;
    t.show({ kind: 'merge', combined: c, picks: next, source });
  };
  return html`<section class="together merge" part="merge" aria-labelledby="merge-title">
    ${title(level, 'merge-title', say.mergeTitle())}
    <p>${say.mergeIntro(c.conflicts.length)}</p>
    ${c.conflicts.map((conflict, i) => {
      const d = describe(conflict, c.value, names);
      return html`<fieldset>
        <legend>${isolate(d.label)}</legend>
        <label
          ><input type="radio" name="merge-${i}" .checked=${!picks[i]} @change=${() => pick(i, false)} />
          <span><b>${say.mine()}:</b> <span class="version">${d.ours}</span></span></label
        >
        <label
          ><input type="radio" name="merge-${i}" .checked=${picks[i]} @change=${() => pick(i, true)} />
          <span><b>${say.theirs()}:</b> <span class="version">${d.theirs}</span></span></label
        >
      </fieldset>`;
    })}
    <p class="buttons">
      <button
        type="button"
        class="primary"
        @click=${() => (t.show(null), finish(t, c, choose(c.value, c.conflicts, picks), source))}
      >
        ${say.apply()}
      </button>
      <button type="button" @click=${() => t.show(null)}>${words.cancel()}</button>
    </p>
  </section>`;
}

function title(level: number, id: string, text: string): TemplateResult {
  // Focus comes here when the panel opens (see TogetherController.show).
  return level <= 2
    ? html`<h2 id=${id} tabindex="-1">${text}</h2>`
    : level === 3
      ? html`<h3 id=${id} tabindex="-1">${text}</h3>`
      : html`<h4 id=${id} tabindex="-1">${text}</h4>`;
}

/** The panels' own styles, added to the element's when this module loads (constructable: CSP-safe). */
export const styles = css`
  .together {
    border: 2px solid var(--elz-accent, #005a70);
    border-radius: var(--elz-radius, 6px);
    padding: 0.75rem 1rem;
    margin: 0 0 1rem;
    background: var(--elz-surface, #fff);
  }
  .together h2,
  .together h3,
  .together h4 {
    margin: 0 0 0.5rem;
    font-size: 1.1em;
  }
  .together .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .together input[type='text'] {
    box-sizing: border-box;
    width: 100%;
    font: inherit;
    padding: 0.4rem;
    margin: 0.25rem 0 0.5rem;
  }
  .together .readable {
    font-weight: bold;
  }
  .together fieldset {
    margin: 0 0 0.75rem;
    min-width: 0;
  }
  .together fieldset label {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    margin: 0.25rem 0;
  }
  .together .version {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;
