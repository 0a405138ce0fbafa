/**
 * The report a team takes into its meeting, in parts the summary, the print view and earlier
 * rounds share: the ladder as a table, the plan as a table, what moved since the round before,
 * and earlier rounds as they were. Template modules: they draw what they are given.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { RING_TEXT, RINGS } from '../content/circle.js';
import type { Question } from '../content/questions.js';
import { MODE_TEXT, RUNGS, rungById, type RungId } from '../content/rungs.js';
import { heading } from '../core/heading.js';
import { currentLocale } from '../core/locale.js';
import { isolate } from '../core/messages.js';
import type { LadderValue } from '../participation-ladder/value.js';
import { answerOf, answered, type Answers } from '../question-wizard/value.js';
import type { CircleValue } from '../stakeholder-circle/value.js';
import { dayText, stateText } from './plan-step.js';
import { MOVE_TEXT, type Comparison } from './rounds.js';
import type { Plan, Round } from './value.js';

const none = () => msg('nog niet gekozen', { id: 'ladder.not-chosen' });
const rungName = (id: RungId | null) => rungById(id)?.name() ?? none();
const moment = (iso: string) => new Date(iso).toLocaleDateString(currentLocale());

/** A table in a box of its own that scrolls sideways on a phone, named by its heading(s): ids, space-separated. */
const table = (ids: string, head: TemplateResult, rows: TemplateResult[]) =>
  html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby=${ids}>
    <table>
      <thead>
        ${head}
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;

/** `context`: the id of what names the table's setting (an earlier round), so that no two tables share a name. */
export function renderLadderTable(ladder: LadderValue, id: string, level: number, context = ''): TemplateResult {
  return html`<section class="ladder">
    ${heading(level, msg('Participatieladder: nu en doel', { id: 'tool.ladder.title' }), { id })}
    ${
      ladder.groups.length
        ? table(
            `${context} ${id}`.trim(),
            html`<tr>
              <th scope="col">${msg('Groep', { id: 'tool.col.group' })}</th>
              <th scope="col">${msg('Nu', { id: 'ladder.now' })}</th>
              <th scope="col">${msg('Doel', { id: 'ladder.target' })}</th>
              <th scope="col">${msg('Manier van meedoen', { id: 'ladder.mode' })}</th>
              <th scope="col">${msg('Notitie', { id: 'ladder.note' })}</th>
            </tr>`,
            ladder.groups.map((g) => {
              // How the group's voice goes up and comes back, under its label: not mistaken for the note.
              const feedback = g.mode === 'indirect' ? g.feedback : '';
              const label = msg('Input en terugkoppeling', { id: 'ladder.feedback.short' });
              const back = feedback ? html`<b>${label}</b><br />${feedback}` : nothing;
              return html`<tr>
                <th scope="row">${g.name}</th>
                <td>${rungName(g.current)}</td>
                <td>${rungName(g.target)}</td>
                <td>
                  ${MODE_TEXT[g.mode].name()}
                  ${
                    g.mode === 'indirect' && g.representative
                      ? html`<br />${msg(str`via ${isolate(g.representative)}`, { id: 'tool.via' })}`
                      : nothing
                  }
                </td>
                <td class="note">${g.note}${g.note && feedback ? '\n' : ''}${back}</td>
              </tr>`;
            }),
          )
        : html`<p>${msg('Er zijn nog geen groepen.', { id: 'ladder.empty' })}</p>`
    }
  </section>`;
}

/** The plan as a table: what, who, by when, where it stands; the ambassador and the next round. */
export function renderPlanTable(plan: Plan, id: string, level: number, context = ''): TemplateResult {
  const written = plan.actions.filter((a) => a.what || a.who || a.due || a.note);
  return html`<section class="plan">
    ${heading(level, msg('Plan van aanpak', { id: 'plan.title' }), { id })}
    ${
      plan.ambassador
        ? html`<p>${msg(str`Betrokkenheidsambassadeur: ${isolate(plan.ambassador)}`, { id: 'plan.ambassador.is' })}</p>`
        : nothing
    }
    ${
      written.length
        ? table(
            `${context} ${id}`.trim(),
            html`<tr>
              <th scope="col">${msg('Actie', { id: 'plan.col.action' })}</th>
              <th scope="col">${msg('Wie', { id: 'plan.col.who' })}</th>
              <th scope="col">${msg('Tegen wanneer', { id: 'plan.col.due' })}</th>
              <th scope="col">${msg('Stand', { id: 'plan.col.state' })}</th>
            </tr>`,
            written.map(
              (a) =>
                html`<tr>
                  <th scope="row" class="note">${a.title ? html`<b>${a.title}</b><br />` : nothing}${a.what}</th>
                  <td>${a.who || plan.ambassador}</td>
                  <td>${a.due ? dayText(a.due) : ''}</td>
                  <td>${stateText(a.state)}</td>
                </tr>`,
            ),
          )
        : html`<p>${msg('Er staat nog niets in het plan.', { id: 'plan.none' })}</p>`
    }
    ${
      plan.nextRound
        ? html`<p class="next-round">
            ${msg(str`Volgende ronde: ${dayText(plan.nextRound)}.`, { id: 'plan.next-round.is' })}
          </p>`
        : nothing
    }
  </section>`;
}

/** Five cells, bottom to top: where the group stood faintly, where it stands now firmly. */
const miniLadder = (then: RungId | null, now: RungId | null) =>
  html`<span class="mini" aria-hidden="true">
    ${RUNGS.map((r) => html`<span class="cell ${r.id === then ? 'then' : ''} ${r.id === now ? 'now' : ''}"></span>`)}
  </span>`;

