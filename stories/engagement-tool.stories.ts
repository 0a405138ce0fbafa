// The stories register the element themselves, through its define.js, as an npm user would.
import '../src/engagement-tool/define.js';
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
import type { ElzEngagementTool } from '../src/engagement-tool/engagement-tool.js';
import { emptyTool, ladderGroups, type ToolStep, type ToolValue } from '../src/engagement-tool/value.js';
import type { LadderGroup } from '../src/participation-ladder/value.js';
import { fallPreventionAnswers, fallPreventionStakeholders } from './data.js';
import { partnerGuidance } from './partner-guidance.js';

const T = '2025-03-12T09:30:00.000Z';

/** What the working group decided on the ladder, per stakeholder (ambition, way of taking part, note). */
const ambitions: Record<string, Partial<LadderGroup>> = {
  claeys: { target: 'co-decide', note: 'Zit mee in de stuurgroep vanaf de tweede bijeenkomst.' },
  'older-residents': { target: 'advise', mode: 'indirect', note: 'Via de seniorenraad en een bevraging aan huis.' },
  carers: { target: 'advise' },
  'neighbourhood-committee': { target: 'collaborate' },
  'gp-circle': { target: 'collaborate' },
  'service-centre': { target: 'co-decide' },
};

/** The fall-prevention project in Sint-Kruis, Bruges, filled in up to the given step. */
const fallPrevention = (step: ToolStep = 'circle'): ToolValue => {
  const base = emptyTool();
  const stakeholders = fallPreventionStakeholders();
  const groups = ladderGroups(stakeholders, []).map((g) => ({ ...g, ...ambitions[g.id] }));
  return {
    ...base,
    updatedAt: T,
    step,
    circle: { ...base.circle, updatedAt: T, theme: 'Valpreventie in Sint-Kruis', stakeholders },
    ladder: { ...base.ladder, updatedAt: T, groups },
    wizard: { ...base.wizard, updatedAt: T, answers: fallPreventionAnswers() },
  };
};

const toolIn = (canvasElement: HTMLElement) => elementIn<ElzEngagementTool>(canvasElement, 'elz-engagement-tool');

const meta = {
  title: 'Elements/Engagement tool',
  component: 'elz-engagement-tool',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `The whole engagement tool (betrokkenheidstool) in one element, in four steps: **who** is involved
(the stakeholder circle), **how far** each of them takes part now and the ambition (the participation ladder),
the **questions** in three phases, and the **summary** a team takes into its meeting.

**How it reaches a page**: a page that loads \`elz-widgets.js\` with a script tag gets it as soon as the element is in the page (in the HTML, or added later by a script or a framework): the script loads its code (with its three parts) and the page's language from the files beside it. With npm, import \`elz-widgets/engagement-tool/define.js\`.

- **The parts feed each other**: every stakeholder in the circle is a group on the ladder (same id). A level
  set on the ladder shows on the circle and the other way round; renaming a stakeholder renames its group and
  keeps the notes; removing it removes the group (undo brings it back with its notes).
- **Value**: \`{schema: "elz-engagement-tool/1", updatedAt, step, completedAt, circle, ladder, wizard}\` with
  the three parts' values inside (a value of version 1 is read and migrated). \`step\` (\`circle | ladder | questions | summary\`) is where the user was:
  coming back lands there.
- **Events**: one \`elz-change\` per edit, from the tool, with the whole value (the parts' own events stay
  inside); \`elz-complete\` when the team marks the result as done; \`elz-error\`.
- **Settings**: \`sectors\` and \`questions\` as in the circle and the wizard, \`guidance\` as in the ladder
  (\`rungs\`) and the wizard (\`phases\`), or an inline
  \`<script type="application/json">{"sectors": […], "questions": […], "guidance": {…}}</script>\` child.
- **Introduction**: step 1 starts with what the tool is, why, and for whom; open for a team that starts,
  folded for one that comes back to its work.`,
      },
    },
  },
  args: elementArgs,
  argTypes: elementArgTypes,
  render: renderWithControls('elz-engagement-tool'),
} satisfies Meta<ElementArgs>;

export default meta;
type Story = StoryObj<ElementArgs>;

/** Try every attribute, and edit `value` as JSON. */
export const Playground: Story = {
  args: { storage: 'none', 'storage-key': 'elz-storybook-tool-playground', value: fallPrevention() },
  parameters: { elz: { keepStorage: true } },
};

/** A new tool: step 1, nobody in the circle yet. */
export const Empty: Story = {
  render: () => html`<elz-engagement-tool storage="none"></elz-engagement-tool>`,
};

/**
 * The introduction at the start (seed 000, "Wat / Waarom / Wie"): what the tool is, why, and for whom, in a
 * few plain sentences. Open for a team that starts; folded for one that comes back to its work (see "Step 1:
 * circle"). Folding it is for the visit only, and no part of the value.
 */
