// The stories register the element themselves, through its define.js, as an npm user would.
import '../src/stakeholder-circle/define.js';
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
import type { ElzStakeholderCircle } from '../src/stakeholder-circle/stakeholder-circle.js';
import type { CircleValue, HostSector, Stakeholder } from '../src/stakeholder-circle/value.js';
import { fallPreventionStakeholders, stakeholder } from './data.js';

const circle = (theme: string, stakeholders: Stakeholder[]): CircleValue => ({
  schema: 'elz-stakeholder-circle/2',
  updatedAt: '2025-03-12T09:30:00.000Z',
  theme,
  stakeholders,
});

const fallPrevention = (): CircleValue => circle('Valpreventie in Sint-Kruis', fallPreventionStakeholders());

/**
 * A big circle: 200 stakeholders, unevenly spread over the rings and sectors as in a large project.
 * Most cells hold more people than fit, so the picture shows a count there; the few small cells
 * still show everyone. Names are generated, Dutch, and the same every time.
 */
const dense = (): CircleValue => {
  const first = ['An', 'Bart', 'Els', 'Dirk', 'Griet', 'Jan', 'Katrien', 'Luc', 'Mieke', 'Pieter', 'Sofie', 'Wim'];
  const last = ['Peeters', 'Janssens', 'Maes', 'Claeys', 'Vermeulen', 'Willems', 'Goossens', 'De Smet', 'Wouters'];
  const perCell: Array<[Stakeholder['ring'], string, number]> = [
    ['person', 'care', 20],
    ['person', 'welfare', 25],
    ['person', 'local-government', 2],
    ['person', 'wwol', 10],
    ['informal', 'care', 15],
    ['informal', 'welfare', 30],
    ['informal', 'local-government', 12],
    ['informal', 'wwol', 8],
    ['informal', 'second-line', 1],
    ['formal', 'care', 40],
    ['formal', 'welfare', 20],
    ['formal', 'local-government', 10],
    ['formal', 'wwol', 4],
    ['formal', 'second-line', 3],
  ];
  const levels = [null, 'inform', 'consult', 'advise', 'collaborate', 'co-decide'] as const;
  const involvements = ['involved', 'involved', 'planned', 'not-involved'] as const;
  let i = 0;
  const stakeholders = perCell.flatMap(([ring, sector, count]) =>
    Array.from({ length: count }, () => {
      const n = i++;
      return stakeholder({
        id: `d${n}`,
        name: `${first[n % first.length]} ${last[(n * 7) % last.length]}`,
        ring,
        sector,
        involvement: involvements[n % involvements.length],
        level: levels[n % levels.length],
        hardToReach: n % 17 === 0,
      });
    }),
  );
  return circle('Gezond ouder worden in de eerstelijnszone', stakeholders);
};

/** A host's own sector list, four sectors with names in Dutch and French (the others fall back to Dutch). */
const hostSectors = (): HostSector[] => [
  { id: 'health', name: { nl: 'Gezondheid', fr: 'Santé' } },
  { id: 'social', name: { nl: 'Sociaal werk', fr: 'Travail social' } },
  { id: 'housing', name: { nl: 'Wonen', fr: 'Logement' } },
  { id: 'youth', name: { nl: 'Onderwijs en jeugd', fr: 'Enseignement et jeunesse' } },
];