/** What moved since the round before, with the check questions' answers beside the facts. */
export function renderComparison(c: Comparison, checks: Question[], answers: Answers, level: number): TemplateResult {
  const list = (names: string[]) => names.map(isolate).join(', ');
  return html`<section class="comparison">
    ${heading(level, msg(str`Wat veranderde sinds ronde ${c.round}?`, { id: 'round.changes' }), {
      id: 'changes-title',
    })}
    ${
      c.groups.length
        ? table(
            'changes-title',
            html`<tr>
              <th scope="col">${msg('Groep', { id: 'tool.col.group' })}</th>
              <th scope="col">${msg(str`In ronde ${c.round}`, { id: 'round.then' })}</th>
              <th scope="col">${msg('Nu', { id: 'ladder.now' })}</th>
              <th scope="col">${msg('Doel', { id: 'ladder.target' })}</th>
              <th scope="col">${msg('Verschil', { id: 'round.move' })}</th>
            </tr>`,
            c.groups.map(
              (g) =>
                html`<tr class=${g.move}>
                  <th scope="row">${g.name}</th>
                  <td>${g.move === 'new' ? '' : rungName(g.then)}</td>
                  <td>${rungName(g.now)}</td>
                  <td>${rungName(g.target)}</td>
                  <td>${miniLadder(g.move === 'new' ? null : g.then, g.now)} ${MOVE_TEXT[g.move]()}</td>
                </tr>`,
            ),
          )
        : nothing
    }
    <ul class="facts">
      ${c.joined.length ? html`<li>${msg(str`Nieuw in de cirkel: ${list(c.joined)}.`, { id: 'round.joined' })}</li>` : nothing}
      ${c.left.length ? html`<li>${msg(str`Niet meer in de cirkel: ${list(c.left)}.`, { id: 'round.left' })}</li>` : nothing}
      ${
        c.done.length
          ? html`<li>
              ${msg(str`Gedaan sinds ronde ${c.round}: ${list(c.done.map((a) => a.what || a.title))}.`, {
                id: 'round.done',
              })}
            </li>`
          : html`<li>${msg(str`Sinds ronde ${c.round} is geen actie afgerond.`, { id: 'round.none-done' })}</li>`
      }
    </ul>
    ${
      checks.length
        ? html`<dl class="answers">
            ${checks.map((q) => {
              const a = answerOf(answers, q.id);
              return html`<dt>${q.text}</dt>
                <dd class=${answered(a) ? '' : 'missing'}>
                  ${answered(a) ? showAnswer(q, a!) : msg('Niet beantwoord', { id: 'wizard.missing' })}
                </dd>`;
            })}
          </dl>`
        : nothing
    }
  </section>`;
}

/** An answer as text: a choice by its words, a point on the scale out of 5. */
export function showAnswer(q: Question, a: NonNullable<ReturnType<typeof answerOf>>): string {
  const option = (id: string) => q.options?.find((o) => o.id === id)?.text ?? id;
  if (typeof a === 'number') return `${a} / 5`;
  if (Array.isArray(a)) return a.map(option).join(', ');
  return q.kind === 'single' ? option(a) : a;
}

/** Who was in the circle, ring by ring: the picture of an earlier round in words. */
function renderCircleList(circle: CircleValue): TemplateResult {
  return html`<ul class="rings">
    ${RINGS.map((r) => {
      const names = circle.stakeholders.filter((s) => s.ring === r).map((s) => s.name);
      return html`<li><b>${RING_TEXT[r].name()}</b>: ${names.length ? names.join(', ') : '—'}</li>`;
    })}
  </ul>`;
}

/** One earlier round as it was, read-only. */
export function renderRound(round: Round, questions: Question[], level: number): TemplateResult {
  const n = round.round;
  const context = `r${n}-title`;
  const given = questions.filter((q) => answered(answerOf(round.answers, q.id)));
  return html`${round.circle.theme ? html`<p>${round.circle.theme}</p>` : nothing}
    ${heading(level, msg('Wie is betrokken?', { id: 'circle.title' }))} ${renderCircleList(round.circle)}
    ${renderLadderTable(round.ladder, `r${n}-ladder`, level, context)}
    ${renderPlanTable(round.plan, `r${n}-plan`, level, context)}
    ${heading(level, msg('Antwoorden', { id: 'round.answers' }))}
    <dl class="answers">
      ${given.map(
        (q) =>
          html`<dt>${q.text}</dt>
            <dd>${showAnswer(q, answerOf(round.answers, q.id)!)}</dd>`,
      )}
    </dl>`;
}

/** Earlier rounds: each opens to what it was. Built when first opened. */
export function renderRounds(
  rounds: Round[],
  opened: ReadonlySet<number>,
  open: (n: number) => void,
  questions: Question[],
  level: number,
): TemplateResult {
  return html`<section class="rounds">
    ${heading(level, msg('Eerdere rondes', { id: 'round.earlier' }))}
    ${[...rounds].reverse().map(
      (r) =>
        html`<details @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && open(r.round)}>
          <summary id="r${r.round}-title">
            ${msg(str`Ronde ${r.round}, afgesloten op ${moment(r.closedAt)}`, { id: 'round.closed' })}
          </summary>
          ${opened.has(r.round) ? renderRound(r, questions, level + 1) : nothing}
        </details>`,
    )}
  </section>`;
}
