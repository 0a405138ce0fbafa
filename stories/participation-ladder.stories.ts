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
import type { ElzParticipationLadder } from '../src/participation-ladder/participation-ladder.js';
import type { LadderValue } from '../src/participation-ladder/value.js';
import { partnerGuidance } from './partner-guidance.js';

/**
 * A realistic case: a fall-prevention project (valpreventie) in Sint-Kruis, Bruges, and the four
 * groups it wants to involve — where each stands now, the ambition, and how it takes part.
 */
const fallPrevention = (): LadderValue => ({
  schema: 'elz-participation-ladder/2',
  updatedAt: '2025-03-12T09:30:00.000Z',
  groups: [
    {
      id: 'older-residents',
      name: 'Oudere buurtbewoners',
      current: 'inform',
      target: 'collaborate',
      mode: 'direct',
      note: 'Infomoment in het dienstencentrum; daarna een werkgroep met de buurt.',
      representative: '',
      feedback: '',
    },
    {
      id: 'carers',
      name: 'Mantelzorgers',
      current: 'consult',
      target: 'advise',
      mode: 'indirect',
      note: 'Via de mantelzorgvereniging',
      representative: 'De voorzitter van de mantelzorgvereniging',
      feedback: 'Ze brengt verslag uit op de maandelijkse bijeenkomst van de vereniging en neemt hun vragen mee terug.',
    },
    {
      id: 'experts-by-experience',
      name: 'Ervaringsdeskundigen',
      current: 'advise',
      target: 'co-decide',
      mode: 'direct',
      note: '',
      representative: '',
      feedback: '',
    },
    {
      id: 'gps-home-nursing',
      name: 'Huisartsen en thuisverpleging',
      current: 'collaborate',
      target: 'collaborate',
      mode: 'direct',
      note: '',
      representative: '',
      feedback: '',
    },
  ],
});

const ladderIn = (canvasElement: HTMLElement) =>
  elementIn<ElzParticipationLadder>(canvasElement, 'elz-participation-ladder');
type LadderArgs = ElementArgs;

const meta = {
  title: 'Elements/Participation ladder',
  component: 'elz-participation-ladder',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `How far each group is involved: the five rungs of the participation ladder, from informing
to deciding together. Per group: where it stands now, the ambition, and whether it takes part directly or
through representatives. The picture has a column per group, rung 5 on top; on a phone (below 30rem) a row
per group, rung 1 on the left.

**How it reaches a page**: a page that loads \`elz-widgets.js\` with a script tag gets it as soon as the element is in the page (in the HTML, or added later by a script or a framework): the script loads its code and the page's language from the files beside it. With npm, import \`elz-widgets/participation-ladder/define.js\`.

- **Value**: \`el.value\` gets and sets the state as plain JSON
  (\`{schema: "elz-participation-ladder/1", updatedAt, groups: [{id, name, current, target, mode, note}]}\`,
  rung ids \`inform | consult | advise | collaborate | co-decide\`, mode \`direct | indirect\`). An invalid value
  throws a \`TypeError\` and changes nothing.
- **The partner's own guidance**: \`el.guidance\` takes, per rung, a few sentences and links to the
  partner's methods (\`{"rungs": {"consult": {"text": …, "links": [{"label": …, "url": "https://…"}]}}}\`, texts as
  a string or per language), shown with the rung's explanation and under a group's ambition. Also in an inline \`<script type="application/json">{"guidance": …}</script>\`.
  Refused whole when invalid: an unknown rung, a text over 1,000 characters, more than 5 links, a link that is
  not an \`https:\` or \`http:\` address.
- **Methods**: \`reset()\` clears the work (the user can undo it), \`forget()\` erases the stored data on this
  device, \`toJSON()\` returns the value.
- **Events**: \`elz-change\` (detail: the whole value) and \`elz-error\` (detail: \`{code, message}\`).

Attributes, properties, events, CSS parts and custom properties below come from \`dist/custom-elements.json\`.
Every story keeps its data in memory (\`storage="none"\`) or under its own key, so none leaks into another.`,
      },
    },
  },
  args: elementArgs,
  argTypes: elementArgTypes,
  render: renderWithControls('elz-participation-ladder'),
} satisfies Meta<LadderArgs>;

export default meta;
type Story = StoryObj<LadderArgs>;

/**
 * Try every attribute, and edit `value` as JSON. With `storage` set to `local` or `session`, the
 * work is saved under this story's own key; a `value` set by the page (here: the control) wins over
 * what was stored, as the contract says. Clear the `value` control to see the stored work come back.
 */
export const Playground: Story = {
  args: { storage: 'none', 'storage-key': 'elz-storybook-playground', value: fallPrevention() },
  parameters: { elz: { keepStorage: true } },
};

/** A new ladder: one group for citizens and persons with a care need, nothing chosen yet. */
export const Empty: Story = {
  render: () => html`<elz-participation-ladder storage="none"></elz-participation-ladder>`,
};

/** A fall-prevention project in Sint-Kruis (Bruges) with four groups, now and ambition. */
export const Filled: Story = {
  render: () => html`<elz-participation-ladder storage="none" .value=${fallPrevention()}></elz-participation-ladder>`,
};

/**
 * The same ladder on a phone (here 320 px wide): below 30rem the picture turns each group into a row,
 * its whole name above a track from rung 1 (left) to 5 (right), so that it never scrolls sideways.
 */