/** A bilingual Brussels project, using the host's sectors. */
const hostCircle = (): CircleValue =>
  circle('Bewegen in de wijk', [
    stakeholder({ id: 'parents', name: 'Ouders van de wijk', ring: 'person', sector: 'youth', level: 'consult' }),
    stakeholder({
      id: 'tenants',
      name: 'Huurders van de sociale woningen',
      ring: 'person',
      sector: 'housing',
      involvement: 'planned',
      hardToReach: true,
    }),
    stakeholder({ id: 'sports-club', name: 'Buurtsportclub', ring: 'informal', sector: 'youth', level: 'collaborate' }),
    stakeholder({ id: 'mosque', name: 'Moskeevereniging', ring: 'informal', sector: 'social', involvement: 'planned' }),
    stakeholder({
      id: 'medical-house',
      name: 'Wijkgezondheidscentrum',
      ring: 'formal',
      sector: 'health',
      level: 'advise',
    }),
    stakeholder({ id: 'cpas', name: 'OCMW / CPAS', ring: 'formal', sector: 'social', level: 'collaborate' }),
    stakeholder({ id: 'school', name: 'Basisschool De Linde', ring: 'formal', sector: 'youth', level: 'consult' }),
  ]);

const circleIn = (canvasElement: HTMLElement) =>
  elementIn<ElzStakeholderCircle>(canvasElement, 'elz-stakeholder-circle');
type CircleArgs = ElementArgs;

const meta = {
  title: 'Elements/Stakeholder circle',
  component: 'elz-stakeholder-circle',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `Who is involved: a circle of rings around the theme or action — **citizens and persons with a
care need** (person / PZON), their **informal network**, the **formal network** — divided into **sectors**
around the circle. It points out the gaps (nobody from the inner ring, no expert by experience, empty sectors,
hard-to-reach groups still waiting), counts per ring and sector, lists everyone as text, and downloads the picture as SVG or PNG,
with its legend drawn below the circle.

**How it reaches a page**: a page that loads \`elz-widgets.js\` with a script tag gets it as soon as the element is in the page (in the HTML, or added later by a script or a framework): the script loads its code and the page's language from the files beside it. With npm, import \`elz-widgets/stakeholder-circle/define.js\`.

- **Value**: \`el.value\` gets and sets the state as plain JSON
  (\`{schema: "elz-stakeholder-circle/2", updatedAt, theme, stakeholders}\`, each stakeholder
  \`{id, name, ring, sector, involvement, level, hardToReach, expert, note}\` with ring \`person | informal | formal\`,
  sector one of the sectors in force, involvement \`involved | planned | not-involved\`, level a rung of
  the participation ladder or \`null\`, and \`expert\` true for an expert by experience). A value of version 1
  (\`elz-stakeholder-circle/1\`, without \`expert\`) is read and migrated. An invalid value throws a
  \`TypeError\` and changes nothing.
- **Suggestions**: "Examples: who could you involve?" opens examples per ring and sector (the kinds of
  people and organisations the seeds name), one click or Enter to add one as "to be contacted"; only for the
  sectors the page uses. Their file loads when they are first opened.
- **Sectors**: the defaults are \`care\`, \`welfare\`, \`local-government\`, \`wwol\` (wonen, werken, onderwijs
  en leven) and \`second-line\`. \`el.sectors\` takes a list of the page's own (\`[{id, name}]\`, 1 to 12, names
  as a string or per language \`{nl, fr, en, de}\`), or an inline \`<script type="application/json">\` child.
  A list is refused whole when it is invalid or leaves out a sector a stakeholder uses.
- **Methods**: \`moveStakeholder(id, ring, sector)\`, \`pictureSvg()\` (the picture as an SVG document),
  \`reset()\` (the user can undo it), \`forget()\` (erases the stored data on this device), \`toJSON()\`.
- **Events**: \`elz-change\` (detail: the whole value) and \`elz-error\` (detail: \`{code, message}\`).

Attributes, properties, events, CSS parts and custom properties below come from \`dist/custom-elements.json\`.
Every story keeps its data in memory (\`storage="none"\`) or under its own key, so none leaks into another.`,
      },
    },
  },
  args: elementArgs,
  argTypes: elementArgTypes,
  render: renderWithControls('elz-stakeholder-circle'),
} satisfies Meta<CircleArgs>;

export default meta;
type Story = StoryObj<CircleArgs>;

/**
 * Try every attribute, and edit `value` as JSON. With `storage` set to `local` or `session`, the
 * work is saved under this story's own key; a `value` set by the page (here: the control) wins over
 * what was stored, as the contract says. Clear the `value` control to see the stored work come back.
 */
