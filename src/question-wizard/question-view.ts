/**
 * The wizard's questions as the user answers them, and the answers as a summary shows them.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { PHASES, PHASE_TEXT, type Question } from '../content/questions.js';
import { heading } from '../core/heading.js';
import { typed } from '../core/input.js';
import { LIMITS } from '../core/schema.js';
import { answerOf, answered, type Answer, type Answers } from './value.js';
/**
 * One question as the user answers it: a text field with a count, or choices (one, several, or a
 * scale of 1 to 5). `answers()` is read when a choice changes, so that two quick clicks both count.
 */
export function renderQuestion(
  q: Question,
  id: string,
  answers: () => Answers,
  answer: (id: string, a: Answer | undefined) => void,
): TemplateResult {
  const value = answerOf(answers(), q.id);
  const optional = q.optional
    ? html` <span class="optional">${msg('(niet verplicht)', { id: 'wizard.optional' })}</span>`
    : nothing;
  const help = q.help ? html`<p class="help" id="${id}-help">${q.help}</p>` : nothing;
  if (q.kind === 'text') {
    const length = typeof value === 'string' ? value.length : 0;
    return html`<li class="question" part="question">
      <label for=${id}>${q.text}${optional}</label>
      ${help}
      <textarea
        id=${id}
        maxlength=${LIMITS.text}
        aria-describedby="${q.help ? `${id}-help ` : ''}${id}-count"
        .value=${live(typeof value === 'string' ? value : '')}
        @input=${(e: Event) => answer(q.id, typed(e))}
      ></textarea>
      <p class="count" id="${id}-count">${msg(str`${length} van ${LIMITS.text} tekens`, { id: 'wizard.count' })}</p>
    </li>`;
  }
  const scale = q.kind === 'scale';
  const options = scale
    ? [1, 2, 3, 4, 5].map((n) => ({ id: n, text: String(n) }))
    : (q.options ?? []).map((o) => ({ id: o.id as string | number, text: o.text }));
  const chosen = (o: string | number) => (Array.isArray(value) ? value.includes(o as string) : value === o);
  const toggle = (o: string | number, on: boolean) => {
    if (q.kind !== 'multiple') return answer(q.id, o);
    // The answer now, not the one this template saw: two quick clicks must both count.
    const now = answerOf(answers(), q.id);
    const list = Array.isArray(now) ? now.filter((v) => v !== o) : [];
    answer(q.id, on ? [...list, o as string] : list);
  };
  return html`<li class="question" part="question">
    <fieldset aria-describedby=${[q.help ? `${id}-help` : '', scale ? `${id}-scale` : ''].join(' ').trim() || nothing}>
      <legend>${q.text}${optional}</legend>
      ${help}
      ${
        scale
          ? html`<p class="help" id="${id}-scale">${msg('1 = helemaal niet, 5 = volledig', { id: 'wizard.scale' })}</p>`
          : nothing
      }
      <div class="options ${scale ? 'scale' : ''}">
        ${options.map(
          (o) =>
            html`<label class="option">
              <input
                type=${q.kind === 'multiple' ? 'checkbox' : 'radio'}
                name=${id}
                .checked=${chosen(o.id)}
                @change=${(e: Event) => toggle(o.id, (e.target as HTMLInputElement).checked)}
              />
              <span>${o.text}</span>
            </label>`,
        )}
      </div>
    </fieldset>
  </li>`;
}

/** An answer as text: the chosen options' words, a list, or n / 5. */
function show(q: Question | undefined, a: Answer) {
  if (typeof a === 'number') return `${a} / 5`;
  const text = (id: string) => q?.options?.find((o) => o.id === id)?.text ?? id;
  if (Array.isArray(a))
    return html`<ul>
      ${a.map((id) => html`<li>${text(id)}</li>`)}
    </ul>`;
  return q?.kind === 'single' ? text(a) : a;
}

/**
 * The answers under their phases' headings (at `level`), and any answer to a question the set no
 * longer has; `nested` inside an earlier round.
 */
export function renderAnswers(answers: Answers, list: Question[], level: number, nested = false): TemplateResult {
  const missing = msg('Niet beantwoord', { id: 'wizard.missing' });
  const known = new Set(list.map((q) => q.id));
  const other = Object.keys(answers).filter((id) => !known.has(id));
  return html`${PHASES.map(
    (p) =>
      html`${heading(level, PHASE_TEXT[p].name(), { className: 'phase-title' })}
        <dl class="answers">
          ${list
            .filter((q) => q.phase === p)
            .map((q) => {
              const a = answerOf(answers, q.id);
              return html`<dt>${q.text}</dt>
                ${
                  answered(a)
                    ? html`<dd>${show(q, a!)}</dd>`
                    : html`<dd class="missing ${q.optional ? 'optional' : ''}">${missing}</dd>`
                }`;
            })}
        </dl>`,
  )}
  ${
    other.length
      ? html`${nested ? nothing : heading(level, msg('Andere antwoorden', { id: 'wizard.other' }), { className: 'phase-title' })}
          <dl class="answers">
            ${other.map(
              (id) =>
                html`<dt>${id}</dt>
                  <dd>${show(undefined, answers[id])}</dd>`,
            )}
          </dl>`
      : nothing
  }`;
}
