/**
 * The demo partner page (`npm start`): a site with aggressive global CSS, a language toggle, an
 * event log and a host form. The tool must look right despite the host's CSS and keep its own in.
 */
import { expect } from '@open-wc/testing';

type Tool = HTMLElement & { updateComplete: Promise<unknown>; value: { circle: { theme: string } } };

async function demoPage() {
  const frame = document.createElement('iframe');
  frame.src = '/demo/index.html';
  frame.style.width = '1280px';
  frame.style.height = '900px';
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow!;
  const doc = frame.contentDocument!;
  await win.customElements.whenDefined('elz-engagement-tool');
  const el = doc.querySelector('elz-engagement-tool') as Tool;
  await el.updateComplete;
  for (const part of el.shadowRoot!.querySelectorAll('*')) await (part as Partial<Tool>).updateComplete;
  return { frame, win, doc, el };
}

describe('demo partner page', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it("the host's global CSS does not reach into the tool, and the tool's does not leak out", async () => {
    const { frame, win, doc, el } = await demoPage();
    try {
      const root = el.shadowRoot!;
      // The host resets every button (`button { all: unset }`) and every box (`content-box`).
      const button = [...root.querySelectorAll('button')].find((b) => b.offsetParent)!;
      const style = win.getComputedStyle(button);
      expect(style.borderTopWidth).to.not.equal('0px');
      expect(style.cursor).to.equal('pointer');
      expect(win.getComputedStyle(root.querySelector('.elz')!).boxSizing).to.equal('border-box');
      expect(win.getComputedStyle(root.querySelector('h2')!).textTransform).to.equal('none');
      // The host's own rules still hold for the host's own elements.
      expect(win.getComputedStyle(doc.querySelector('main h2')!).textTransform).to.equal('uppercase');
      expect(win.getComputedStyle(doc.querySelector('.form-buttons button')!).backgroundColor).to.equal(
        'rgb(107, 45, 92)',
      );
      expect(win.getComputedStyle(doc.querySelector('main')!).boxSizing).to.equal('content-box');
      // Nothing of the tool sticks out of the page at 1280 px.
      expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth);
    } finally {
      frame.remove();
    }
  });

  it('the language toggle switches the tool live; the log and the host form get the JSON', async () => {
    const { frame, doc, el } = await demoPage();
    try {
      const root = el.shadowRoot!;
      doc.querySelector<HTMLButtonElement>('[data-lang="fr"]')!.click();
      // The French texts load from beside the script when French is first shown.
      const heading = () => root.querySelector('h2')!.textContent!.trim();
      for (let i = 0; i < 60 && heading() !== "Outil d'implication"; i++) await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(heading()).to.equal("Outil d'implication");
      expect(doc.documentElement.lang).to.equal('fr');

      const circle = root.querySelector('elz-stakeholder-circle') as unknown as Tool;
      const theme = circle.shadowRoot!.querySelector<HTMLInputElement>('#theme')!;
      theme.value = 'Valpreventie';
      theme.dispatchEvent(new Event('input'));
      await circle.updateComplete;
      await el.updateComplete;
      const log = doc.getElementById('event-log')!.textContent!;
      expect(log).to.match(/^elz-change from <elz-engagement-tool>/);
      expect(JSON.parse(log.slice(log.indexOf('\n') + 1)).circle.theme).to.equal('Valpreventie');

      doc.querySelector<HTMLFormElement>('#project-form')!.requestSubmit();
      const sent = doc.getElementById('form-log')!.textContent!;
      expect(JSON.parse(sent.slice(sent.indexOf('\n') + 1))).to.deep.equal(el.value);
    } finally {
      frame.remove();
    }
  });
});