export const Playground: Story = {
  args: { storage: 'none', 'storage-key': 'elz-storybook-circle-playground', value: fallPrevention() },
  parameters: { elz: { keepStorage: true } },
};

/** A new circle: no theme, nobody yet — so every sector is a gap, and nobody from the inner ring is involved. */
export const Empty: Story = {
  render: () => html`<elz-stakeholder-circle storage="none"></elz-stakeholder-circle>`,
};

/**
 * A fall-prevention project in Sint-Kruis (Bruges) with 13 stakeholders over the three rings. The caption
 * names the rings, inside out, with a swatch of each ring's colour. Filled dots are involved, open ones
 * planned, dashed ones not involved yet; a red dot marks a hard-to-reach group.
 * "Wat valt op?" names the gaps: nobody from the second line, the older residents still waiting, and
 * professionals higher on the ladder than the residents themselves.
 */
export const Filled: Story = {
  render: () => html`<elz-stakeholder-circle storage="none" .value=${fallPrevention()}></elz-stakeholder-circle>`,
};

/**
 * The same circle on a phone (here 320 px wide): the picture scales, the legend starts at one edge,
 * and the list below says everything the picture says. On a touch screen a finger on the picture
 * scrolls and zooms the page, a tap on a dot opens its form, and the help says so.
 */
export const Phone: Story = {
  render: () =>
    html`<div style="max-width: 320px">
      <elz-stakeholder-circle storage="none" .value=${fallPrevention()}></elz-stakeholder-circle>
    </div>`,
};

/**
 * 200 stakeholders. A cell with more people than fit shows a count instead (focus it to hear who is in
 * it); the table counts per ring and sector, and the list opens a ring of more than 30 only on request.
 */
export const Dense: Story = {
  render: () => html`<elz-stakeholder-circle storage="none" .value=${dense()}></elz-stakeholder-circle>`,
};

/** The same project, `readonly`: the picture, gaps, counts and list, but no form, no dragging, no edits. */
export const Readonly: Story = {
  render: () =>
    html`<elz-stakeholder-circle storage="none" readonly .value=${fallPrevention()}></elz-stakeholder-circle>`,
};

