import { localized, msg, str } from '@lit/localize';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import {
  INVOLVEMENTS,
  INVOLVEMENT_TEXT,
  RINGS,
  RING_TEXT,
  type Involvement,
  type RingId,
  type Sector,
} from '../content/circle.js';
import { RUNGS, rungById, type RungId } from '../content/rungs.js';
import { ElzElement } from '../core/element.js';
import { datedName, downloadFile } from '../core/file.js';
import { newId } from '../core/ids.js';
import { LIMITS, type ValueSchema } from '../core/schema.js';
import { coreStyles } from '../core/styles.js';
import { standaloneSvg, svgToPng } from './export.js';
import { circleHints, hintText } from './hints.js';
import { CENTRE, NODE_R, RADII, VIEW, layoutCircle, polar, sectorLabel, wrap } from './layout.js';
import { ACCENT, INK, LINE, RING_FILL, legendKeys } from './marks.js';
import { MoveController } from './move-controller.js';
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

const VIEW_BOX = `${VIEW.x} ${VIEW.y} ${VIEW.width} ${VIEW.height}`;

/** Groups bigger than this are listed when opened, not in the first render. */
const LIST_OPEN_LIMIT = 30;

type Draft = Omit<Stakeholder, 'id'> & { id: string | null };

const blank = (sector: string): Draft => ({
  id: null,
  name: '',
  ring: 'person',
  sector,
  involvement: 'involved',
  level: null,
  hardToReach: false,
  expert: false,
  note: '',
});

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
 * @csspart status - The live region with messages.
 * @csspart notice - One message.
 * @csspart actions - Download, open, start over, forget.
 *
 * @cssprop [--elz-accent=#005a70] - Main colour.
 * @cssprop [--elz-accent-contrast=#ffffff] - Text on the main colour.
 * @cssprop [--elz-text=inherit] - Text colour.
 * @cssprop [--elz-muted=#4a5560] - Secondary text.
 * @cssprop [--elz-surface=#ffffff] - Background of cards and fields.
 * @cssprop [--elz-surface-alt=#f3f6f8] - Background of panels.
 * @cssprop [--elz-border=#8a99a6] - Borders.
 * @cssprop [--elz-radius=6px] - Corner radius.
 * @cssprop [--elz-warning=#fff3cd] - Background of warnings.
 * @cssprop [--elz-danger=#a4161a] - Errors and destructive buttons.
 */
@localized()
export class ElzStakeholderCircle extends ElzElement<CircleValue> {
  static override styles = [coreStyles, circleStyles];

  @state() private hostSectors: HostSector[] | null = null;
  /** The stakeholder being edited (or a new one), or null when the form is closed. */
  @state() private draft: Draft | null = null;
  @state() private formProblem = '';
  @state() private openRings = new Set<RingId>();
  /** The picture's keyboard and pointer: its tab stop, picking up, moving and putting down. */
  private readonly moves = new MoveController(this, {
    editable: () => this.editable,
    placeOf: (id) => this.state.stakeholders.find((s) => s.id === id),
    sectorIds: () => this.sectorIds,
    moveTo: (id, { ring, sector }) => this.moveStakeholder(id, ring, sector),
    open: (id) => this.edit(id),
    announce: (text) => this.announce(text),
  });

  constructor() {
    super();
    this.takeEarly('sectors', (early) => this.setSectors(early, false));
  }

  /**
   * The page's own sectors instead of the defaults: `[{id, name}]`, names as a string or per
   * language. Also read from an inline `<script type="application/json">` child. Refused whole
   * (TypeError and `elz-error`) when invalid or when a stakeholder uses a sector it leaves out.
   */
  get sectors(): HostSector[] | null {
    return this.hostSectors && (JSON.parse(JSON.stringify(this.hostSectors)) as HostSector[]);
  }

  set sectors(input: unknown) {
    this.setSectors(input, true);
  }

  private setSectors(input: unknown, report: boolean) {
    this.hostSectors = this.validate(() => sectorSetting(input, this.state.stakeholders), report);
  }

  private get sectorList(): Sector[] {
    return localizeSectors(this.hostSectors);
  }

  private get sectorIds(): string[] {
    return this.sectorList.map((s) => s.id);
  }

  protected get valueSchema(): ValueSchema<CircleValue> {
    return circleSchema(this.sectorIds);
  }

  protected emptyValue(): CircleValue {
    return emptyCircle();
  }

  protected override get fileBase(): string {
    return msg('betrokkenen', { id: 'circle.file' });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hostSectors) this.readInlineJson('sectors', (data) => this.setSectors(data, false));
  }

  // ── edits ──────────────────────────────────────────────────────────────────────────────────────

  private put(list: Stakeholder[]) {
    this.change({ ...this.state, stakeholders: list });
  }

  /** Moves a stakeholder to another ring or sector (keyboard, drag, or the form). */
  moveStakeholder(id: string, ring: RingId, sector: string): void {
    const s = this.state.stakeholders.find((x) => x.id === id);
    if (!s || !this.editable || (s.ring === ring && s.sector === sector) || !this.sectorIds.includes(sector)) return;
    this.put(this.state.stakeholders.map((x) => (x.id === id ? { ...x, ring, sector } : x)));
    this.announce(this.where(s.name, ring, sector));
  }

  /** "Informeel netwerk, Welzijn" */
  private place(ring: RingId, sector: string) {
    return `${RING_TEXT[ring].name()}, ${this.sectorList.find((x) => x.id === sector)?.name ?? sector}`;
  }

  private where(name: string, ring: RingId, sector: string) {
    return msg(str`${name}: ${this.place(ring, sector)}.`, { id: 'circle.where' });
  }

  private save(e: Event) {
    e.preventDefault();
    const d = this.draft;
    if (!d) return;
    const name = d.name.trim();
    if (!name) {
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
    this.put(d.id ? list.map((s) => (s.id === d.id ? next : s)) : [...list, next]);
    this.announce(msg(str`"${name}" is bewaard.`, { id: 'circle.form.saved' }));
    this.draft = d.id ? null : blank(d.sector);
    this.formProblem = '';
  }

  private removeStakeholder(id: string) {
    const s = this.state.stakeholders.find((x) => x.id === id);
    if (!s) return;
    this.draft = null;
    this.changeUndoable({ ...this.state, stakeholders: this.state.stakeholders.filter((x) => x.id !== id) }, () =>
      msg(str`"${s.name}" is verwijderd.`, { id: 'circle.removed' }),
    );
  }

  /** Opens the form for a new stakeholder, with the focus on its name. */
  private openNew(sectors: Sector[]) {
    this.draft = blank(sectors[0]?.id ?? '');
    this.formProblem = '';
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#s-name')?.focus());
  }

  private edit(id: string) {
    const s = this.state.stakeholders.find((x) => x.id === id);
    if (!s || !this.editable) return;
    this.draft = { ...s };
    this.formProblem = '';
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#s-name')?.focus());
  }

  /** The picture itself (the caption's marks are small SVGs too). */
  private get picture(): SVGSVGElement | null {
    return this.renderRoot.querySelector('figure > svg');
  }

  // ── downloads ──────────────────────────────────────────────────────────────────────────────────

  /**
   * The picture as a standalone SVG document, with its legend. User text is serialised as text
   * (escaped).
   */
  pictureSvg(): string {
    const picture = this.picture;
    return picture ? standaloneSvg(picture) : '';
  }

  private downloadSvg() {
    downloadFile(datedName(this.fileBase, 'svg'), this.pictureSvg(), 'image/svg+xml');
  }

  private async downloadPng() {
    try {
      const png = await svgToPng(this.pictureSvg());
      if (png) downloadFile(datedName(this.fileBase, 'png'), png, 'image/png');
    } catch {
      // The page's policy allows no images from blob: URLs; the SVG download works everywhere.
      this.notify({
        id: 'png',
        tone: 'warning',
        text: () =>
          msg('Op deze pagina kan de prent niet als PNG gemaakt worden. Download ze als SVG.', {
            id: 'circle.png.failed',
          }),
      });
    }
  }

  // ── rendering ──────────────────────────────────────────────────────────────────────────────────

  protected renderContent(): TemplateResult {
    const { theme, stakeholders } = this.state;
    const sectors = this.sectorList;
    return html`
      <h2 part="heading">${msg('Wie is betrokken?', { id: 'circle.title' })}</h2>
      ${
        this.editable
          ? html`<p class="intro">
              ${msg('Zet iedereen die ertoe doet rond het thema, in de juiste ring en sector.', { id: 'circle.intro' })}
            </p>`
          : nothing
      }
      ${
        this.editable
          ? html`<div class="field theme">
              <label for="theme">${msg('Thema of actie', { id: 'circle.theme' })}</label>
              <input
                id="theme"
                type="text"
                maxlength=${LIMITS.name}
                .value=${theme}
                @input=${(e: Event) => this.change({ ...this.state, theme: (e.target as HTMLInputElement).value })}
              />
            </div>`
          : nothing
      }
      ${this.editable ? this.renderEditor(sectors) : nothing} ${this.renderPicture(stakeholders, sectors)}
      ${this.embedded && this.readonly ? nothing : this.renderHints(sectors)}
      ${stakeholders.length ? this.renderCounts(stakeholders, sectors) : nothing}
      ${this.renderList(stakeholders, sectors)}
    `;
  }

  /** The gaps. In the engagement tool's summary the tool lists them, with the ladder's. */
  private renderHints(sectors: Sector[]) {
    const empty = !this.state.stakeholders.length;
    const hints = empty ? [] : circleHints(this.state, sectors);
    return html`<section class="hints ${empty ? 'calm' : ''}" part="hints" aria-labelledby="hints-title">
      <h3 id="hints-title">${msg('Wat valt op?', { id: 'circle.hints' })}</h3>
      ${
        // An empty circle has every gap: one place to start says more than a list of them.
        empty
          ? html`<p>
              ${msg(
                'Begin met de mensen om wie het gaat: burgers en personen met een zorgnood, en ervaringsdeskundigen.',
                { id: 'circle.start' },
              )}
            </p>`
          : hints.length
            ? html`<ul>
                ${hints.map((h) => html`<li>${hintText(h, sectors)}</li>`)}
              </ul>`
            : html`<p>${msg('Geen gaten gevonden. Kijk toch samen nog eens na.', { id: 'circle.no-hints' })}</p>`
      }
    </section>`;
  }

  private renderPicture(stakeholders: Stakeholder[], sectors: Sector[]) {
    const { nodes, summaries } = layoutCircle(
      stakeholders,
      sectors.map((s) => s.id),
    );
    // Everything focusable in the picture, in reading order: a stakeholder by id, a summary by its cell.
    const keys = [...nodes.map((n) => n.id), ...summaries.map((m) => `sum:${m.ring}:${m.sector}`)];
    const focus = this.moves.tabStop(keys);
    const byId = new Map(stakeholders.map((s) => [s.id, s]));
    const span = (2 * Math.PI) / sectors.length;
    const legend = legendKeys(false).map(
      ([mark, text]) =>
        html`<span class="key"
          ><svg class="mark" viewBox="-10 -10 20 20" aria-hidden="true">${mark}</svg>${text}</span
        >`,
    );
    const label = msg(str`Cirkel van betrokkenen. Thema: ${this.state.theme || '…'}.`, { id: 'circle.picture.label' });
    // A pointer pressed on a stakeholder is followed by `moves` itself (an event listener object).
    return html`<figure class="picture" part="picture">
      <svg
        viewBox=${VIEW_BOX}
        role="group"
        aria-label=${label}
        aria-describedby="picture-help"
        @keydown=${(e: KeyboardEvent) => keys.length && this.moves.handleKeydown(e, keys)}
        @pointermove=${this.moves}
        @pointerup=${this.moves}
        @pointercancel=${this.moves}
      >
        ${[...RINGS]
          .reverse()
          .map((r) => svg`<circle cx=${CENTRE} cy=${CENTRE} r=${RADII[r][1]} fill=${RING_FILL[r]} stroke=${LINE} />`)}
        <circle cx=${CENTRE} cy=${CENTRE} r=${RADII.centre[1]} fill="#ffffff" stroke=${ACCENT} stroke-width="2" />
        ${
          sectors.length > 1
            ? sectors.map((_, i) => {
                const a = polar(RADII.centre[1], i * span);
                const b = polar(RADII.formal[1], i * span);
                return svg`<line x1=${a.x} y1=${a.y} x2=${b.x} y2=${b.y} stroke=${LINE} />`;
              })
            : nothing
        }
        ${sectors.map((s, i) => {
          const { x, y, anchor, lines } = sectorLabel(s.name, i, sectors.length);
          // On the page's background, outside the rings: in the page's text colour (forced colours too).
          return svg`<text x=${x} y=${y} text-anchor=${anchor} font-size="12" font-weight="700" fill="currentColor"
            aria-hidden="true">${lines.map((l, n) => svg`<tspan x=${x} dy=${n ? 14 : 0}>${l}</tspan>`)}</text>`;
        })}
        ${wrap(this.state.theme || msg('Thema', { id: 'circle.theme.short' }), 15, 3).map(
          (line, i, all) =>
            svg`<text x=${CENTRE} y=${CENTRE + 5 + (i - (all.length - 1) / 2) * 16} text-anchor="middle" font-size="13"
              font-weight="700" fill=${INK} aria-hidden="true">${line}</text>`,
        )}
        ${nodes.map((n) => {
          const s = byId.get(n.id)!;
          const moving = this.moves.pickedUp === n.id;
          const desc = `${this.where(s.name, s.ring, s.sector)} ${INVOLVEMENT_TEXT[s.involvement]()}.${
            s.hardToReach ? ` ${msg('Moeilijk bereikbaar.', { id: 'circle.hard-to-reach.short' })}` : ''
          }${s.expert ? ` ${msg('Ervaringsdeskundige.', { id: 'circle.expert.short' })}` : ''}`;
          return svg`<g class="node ${moving ? 'moving' : ''}" tabindex=${n.id === focus ? 0 : -1}
            role="button" aria-label=${desc} aria-pressed=${moving ? 'true' : 'false'}
            @focus=${() => this.moves.handleFocus(n.id)}
            @pointerdown=${(e: PointerEvent) => this.moves.handlePointerdown(e, n.id)}>
            <circle cx=${n.x} cy=${n.y - 5} r=${NODE_R}
              fill=${s.involvement === 'involved' ? ACCENT : '#ffffff'} stroke=${ACCENT} stroke-width="2"
              stroke-dasharray=${s.involvement === 'not-involved' ? '3 2' : nothing} />
            ${s.hardToReach ? svg`<circle cx=${n.x + 10} cy=${n.y - 9} r="4.5" fill="#a4161a" stroke="#ffffff" stroke-width="1.5" />` : nothing}
          </g>`;
        })}
        <g aria-hidden="true">
          ${nodes.map(
            (n) => svg`<text x=${n.x} y=${n.y + 12} text-anchor="middle" font-size="11" fill=${INK}>${n.label}</text>`,
          )}
        </g>
        ${summaries.map((m) => {
          const key = `sum:${m.ring}:${m.sector}`;
          const names = m.ids.map((id) => byId.get(id)?.name ?? '');
          const shown = names.slice(0, 8).join(', ') + (names.length > 8 ? ` …` : '');
          const desc = msg(str`${this.place(m.ring, m.sector)}: ${m.ids.length} betrokkenen (${shown})`, {
            id: 'circle.summary',
          });
          return svg`<g class="summary" tabindex=${key === focus ? 0 : -1} role="img" aria-label=${desc}
            @focus=${() => this.moves.handleFocus(key)}>
            <circle cx=${m.x} cy=${m.y} r="16" fill="#ffffff" stroke=${ACCENT} stroke-width="3" />
            ${
              m.ids.some((id) => byId.get(id)?.hardToReach)
                ? svg`<circle cx=${m.x + 14} cy=${m.y - 13} r="4.5" fill="#a4161a" stroke="#ffffff" stroke-width="1.5" />`
                : nothing
            }
            <text x=${m.x} y=${m.y + 5} text-anchor="middle" font-size="14" font-weight="700" fill=${INK} aria-hidden="true">${m.ids.length}</text>
          </g>`;
        })}
      </svg>
      <figcaption>
        <span class="keys">${legend.slice(0, 3)}</span>
        <span class="keys">${legend.slice(3)}</span>
      </figcaption>
      ${
        this.editable
          ? html`<p class="help touch-help">
              ${msg('Tik op een persoon om de naam, de ring of de sector te wijzigen.', { id: 'circle.touch' })}
            </p>`
          : nothing
      }
      <p id="picture-help" class="help">
        ${
          this.editable
            ? msg(
                'Met het toetsenbord: pijltjes om van persoon naar persoon te gaan, Enter om vast te pakken, pijltjes om te verplaatsen (op en neer: ring, links en rechts: sector), Enter om neer te zetten, Escape om terug te zetten. Of sleep met de muis.',
                { id: 'circle.keys' },
              )
            : msg('Pijltjes om van persoon naar persoon te gaan.', { id: 'circle.keys.readonly' })
        }
      </p>
    </figure>`;
  }

  private renderEditor(sectors: Sector[]) {
    const d = this.draft;
    if (!d)
      return html`<p class="add-open">
        <button type="button" class="primary" @click=${() => this.openNew(sectors)}>
          ${msg('Betrokkene toevoegen', { id: 'circle.add' })}
        </button>
      </p>`;
    // The draft now, not the one this template saw: two quick changes must both count.
    const set = (patch: Partial<Draft>) => (this.draft = { ...this.draft!, ...patch });
    const value = (e: Event) => (e.target as HTMLInputElement).value;
    return html`<form class="editor" part="editor" @submit=${this.save} novalidate aria-labelledby="editor-title">
      <h3 id="editor-title">
        ${d.id ? msg('Betrokkene wijzigen', { id: 'circle.edit' }) : msg('Nieuwe betrokkene', { id: 'circle.new' })}
      </h3>
      <div class="grid">
        <div class="field wide">
          <label for="s-name">${msg('Naam', { id: 'circle.f.name' })}</label>
          <input
            id="s-name"
            type="text"
            maxlength=${LIMITS.name}
            .value=${d.name}
            aria-invalid=${this.formProblem ? 'true' : 'false'}
            aria-describedby="form-problem"
            @input=${(e: Event) => set({ name: value(e) })}
          />
        </div>
        <div class="field">
          <label for="s-ring">${msg('Ring', { id: 'circle.f.ring' })}</label>
          <select id="s-ring" @change=${(e: Event) => set({ ring: value(e) as RingId })}>
            ${RINGS.map((r) => html`<option value=${r} ?selected=${d.ring === r}>${RING_TEXT[r].name()}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="s-sector">${msg('Sector', { id: 'circle.f.sector' })}</label>
          <select id="s-sector" @change=${(e: Event) => set({ sector: value(e) })}>
            ${sectors.map((s) => html`<option value=${s.id} ?selected=${d.sector === s.id}>${s.name}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="s-involvement">${msg('Betrokken?', { id: 'circle.f.involvement' })}</label>
          <select id="s-involvement" @change=${(e: Event) => set({ involvement: value(e) as Involvement })}>
            ${INVOLVEMENTS.map((i) => html`<option value=${i} ?selected=${d.involvement === i}>${INVOLVEMENT_TEXT[i]()}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="s-level">${msg('Trede op de participatieladder', { id: 'circle.f.level' })}</label>
          <select id="s-level" @change=${(e: Event) => set({ level: (value(e) || null) as RungId | null })}>
            <option value="" ?selected=${d.level === null}>
              ${msg('Nog niet gekozen', { id: 'circle.f.level.none' })}
            </option>
            ${RUNGS.map((r) => html`<option value=${r.id} ?selected=${d.level === r.id}>${r.step}. ${r.name()}</option>`)}
          </select>
        </div>
        <label class="option">
          <input
            type="checkbox"
            .checked=${d.hardToReach}
            @change=${(e: Event) => set({ hardToReach: (e.target as HTMLInputElement).checked })}
          />
          <span>${msg('Moeilijk bereikbare groep', { id: 'circle.f.hard' })}</span>
        </label>
        <label class="option">
          <input
            id="s-expert"
            type="checkbox"
            .checked=${d.expert}
            @change=${(e: Event) => set({ expert: (e.target as HTMLInputElement).checked })}
          />
          <span>${msg('Ervaringsdeskundige', { id: 'circle.f.expert' })}</span>
        </label>
        <div class="field wide">
          <label for="s-note">${msg('Notitie', { id: 'ladder.note' })}</label>
          <textarea
            id="s-note"
            maxlength=${LIMITS.text}
            .value=${d.note}
            @input=${(e: Event) => set({ note: value(e) })}
          ></textarea>
        </div>
      </div>
      <p id="form-problem" class="problem" ?hidden=${!this.formProblem}>${this.formProblem}</p>
      <div class="buttons">
        <button type="submit" class="primary">
          ${d.id ? msg('Bewaren', { id: 'circle.save' }) : msg('Toevoegen', { id: 'circle.add.short' })}
        </button>
        ${d.id ? html`<button type="button" class="danger" @click=${() => this.removeStakeholder(d.id!)}>${msg('Verwijderen', { id: 'circle.remove' })}</button>` : nothing}
        <button type="button" @click=${() => (this.draft = null)}>
          ${msg('Sluiten', { id: 'core.action.close' })}
        </button>
      </div>
    </form>`;
  }

  private renderCounts(stakeholders: Stakeholder[], sectors: Sector[]) {
    // One pass: with 1,000 stakeholders a filter per cell would walk the list dozens of times.
    const tally = new Map<string, number>();
    for (const s of stakeholders)
      for (const key of [s.ring, `${s.ring} ${s.sector}`]) tally.set(key, (tally.get(key) ?? 0) + 1);
    const count = (ring: RingId, sector?: string) => tally.get(sector ? `${ring} ${sector}` : ring) ?? 0;
    return html`<section class="counts" part="counts">
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="counts-title">
        <table>
          <caption id="counts-title">
            ${msg('Aantal per ring en sector', { id: 'circle.counts' })}
          </caption>
          <thead>
            <tr>
              <td></td>
              ${sectors.map((s) => html`<th scope="col">${s.name}</th>`)}
              <th scope="col">${msg('Totaal', { id: 'circle.total' })}</th>
            </tr>
          </thead>
          <tbody>
            ${RINGS.map(
              (r) =>
                html`<tr>
                  <th scope="row">${RING_TEXT[r].name()}</th>
                  ${sectors.map((s) => {
                    const n = count(r, s.id);
                    return html`<td class=${n ? '' : 'zero'}>${n}</td>`;
                  })}
                  <td>${count(r)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private renderList(stakeholders: Stakeholder[], sectors: Sector[]) {
    const sectorName = (id: string) => sectors.find((s) => s.id === id)?.name ?? id;
    return html`<section class="list" part="list" aria-labelledby="list-title">
      <h3 id="list-title">${msg('Alle betrokkenen', { id: 'circle.list' })}</h3>
      ${RINGS.map((r) => {
        const here = stakeholders.filter((s) => s.ring === r);
        const lazy = here.length > LIST_OPEN_LIMIT;
        const open = !lazy || this.openRings.has(r);
        return html`<details
          ?open=${!lazy}
          @toggle=${(e: Event) => {
            if ((e.target as HTMLDetailsElement).open) this.openRings = new Set([...this.openRings, r]);
          }}
        >
          <summary>${RING_TEXT[r].name()} (${here.length})</summary>
          <p class="who">${RING_TEXT[r].who()}</p>
          ${
            open && here.length
              ? html`<ul>
                  ${here.map(
                    (s) =>
                      html`<li>
                        <span class="name">${s.name}</span>
                        <span class="facts">
                          ${sectorName(s.sector)} · ${INVOLVEMENT_TEXT[s.involvement]()}
                          ${s.level ? html` · ${rungById(s.level)?.name()}` : nothing}
                          ${s.hardToReach ? html` · ${msg('moeilijk bereikbaar', { id: 'circle.hard-to-reach.lower' })}` : nothing}
                          ${s.expert ? html` · ${msg('ervaringsdeskundige', { id: 'circle.expert.lower' })}` : nothing}
                        </span>
                        ${s.note ? html`<span class="note">${s.note}</span>` : nothing}
                        ${
                          this.editable
                            ? html`<button type="button" class="link" @click=${() => this.edit(s.id)}>
                                ${msg('Wijzigen', { id: 'circle.edit.short' })}<span class="visually-hidden"
                                  >: ${s.name}</span
                                >
                              </button>`
                            : nothing
                        }
                      </li>`,
                  )}
                </ul>`
              : here.length
                ? nothing
                : html`<p class="empty">${msg('Nog niemand.', { id: 'circle.nobody' })}</p>`
          }
        </details>`;
      })}
      <p class="downloads">
        <button type="button" @click=${this.downloadSvg}>${msg('Prent downloaden (SVG)', { id: 'circle.svg' })}</button>
        <button type="button" @click=${this.downloadPng}>${msg('Prent downloaden (PNG)', { id: 'circle.png' })}</button>
      </p>
    </section>`;
  }
}