export const Introduction: Story = {
  render: () => html`<elz-engagement-tool storage="none"></elz-engagement-tool>`,
};

/** The introduction and step 1 on a phone (320 px wide). */
export const IntroductionPhone: Story = {
  name: 'Introduction on a phone',
  render: () =>
    html`<div style="max-width: 320px">
      <elz-engagement-tool storage="none"></elz-engagement-tool>
    </div>`,
};

/**
 * A partner's own guidance (`guidance`), passed to the ladder (per rung) and the questions (per phase): here
 * on the first phase of the questions. A page sets it as a property or in its inline settings,
 * `<script type="application/json">{"guidance": …}</script>`, beside `sectors` and `questions`.
 */
export const PartnerGuidance: Story = {
  name: "Partner's guidance",
  render: () =>
    html`<elz-engagement-tool storage="none" .guidance=${partnerGuidance()} .value=${fallPrevention('questions')}>
    </elz-engagement-tool>`,
};

/** Step 1, who: the circle of the fall-prevention project, with its gaps. */
export const Circle: Story = {
  name: 'Step 1: circle',
  render: () => html`<elz-engagement-tool storage="none" .value=${fallPrevention('circle')}></elz-engagement-tool>`,
};

/** Step 2, how far: the circle's stakeholders on the ladder, now and the ambition. */
export const Ladder: Story = {
  name: 'Step 2: ladder',
  render: () => html`<elz-engagement-tool storage="none" .value=${fallPrevention('ladder')}></elz-engagement-tool>`,
};

/** Step 3, the questions in three phases. */
export const Questions: Story = {
  name: 'Step 3: questions',
  render: () => html`<elz-engagement-tool storage="none" .value=${fallPrevention('questions')}></elz-engagement-tool>`,
};

/** Step 4, the summary: balance hints, the circle, the ladder now → goal, every answer. Printable. */
export const Summary: Story = {
  name: 'Step 4: summary',
  render: () => html`<elz-engagement-tool storage="none" .value=${fallPrevention('summary')}></elz-engagement-tool>`,
};

/** The summary only, for a colleague who reads along. */
export const Readonly: Story = {
  render: () =>
    html`<elz-engagement-tool storage="none" readonly .value=${fallPrevention('ladder')}></elz-engagement-tool>`,
};

/**
 * What the page receives: one `elz-change` per edit, from the tool, with the whole value. Change a rung
 * on the ladder: the log shows the new level in `ladder` and in `circle` at once.
 */
export const Events: Story = {
  render: () => {
    const { pre, write } = eventLog('What the page received');
    const log = (e: CustomEvent<ToolValue>) => {
      action(e.type)(e.detail);
      const from = (e.target as Element).localName;
      write(`${e.type} from <${from}>: step ${e.detail.step}, ${e.detail.circle.stakeholders.length} stakeholders`);
    };
    return html`
      <elz-engagement-tool
        storage="none"
        .value=${fallPrevention('ladder')}
        @elz-change=${log}
        @elz-complete=${log}
      ></elz-engagement-tool>
      ${pre}
    `;
  },
};

/** A refused value: a stakeholder in a ring that does not exist. The message names it; nothing changes. */
export const ErrorState: Story = {
  name: 'Error',
  render: () => {
    const { pre, write } = eventLog('What the page received');
    return html`
      <elz-engagement-tool
        storage="none"
        .value=${fallPrevention('circle')}
        @elz-error=${(e: CustomEvent<{ code: string; message: string }>) =>
          write(`elz-error ${JSON.stringify(e.detail)}`)}
      ></elz-engagement-tool>
      ${pre}
    `;
  },
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    const el = await toolIn(canvasElement);
    const pre = canvasElement.querySelector<HTMLPreElement>('.elz-story-log')!;
    const before = el.value;
    try {
      el.value = {
        ...before,
        circle: { ...before.circle, stakeholders: [{ ...before.circle.stakeholders[0], ring: 'outer' }] },
      };
    } catch (e) {
      pre.textContent += `\nthrown: ${e instanceof TypeError ? `TypeError (${e.name}): ${e.message}` : String(e)}`;
    }
    await el.updateComplete;
    if (el.value.circle.stakeholders.length !== before.circle.stakeholders.length)
      throw new Error('the refused value changed the tool');
  },
};

const localeRender = () =>
  html`<elz-engagement-tool storage="none" .value=${fallPrevention('ladder')}></elz-engagement-tool>`;

export const Nl: Story = { ...inLocale('nl', localeRender), name: 'Nederlands (nl)' };
export const Fr: Story = { ...inLocale('fr', localeRender), name: 'Français (fr)' };
export const En: Story = { ...inLocale('en', localeRender), name: 'English (en)' };
export const De: Story = { ...inLocale('de', localeRender), name: 'Deutsch (de)' };
