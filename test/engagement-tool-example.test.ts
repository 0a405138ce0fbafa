/**
 * The worked example of the engagement tool: a team new to the tool opens a project filled in
 * through every step (older people who live alone, like Marie-Rose), looks around, and clears it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/engagement-tool/define.js';
import { ElzEngagementTool } from '../src/engagement-tool/engagement-tool.js';
import { workedExample } from '../src/engagement-tool/example.js';
import { toolSchema } from '../src/engagement-tool/value.js';
import { parseValue } from '../src/core/schema.js';
import { defaultSectors } from '../src/content/circle.js';
import { buttonNamed, clearStorage, setPageLang, textOf, untilLoaded, wait } from './helpers.js';

const open = async (el: ElzEngagementTool) => {
  buttonNamed(el, /uitgewerkt voorbeeld|exemple complet/)!.click();
  for (let i = 0; i < 200 && !el.value.circle.stakeholders.length; i++) await wait(10);
  await untilLoaded(el);
};

describe('the worked example of the engagement tool', () => {
  beforeEach(async () => {
    clearStorage();
    await setPageLang('nl');
  });
  afterEach(() => setPageLang('nl'));

  for (const locale of ['nl', 'fr', 'en', 'de'] as const)
    it(`is a valid value of the tool in ${locale}, every step filled in`, () => {
      const value = workedExample(locale);
      const sectors = defaultSectors().map((s) => s.id);
      const read = parseValue(toolSchema(sectors), value);
      expect(read.circle.stakeholders.length).to.be.greaterThan(8);
      expect(new Set(read.circle.stakeholders.map((s) => s.ring))).to.have.lengthOf(3);
      expect(read.circle.stakeholders.some((s) => s.expert)).to.equal(true);
      expect(read.ladder.groups.some((g) => g.mode === 'indirect' && g.representative && g.feedback)).to.equal(true);
      expect(Object.keys(read.wizard.answers).length).to.be.greaterThan(10);
      expect(read.plan.ambassador).to.not.equal('');
      for (const a of read.plan.actions) expect(a.what && a.title, a.id).to.be.ok;
      // Every text is written in that language (no Dutch left in the French one).
      if (locale !== 'nl') expect(read.circle.theme).to.not.equal(workedExample('nl').circle.theme);
    });

  for (const locale of ['nl', 'fr', 'en', 'de'] as const)
    it(`shows a round under way in ${locale}: due dates and the next round ahead, one action started`, () => {
      const now = '2027-01-31T10:00:00.000Z';
      const { plan, ladder } = workedExample(locale, now);
      // Due in one and two months, as yyyy-mm-dd; a day every month has (not 31 February).
      expect(plan.actions.map((a) => a.due)).to.deep.equal(['2027-02-28', '2027-03-28', '2027-03-28']);
      expect(plan.nextRound).to.equal('2027-04-28');
      expect(plan.actions.map((a) => a.state)).to.include('doing');
      // A representative reads after "via": no article of its own.
      for (const g of ladder.groups.filter((x) => x.representative))
        expect(g.representative, g.id).to.not.match(/^(De|Het|Le|La|Les|L'|The|Der|Die|Das) /);
    });

  it('is offered on a blank tool only, and opens in the language shown', async () => {
    await setPageLang('fr');
    const el = await fixture<ElzEngagementTool>(html`<elz-engagement-tool storage="none"></elz-engagement-tool>`);
    await untilLoaded(el);
    await open(el);
    expect(el.value.circle.theme).to.equal(workedExample('fr').circle.theme);
    expect(textOf(el)).to.contain('Vous regardez un exemple');
    // Once there is work, the offer is gone.
    expect(buttonNamed(el, /exemple complet/)).to.equal(undefined);
  });

  it('never replaces work: with a theme written, there is no offer', async () => {
    const el = await fixture<ElzEngagementTool>(html`<elz-engagement-tool storage="none"></elz-engagement-tool>`);
    await untilLoaded(el);
    expect(buttonNamed(el, /uitgewerkt voorbeeld/)).to.be.ok;
    el.value = { ...el.value, circle: { ...el.value.circle, theme: 'Valpreventie' } };
    await el.updateComplete;
    expect(buttonNamed(el, /uitgewerkt voorbeeld/)).to.equal(undefined);
  });

  it('shows the example in every step: the plan lists its actions, the summary its people', async () => {
    const el = await fixture<ElzEngagementTool>(html`<elz-engagement-tool storage="none"></elz-engagement-tool>`);
    await untilLoaded(el);
    await open(el);
    const circle = el.shadowRoot!.querySelector('elz-stakeholder-circle')!;
    await (circle as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(textOf(circle)).to.contain('Marie-Rose (72), voorbeeld van een oudere die alleen woont');
    el.value = { ...el.value, step: 'plan' };
    await untilLoaded(el);
    const written = [...el.shadowRoot!.querySelectorAll('textarea')].map((t) => t.value);
    expect(written).to.include('Bij Marie-Rose thuis vragen wat haar zou helpen om veilig en minder alleen te wonen.');
    expect(textOf(el)).to.contain('Te doen · Buurtwerker Karim');
    expect(textOf(el)).to.contain('U bekijkt een voorbeeld');
    el.value = { ...el.value, step: 'summary' };
    await untilLoaded(el);
    expect(textOf(el)).to.contain('Alleenwonende ouderen in de wijk');
  });

  it('clears with one button, and the clearing can be undone', async () => {
    const el = await fixture<ElzEngagementTool>(html`<elz-engagement-tool storage="none"></elz-engagement-tool>`);
    await untilLoaded(el);
    await open(el);
    buttonNamed(el, 'Voorbeeld wissen en zelf beginnen')!.click();
    await untilLoaded(el);
    expect(el.value.circle.stakeholders).to.have.lengthOf(0);
    expect(textOf(el)).to.not.contain('U bekijkt een voorbeeld');
    expect(buttonNamed(el, /uitgewerkt voorbeeld/)).to.be.ok;
    buttonNamed(el, /Ongedaan maken/)!.click();
    await untilLoaded(el);
    expect(el.value.circle.stakeholders.length).to.be.greaterThan(8);
  });

  it('is saved like any work, and reads back after a reload', async () => {
    const el = await fixture<ElzEngagementTool>(html`<elz-engagement-tool storage-key="ex"></elz-engagement-tool>`);
    await untilLoaded(el);
    await open(el);
    await wait(400);
    const again = await fixture<ElzEngagementTool>(html`<elz-engagement-tool storage-key="ex"></elz-engagement-tool>`);
    await untilLoaded(again);
    expect(again.value.circle.theme).to.equal(workedExample('nl').circle.theme);
    expect(textOf(again)).to.contain('U bekijkt een voorbeeld');
  });
});
