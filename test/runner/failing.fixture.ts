// Deliberately failing tests, outside the unit tests' glob: test/runner/set-up.test.js runs
// web-test-runner on this file and expects each failure to be reported, by name, within seconds.
// Every failure here holds a value that cannot be sent to the runner as it is (a live element,
// a function), which used to hang the whole file until the 5-minute timeout.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';

class RunnerFixture extends LitElement {
  override render() {
    return html`<label>Naam <input id="name" /></label>`;
  }
}
customElements.define('runner-fixture', RunnerFixture);

describe('failures that carry live values', () => {
  it('passes before the failures', () => {
    expect(1 + 1).to.equal(2);
  });

  it('an element in a Lit shadow root is not null', async () => {
    const el = await fixture<RunnerFixture>(html`<runner-fixture></runner-fixture>`);
    expect(el.shadowRoot!.querySelector('#name')).to.be.null;
  });

  it('an input attached to the page is not null', () => {
    const input = document.createElement('input');
    document.body.append(input);
    expect(input).to.be.null;
  });

  it('two elements are not equal', () => {
    expect(document.createElement('p')).to.equal(document.body);
  });

  it('two functions are not equal', () => {
    expect(() => 1).to.equal(() => 2);
  });

  it('plain values still show their difference', () => {
    expect({ rung: 'consult' }).to.deep.equal({ rung: 'advise' });
  });

  it.skip('is skipped', () => {});

  it('passes after the failures, with the fixtures of the tests before cleaned up', () => {
    expect(document.querySelectorAll('runner-fixture')).to.have.length(0);
  });
});
