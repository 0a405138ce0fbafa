/**
 * Examples of stakeholders in the circle (issue 13): the kinds of people and organisations the
 * seeds name, per ring and sector, one click to add. Their data, then the element.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/stakeholder-circle/define.js';
import '../src/engagement-tool/define.js';
import { DEFAULT_SECTOR_IDS, RINGS, defaultSectors } from '../src/content/circle.js';
import { LOCALES } from '../src/core/locale.js';
import { LIMITS, isBlank } from '../src/core/schema.js';
import type { ElzEngagementTool } from '../src/engagement-tool/engagement-tool.js';
import { ElzStakeholderCircle } from '../src/stakeholder-circle/stakeholder-circle.js';
import { SUGGESTIONS, isAdded, suggestionsFor } from '../src/stakeholder-circle/suggestions.on-demand.js';
import type { CircleValue, Stakeholder } from '../src/stakeholder-circle/value.js';
import { clearStorage, seen, setPageLang, textOf } from './helpers.js';

describe('circle suggestions: the data', () => {
  it('has a name in every language for each, a known ring and a default sector, and unique ids', () => {
    expect(new Set(SUGGESTIONS.map((s) => s.id)).size).to.equal(SUGGESTIONS.length);
    for (const s of SUGGESTIONS) {
      expect(RINGS, s.id).to.include(s.ring);
      expect(DEFAULT_SECTOR_IDS, s.id).to.include(s.sector);
      expect(Object.keys(s.name).sort(), s.id).to.deep.equal([...LOCALES].sort());
      for (const [lang, name] of Object.entries(s.name)) {
        expect(isBlank(name), `${s.id} ${lang}`).to.be.false;
        expect(name.length, `${s.id} ${lang}`).to.be.at.most(LIMITS.name);
        expect(name, `${s.id} ${lang}`).to.match(/^\p{Lu}/u);
      }
      // French keeps its punctuation on the line.
      expect(s.name.fr, s.id).to.not.match(/ [?!:;»]|« /);
    }
  });

  it('names what the seeds name, in every ring and in every default sector', () => {
    const nl = SUGGESTIONS.map((s) => s.name.nl).join(' | ');
    for (const word of [
      'Ervaringsdeskundige',
      'Mantelzorgers',
      'Mantelzorgcafé',
      'Vrijwilligers',
      'Gezondheidsambassadeurs',
      'Adviesraden',
      'Buurtwerk',
      'Geïntegreerd breed onthaal',
      'OCMW',
      'Huisartsen',
      'Thuisverpleging',
      'Gezinszorg',
      'Scholen',
      'Ziekenhuis',
      'Apothekers',
      'Wijkgezondheidscentrum',
      'Ziekenfonds',
    ])
      expect(nl).to.contain(word);
    const fr = SUGGESTIONS.map((s) => s.name.fr).join(' | ');
    for (const word of ['CPAS', 'Aidants proches', 'Commune', 'Zone de première ligne', 'Habitants'])
      expect(fr).to.contain(word);
    for (const ring of RINGS)
      expect(
        SUGGESTIONS.some((s) => s.ring === ring),
        ring,
      ).to.be.true;
    for (const sector of DEFAULT_SECTOR_IDS)
      expect(
        SUGGESTIONS.some((s) => s.sector === sector),
        sector,
      ).to.be.true;
  });

  it('marks the expert by experience as one, and the older person living alone as hard to reach', () => {
    const byId = (id: string) => SUGGESTIONS.find((s) => s.id === id)!;
    expect(byId('poverty-expert').expert).to.be.true;
    expect(byId('older-alone').hardToReach).to.be.true;
    expect(SUGGESTIONS.filter((s) => s.expert).map((s) => s.ring)).to.deep.equal(['person']);
  });

  it('keeps to the sectors a page uses, inside out and in the page order within a ring', () => {
    const only = suggestionsFor([
      { id: 'second-line', name: 'Tweede lijn' },
      { id: 'care', name: 'Zorg' },
      { id: 'sport', name: 'Sport' },
    ]);
    expect(only.map((s) => `${s.ring} ${s.sector}`)).to.deep.equal([
      'person care',
      'person care',
      'informal care',
      'informal care',
      'formal second-line',
      'formal second-line',
      'formal care',
      'formal care',
      'formal care',
      'formal care',
      'formal care',
    ]);
    expect(suggestionsFor([{ id: 'sport', name: 'Sport' }])).to.deep.equal([]);
    expect(suggestionsFor(defaultSectors())).to.have.length(SUGGESTIONS.length);
  });

  it('counts as added what the circle holds under the same name, in any language, whatever the case', () => {
    const gps = SUGGESTIONS.find((s) => s.id === 'gps')!;
    const named = (name: string) => [{ name } as Stakeholder];
    expect(isAdded(gps, named('Huisartsen'))).to.be.true;
    expect(isAdded(gps, named('  médecins généralistes '))).to.be.true;
    expect(isAdded(gps, named('Huisarts Peeters'))).to.be.false;
    expect(isAdded(gps, [])).to.be.false;
  });
});

const make = () =>
  fixture<ElzStakeholderCircle>(html`<elz-stakeholder-circle storage="none"></elz-stakeholder-circle>`);
const $ = <T extends Element>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const panel = (el: Element) => $<HTMLDetailsElement>(el, 'details[part=suggestions]');
const buttons = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.suggestions button')];
const button = (el: Element, name: string) => buttons(el).find((b) => seen(b.textContent!).includes(name))!;

/** Waits until the live region says `text` (announcements come a moment later, to be heard twice). */
const heard = (el: Element, text: string) =>
  waitUntil(() => textOf($(el, '[role=status]')!).includes(text), `not heard: ${text}`, { timeout: 2000 });

