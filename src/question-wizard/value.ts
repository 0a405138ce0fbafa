/** The value of `<elz-question-wizard>` (public contract), host question sets, and their validation. */
import {
  PHASES,
  QUESTION_KINDS,
  defaultQuestions,
  type PhaseId,
  type Question,
  type QuestionKind,
} from '../content/questions.js';
import { localText, pick, type LocalText } from '../core/local-text.js';
import {
  LIMITS,
  ValidationError,
  array,
  boolean,
  isReservedKey,
  isoDate,
  nullable,
  object,
  oneOf,
  record,
  string,
  toPlain,
  uniqueIds,
  type Check,
  type ValueSchema,
} from '../core/schema.js';

/** Free text, the option chosen, the options chosen, or a point on the 1–5 scale. */
export type Answer = string | string[] | number;
export type Answers = Record<string, Answer>;
export type Step = PhaseId | 'summary';

export interface WizardCycle {
  cycle: number;
  answers: Answers;
  completedAt: string | null;
}

export interface WizardValue {
  schema: 'elz-question-wizard/1';
  updatedAt: string;
  /** 1 for the first cycle; earlier ones are in `history`. */
  cycle: number;
  /** Where the user is: a phase, or the summary. */
  phase: Step;
  /** Keyed by question id. Answers to questions no longer in the set are kept. */
  answers: Answers;
  completedAt: string | null;
  history: WizardCycle[];
}

export const STEPS: readonly Step[] = [...PHASES, 'summary'];
export const MAX_OPTIONS = 50;

const answer: Check<Answer> = (v, path) => {
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || v < 1 || v > 5)
      throw new ValidationError(path, { kind: 'type', expected: 'a whole number from 1 to 5' });
    return v;
  }
  if (Array.isArray(v)) return array(string(LIMITS.id), MAX_OPTIONS)(v, path);
  return string(LIMITS.text)(v, path);
};

/** Answers keyed by question id. */
export const answers = record(answer, LIMITS.items);
const cycleNumber: Check<number> = (v, path) => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 10_000)
    throw new ValidationError(path, { kind: 'type', expected: 'a whole number from 1' });
  return v;
};

export const wizardSchema: ValueSchema<WizardValue> = {
  name: 'elz-question-wizard',
  version: 1,
  fields: object(
    {
      cycle: cycleNumber,
      phase: oneOf(STEPS),
      answers,
      completedAt: nullable(isoDate),
      history: array(object({ cycle: cycleNumber, answers, completedAt: nullable(isoDate) }), LIMITS.items),
    },
    { cycle: 1, phase: 'discover', answers: {}, completedAt: null, history: [] },
  ),
};

export function emptyWizard(): WizardValue {
  return {
    schema: 'elz-question-wizard/1',
    updatedAt: new Date().toISOString(),
    cycle: 1,
    phase: 'discover',
    answers: {},
    completedAt: null,
    history: [],
  };
}

// ── Host question sets ─────────────────────────────────────────────────────────────────────────

export interface HostQuestion {
  id: string;
  phase: PhaseId;
  kind: QuestionKind;
  text: LocalText;
  help?: LocalText;
  options?: Array<{ id: string; text: LocalText }>;
  optional?: boolean;
  check?: boolean;
}

const hostQuestion = object(
  {
    id: string(LIMITS.id),
    phase: oneOf(PHASES),
    kind: oneOf(QUESTION_KINDS),
    text: localText(),
    help: localText(),
    options: array(object({ id: string(LIMITS.id), text: localText() }), MAX_OPTIONS),
    optional: boolean,
    check: boolean,
  },
  { help: undefined, options: undefined, optional: false, check: false },
);

/**
 * Validates a question set a host page passes (property or inline JSON), whole or not at all:
 * at most 500 questions, known phases and kinds, unique ids, options where a choice needs them.
 */
export function parseQuestionSet(input: unknown): HostQuestion[] {
  const list = array(hostQuestion, LIMITS.questions)(toPlain(input), 'questions');
  uniqueIds(list, 'questions');
  list.forEach((q, i) => {
    // Answers are stored under the question's id: it must not be a key that reaches a prototype.
    if (isReservedKey(q.id)) throw new ValidationError(`questions[${i}].id`, { kind: 'forbidden-key', key: q.id });
    const path = `questions[${i}].options`;
    const choice = q.kind === 'single' || q.kind === 'multiple';
    if (choice && !q.options?.length) throw new ValidationError(path, { kind: 'required' });
    if (!choice && q.options) throw new ValidationError(path, { kind: 'unknown-key', key: 'options' });
    if (q.options) uniqueIds(q.options, path);
  });
  return list as HostQuestion[];
}

/** The answer to a question, looked up as an own key only (`toString` is no question id). */
export function answerOf(answers: Answers, id: string): Answer | undefined {
  return Object.hasOwn(answers, id) ? answers[id] : undefined;
}

/** Whether there is an answer: an empty text or an empty choice is none. */
export function answered(a: Answer | undefined): boolean {
  return a !== undefined && a !== '' && !(Array.isArray(a) && a.length === 0);
}

/**
 * Default questions the engagement tool does not ask: the participation ladder already holds, per
 * group, the rung to reach and whether the group takes part directly or through representatives.
 */
export const ASKED_BY_THE_LADDER: readonly string[] = ['rung', 'form'];

/**
 * The questions of a cycle in the current language: check questions only from the second cycle
 * on, and none of `skip`.
 */
export function questionsFor(set: HostQuestion[] | null, cycle: number, skip: readonly string[] = []): Question[] {
  return (set ? localize(set) : defaultQuestions()).filter((q) => (!q.check || cycle > 1) && !skip.includes(q.id));
}

/** A host question set as the wizard shows it, in the current language. */
export function localize(set: HostQuestion[]): Question[] {
  return set.map((q) => ({
    ...q,
    text: pick(q.text) ?? q.id,
    help: pick(q.help),
    options: q.options?.map((o) => ({ id: o.id, text: pick(o.text) ?? o.id })),
  }));
}

/** PDCA: the cycle goes to `history`; the next one starts at the first phase from its answers. */
export function nextCycle(value: WizardValue): WizardValue {
  const { cycle, answers, completedAt, history } = value;
  return {
    ...value,
    cycle: cycle + 1,
    phase: PHASES[0],
    completedAt: null,
    answers: { ...answers },
    history: [...history, { cycle, answers, completedAt }],
  };
}
