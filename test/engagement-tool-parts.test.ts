// The tool exports the parts of its three parts (parts.ts), so that a page can style inside them:
// every part that shows inside the tool is exported, and a page's ::part() rule reaches it.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/engagement-tool/define.js';
import type { ElzEngagementTool } from '../src/engagement-tool/engagement-tool.js';
import { CIRCLE_PARTS, LADDER_PARTS, WIZARD_PARTS } from '../src/engagement-tool/parts.js';
import { TOOL_STEPS, emptyTool, type ToolValue } from '../src/engagement-tool/value.js';
import type { LadderGroup } from '../src/participation-ladder/value.js';
import type { Stakeholder } from '../src/stakeholder-circle/value.js';
import { group, stakeholder } from './fixtures.js';

const EXPORTED: Record<string, string> = {
  'elz-stakeholder-circle': CIRCLE_PARTS,
  'elz-participation-ladder': LADDER_PARTS,
  'elz-question-wizard': WIZARD_PARTS,
};

/** `picture:circle-picture, …` as a map from the inner name to the outer one. */
const mapping = (list: string) => new Map(list.split(', ').map((pair) => pair.split(':') as [string, string]));

const filled = (): ToolValue => {
  const base = emptyTool();
  const claeys = stakeholder({ id: 'a', level: 'consult', expert: true }) as Stakeholder;
  return {
    ...base,
    circle: { ...base.circle, theme: 'Valpreventie', stakeholders: [claeys] },
    ladder: { ...base.ladder, groups: [group({ id: 'a', name: 'Mevrouw Claeys', current: 'consult' }) as LadderGroup] },
  };
};

async function toolAt(step: (typeof TOOL_STEPS)[number]) {
  const el = await fixture<ElzEngagementTool>(html`<elz-engagement-tool storage="none"></elz-engagement-tool>`);
  // The partner's guidance shows inside the ladder and the wizard.
  el.guidance = {
    rungs: { consult: { text: 'Onze methode' }, advise: { text: 'Onze adviesraad' } },
    phases: { discover: { text: 'Begin bij de verbindingspersonen' } },
  };
  el.value = { ...filled(), step };
  await el.updateComplete;
  for (const part of el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*'))
    await part.updateComplete;
  return el;
}

describe('<elz-engagement-tool> exported parts', () => {
  for (const step of TOOL_STEPS)
    it(`exports every part shown inside its parts, at the ${step} step`, async () => {
      const el = await toolAt(step);
      for (const inner of el.shadowRoot!.querySelectorAll(
        'elz-stakeholder-circle, elz-participation-ladder, elz-question-wizard',
      )) {
        const exported = mapping(EXPORTED[inner.localName]);
        expect(inner.getAttribute('exportparts')).to.equal(EXPORTED[inner.localName]);
        const shown = [...inner.shadowRoot!.querySelectorAll('[part]')]
          .filter((p) => (p as HTMLElement).offsetParent !== null || p.getAttribute('part') === 'status')
          .flatMap((p) => p.getAttribute('part')!.split(/\s+/));
        for (const name of new Set(shown))
          expect(exported.has(name), `<${inner.localName}>'s part "${name}" is exported by the tool`).to.be.true;
      }
    });

  it("a page's ::part() rule reaches a part inside the ladder, and a custom property set on the tool reaches it too", async () => {
    const style = document.createElement('style');
    style.textContent = `
      elz-engagement-tool.themed { --elz-accent: rgb(122, 31, 92); }
      elz-engagement-tool.themed::part(ladder-group) { outline: 3px solid rgb(1, 2, 3); }
      elz-engagement-tool.themed::part(circle-heading) { letter-spacing: 2px; }`;
    document.head.append(style);
    try {
      const el = await toolAt('ladder');
      el.classList.add('themed');
      const ladder = el.shadowRoot!.querySelector('elz-participation-ladder')!;
      const group = ladder.shadowRoot!.querySelector('[part~=group]')!;
      expect(getComputedStyle(group).outlineColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(ladder).getPropertyValue('--elz-accent').trim()).to.equal('rgb(122, 31, 92)');
      el.value = { ...el.value, step: 'circle' };
      await el.updateComplete;
      const circle = el.shadowRoot!.querySelector('elz-stakeholder-circle')!;
      await circle.updateComplete;
      expect(getComputedStyle(circle.shadowRoot!.querySelector('[part~=heading]')!).letterSpacing).to.equal('2px');
    } finally {
      style.remove();
    }
  });
});
