/**
 * The built bundle under the strictest policy a partner may use (PRODUCT.md §5): no inline code,
 * no eval, Trusted Types enforced. Driven from outside the frame, since the frame runs no inline code.
 */
import { expect } from '@open-wc/testing';

const POLICY =
  "default-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

type Frame = Window & { violations: string[] };
type Ladder = HTMLElement & { updateComplete: Promise<unknown>; value: { groups: Array<{ name: string }> } };

async function strictFrame(): Promise<{ win: Frame; doc: Document; el: Ladder }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="nl"><head>
    <meta http-equiv="Content-Security-Policy" content="${POLICY}">
    <script src="/test/stubs/csp-recorder.js"></script>
    <script type="module" src="/dist/elz-widgets.js"></script>
    </head><body><elz-participation-ladder storage="none"></elz-participation-ladder></body></html>`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as Frame;
  const doc = frame.contentDocument!;
  await win.customElements.whenDefined('elz-participation-ladder');
  const el = doc.querySelector('elz-participation-ladder') as Ladder;
  await el.updateComplete;
  return { win, doc, el };
}

describe('embedding: dist/elz-widgets.js under a strict CSP with Trusted Types', () => {
  it('renders, edits, switches language and shows errors without one violation or request', async () => {
    const { win, doc, el } = await strictFrame();
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Participatieladder');

    root.querySelector<HTMLInputElement>('input[type=radio][value="advise"]')!.click();
    const add = root.querySelector<HTMLInputElement>('#new-group')!;
    add.value = '<img src=x onerror=alert(1)>';
    root.querySelector<HTMLFormElement>('form.add')!.requestSubmit();
    await el.updateComplete;
    expect(el.value.groups[1].name).to.equal('<img src=x onerror=alert(1)>');
    expect(root.querySelector('img')).to.be.null;

    root.querySelector('summary')!.click();
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(root.querySelectorAll('.rungs-explained li')).to.have.length(5);

    try {
      el.value = { schema: 'elz-other/1' } as unknown as Ladder['value'];
    } catch {
      /* refused, as it should be */
    }
    doc.documentElement.lang = 'fr';
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    expect(root.querySelector('h2')!.textContent).to.equal('Échelle de participation');
    expect(root.querySelector('.notice.error')).to.exist;

    expect(win.violations).to.deep.equal([]);
    const requests = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(requests.sort()).to.deep.equal(['/dist/elz-widgets.js', '/test/stubs/csp-recorder.js']);
  });

  it('the recorder does see a violation (so the test above can fail)', async () => {
    const { win, doc } = await strictFrame();
    const s = doc.createElement('script');
    // Trusted Types refuse the text at once, and report it.
    expect(() => (s.textContent = 'window.ran = true')).to.throw(/TrustedScript/);
    doc.head.append(s);
    await new Promise((r) => setTimeout(r, 50));
    expect((win as unknown as { ran?: boolean }).ran).to.be.undefined;
    expect(win.violations.length).to.be.greaterThan(0);
  });
});
