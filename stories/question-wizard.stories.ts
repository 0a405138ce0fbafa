// The stories register the element themselves, through its define.js, as an npm user would.
import '../src/question-wizard/define.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import {
  elementArgTypes,
  elementArgs,
  elementIn,
  eventLog,
  inLocale,
  renderWithControls,
  type ElementArgs,
} from './helpers.js';
import type { ElzQuestionWizard } from '../src/question-wizard/question-wizard.js';
import type { Answers, HostQuestion, Step, WizardValue } from '../src/question-wizard/value.js';
import { fallPreventionAnswers } from './data.js';
import { partnerGuidance } from './partner-guidance.js';

const fallPrevention = (phase: Step = 'discover', answers: Answers = fallPreventionAnswers()): WizardValue => ({
  schema: 'elz-question-wizard/1',
  updatedAt: '2025-03-12T09:30:00.000Z',
  cycle: 1,
  phase,
  answers,
  completedAt: null,
  history: [],
});

/** The same project, with a few questions still open: the summary marks them "Niet beantwoord". */
const partlyAnswered = (): Answers => {
  const { story: _story, existing: _existing, support: _support, open: _open, ...rest } = fallPreventionAnswers();
  return rest;
};

/** A host's own, shorter question set, with texts in Dutch and French (the others fall back to Dutch). */
const hostQuestions = (): HostQuestion[] => [
  {
    id: 'residents',
    phase: 'discover',
    kind: 'text',
    text: {
      nl: 'Welke bewoners van de wijk willen we bereiken?',
      fr: 'Quels habitants du quartier voulons-nous toucher ?',
    },
    help: { nl: 'Denk ook aan wie zelden buitenkomt.', fr: 'Pensez aussi à ceux qui sortent rarement.' },
  },
  {
    id: 'meeting-place',
    phase: 'understand',
    kind: 'single',
    text: { nl: 'Waar komen ze het liefst samen?', fr: 'Où préfèrent-ils se réunir ?' },
    options: [
      { id: 'service-centre', text: { nl: 'In het dienstencentrum', fr: 'Au centre de services' } },
      { id: 'home', text: { nl: 'Bij iemand thuis', fr: 'Chez quelqu’un' } },
      { id: 'outside', text: { nl: 'Buiten, tijdens een wandeling', fr: 'Dehors, pendant une promenade' } },
    ],
  },
  {
    id: 'barriers',
    phase: 'understand',
    kind: 'multiple',
    text: { nl: 'Wat houdt hen tegen om mee te doen?', fr: 'Qu’est-ce qui les empêche de participer ?' },
    options: [
      { id: 'transport', text: { nl: 'Vervoer', fr: 'Le transport' } },
      { id: 'fear', text: { nl: 'Angst om te vallen', fr: 'La peur de tomber' } },
      { id: 'time', text: { nl: 'Het tijdstip', fr: 'L’horaire' } },
    ],
  },
  {
    id: 'trust',
    phase: 'self-direction',
    kind: 'scale',
    optional: true,
    text: {
      nl: 'Hoeveel vertrouwen heeft de groep in het project?',
      fr: 'Quelle confiance le groupe a-t-il dans le projet ?',
    },
  },
];

const wizardIn = (canvasElement: HTMLElement) => elementIn<ElzQuestionWizard>(canvasElement, 'elz-question-wizard');
type WizardArgs = ElementArgs;

