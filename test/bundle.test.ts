/**
 * The script-tag file as a partner loads it: dist/elz-widgets.js, built by `npm test` first.
 * Guards what the build does to the code (template squeezing, message ids, dropped translations).
 */
import { expect, fixture, html } from '@open-wc/testing';

const BUNDLE = new URL('../dist/elz-widgets.js', import.meta.url).href;
type Ladder = HTMLElement & { updateComplete: Promise<unknown>; value: unknown };

async function showIn(lang: string) {
  document.documentElement.lang = lang;
  const el = await fixture<Ladder>(html`<elz-participation-ladder storage="none"></elz-participation-ladder>`);
  await new Promise((r) => setTimeout(r, 50)); // the bundle's own locale switch
  await el.updateComplete;
  return el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
}

describe('dist/elz-widgets.js', () => {
  before(async () => {
    await import(BUNDLE);
  });
  after(() => (document.documentElement.lang = 'nl'));

  it('registers the ladder, and speaks every language with its own words', async () => {
    expect(customElements.get('elz-participation-ladder')).to.exist;
    const words = {
      nl: ['Participatieladder', 'Wat betekenen de vijf treden?', 'Kopie downloaden'],
      fr: ['Échelle de participation', 'Co-construire', 'Télécharger une copie'],
      en: ['Participation ladder', 'Collaborate', 'Download a copy'],
      de: ['Beteiligungsleiter', 'Zusammenarbeiten', 'Kopie herunterladen'],
    };
    for (const [lang, expected] of Object.entries(words)) {
      const text = await showIn(lang);
      for (const w of expected) expect(text, lang).to.contain(w);
    }
  });

  it('does not throw when loaded a second time', async () => {
    await import(`${BUNDLE}?again`);
    expect(customElements.get('elz-participation-ladder')).to.exist;
  });
});
