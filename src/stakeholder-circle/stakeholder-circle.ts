import { localized, msg, str } from '@lit/localize';
import { adoptStyles, html, nothing, render, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { DEFAULT_SECTOR_IDS, type RingId, type Sector } from '../content/circle.js';
import { ElzElement } from '../core/element.js';
import type { Names } from '../core/together.js';
import { datedName, downloadFile } from '../core/file.js';
import { newId } from '../core/ids.js';
import { heading } from '../core/heading.js';
import { typed } from '../core/input.js';
import { LIMITS, isBlank, type ValueSchema } from '../core/schema.js';
import { coreStyles } from '../core/styles.js';
import { blankDraft, renderEditor, type Draft, type EditorActions } from './editor.js';
import { PNG_SCALE, standaloneElement, standaloneSvg } from './export.js';
import { renderCounts, renderHints } from './insight.js';
import { renderList, type ListActions } from './list.js';
import { MoveController } from './move-controller.js';
import { placeSentence, renderPicture } from './picture.js';
import { circleStyles } from './stakeholder-circle.styles.js';
import {
  circleSchema,
  emptyCircle,
  localizeSectors,
  sectorSetting,
  type CircleValue,
  type HostSector,
  type Stakeholder,
} from './value.js';

/**
 * Who is involved: a circle of rings around the theme or action — citizens and persons with a care
 * need, their informal network, the formal network — divided into sectors. It shows gaps (nobody
 * from the inner ring, no expert by experience, empty sectors, hard-to-reach groups waiting) and
 * downloads as an image.
 *
 * @summary The stakeholder circle of the engagement tool.
 * @tag elz-stakeholder-circle
 *
 * @fires {CustomEvent<CircleValue>} elz-change - After every change by the user or through `value`; `detail` is the whole value.
 * @fires {CustomEvent<ElzErrorDetail>} elz-error - Something was refused or cannot be saved; `detail` is `{code, message}`.
 *
 * @csspart base - The element's wrapper.
 * @csspart heading - The title.
 * @csspart picture - The circle.
 * @csspart hints - What stands out: the gaps.
 * @csspart counts - How many per ring and sector.
 * @csspart list - Everyone, by ring: the text alternative of the picture.
 * @csspart editor - The form that adds or changes a stakeholder.
 * @csspart suggestions - Examples of stakeholders per ring and sector, added with one click.
 * @csspart status - The live region with messages.
 * @csspart notice - One message.
 * @csspart actions - Download, share with a link, open, start over, forget.
 * @csspart shared - Above work a link brought: what it is, and take over, merge or close.
 * @csspart share - The link to the work, to copy.
 * @csspart import-choice - A file chosen while there is work: replace or merge.
 * @csspart merge - The differences of a merge, each with both versions to choose from.
 */
@localized()
export class ElzStakeholderCircle extends ElzElement<CircleValue> {
  static override styles = [coreStyles, circleStyles];

  private readonly sectorSetting = this.setting('sectors', (input) => sectorSetting(input, this.state.stakeholders));
  /** The stakeholder being edited (or a new one), or null when the form is closed. */
  @state() private draft: Draft | null = null;
  /** Why the form cannot be saved, or ''. */
  @state() private formProblem = '';
  /** The list's rings opened so far (a large ring is listed only once opened). */
  @state() private openRings = new Set<RingId>();
  /** The examples, loaded when first opened; 'failed' when they could not be. */
  @state() private examples: typeof import('./suggestions.on-demand.js') | 'failed' | null = null;

  /** The picture's keyboard and pointer: its tab stop, picking up, moving and putting down. */
  private readonly moves = new MoveController(this, {
    editable: () => this.editable,
    placeOf: (id) => this.stakeholder(id),
    sectorIds: () => this.sectorIds,
    moveTo: (id, { ring, sector }) => this.moveStakeholder(id, ring, sector),
    open: (id) => this.openEditor(id),
    announce: (text) => this.announce(text),
  });

  private readonly editorActions: EditorActions = {
    open: () => this.openNewDraft(),
    // The draft now, not the one the form was drawn with: two quick changes must both count.
    update: (patch) => (this.draft = { ...this.draft!, ...patch }),
    save: (e) => this.saveDraft(e),
    remove: (id) => this.removeStakeholder(id),
    close: () => this.closeEditor(),
  };

  private readonly listActions: ListActions = {
    opened: (ring) => (this.openRings = new Set([...this.openRings, ring])),
    edit: (id) => this.openEditor(id),
    downloadSvg: () => this.downloadSvg(),
    downloadPng: () => this.downloadPng(),
  };

  /**
   * The page's own sectors instead of the defaults: `[{id, name}]`, names as a string or per
   * language. Also read from an inline `<script type="application/json">` child. Refused whole
   * (TypeError and `elz-error`) when invalid or when a stakeholder uses a sector it leaves out.
   */
  get sectors(): HostSector[] | null {
    return this.sectorSetting.copy();
  }

  set sectors(input: unknown) {
    this.sectorSetting.set(input);
  }

  private get hostSectors(): HostSector[] | null {
    // Read by the value's schema, also while the base class takes a value set before the upgrade,
    // before this class's fields exist.
    return this.sectorSetting?.value ?? null;
  }

  /** The page's sectors (or the defaults), then any the work uses that they do not name: nobody disappears. */
  private get sectorList(): Sector[] {
    return localizeSectors(this.hostSectors, this.state.stakeholders);
  }

  protected override get names(): Names {
    return { sector: (id) => this.sectorList.find((s) => s.id === id)?.name };
  }

  private get sectorIds(): string[] {
    return this.sectorList.map((s) => s.id);
  }

  /** Values and files from outside must use the page's sectors (or the defaults). */
  protected get valueSchema(): ValueSchema<CircleValue> {
    return circleSchema(localizeSectors(this.hostSectors).map((s) => s.id));
  }

  /** Stored work reads whatever sectors the page sets, and when: a sector it does not name is shown under its id. */
  protected override get storedSchema(): ValueSchema<CircleValue> {
    return circleSchema('any');
  }

  protected emptyValue(): CircleValue {
    return emptyCircle();
  }

  protected override get fileBase(): string {
    return msg('betrokkenen', { id: 'circle.file' });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hostSectors) this.readInlineJson('sectors', (data) => this.sectorSetting.set(data, false));
  }

  // ── edits ──────────────────────────────────────────────────────────────────────────────────────

  private stakeholder(id: string): Stakeholder | undefined {
    return this.state.stakeholders.find((s) => s.id === id);
  }

  private changeStakeholders(list: Stakeholder[]): boolean {
    return this.change({ ...this.state, stakeholders: list });
  }

  /** Moves a stakeholder to another ring or sector (keyboard, drag, or the form). */
  moveStakeholder(id: string, ring: RingId, sector: string): void {
    const s = this.stakeholder(id);
    if (!s || !this.editable || (s.ring === ring && s.sector === sector) || !this.sectorIds.includes(sector)) return;
    this.changeStakeholders(this.state.stakeholders.map((x) => (x.id === id ? { ...x, ring, sector } : x)));
    this.announce(placeSentence(s.name, ring, sector, this.sectorList));
  }

  /** The form was submitted: adds or changes the stakeholder, or says why it cannot. */
  private saveDraft(e: Event) {
    e.preventDefault();
    const d = this.draft;
    if (!d) return;
    const name = d.name.trim();
    // A name of only invisible characters (a zero-width space) is no name.
    if (isBlank(name)) {
      this.formProblem = msg('Vul eerst een naam in.', { id: 'circle.form.no-name' });
      return;
    }
    const list = this.state.stakeholders;
    if (!d.id && list.length >= LIMITS.items) {
      this.formProblem = msg(str`U kunt niet meer dan ${LIMITS.items} betrokkenen toevoegen.`, {
        id: 'circle.form.full',
      });
      return;
    }
    const next: Stakeholder = { ...d, name, id: d.id ?? newId('s') };
    if (!this.changeStakeholders(d.id ? list.map((s) => (s.id === d.id ? next : s)) : [...list, next])) return;
    this.formProblem = '';
    if (d.id) {
      this.announce(msg(str`"${name}" is bewaard.`, { id: 'circle.form.saved' }));
      this.closeEditor();
    } else {
      // The form stays open for the next one, in the same sector, with the focus in its name field.
      this.announce(msg(str`"${name}" is toegevoegd.`, { id: 'circle.form.added' }));
      this.draft = blankDraft(d.sector);
      this.focusAfterUpdate('#s-name');
    }
  }

  /** Closes the form; the focus goes to the button that opens it again, not to the page. */
  private closeEditor() {
    this.draft = null;
    this.focusAfterUpdate('.add-open button');
  }

  private removeStakeholder(id: string) {
    const s = this.stakeholder(id);
    if (!s) return;
    this.closeEditor();
    this.changeUndoable({ ...this.state, stakeholders: this.state.stakeholders.filter((x) => x.id !== id) }, () =>
      msg(str`"${s.name}" is verwijderd.`, { id: 'circle.removed' }),
    );
  }

  /** Opens the form for a new stakeholder, with the focus on its name. */
  private openNewDraft() {
    this.draft = blankDraft(this.sectorList[0]?.id ?? '');
    this.formProblem = '';
    this.focusAfterUpdate('#s-name');
  }

  /** Opens the form for a stakeholder, with the focus on its name. */
  private openEditor(id: string) {
    const s = this.stakeholder(id);
    if (!s || !this.editable) return;
    this.draft = { ...s };
    this.formProblem = '';
    this.focusAfterUpdate('#s-name');
  }

  private focusAfterUpdate(selector: string) {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  /** The examples are opened: the first time (or after a failure), their file is loaded. */
  private loadExamples(e: Event) {
    if (!(e.target as HTMLDetailsElement).open || (this.examples && this.examples !== 'failed')) return;
    this.examples = null;
    import('./suggestions.on-demand.js').then(
      (m) => {
        adoptStyles(this.renderRoot as ShadowRoot, [...ElzStakeholderCircle.elementStyles, m.suggestionStyles]);
        this.examples = m;
      },
      () => (this.examples = 'failed'),
    );
  }

  /** Examples for the sectors the page uses (the defaults have some; a page's own sectors may have none). */
  private renderExamples() {
    const sectors = localizeSectors(this.hostSectors);
    if (!sectors.some((s) => (DEFAULT_SECTOR_IDS as readonly string[]).includes(s.id))) return nothing;
    const m = this.examples;
    return html`<details class="suggest" part="suggestions" @toggle=${this.loadExamples}>
      <summary>${msg('Voorbeelden: wie kunt u betrekken?', { id: 'circle.suggest' })}</summary>
      ${
        m === 'failed'
          ? html`<p class="problem">
              ${msg('De voorbeelden konden niet geladen worden. Sluit ze en open ze opnieuw.', {
                id: 'circle.suggest.failed',
              })}
            </p>`
          : m
            ? m.renderSuggestions(sectors, this.headingLevel + 1, {
                stakeholders: () => this.state.stakeholders,
                add: (s) => this.changeStakeholders([...this.state.stakeholders, s]),
                announce: (text) => this.announce(text),
              })
            : nothing
      }
    </details>`;
  }

  // ── downloads ──────────────────────────────────────────────────────────────────────────────────

  /**
   * The picture drawn afresh from the value, not in the page, in the language active now: the
   * engagement tool's report draws it in the report's language (see `inLocale`).
   */
  private drawPicture(): SVGSVGElement {
    const box = document.createElement('div');
    render(renderPicture(this.state, this.sectorList, false, this.moves), box);
    return box.querySelector('svg')!;
  }

  /**
   * The picture as a standalone SVG document, with its legend. User text is serialised as text
   * (escaped).
   */
  pictureSvg(): string {
    return standaloneSvg(this.drawPicture());
  }

  /**
   * The same document as an element (the engagement tool's report draws it as pixels too).
   * @internal
   */
  pictureDocument(): SVGSVGElement {
    return standaloneElement(this.drawPicture());
  }

  private downloadSvg() {
    downloadFile(datedName(this.fileBase, 'svg'), this.pictureSvg(), 'image/svg+xml');
  }

  private async downloadPng() {
    // Drawn shape by shape on a canvas (its own file, loaded on the first click): loading the SVG as
    // an image would need a blob: or data: image, which a strict policy forbids.
    const png = await import('./raster.js')
      .then(({ rasterize }) => rasterize(this.pictureDocument(), PNG_SCALE))
      .catch(() => null);
    if (png) {
      downloadFile(datedName(this.fileBase, 'png'), png, 'image/png');
      return;
    }
    // No canvas here, or the file could not load (offline): the SVG download works everywhere.
    this.notify({
      id: 'png',
      tone: 'warning',
      text: () =>
        msg('De afbeelding kon hier niet als PNG gemaakt worden. Download ze als SVG.', {
          id: 'circle.png.failed',
        }),
    });
  }

  // ── rendering ──────────────────────────────────────────────────────────────────────────────────

  protected renderContent(): TemplateResult {
    const value = this.state;
    const { stakeholders } = value;
    const sectors = this.sectorList;
    const editable = this.editable;
    return html`
      ${heading(this.headingLevel, msg('Wie is betrokken?', { id: 'circle.title' }), { part: 'heading', focusable: true })}
      ${
        editable
          ? html`<p class="intro">
              ${msg('Zet iedereen die ertoe doet rond het thema, in de juiste ring en sector.', { id: 'circle.intro' })}
            </p>`
          : nothing
      }
      ${
        editable
          ? html`<div class="field theme">
              <label for="theme">${msg('Thema of actie', { id: 'circle.theme' })}</label>
              <input
                id="theme"
                type="text"
                maxlength=${LIMITS.name}
                .value=${live(value.theme)}
                @input=${(e: Event) => this.change({ ...this.state, theme: typed(e) })}
              />
            </div>`
          : nothing
      }
      ${editable ? renderEditor(this.draft, this.formProblem, sectors, this.editorActions, this.headingLevel + 1) : nothing}
      ${editable ? this.renderExamples() : nothing} ${renderPicture(value, sectors, editable, this.moves)}
      ${this.embedded && this.readonly ? nothing : renderHints(value, sectors, this.headingLevel + 1)}
      ${stakeholders.length ? renderCounts(stakeholders, sectors) : nothing}
      ${renderList(stakeholders, sectors, this.openRings, editable, this.listActions, this.headingLevel + 1)}
    `;
  }
}