const meta = {
  title: 'Elements/Question wizard',
  component: 'elz-question-wizard',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `The supporting questions of the engagement tool in three phases — **discover** the target group,
**understand** it (needs, situation), hand it the **direction** (self-direction) — and a summary, inside a
Plan-Do-Check-Act cycle: from the summary a new cycle starts, with the earlier answers as a starting point and
check questions about the last one.

**How it reaches a page**: a page that loads \`elz-widgets.js\` with a script tag gets it as soon as the element is in the page (in the HTML, or added later by a script or a framework): the script loads its code and the page's language from the files beside it. With npm, import \`elz-widgets/question-wizard/define.js\`.

- **Value**: \`el.value\` gets and sets the state as plain JSON
  (\`{schema: "elz-question-wizard/1", updatedAt, cycle, phase, answers, completedAt, history}\`, phase
  \`discover | understand | self-direction | summary\`; an answer is a text, an option id, a list of option ids
  or a whole number from 1 to 5; \`history\` holds the earlier cycles \`{cycle, answers, completedAt}\`).
  An invalid value throws a \`TypeError\` and changes nothing.
- **Questions**: \`el.questions\` takes a question set of the page's own
  (\`[{id, phase, kind: "text" | "single" | "multiple" | "scale", text, help?, options?, optional?, check?}]\`,
  texts as a string or per language \`{nl, fr, en, de}\`), or an inline \`<script type="application/json">\`
  child. An invalid set is refused whole.
- **The partner's own guidance**: \`el.guidance\` takes, per phase, a few sentences and links to the
  partner's methods (\`{"phases": {"discover": {"text": …, "links": [{"label": …, "url": "https://…"}]}}}\`, texts as
  a string or per language), shown under the phase's introduction. Also in an inline \`<script type="application/json">{"guidance": …}</script>\`.
  Refused whole when invalid: an unknown phase, a text over 1,000 characters, more than 5 links, a link that is
  not an \`https:\` or \`http:\` address.
- **Methods**: \`reset()\` clears the work (the user can undo it), \`forget()\` erases the stored data on this
  device, \`toJSON()\` returns the value.
- **Events**: \`elz-change\` (detail: the whole value), \`elz-complete\` (the user finished the cycle; detail:
  the whole value) and \`elz-error\` (detail: \`{code, message}\`).

Attributes, properties, events, CSS parts and custom properties below come from \`dist/custom-elements.json\`.
Every story keeps its data in memory (\`storage="none"\`) or under its own key, so none leaks into another.`,
      },
    },
  },
  args: elementArgs,
  argTypes: elementArgTypes,
  render: renderWithControls('elz-question-wizard'),
} satisfies Meta<WizardArgs>;

export default meta;
type Story = StoryObj<WizardArgs>;

/**
 * Try every attribute, and edit `value` as JSON. With `storage` set to `local` or `session`, the
 * work is saved under this story's own key; a `value` set by the page (here: the control) wins over
 * what was stored, as the contract says. Clear the `value` control to see the stored work come back.
 */
export const Playground: Story = {
  args: { storage: 'none', 'storage-key': 'elz-storybook-wizard-playground', value: fallPrevention() },
  parameters: { elz: { keepStorage: true } },
};

/** A new wizard: the first phase, no answers yet. */
export const Empty: Story = {
  render: () => html`<elz-question-wizard storage="none"></elz-question-wizard>`,
};

/** Phase 1, discover: who has to do with the theme, who is hard to reach, and how to reach them. */
export const Discover: Story = {
  render: () => html`<elz-question-wizard storage="none" .value=${fallPrevention('discover')}></elz-question-wizard>`,
};

/** Phase 2, understand: the group's needs and situation, and how well we know it. */
export const Understand: Story = {
  render: () => html`<elz-question-wizard storage="none" .value=${fallPrevention('understand')}></elz-question-wizard>`,
};

/** Phase 3, self-direction: how the group takes part, how far, and who decides. */
export const SelfDirection: Story = {
  name: 'Self-direction',
  render: () =>
    html`<elz-question-wizard storage="none" .value=${fallPrevention('self-direction')}></elz-question-wizard>`,
};

/**
 * The summary: every answer per phase, "Niet beantwoord" where a question is still open, and the
 * buttons to finish the cycle, print, or start a new cycle.
 */
export const Summary: Story = {
  render: () =>
    html`<elz-question-wizard
      storage="none"
      .value=${fallPrevention('summary', partlyAnswered())}
    ></elz-question-wizard>`,
};

/**
 * The second cycle of Plan-Do-Check-Act: the answers of the first cycle are the starting point, the
 * first cycle is kept in `history` (shown in the summary), and phase 1 starts with the check questions.
 */
export const SecondCycle: Story = {
  name: 'Second cycle',
  render: () =>
    html`<elz-question-wizard
      storage="none"
      .value=${{
        ...fallPrevention('discover'),
        cycle: 2,
        history: [{ cycle: 1, answers: partlyAnswered(), completedAt: '2025-06-20T14:00:00.000Z' }],
      }}
    ></elz-question-wizard>`,
};

/**
 * A question set of the host page's own, set through the `questions` property: four questions with
 * texts in Dutch and French. Switch the toolbar's locale to French to see them change; in English and
 * German they fall back to Dutch.
 */
export const CustomSet: Story = {
  name: 'Custom question set',
  render: () => html`<elz-question-wizard storage="none" .questions=${hostQuestions()}></elz-question-wizard>`,
};

/**
 * The partner's own guidance (`guidance`): per phase, a few sentences and links to its methods, under the
 * phase's introduction — here a Brussels partner's, in Dutch and French (switch the toolbar's locale). Links
 * open the partner's page in a new tab and say so. Also read from an inline
 * `<script type="application/json">{"questions": […], "guidance": …}</script>` (both optional).
 */
