/**
 * The introduction at the start of the whole tool (issue 13; seed 000, "Wat / Waarom / Wie"): open
 * for a team that starts, folded for one that comes back, and folded or opened by the user for the
 * visit without touching the work.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/engagement-tool/define.js';
import type { ElzEngagementTool } from '../src/engagement-tool/engagement-tool.js';
import { afterSave, clearStorage, seen, setPageLang } from './helpers.js';
import { stakeholder } from './fixtures.js';

const KEY = 'intro-test';
const make = () => fixture<ElzEngagementTool>(html`<elz-engagement-tool storage-key=${KEY}></elz-engagement-tool>`);
const intro = (el: ElzEngagementTool) => el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part=intro]');
const textOfIntro = (el: ElzEngagementTool) => seen(intro(el)!.textContent!).trim();

async function toggle(el: ElzEngagementTool) {
  const details = intro(el)!;
  const toggled = oneEvent(details, 'toggle');
  details.querySelector('summary')!.click();
  await toggled;
  await el.updateComplete;
}

/** Work that a team left in this browser last time. */
function storeWork() {
  localStorage.setItem(
    KEY,
    JSON.stringify({
      schema: 'elz-engagement-tool/1',
      updatedAt: '2026-11-20T10:00:00.000Z',
      step: 'circle',
      completedAt: null,
      circle: { schema: 'elz-stakeholder-circle/2', theme: 'Valpreventie', stakeholders: [] },
      ladder: { schema: 'elz-participation-ladder/1', groups: [] },
      wizard: { schema: 'elz-question-wizard/1' },
    }),
  );
}

describe('<elz-engagement-tool>: the introduction', () => {
  beforeEach(async () => {
    clearStorage();
    await setPageLang('nl');
  });
  afterEach(clearStorage);

  it('says what, why and for whom, open for a team that starts, and passes axe', async () => {
    const el = await make();
    expect(intro(el)!.open).to.be.true;
    const text = textOfIntro(el);
    expect(text).to.match(/^Over deze tool/);
    for (const part of [
      'Wat? Een hulpmiddel om samen met iedereen die ertoe doet een project of actie uit te werken',
      'wie is betrokken, hoe sterk, en wat doen we om dat te versterken?',
      'Waarom? Om de juiste mensen rond de tafel te krijgen, ook wie moeilijk te bereiken is',
      'draagvlak',
      'Voor wie? Voor iedereen die een project of actie uitwerkt',
      'met de mensen om wie het gaat',
    ])
      expect(text).to.contain(part);
    // Before the circle, right under "Step 1 of 4".
    expect(intro(el)!.previousElementSibling!.id).to.equal('step-heading');
    await expect(el).to.be.accessible();
  });

  it('is folded for a team that comes back to its work', async () => {
    storeWork();
    const el = await make();
    expect(el.value.circle.theme).to.equal('Valpreventie');
    expect(intro(el)!.open).to.be.false;
    await toggle(el);
    expect(intro(el)!.open).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('stays as the user leaves it, between steps and while the circle fills; it is no part of the work', async () => {
    const el = await make();
    const before = JSON.stringify(el.value);
    let changes = 0;
    el.addEventListener('elz-change', () => changes++);
    await toggle(el);
    expect(intro(el)!.open).to.be.false;
    await afterSave();
    expect(changes).to.equal(0);
    expect(JSON.stringify(el.value)).to.equal(before);
    expect(localStorage.getItem(KEY)).to.be.null;
    // To step 2 and back: still folded.
    el.value = { ...el.value, step: 'ladder' };
    await el.updateComplete;
    expect(intro(el)).to.be.null;
    el.value = { ...el.value, step: 'circle' };
    await el.updateComplete;
    expect(intro(el)!.open).to.be.false;
    await toggle(el);
    // Open again; the first stakeholder does not fold it under the user's hands.
    el.value = {
      ...el.value,
      circle: {
        ...el.value.circle,
        stakeholders: [stakeholder({ id: 'a', name: 'Buren', ring: 'informal', sector: 'wwol' })],
      },
    };
    await el.updateComplete;
    expect(intro(el)!.open).to.be.true;
  });

  it('folds and opens with the keyboard', async () => {
    const el = await make();
    intro(el)!.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(intro(el)!.open).to.be.false;
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(intro(el)!.open).to.be.true;
  });

  it('is not in the read-only summary', async () => {
    const el = await fixture<ElzEngagementTool>(
      html`<elz-engagement-tool storage="none" readonly></elz-engagement-tool>`,
    );
    expect(intro(el)).to.be.null;
  });

  it('fits a 320 px phone without scrolling sideways', async () => {
    const el = await make();
    el.style.display = 'block';
    el.style.width = '320px';
    await el.updateComplete;
    const details = intro(el)!;
    expect(details.scrollWidth).to.be.at.most(details.clientWidth);
    expect(details.getBoundingClientRect().width).to.be.at.most(320);
  });

  for (const [lang, words] of [
    [
      'fr',
      ['À propos de cet outil', 'Quoi\u00a0?', 'Pourquoi\u00a0?', 'adhésion', 'Pour qui\u00a0?', 'ensemble\u00a0:'],
    ],
    ['en', ['About this tool', 'What?', 'Why?', 'support', 'Who for?', 'the people it is about']],
    ['de', ['Über dieses Tool', 'Was?', 'Warum?', 'Rückhalt', 'Für wen?', 'um die es geht']],
  ] as const)
    it(`speaks ${lang}`, async () => {
      await setPageLang(lang);
      const el = await make();
      const text = intro(el)!.textContent!.replace(/\s+/g, (w) => (w.includes('\u00a0') ? '\u00a0' : ' '));
      for (const w of words) expect(text).to.contain(w);
    });
});