export const Phone: Story = {
  render: () =>
    html`<div style="max-width: 320px">
      <elz-participation-ladder storage="none" .value=${fallPrevention()}></elz-participation-ladder>
    </div>`,
};

/** The same ladder, `readonly`: the state as text, no controls to edit it. */
export const Readonly: Story = {
  render: () =>
    html`<elz-participation-ladder storage="none" readonly .value=${fallPrevention()}></elz-participation-ladder>`,
};

/**
 * An invalid value is refused whole: setting it throws a `TypeError` that names the field, an
 * `elz-error` event fires, a notice in the user's language appears, and the state stays as it was.
 */
export const ErrorState: Story = {
  name: 'Error',
  render: () => {
    const { pre, write } = eventLog('What the page received');
    return html`
      <elz-participation-ladder
        storage="none"
        .value=${{ ...fallPrevention(), groups: fallPrevention().groups.slice(0, 1) }}
        @elz-error=${(e: CustomEvent<{ code: string; message: string }>) =>
          write(`elz-error ${JSON.stringify(e.detail)}`)}
      ></elz-participation-ladder>
      ${pre}
    `;
  },
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    const el = await ladderIn(canvasElement);
    const pre = canvasElement.querySelector<HTMLPreElement>('.elz-story-log')!;
    try {
      el.value = {
        schema: 'elz-participation-ladder/1',
        groups: [{ id: 'older-residents', name: 'Oudere buurtbewoners', current: 'shout' }],
      };
    } catch (e) {
      pre.textContent += `\nthrown: ${e instanceof TypeError ? `TypeError (${e.name}): ${e.message}` : String(e)}`;
    }
    await el.updateComplete;
    if (el.value.groups.length !== 1) throw new Error('the refused value changed the state');
  },
};

/**
 * The partner's own guidance (`guidance`): per rung, a few sentences and links to its methods, here those of
 * a Brussels partner, in Dutch and French. It shows with the rung's explanation and under a group's ambition
 * (open: the experts by experience, whose goal is to decide together). Links open the partner's page in a new
 * tab and say so. Also read from an inline `<script type="application/json">{"guidance": …}</script>`.
 */
export const PartnerGuidance: Story = {
  name: "Partner's guidance",
  render: () =>
    html`<elz-participation-ladder
      storage="none"
      .guidance=${partnerGuidance()}
      .value=${fallPrevention()}
    ></elz-participation-ladder>`,
  play: async ({ canvasElement }) => {
    const el = await ladderIn(canvasElement);
    el.shadowRoot!.querySelector<HTMLDetailsElement>('details.explain')!.open = true;
    el.shadowRoot!.querySelector<HTMLDetailsElement>('[data-group="experts-by-experience"] details')!.open = true;
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  },
};

/** Everything works with the keyboard alone. */
export const Keyboard: Story = {
  render: () => html`<elz-participation-ladder storage="none" .value=${fallPrevention()}></elz-participation-ladder>`,
  parameters: {
    docs: {
      description: {
        story: `The choices are native radio buttons, so the keys are the ones every browser knows:

- Each group is one line that says where it stands. **Enter** or **Space** on that line opens the group
  (or closes it). The first group that still needs a choice is open at the start, and a new group opens.
- **Tab** / **Shift+Tab** move between the groups of choices of an open group: its name, "where is it now",
  "what is your goal", direct or indirect, the note, the remove button, and then the next group's line.
  Each set of rungs is one Tab stop.
- **Arrow Up** / **Arrow Down** (or Left / Right) move a group up or down the ladder: the choice follows
  the focus and takes effect at once (and is saved, when the element keeps its work in storage).
- **Space** chooses the focused rung when none is chosen yet.
- **Enter** in the "new group" field adds the group; focus stays there for the next one.
- Removing a group moves focus to the next group's line, and the notice offers to undo it.

The play function puts the focus on the first group's line, so you can start with Enter and then Tab.`,
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = await ladderIn(canvasElement);
    el.shadowRoot!.querySelector<HTMLElement>('.group summary')!.focus();
  },
};

const localeRender = () => html`<elz-participation-ladder storage="none"></elz-participation-ladder>`;

export const Nl: Story = inLocale('nl', localeRender);
export const Fr: Story = inLocale('fr', localeRender);
export const En: Story = inLocale('en', localeRender);
export const De: Story = inLocale('de', localeRender);

/**
 * The events a host page can listen to: `elz-change` after every change (its `detail` is the whole
 * value) and `elz-error` when something is refused. They go to the Actions panel and to the log.
 * Choose a rung, rename a group or add one to see them.
 */
export const Events: Story = {
  render: () => {
    const { pre, write } = eventLog('Events received');
    const change = action('elz-change');
    const error = action('elz-error');
    return html`
      <elz-participation-ladder
        storage="none"
        @elz-change=${(e: CustomEvent<LadderValue>) => {
          change(e.detail);
          const groups = e.detail.groups.map((g) => `${g.name} (${g.current ?? '–'} → ${g.target ?? '–'}, ${g.mode})`);
          write(`elz-change: ${groups.join('; ')}`);
        }}
        @elz-error=${(e: CustomEvent<{ code: string; message: string }>) => {
          error(e.detail);
          write(`elz-error: ${e.detail.code} — ${e.detail.message}`);
        }}
      ></elz-participation-ladder>
      ${pre}
    `;
  },
  play: async ({ canvasElement }) => {
    const el = await ladderIn(canvasElement);
    // One change, so the log shows what an event carries.
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio][value="consult"]')?.click();
  },
};