export const PartnerGuidance: Story = {
  name: "Partner's guidance",
  render: () =>
    html`<elz-question-wizard
      storage="none"
      .guidance=${partnerGuidance()}
      .value=${fallPrevention('discover')}
    ></elz-question-wizard>`,
};

/** The project's answers, `readonly`: the summary as text, no fields or buttons to edit it. */
export const Readonly: Story = {
  render: () =>
    html`<elz-question-wizard storage="none" readonly .value=${fallPrevention('discover')}></elz-question-wizard>`,
};

/**
 * An invalid question set is refused whole: setting it throws a `TypeError` that names the field, an
 * `elz-error` event fires, a notice in the user's language appears, and the questions stay as they were.
 */
export const ErrorState: Story = {
  name: 'Error',
  render: () => {
    const { pre, write } = eventLog('What the page received');
    return html`
      <elz-question-wizard
        storage="none"
        .value=${fallPrevention('discover')}
        @elz-error=${(e: CustomEvent<{ code: string; message: string }>) =>
          write(`elz-error ${JSON.stringify(e.detail)}`)}
      ></elz-question-wizard>
      ${pre}
    `;
  },
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    const el = await wizardIn(canvasElement);
    const pre = canvasElement.querySelector<HTMLPreElement>('.elz-story-log')!;
    try {
      el.questions = [{ id: 'steps-per-day', phase: 'discover', kind: 'slider', text: 'Hoeveel stappen per dag?' }];
    } catch (e) {
      pre.textContent += `\nthrown: ${e instanceof TypeError ? `TypeError (${e.name}): ${e.message}` : String(e)}`;
    }
    await el.updateComplete;
    if (el.questions !== null) throw new Error('the refused question set replaced the default one');
  },
};

/** Everything works with the keyboard alone. */
export const Keyboard: Story = {
  render: () => html`<elz-question-wizard storage="none" .value=${fallPrevention('discover')}></elz-question-wizard>`,
  parameters: {
    docs: {
      description: {
        story: `The fields are native text areas, radio buttons and checkboxes, so the keys are the ones every
browser knows:

- **Tab** / **Shift+Tab** move between the steps, the questions and the buttons. A group of options
  (one choice, or the 1–5 scale) is one Tab stop; every checkbox is a stop of its own.
- **Arrow Up** / **Arrow Down** (or Left / Right) choose within a group of options: the choice follows the focus.
- **Space** ticks or clears a checkbox (and chooses the focused option when none is chosen yet).
- **Enter** (or Space) on "Verder" goes to the next step, on "Vorige" to the one before; the step buttons
  at the top go straight to a phase or to the summary.
- After each move the focus lands on the new step's heading, so screen readers say where you are; Tab
  goes on from there to its first question.

The play function puts the focus in the first text area, so you can start typing, then Tab on.`,
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = await wizardIn(canvasElement);
    el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!.focus();
  },
};

const localeRender = () => html`<elz-question-wizard storage="none"></elz-question-wizard>`;

export const Nl: Story = inLocale('nl', localeRender);
export const Fr: Story = inLocale('fr', localeRender);
export const En: Story = inLocale('en', localeRender);
export const De: Story = inLocale('de', localeRender);

/**
 * The events a host page can listen to: `elz-change` after every change (its `detail` is the whole
 * value), `elz-complete` when the user finishes the cycle ("Ronde afronden" in the summary) and
 * `elz-error` when something is refused. They go to the Actions panel and to the log. Answer a
 * question, move to another step or finish the cycle to see them.
 */
export const Events: Story = {
  render: () => {
    const { pre, write } = eventLog('Events received');
    const change = action('elz-change');
    const complete = action('elz-complete');
    const error = action('elz-error');
    return html`
      <elz-question-wizard
        storage="none"
        @elz-change=${(e: CustomEvent<WizardValue>) => {
          change(e.detail);
          const ids = Object.keys(e.detail.answers);
          write(
            `elz-change: cycle ${e.detail.cycle}, ${e.detail.phase}, ${ids.length} answered${ids.length ? ` (${ids.join(', ')})` : ''}`,
          );
        }}
        @elz-complete=${(e: CustomEvent<WizardValue>) => {
          complete(e.detail);
          write(`elz-complete: cycle ${e.detail.cycle} finished at ${e.detail.completedAt}`);
        }}
        @elz-error=${(e: CustomEvent<{ code: string; message: string }>) => {
          error(e.detail);
          write(`elz-error: ${e.detail.code} — ${e.detail.message}`);
        }}
      ></elz-question-wizard>
      ${pre}
    `;
  },
  play: async ({ canvasElement }) => {
    const el = await wizardIn(canvasElement);
    // One change, so the log shows what an event carries: "hard to reach" — people who live alone.
    el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')[3]?.click();
  },
};
