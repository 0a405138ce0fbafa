/**
 * Moving through the tool: where the user can be (the steps, and inside step 3 the three phases of
 * the questions), the one list that shows where the user is, and one way back and one way forward
 * under each step.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { PHASES, PHASE_TEXT, type PhaseId, type Question } from '../content/questions.js';
import { answerOf, answered } from '../question-wizard/value.js';
import { TOOL_STEPS, type ToolStep, type ToolValue } from './value.js';

/** A place in the tool: a step, and in step 3 the phase of the questions. */
export interface Place {
  step: ToolStep;
  phase?: PhaseId;
}

/** Every place, in order. */
export const PLACES: readonly Place[] = TOOL_STEPS.flatMap((step): Place[] =>
  step === 'questions' ? PHASES.map((phase) => ({ step, phase })) : [{ step }],
);

/** What the navigation shows, and how it moves the user. */
export interface Navigation {
  value: ToolValue;
  /** The questions of this round, as step 3 asks them. */
  questions: readonly Question[];
  moveTo(place: Place): void;
}

/** Where the user is, as an index of `PLACES`; inside step 3 the phase the questions are at. */
export function placeIndex({ step, wizard }: ToolValue): number {
  if (step !== 'questions') return PLACES.findIndex((p) => p.step === step);
  const phase = PHASES.indexOf(wizard.phase as PhaseId);
  return PLACES.findIndex((p) => p.step === 'questions') + (phase < 0 ? PHASES.length - 1 : phase);
}

export function stepName(step: ToolStep): string {
  switch (step) {
    case 'circle':
      return msg('Wie is betrokken?', { id: 'circle.title' });
    case 'ladder':
      return msg('Participatieladder', { id: 'ladder.title' });
    case 'questions':
      return msg('Vragen', { id: 'tool.step.questions' });
    case 'plan':
      return msg('Plan', { id: 'tool.step.plan' });
    case 'summary':
      return msg('Overzicht', { id: 'wizard.summary' });
  }
}

const placeName = ({ step, phase }: Place): string => (phase ? PHASE_TEXT[phase].name() : stepName(step));

/** The one list of where the user is: the steps, and in step 3 its three phases. */
export function renderSteps(nav: Navigation, current: ToolStep): TemplateResult {
  const place = PLACES[placeIndex(nav.value)];
  return html`<nav part="steps" aria-label=${msg('De stappen', { id: 'tool.steps' })}>
    <ol class="steps tool-steps">
      ${TOOL_STEPS.map(
        (s, i) =>
          html`<li>
            <button
              type="button"
              aria-current=${s !== current ? 'false' : s === 'questions' ? 'true' : 'step'}
              @click=${() => nav.moveTo({ step: s })}
            >
              <span class="n" aria-hidden="true">${i + 1}</span> <span class="name">${stepName(s)}</span>
            </button>
            ${s === 'questions' && current === 'questions' ? renderPhases(nav, place.phase!) : nothing}
          </li>`,
      )}
    </ol>
  </nav>`;
}

/** The three phases of step 3, each with how many of its questions are answered. */
function renderPhases(nav: Navigation, current: PhaseId): TemplateResult {
  const { answers } = nav.value.wizard;
  return html`<ol class="steps phases">
    ${PHASES.map((p, i) => {
      const qs = nav.questions.filter((q) => q.phase === p);
      const done = qs.filter((q) => answered(answerOf(answers, q.id))).length;
      return html`<li>
        <button
          type="button"
          aria-current=${p === current ? 'step' : 'false'}
          @click=${() => nav.moveTo({ step: 'questions', phase: p })}
        >
          <span class="n" aria-hidden="true">3.${i + 1}</span> <span class="name">${PHASE_TEXT[p].name()}</span>
          <span class="tally">${done}/${qs.length}</span>
        </button>
      </li>`;
    })}
  </ol>`;
}

/** One way back and one way forward, phase by phase through step 3. */
export function renderStepNav(nav: Navigation): TemplateResult {
  const here = placeIndex(nav.value);
  const back = PLACES[here - 1];
  const next = PLACES[here + 1];
  return html`<div class="step-nav no-print">
    ${
      back
        ? html`<button type="button" @click=${() => nav.moveTo(back)}>${msg('Vorige', { id: 'wizard.back' })}</button>`
        : nothing
    }
    ${
      next
        ? html`<button type="button" class="primary" @click=${() => nav.moveTo(next)}>
            ${msg(str`Verder: ${placeName(next)}`, { id: 'wizard.next' })}
          </button>`
        : nothing
    }
  </div>`;
}
