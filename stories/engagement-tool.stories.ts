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
import { workedExample } from '../src/engagement-tool/example.js';
import { startRound } from '../src/engagement-tool/rounds.js';
import { currentLocale } from '../src/core/locale.js';
import { emptyTool, ladderGroups, type ToolStep, type ToolValue } from '../src/engagement-tool/value.js';
import type { LadderGroup } from '../src/participation-ladder/value.js';
import { fallPreventionAnswers, fallPreventionStakeholders } from './data.js';
import { partnerGuidance } from './partner-guidance.js';

const T = '2025-03-12T09:30:00.000Z';

/** What the working group decided on the ladder, per stakeholder (ambition, way of taking part, note). */
const ambitions: Record<string, Partial<LadderGroup>> = {
  claeys: { target: 'co-decide', note: 'Zit mee in de stuurgroep vanaf de tweede bijeenkomst.' },
  'older-residents': {
    target: 'advise',
    mode: 'indirect',
    note: 'Via de seniorenraad en een bevraging aan huis.',
    representative: 'Seniorenraad van Brugge',
    feedback: 'Een lid van de seniorenraad brengt verslag uit op hun maandvergadering en neemt vragen mee terug.',
  },
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
    plan: {
      ambassador: 'Sofie Vermeulen (eerstelijnszone)',
      nextRound: '2025-09-15',
      actions: [
        {
          id: 'group:older-residents',
          title: 'Oudere buurtbewoners: van Informeren naar Adviseren',
          what: 'Een bevraging aan huis met de seniorenraad, en de resultaten bespreken op een buurtavond.',
          who: '',
          due: '2025-05-31',
          state: 'doing',
          note: '',
        },
        {
          id: 'group:claeys',
          title: 'Mevrouw Claeys: van Raadplegen naar Meebeslissen',
          what: 'Mevrouw Claeys vragen voor de stuurgroep; vervoer en een onkostenvergoeding regelen.',
          who: 'Buurtwerker Karim',
          due: '2025-04-15',
          state: 'todo',
          note: '',
        },
      ],
    },
  };
};

/**
 * The same project in its third round: some groups moved up the ladder, the informal network joined
 * the circle, and actions of the first rounds got done.
 */