/** Until `check` holds, looking every 20 ms (a story's element may load what it shows). */
async function until(check: () => unknown, what: string): Promise<void> {
  for (let i = 0; i < 250; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${what} did not show`);
}

/** A colleague's version of the project: one more stakeholder, and another note for the residents. */
const colleagues = (): CircleValue => {
  const own = fallPrevention();
  return {
    ...own,
    stakeholders: [
      ...own.stakeholders.map((s, i) => (i === 0 ? { ...s, note: 'Zij wil graag mee naar de stuurgroep.' } : s)),
      stakeholder({ id: 'pharmacist', name: 'Apotheker De Wilde', ring: 'formal', sector: 'care' }),
    ],
  };
};

/**
 * A colleague sent a link ("Delen via een link" in the actions bar makes one): the page opened with
 * `#elz=<storage key>:<the work>` in its address. Her work shows first, read-only, with the choice to
 * take it over, merge it into one's own or close — one's own work is not touched until then. "Sluiten"
 * takes only our part out of the address. (The story puts the link in this frame's address itself.)
 */
export const SharedLink: Story = {
  name: 'A shared link, opened',
  render: () => {
    const frame = document.createElement('div');
    void (async () => {
      const { encodeShare } = await import('../src/core/share-link.js');
      const fragment = await encodeShare('elz-storybook-circle-shared', colleagues());
      history.replaceState(history.state, '', `${location.pathname}${location.search}#${fragment}`);
      const el = document.createElement('elz-stakeholder-circle') as ElzStakeholderCircle;
      el.setAttribute('storage', 'none');
      el.setAttribute('storage-key', 'elz-storybook-circle-shared');
      el.value = fallPrevention();
      frame.append(el);
    })();
    return frame;
  },
  play: async ({ canvasElement }) => {
    await until(
      () => canvasElement.querySelector('elz-stakeholder-circle')?.shadowRoot?.querySelector('[part=shared]'),
      'the shared work',
    );
  },
};

/**
 * Opening a colleague's file while there is work asks: replace or merge. Merging keeps what only one
 * side has (the pharmacist comes in) and asks where both filled in the same field differently: here
 * the note on the residents. Each difference shows both versions; one's own is chosen until the user
 * picks the other. "Samenvoegen" applies it, says what came in, and can be undone.
 */
export const MergeDifferences: Story = {
  name: 'Merging, with a difference to choose',
  render: () =>
    html`<elz-stakeholder-circle
      storage="none"
      storage-key="elz-storybook-circle-merge"
      .value=${fallPrevention()}
    ></elz-stakeholder-circle>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('elz-stakeholder-circle')!;
    const root = el.shadowRoot!;
    const input = root.querySelector<HTMLInputElement>('[part=actions] input[type=file]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify(colleagues())], 'collega.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await until(() => root.querySelector('[part=import-choice] button.primary'), 'the choice');
    root.querySelector<HTMLButtonElement>('[part=import-choice] button.primary')!.click();
    await until(() => root.querySelector('[part=merge] fieldset'), 'the differences');
  },
};

/**
 * A sector list of the host page's own, set through the `sectors` property (before the value that uses
 * it): four sectors with names in Dutch and French. Switch the toolbar's locale to French to see them
 * change; in English and German they fall back to Dutch.
 */
export const CustomSectors: Story = {
  name: 'Custom sectors',
  render: () =>
    html`<elz-stakeholder-circle
      storage="none"
      .sectors=${hostSectors()}
      .value=${hostCircle()}
    ></elz-stakeholder-circle>`,
};

/**
 * An invalid value is refused whole: setting it throws a `TypeError` that names the field, an
 * `elz-error` event fires, a notice in the user's language appears, and the circle stays as it was.
 */
export const ErrorState: Story = {
  name: 'Error',
  render: () => {
    const { pre, write } = eventLog('What the page received');
    return html`
      <elz-stakeholder-circle
        storage="none"
        .value=${fallPrevention()}
        @elz-error=${(e: CustomEvent<{ code: string; message: string }>) =>
          write(`elz-error ${JSON.stringify(e.detail)}`)}
      ></elz-stakeholder-circle>
      ${pre}
    `;
  },
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    const el = await circleIn(canvasElement);
    const pre = canvasElement.querySelector<HTMLPreElement>('.elz-story-log')!;
    try {
      el.value = {
        schema: 'elz-stakeholder-circle/2',
        theme: 'Valpreventie in Sint-Kruis',
        stakeholders: [{ id: 'neighbours', name: 'Buren', ring: 'outer', sector: 'welfare' }],
      };
    } catch (e) {
      pre.textContent += `\nthrown: ${e instanceof TypeError ? `TypeError (${e.name}): ${e.message}` : String(e)}`;
    }
    await el.updateComplete;
    if (el.value.stakeholders.length !== fallPreventionStakeholders().length)
      throw new Error('the refused value changed the state');
  },
};

/** Opens the examples of a story's circle and waits until they are there (their file loads on opening). */
async function openExamples(canvasElement: HTMLElement) {
  const el = await circleIn(canvasElement);
  const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part=suggestions]')!;
  details.open = true;
  for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('.suggestions button'); i++)
    await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  return el;
}

/**
 * Examples of stakeholders, per ring and sector, so that a team does not start from a blank circle: the
 * kinds of people and organisations the seeds name. One click (or Enter) adds one in its ring and sector,
 * as "to be contacted"; it then shows as added. Their file loads only when they are opened. With a page's
 * own sectors, only the examples of the sectors it uses are shown.
 */
export const Suggestions: Story = {
  name: 'Suggestions',
  render: () =>
    html`<elz-stakeholder-circle
      storage="none"
      .value=${circle('Valpreventie in Sint-Kruis', fallPreventionStakeholders().slice(0, 3))}
    ></elz-stakeholder-circle>`,
  play: async ({ canvasElement }) => {
    await openExamples(canvasElement);
  },
};

/** The examples on a phone (320 px wide): the buttons wrap, each with its sector under its name. */
export const SuggestionsPhone: Story = {
  name: 'Suggestions on a phone',
  render: () =>
    html`<div style="max-width: 320px">
      <elz-stakeholder-circle storage="none"></elz-stakeholder-circle>
    </div>`,
  play: async ({ canvasElement }) => {
    await openExamples(canvasElement);
  },
};

/** Everything works with the keyboard alone. */
export const Keyboard: Story = {
  render: () => html`<elz-stakeholder-circle storage="none" .value=${fallPrevention()}></elz-stakeholder-circle>`,
  parameters: {
    docs: {
      description: {
        story: `The picture is **one Tab stop**; inside it the arrow keys move the focus:

- **Arrow keys** go from person to person (Right / Down: next, Left / Up: previous); **Home** / **End** go
  to the first and the last. A count (a cell with too many people to draw) is a stop too: it says who is in it.
- **Enter** (or Space) picks the focused person up. Now the **arrow keys move them**: Up / Down to the
  ring inside / outside, Left / Right to the sector before / after. Each move is announced
  ("Mantelzorgvereniging: Informeel netwerk, Welzijn.").
- **Enter** (or Space, or Escape) puts them down.
- With the mouse, drag a person to another ring or sector; a click opens them in the form.
- Without dragging at all: **"Betrokkene toevoegen"** opens the form for someone new, and **"Wijzigen"** in the
  list opens someone's details, ring and sector included. **Tab** reaches every field and button as usual.

The play function puts the focus on the first person in the picture, so you can start with the arrow keys.`,
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = await circleIn(canvasElement);
    el.shadowRoot!.querySelector<SVGGElement>('svg [tabindex="0"]')!.focus();
  },
};

const localeRender = () =>
  html`<elz-stakeholder-circle storage="none" .value=${fallPrevention()}></elz-stakeholder-circle>`;

export const Nl: Story = inLocale('nl', localeRender);
export const Fr: Story = inLocale('fr', localeRender);
export const En: Story = inLocale('en', localeRender);
export const De: Story = inLocale('de', localeRender);

/**
 * The events a host page can listen to: `elz-change` after every change (its `detail` is the whole
 * value) and `elz-error` when something is refused. They go to the Actions panel and to the log. Type a
 * theme, add someone or move a person to see them.
 */
export const Events: Story = {
  render: () => {
    const { pre, write } = eventLog('Events received');
    const change = action('elz-change');
    const error = action('elz-error');
    return html`
      <elz-stakeholder-circle
        storage="none"
        @elz-change=${(e: CustomEvent<CircleValue>) => {
          change(e.detail);
          const names = e.detail.stakeholders.map((s) => `${s.name} (${s.ring}, ${s.sector})`);
          write(
            `elz-change: theme "${e.detail.theme}", ${names.length} stakeholders${names.length ? `: ${names.join('; ')}` : ''}`,
          );
        }}
        @elz-error=${(e: CustomEvent<{ code: string; message: string }>) => {
          error(e.detail);
          write(`elz-error: ${e.detail.code} — ${e.detail.message}`);
        }}
      ></elz-stakeholder-circle>
      ${pre}
    `;
  },
  play: async ({ canvasElement }) => {
    const el = await circleIn(canvasElement);
    // One change, so the log shows what an event carries: the theme, as if typed.
    const theme = el.shadowRoot!.querySelector<HTMLInputElement>('#theme')!;
    theme.value = 'Valpreventie in Sint-Kruis';
    theme.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  },
};