/** Opens the examples as a click on their summary would, and waits until they are there. */
async function openExamples(el: ElzStakeholderCircle) {
  panel(el)!.querySelector('summary')!.click();
  await waitUntil(() => buttons(el).length > 0, 'the examples did not load', { timeout: 5000 });
  await el.updateComplete;
}

describe('circle suggestions: <elz-stakeholder-circle>', () => {
  beforeEach(async () => {
    clearStorage();
    await setPageLang('nl');
  });
  afterEach(clearStorage);

  it('are closed at first, and loaded only when opened', async () => {
    const el = await make();
    const details = panel(el)!;
    expect(details.open).to.be.false;
    expect(seen(details.querySelector('summary')!.textContent!).trim()).to.equal('Voorbeelden: wie kunt u betrekken?');
    expect(buttons(el)).to.have.length(0);
    await openExamples(el);
    expect(buttons(el)).to.have.length(SUGGESTIONS.length);
    // A heading per ring, one level below the element's title.
    expect([...details.querySelectorAll('h3')].map((h) => h.textContent!.trim())).to.deep.equal([
      'Burger en persoon met een zorg- en ondersteuningsnood',
      'Informeel netwerk',
      'Formeel netwerk',
    ]);
  });

  it('pass axe, open, with some added', async () => {
    const el = await make();
    await openExamples(el);
    await expect(el).to.be.accessible();
    button(el, 'Huisartsen').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('add one in its ring and sector, to be contacted, say so, and show it as added', async () => {
    const el = await make();
    await openExamples(el);
    const gps = button(el, 'Huisartsen');
    expect(seen(gps.textContent!)).to.match(/Toevoegen: Huisartsen, Zorg en gezondheid/);
    gps.focus();
    const changed = oneEvent(el, 'elz-change');
    gps.click();
    const { detail } = (await changed) as CustomEvent<CircleValue>;
    expect(detail.stakeholders).to.have.length(1);
    expect(detail.stakeholders[0]).to.deep.include({
      name: 'Huisartsen',
      ring: 'formal',
      sector: 'care',
      involvement: 'planned',
      level: null,
      hardToReach: false,
      expert: false,
      note: '',
    });
    await el.updateComplete;
    await heard(el, '"Huisartsen" is toegevoegd.');
    // The same button, still focused, now says it is there.
    expect(el.shadowRoot!.activeElement).to.equal(gps);
    expect(gps.getAttribute('aria-disabled')).to.equal('true');
    expect(seen(gps.textContent!)).to.contain('Toegevoegd');
    expect(seen(gps.textContent!)).to.not.contain('Toevoegen');
    // In the list too, as planned.
    expect(textOf($(el, '[part=list]')!)).to.contain('Huisartsen Zorg en gezondheid · Nog te contacteren');
  });

  it('adds nothing twice: a second click says it is already there', async () => {
    const el = await make();
    await openExamples(el);
    button(el, 'Mantelzorgers').click();
    await el.updateComplete;
    button(el, 'Mantelzorgers').click();
    await el.updateComplete;
    expect(el.value.stakeholders.map((s) => s.name)).to.deep.equal(['Mantelzorgers']);
    await heard(el, '"Mantelzorgers" staat al bij de betrokkenen.');
  });

  it('marks the expert by experience and the older person living alone', async () => {
    const el = await make();
    await openExamples(el);
    button(el, 'Ervaringsdeskundige in armoede').click();
    button(el, 'Oudere die alleen woont').click();
    await el.updateComplete;
    const [expert, older] = el.value.stakeholders;
    expect(expert).to.deep.include({ ring: 'person', sector: 'welfare', expert: true, hardToReach: false });
    expect(older).to.deep.include({ ring: 'person', sector: 'care', expert: false, hardToReach: true });
  });

  it('work with the keyboard alone: open with Enter, add with Enter or Space', async () => {
    const el = await make();
    const summary = panel(el)!.querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => buttons(el).length > 0, 'the examples did not load', { timeout: 5000 });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons(el)[0]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value.stakeholders.map((s) => s.name)).to.deep.equal([
      'Oudere die alleen woont',
      'Persoon met een chronische ziekte',
    ]);
  });

  it('show as added what the circle already holds, also in the other language', async () => {
    const el = await make();
    el.value = {
      schema: 'elz-stakeholder-circle/2',
      theme: '',
      stakeholders: [
        {
          id: 'x',
          name: 'CPAS',
          ring: 'formal',
          sector: 'local-government',
          involvement: 'involved',
          level: null,
          hardToReach: false,
          expert: false,
          note: '',
        },
      ],
    };
    await openExamples(el);
    expect(button(el, 'OCMW').getAttribute('aria-disabled')).to.equal('true');
    expect(button(el, 'Stad of gemeente').getAttribute('aria-disabled')).to.equal('false');
  });

  it('keep to the sectors the page uses, and are not there when it uses none of theirs', async () => {
    const el = await make();
    el.sectors = [
      { id: 'care', name: { nl: 'Zorg', fr: 'Soins' } },
      { id: 'sport', name: 'Sport' },
    ];
    await openExamples(el);
    expect(buttons(el).map((b) => seen(b.querySelector('.sector')!.textContent!).trim())).to.satisfy(
      (names: string[]) => names.every((n) => n === 'Zorg'),
    );
    expect(buttons(el)).to.have.length(SUGGESTIONS.filter((s) => s.sector === 'care').length);
    const other = await make();
    other.sectors = [{ id: 'sport', name: 'Sport' }];
    await other.updateComplete;
    expect(panel(other)).to.be.null;
  });

  it('are not offered when the circle is read-only', async () => {
    const el = await fixture<ElzStakeholderCircle>(
      html`<elz-stakeholder-circle storage="none" readonly></elz-stakeholder-circle>`,
    );
    expect(panel(el)).to.be.null;
  });

  it('add nothing past the limit of stakeholders, and say why', async () => {
    const el = await make();
    el.value = {
      schema: 'elz-stakeholder-circle/2',
      theme: '',
      stakeholders: Array.from({ length: LIMITS.items }, (_, i) => ({
        id: `p${i}`,
        name: `Buur ${i}`,
        ring: 'person',
        sector: 'care',
      })),
    };
    await openExamples(el);
    button(el, 'Scholen').click();
    await el.updateComplete;
    expect(el.value.stakeholders).to.have.length(LIMITS.items);
    await heard(el, 'niet meer dan 1000 betrokkenen');
  });

  for (const [lang, summary, name, added] of [
    ['fr', 'Exemples\u00a0: qui pouvez-vous impliquer\u00a0?', 'Médecins généralistes', 'Ajouté'],
    ['en', 'Examples: who could you involve?', 'GPs (family doctors)', 'Added'],
    ['de', 'Beispiele: Wen können Sie einbeziehen?', 'Hausärzt*innen', 'Hinzugefügt'],
  ] as const)
    it(`speak ${lang}, and add in that language`, async () => {
      await setPageLang(lang);
      const el = await make();
      expect(panel(el)!.querySelector('summary')!.textContent!.trim()).to.equal(summary);
      await openExamples(el);
      button(el, name).click();
      await el.updateComplete;
      expect(el.value.stakeholders[0].name).to.equal(name);
      expect(seen(button(el, name).textContent!)).to.contain(added);
      await setPageLang('nl');
      await el.updateComplete;
      // Added in another language, still added.
      expect(button(el, 'Huisartsen').getAttribute('aria-disabled')).to.equal('true');
    });

  it("are in the tool's first step, and what they add becomes a group on the ladder", async () => {
    const tool = await fixture<ElzEngagementTool>(html`<elz-engagement-tool storage="none"></elz-engagement-tool>`);
    const circle = tool.shadowRoot!.querySelector<ElzStakeholderCircle>('elz-stakeholder-circle')!;
    await circle.updateComplete;
    await openExamples(circle);
    // Under the tool's h2 and the circle's h3, the rings are h4.
    expect(panel(circle)!.querySelectorAll('h4')).to.have.length(3);
    button(circle, 'Buurtbewoners').click();
    await tool.updateComplete;
    expect(tool.value.circle.stakeholders.map((s) => s.name)).to.deep.equal(['Buurtbewoners']);
    expect(tool.value.ladder.groups.map((g) => g.name)).to.include('Buurtbewoners');
    await expect(tool).to.be.accessible();
  });
});
