import { localized, msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { MODES, MODE_TEXT, rungById } from '../content/rungs.js';
import { guidanceStyles, parseGuidance, renderGuidance, type Guidance } from '../content/guidance.js';
import { ElzElement } from '../core/element.js';
import { heading } from '../core/heading.js';
import { typed } from '../core/input.js';
import { newId } from '../core/ids.js';
import { LIMITS, cleanText, isBlank, object, type Plain, type ValueSchema } from '../core/schema.js';
import { coreStyles } from '../core/styles.js';
import { ladderStyles } from './participation-ladder.styles.js';
import { viewStyles } from './views.styles.js';
import { renderModeOption, renderPicture, renderRungChoice, renderRungTexts } from './views.js';
import { emptyLadder, ladderSchema, type LadderGroup, type LadderValue } from './value.js';

/** The inline settings: `{"guidance": …}`; any other key is refused. */
const settings = object({ guidance: (v) => v }, { guidance: null });

/**
 * How far each group is involved: the five rungs of the participation ladder, from informing to
 * deciding together. Per target group: where it stands now, the ambition, and whether it takes
 * part directly or through representatives.
 *
 * @summary The participation ladder of the engagement tool.
 * @tag elz-participation-ladder
 *
 * @fires {CustomEvent<LadderValue>} elz-change - After every change by the user or through `value`; `detail` is the whole value.
 * @fires {CustomEvent<ElzErrorDetail>} elz-error - Something was refused or cannot be saved; `detail` is `{code, message}`.
 *
 * @csspart base - The element's wrapper.
 * @csspart heading - The title.
 * @csspart picture - The overview of all groups, now and ambition.
 * @csspart explanation - What the rungs mean.
 * @csspart group - One group's card.
 * @csspart guidance - The partner's own explanation and links (see `guidance`).
 * @csspart add - The form that adds a group.
 * @csspart status - The live region with messages.
 * @csspart notice - One message.
 * @csspart actions - Download, share with a link, open, start over, forget.
 * @csspart shared - Above work a link brought: what it is, and take over, merge or close.
 * @csspart share - The link to the work, to copy.
 * @csspart import-choice - A file chosen while there is work: replace or merge.
 * @csspart merge - The differences of a merge, each with both versions to choose from.
 */
@localized()
export class ElzParticipationLadder extends ElzElement<LadderValue> {
  static override styles = [coreStyles, viewStyles, ladderStyles, guidanceStyles];

  /**
   * The groups are given (the engagement tool takes them from its circle): they cannot be added,
   * renamed or removed here; where they stand, the ambition and the notes can be changed.
   */
  @property({ type: Boolean, reflect: true, attribute: 'fixed-groups' }) fixedGroups = false;

  private readonly guidanceSetting = this.setting('guidance', parseGuidance);
  @state() private addProblem = '';
  @state() private explainOpen = false;
  /**
   * Which groups are open. A group seen for the first time is open when it is the first one still
   * missing a choice; from then on it stays as it is until the user opens or closes it, so a
   * group never folds away under the user's hands when its last choice is made.
   */
  private opened = new Map<string, boolean>();

  /**
   * The page's own guidance per rung: a few sentences and links to its methods, shown with the
   * rung's explanation and under a group's ambition. `{"rungs": {"consult": {"text": "…", "links":
   * [{"label": "…", "url": "https://…"}]}}}`, texts and labels as a string or per language
   * (`{"nl": "…", "fr": "…"}`); `phases` (for the questions) may be there too. At most 1,000
   * characters of text and 5 links per rung; links only to `https:` or `http:` addresses, opened in a
   * new tab. Also read from an inline `<script type="application/json">` child, as `{"guidance": …}`.
   * Refused whole (TypeError and `elz-error`) when invalid: an unknown rung, a link that is no web
   * address, a text too long; the guidance stays as it was.
   */
  get guidance(): Guidance | null {
    return this.guidanceSetting.copy();
  }

  set guidance(input: unknown) {
    this.guidanceSetting.set(input);
  }

  private get hostGuidance(): Guidance | null {
    return this.guidanceSetting.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hostGuidance)
      this.readInlineJson('settings', (data) =>
        this.guidanceSetting.take(parseGuidance(settings(data as Plain, '').guidance)),
      );
  }

  protected get valueSchema(): ValueSchema<LadderValue> {
    return ladderSchema;
  }

  protected emptyValue(): LadderValue {
    return emptyLadder();
  }

  protected override get fileBase(): string {
    return msg('participatieladder', { id: 'ladder.file' });
  }

  // ── edits ──────────────────────────────────────────────────────────────────────────────────────

  /** `edit`, bound, for the template functions. */
  private readonly editGroup = (id: string, patch: Partial<LadderGroup>) => this.edit(id, patch);

  private edit(id: string, patch: Partial<LadderGroup>) {
    this.change({
      ...this.state,
      groups: this.state.groups.map((g) => (g.id === id ? { ...g, ...patch } : g)),
    });
  }

  private addGroup(e: Event) {
    e.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#new-group')!;
    const name = cleanText(input.value).trim();
    // A name of only invisible characters (a zero-width space) is no name.
    if (isBlank(name)) {
      this.addProblem = msg('Geef de groep eerst een naam.', { id: 'ladder.add.empty' });
      return;
    }
    if (this.state.groups.length >= LIMITS.items) {
      this.addProblem = msg(str`U kunt niet meer dan ${LIMITS.items} groepen toevoegen.`, { id: 'ladder.add.full' });
      return;
    }
    this.addProblem = '';
    input.value = '';
    const group: LadderGroup = {
      id: newId('g'),
      name,
      current: null,
      target: null,
      mode: 'direct',
      note: '',
      representative: '',
      feedback: '',
    };
    this.opened.set(group.id, true);
    this.change({ ...this.state, groups: [...this.state.groups, group] });
    this.announce(msg(str`Groep "${name}" toegevoegd.`, { id: 'ladder.add.done' }));
  }

  private async removeGroup(group: LadderGroup) {
    const index = this.state.groups.indexOf(group);
    this.changeUndoable({ ...this.state, groups: this.state.groups.filter((g) => g !== group) }, () =>
      msg(str`Groep "${group.name}" is verwijderd.`, { id: 'ladder.remove.done' }),
    );
    await this.updateComplete;
    // Focus goes to the next group, or to the field that adds one; never to nowhere.
    const next = this.state.groups[Math.min(index, this.state.groups.length - 1)];
    const target = next
      ? this.renderRoot.querySelector<HTMLElement>(`[data-group="${CSS.escape(next.id)}"] summary`)
      : this.renderRoot.querySelector<HTMLElement>('#new-group');
    target?.focus();
  }

  // ── rendering ──────────────────────────────────────────────────────────────────────────────────

  protected renderContent(): TemplateResult {
    const { groups } = this.state;
    const firstToChoose = groups.find((g) => !g.current || !g.target);
    return html`
      ${heading(this.headingLevel, msg('Participatieladder', { id: 'ladder.title' }), { part: 'heading', focusable: true })}
      <p class="intro">
        ${
          this.editable
            ? msg('Hoe sterk is elke groep betrokken? Kies per groep waar ze nu staat en wat uw doel is.', {
                id: 'ladder.intro',
              })
            : msg('Hoe sterk is elke groep nu betrokken, en wat is het doel?', { id: 'ladder.intro.readonly' })
        }
      </p>
      ${groups.length ? renderPicture(groups) : nothing} ${this.renderExplanation()}
      ${heading(this.headingLevel + 1, msg('Groepen', { id: 'ladder.groups' }), { className: 'groups-title' })}
      ${
        groups.length
          ? html`<ul class="groups">
              ${groups.map((g) => this.renderGroup(g, firstToChoose))}
            </ul>`
          : html`<p class="empty">${msg('Er zijn nog geen groepen.', { id: 'ladder.empty' })}</p>`
      }
      ${this.editable && !this.fixedGroups ? this.renderAdd() : nothing}
    `;
  }

  private renderExplanation() {
    // Built when first opened: most visits never open it, and first render is on the clock.
    return html`<details
      class="explain"
      part="explanation"
      @toggle=${(e: Event) => (this.explainOpen ||= (e.target as HTMLDetailsElement).open)}
    >
      <summary>${msg('Wat betekenen de vijf treden?', { id: 'ladder.explain' })}</summary>
      ${this.explainOpen ? renderRungTexts(this.headingLevel + 1, this.hostGuidance) : nothing}
    </details>`;
  }

  /** Open or closed: what the user chose, else what the group got when it was first shown. */
  private isOpen(g: LadderGroup, firstToChoose: LadderGroup | undefined): boolean {
    let open = this.opened.get(g.id);
    if (open === undefined) this.opened.set(g.id, (open = g === firstToChoose));
    return open;
  }

  private renderGroup(g: LadderGroup, firstToChoose: LadderGroup | undefined) {
    const title = g.name || msg('(zonder naam)', { id: 'ladder.unnamed' });
    const none = msg('nog niet gekozen', { id: 'ladder.not-chosen' });
    if (!this.editable) {
      return html`<li class="group" part="group" data-group=${g.id}>
        ${heading(this.headingLevel + 2, title, { className: 'group-title' })}
        <dl class="summary">
          <dt>${msg('Nu', { id: 'ladder.now' })}</dt>
          <dd>${rungById(g.current)?.name() ?? none}</dd>
          <dt>${msg('Doel', { id: 'ladder.target' })}</dt>
          <dd>${rungById(g.target)?.name() ?? none}</dd>
          <dt>${msg('Manier van meedoen', { id: 'ladder.mode' })}</dt>
          <dd>${MODE_TEXT[g.mode].name()}</dd>
          ${
            g.mode === 'indirect' && (g.representative || g.feedback)
              ? html`<dt>${msg('Vertegenwoordigd door', { id: 'ladder.represented-by' })}</dt>
                  <dd>${g.representative}</dd>
                  <dt>${msg('Input en terugkoppeling', { id: 'ladder.feedback.short' })}</dt>
                  <dd class="note">${g.feedback}</dd>`
              : nothing
          }
          ${
            g.note
              ? html`<dt>${msg('Notitie', { id: 'ladder.note' })}</dt>
                  <dd class="note">${g.note}</dd>`
              : nothing
          }
        </dl>
      </li>`;
    }
    const open = this.isOpen(g, firstToChoose);
    // One line per group, opened to change it: with a dozen groups the page stays short, and a
    // closed group's choices are not built at all.
    return html`<li class="group" part="group" data-group=${g.id}>
      <details
        ?open=${open}
        @toggle=${(e: Event) => {
          this.opened.set(g.id, (e.target as HTMLDetailsElement).open);
          this.requestUpdate();
        }}
      >
        <summary>
          <span class="gtitle">${title}</span>
          <span class="gstate"
            >${msg(
              str`Nu: ${rungById(g.current)?.name() ?? none} · Doel: ${rungById(g.target)?.name() ?? none} · ${MODE_TEXT[g.mode].name()}`,
              { id: 'ladder.state' },
            )}</span
          >
        </summary>
        ${open ? this.renderGroupBody(g, title) : nothing}
      </details>
    </li>`;
  }

  private renderGroupBody(g: LadderGroup, title: string) {
    const nameId = `name-${g.id}`;
    const noteId = `note-${g.id}`;
    const fixed = this.fixedGroups;
    return html`<div class="group-body">
      ${
        fixed
          ? nothing
          : html`<div class="field">
              <label for=${nameId}>${msg('Naam van de groep', { id: 'ladder.name' })}</label>
              <input
                id=${nameId}
                type="text"
                maxlength=${LIMITS.name}
                .value=${live(g.name)}
                @input=${(e: Event) => this.edit(g.id, { name: typed(e) })}
              />
            </div>`
      }
      <div class="choices">
        ${renderRungChoice(g, 'current', msg('Waar staat de groep nu?', { id: 'ladder.ask.now' }), this.editGroup)}
        ${renderRungChoice(g, 'target', msg('Wat is uw doel?', { id: 'ladder.ask.target' }), this.editGroup)}
      </div>
      ${
        // The methods of the partner for the ambition: where the group is to go, how to get there.
        g.target
          ? renderGuidance(
              this.hostGuidance?.rungs?.[g.target],
              msg(
                str`Tips en methodes van de organisatie achter deze pagina voor het doel: ${rungById(g.target)!.name()}`,
                {
                  id: 'guidance.target',
                },
              ),
            )
          : nothing
      }
      <fieldset class="modes">
        <legend>${msg('Hoe doet de groep mee?', { id: 'ladder.ask.mode' })}</legend>
        ${MODES.map((m) => renderModeOption(g, m, this.editGroup))}
      </fieldset>
      ${g.mode === 'indirect' ? this.renderRepresentation(g) : nothing}
      <div class="field">
        <label for=${noteId}>${msg('Notitie', { id: 'ladder.note' })}</label>
        <textarea
          id=${noteId}
          maxlength=${LIMITS.text}
          .value=${live(g.note)}
          @input=${(e: Event) => this.edit(g.id, { note: typed(e) })}
        ></textarea>
      </div>
      ${
        fixed
          ? nothing
          : html`<button type="button" class="danger remove" @click=${() => this.removeGroup(g)}>
              ${msg('Groep verwijderen', { id: 'ladder.remove' })}<span class="visually-hidden">: ${title}</span>
            </button>`
      }
    </div>`;
  }

  /** A group that takes part through others: who speaks for it, and how its voice comes back (both ways). */
  private renderRepresentation(g: LadderGroup) {
    const who = `rep-${g.id}`;
    const back = `back-${g.id}`;
    return html`<div class="representation">
      <div class="field">
        <label for=${who}>${msg('Wie vertegenwoordigt de groep?', { id: 'ladder.representative' })}</label>
        <input
          id=${who}
          type="text"
          maxlength=${LIMITS.name}
          .value=${live(g.representative)}
          @input=${(e: Event) => this.edit(g.id, { representative: typed(e) })}
        />
      </div>
      <div class="field">
        <label for=${back}>
          ${msg('Hoe haalt de vertegenwoordiger de stem van de groep op, en hoe hoort de groep wat ermee gebeurt?', { id: 'ladder.feedback' })}
        </label>
        <p class="help" id="${back}-help">
          ${msg(
            'Bijvoorbeeld: de vertegenwoordiger vraagt vooraf input op de vergadering van de vereniging en vertelt achteraf wat ermee gebeurd is.',
            { id: 'ladder.feedback.help' },
          )}
        </p>
        <textarea
          id=${back}
          maxlength=${LIMITS.text}
          aria-describedby="${back}-help"
          .value=${live(g.feedback)}
          @input=${(e: Event) => this.edit(g.id, { feedback: typed(e) })}
        ></textarea>
      </div>
    </div>`;
  }

  private renderAdd() {
    return html`<form class="add" part="add" @submit=${this.addGroup} novalidate>
      <label for="new-group">${msg('Naam van een nieuwe groep', { id: 'ladder.add.label' })}</label>
      <div class="add-row">
        <input
          id="new-group"
          type="text"
          maxlength=${LIMITS.name}
          aria-describedby="add-problem"
          aria-invalid=${this.addProblem ? 'true' : 'false'}
          autocomplete="off"
        />
        <button type="submit" class="primary">${msg('Groep toevoegen', { id: 'ladder.add' })}</button>
      </div>
      <p id="add-problem" class="problem" ?hidden=${!this.addProblem}>${this.addProblem}</p>
    </form>`;
  }
}
