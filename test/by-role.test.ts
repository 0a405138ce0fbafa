/**
 * The test helper that finds elements by role and accessible name (test/by-role.ts): what it finds
 * must be what a screen reader announces, or the tests built on it prove nothing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import {
  accessibleDescription,
  accessibleName,
  describeElement,
  getAllByRole,
  getByRole,
  is,
  queryAllByRole,
  queryByRole,
} from './by-role.js';

/** A host with an open shadow root holding `markup`, inside a light-DOM wrapper. */
async function shadowed(markup: string) {
  const wrap = await fixture<HTMLDivElement>(
    html`<div>
      <p>Buiten</p>
      <span class="host"></span>
    </div>`,
  );
  const host = wrap.querySelector('.host')!;
  host.attachShadow({ mode: 'open' }).innerHTML = markup;
  return { wrap, host };
}

describe('by-role (test helper)', () => {
  it('finds controls through nested open shadow roots, by role and whole name', async () => {
    const { wrap, host } = await shadowed('<button>Opslaan</button><span class="inner"></span>');
    host.shadowRoot!.querySelector('.inner')!.attachShadow({ mode: 'open' }).innerHTML =
      '<button aria-label="Sluiten">×</button>';
    expect(getAllByRole(wrap, 'button').map(accessibleName)).to.deep.equal(['Opslaan', 'Sluiten']);
    expect(getByRole(wrap, 'button', { name: 'Sluiten' }).textContent).to.equal('×');
    expect(queryByRole(wrap, 'button', { name: 'Sluit' })).to.be.null; // a string is the whole name
    expect(getByRole(wrap, 'button', { name: /^Slui/ })).to.exist;
  });

  it('names fields by their label, radios by their label and the question around them', async () => {
    const { host } = await shadowed(`
      <label for="n">Naam</label><input id="n" value="Ann">
      <fieldset><legend>Waar staat de groep nu?</legend>
        <label><input type="radio" name="a"><span aria-hidden="true">1</span> Informeren</label>
      </fieldset>
      <fieldset><legend>Wat is uw doel?</legend>
        <label><input type="radio" name="b" checked> Informeren</label>
      </fieldset>
      <textarea aria-labelledby="t" aria-describedby="c"></textarea><p id="t">Notitie</p><p id="c">0 van 10 tekens</p>
      <select aria-label="Ring"><option>Formeel</option></select>`);
    expect(getByRole(host, 'textbox', { name: 'Naam' }).id).to.equal('n');
    const now = getByRole<HTMLInputElement>(host, 'radio', { name: 'Informeren', group: 'Waar staat de groep nu?' });
    expect(now.name).to.equal('a');
    expect(getByRole<HTMLInputElement>(host, 'radio', { checked: true }).name).to.equal('b');
    const note = getByRole(host, 'textbox', { name: 'Notitie' });
    expect(accessibleDescription(note)).to.equal('0 van 10 tekens');
    expect(getByRole(host, 'combobox', { name: 'Ring' }).localName).to.equal('select');
    expect(describeElement(now)).to.equal('radio "Informeren" in "Waar staat de groep nu?"');
  });

  it('finds headings by level, regions by label, steps by aria-current', async () => {
    const { host } = await shadowed(`
      <h2>Titel</h2><section aria-labelledby="h"><h3 id="h">Deel</h3></section><section><h3>Geen regio</h3></section>
      <nav aria-label="Stappen"><button aria-current="step">Een</button><button aria-current="false">Twee</button></nav>`);
    expect(getByRole(host, 'heading', { level: 2 }).textContent).to.equal('Titel');
    expect(getAllByRole(host, 'heading', { level: 3 })).to.have.length(2);
    expect(getAllByRole(host, 'region').map(accessibleName)).to.deep.equal(['Deel']);
    expect(getByRole(host, 'button', { current: 'step' }).textContent).to.equal('Een');
    expect(getByRole(host, 'button', { current: false }).textContent).to.equal('Twee');
    expect(getByRole(host, 'navigation', { name: 'Stappen' })).to.exist;
  });

  it('leaves out what users cannot perceive, and the invisible marks around user text', async () => {
    const { host } = await shadowed(`
      <button hidden>Verborgen</button><button style="display:none">Weg</button>
      <button style="visibility:hidden">Onzichtbaar</button><div aria-hidden="true"><button>Stil</button></div>
      <div inert><button>Inert</button></div>
      <details><summary>Meer</summary><button>Binnenin</button></details>
      <button>Groep \u2068Buren\u2069 <span class="sr" style="position:absolute;clip:rect(0 0 0 0)">verwijderen</span></button>`);
    expect(queryAllByRole(host, 'button').map(accessibleName)).to.deep.equal(['Meer', 'Groep Buren verwijderen']);
    expect(queryAllByRole(host, 'button', { hidden: true })).to.have.length(8);
    expect(is(getByRole(host, 'button', { name: 'Meer' }), 'button', { expanded: false })).to.be.true;
    host.shadowRoot!.querySelector('details')!.open = true;
    expect(getByRole(host, 'button', { name: 'Binnenin' })).to.exist;
    expect(getByRole(host, 'button', { name: 'Meer', expanded: true })).to.exist;
  });

  it('says in words what is there when it finds nothing, or too much', async () => {
    const { host } = await shadowed(
      '<fieldset><legend>Vraag</legend><label><input type="checkbox"> Ja</label></fieldset>',
    );
    expect(() => getByRole(host, 'checkbox', { name: 'Nee' })).to.throw(
      'no checkbox named "Nee" in <span>; what is there: checkbox "Ja" in "Vraag"',
    );
    expect(() => getByRole(host, 'radio')).to.throw('no radio in <span>; there is no radio at all');
    const two = await shadowed('<button>Ok</button><button>Ok</button>');
    expect(() => getByRole(two.host, 'button')).to.throw('2 of button in <span>: button "Ok", button "Ok"');
  });
});