const thirdRound = (): ToolValue => {
  const one = fallPrevention('summary');
  one.completedAt = '2025-04-30T16:00:00.000Z';
  let two = startRound(one, '2025-05-02T09:00:00.000Z');
  const moved = (v: ToolValue, id: string, level: ToolValue['circle']['stakeholders'][number]['level']) => ({
    ...v.circle,
    stakeholders: v.circle.stakeholders.map((s) => (s.id === id ? { ...s, level } : s)),
  });
  two = {
    ...two,
    circle: moved(two, 'older-residents', 'consult'),
    plan: { ...two.plan, actions: two.plan.actions.map((a) => ({ ...a, state: 'done' as const })) },
    completedAt: '2025-09-20T16:00:00.000Z',
  };
  const three = startRound(two, '2025-09-22T09:00:00.000Z');
  return {
    ...three,
    step: 'summary',
    circle: moved(three, 'claeys', 'co-decide'),
    wizard: {
      ...three.wizard,
      answers: {
        ...three.wizard.answers,
        'check-learned':
          'Mensen aan huis bevragen werkt beter dan een infomoment. Vroeger beginnen met de seniorenraad.',
      },
    },
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
the **questions** in three phases, the **plan** (what we do, who, by when) and the **summary** a team takes
into its meeting. A new round keeps the last one whole, and the summary shows what moved since.

**How it reaches a page**: a page that loads \`elz-widgets.js\` with a script tag gets it as soon as the element is in the page (in the HTML, or added later by a script or a framework): the script loads its code (with its three parts) and the page's language from the files beside it. With npm, import \`elz-widgets/engagement-tool/define.js\`.

- **The parts feed each other**: every stakeholder in the circle is a group on the ladder (same id). A level
  set on the ladder shows on the circle and the other way round; renaming a stakeholder renames its group and
  keeps the notes; removing it removes the group (undo brings it back with its notes).
- **Value**: \`{schema: "elz-engagement-tool/2", updatedAt, step, completedAt, round, circle, ladder, wizard, plan, rounds}\`
  with the three parts' values inside, the plan (\`{ambassador, nextRound, actions}\`) and earlier rounds, each
  kept whole (a value of version 1 is read and migrated). \`step\` (\`circle | ladder | questions | plan | summary\`)
  is where the user was: coming back lands there.
- **Plan-Do-Check-Act**: the plan lists every group whose goal is above where it stands and every gap in the
  circle; "Nieuwe ronde starten" keeps the round read-only and starts the next from it; from round 2 the
  summary shows per group the rung then and now, who joined or left, and what got done.
- **Events**: one \`elz-change\` per edit, from the tool, with the whole value (the parts' own events stay
  inside); \`elz-complete\` when the team marks the result as done; \`elz-error\`.
- **Settings**: \`sectors\` and \`questions\` as in the circle and the wizard, \`guidance\` as in the ladder
  (\`rungs\`) and the wizard (\`phases\`), or an inline
  \`<script type="application/json">{"sectors": […], "questions": […], "guidance": {…}}</script>\` child.
- **Introduction**: step 1 starts with what the tool is, why, and for whom; open for a team that starts,
  folded for one that comes back to its work.
- **Worked example**: a blank tool offers "Bekijk een uitgewerkt voorbeeld": a project around older people
  who live alone, like Marie-Rose, filled in through every step in the page's language; a banner says it is
  an example and clears it (undoable). It loads only when opened and never replaces work.`,
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

/** The worked example, opened: the banner on top, the circle of Marie-Rose's project (in the language shown). */
export const WorkedExample: Story = {
  render: () =>
    html`<elz-engagement-tool storage="none" .value=${workedExample(currentLocale())}></elz-engagement-tool>`,
};

/** The worked example's plan: what the team will do, who, by when, one action under way, the next round. */
export const WorkedExamplePlan: Story = {
  name: 'Worked example: the plan',
  render: () =>
    html`<elz-engagement-tool
      storage="none"
      .value=${{ ...workedExample(currentLocale()), step: 'plan' }}
    ></elz-engagement-tool>`,
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

/** Step 4, the plan: per group that should climb and per gap, what we do, who, by when and where it stands. */
export const Plan: Story = {
  name: 'Step 4: plan',
  render: () => html`<elz-engagement-tool storage="none" .value=${fallPrevention('plan')}></elz-engagement-tool>`,
};

/** An empty plan: a new tool at step 4, with only what the circle and the ladder ask for. */
export const PlanEmpty: Story = {
  name: 'Step 4: plan, empty',
  render: () =>
    html`<elz-engagement-tool storage="none" .value=${{ ...emptyTool(), step: 'plan' }}></elz-engagement-tool>`,
};

/** Step 5, the summary: balance hints, the plan as a table, the circle, the ladder now → goal, every answer. Printable. */
export const Summary: Story = {
  name: 'Step 5: summary',
  render: () => html`<elz-engagement-tool storage="none" .value=${fallPrevention('summary')}></elz-engagement-tool>`,
};

/** Round 3: what moved since round 2 (the ladder then faintly, now firmly), what got done, earlier rounds as they were. */
export const ThirdRound: Story = {
  name: 'Round 3, with what changed',
  render: () => html`<elz-engagement-tool storage="none" .value=${thirdRound()}></elz-engagement-tool>`,
};

/** The summary only, for a colleague who reads along. */
export const Readonly: Story = {
  render: () => html`<elz-engagement-tool storage="none" readonly .value=${thirdRound()}></elz-engagement-tool>`,
};

/** The plan on a phone (here 320 px wide): each item one line, opened to fill it in; the fields below each other. */
export const Phone: Story = {
  render: () =>
    html`<div style="max-width: 320px">
      <elz-engagement-tool storage="none" .value=${fallPrevention('plan')}></elz-engagement-tool>
    </div>`,
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

export const Nl: Story = inLocale('nl', localeRender);
export const Fr: Story = inLocale('fr', localeRender);
export const En: Story = inLocale('en', localeRender);
export const De: Story = inLocale('de', localeRender);
