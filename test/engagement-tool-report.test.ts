/**
 * The report as a document, from the tool's summary: its language chosen whatever the page shows,
 * copied as rich text on a click (with a way out where the clipboard is refused), and saved as
 * one HTML file; also from a read-only tool.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/engagement-tool/define.js';
import type { ElzEngagementTool } from '../src/engagement-tool/engagement-tool.js';
import { emptyTool, type ToolValue } from '../src/engagement-tool/value.js';
import { getByRole } from './by-role.js';
import { buttonNamed, captureDownloads, clearStorage, setPageLang, untilLoaded, wait } from './helpers.js';
import { stakeholder } from './fixtures.js';
import type { Stakeholder } from '../src/stakeholder-circle/value.js';

const T = '2026-11-20T10:00:00.000Z';

const value = (): ToolValue => ({
  ...emptyTool(),
  updatedAt: T,
  step: 'summary',
  circle: {
    schema: 'elz-stakeholder-circle/2',
    updatedAt: T,
    theme: 'Valpreventie <script>',
    stakeholders: [stakeholder({ id: 'a', name: 'Buren', level: 'inform' }) as Stakeholder],
  },
});

async function tool(readonly = false): Promise<ElzEngagementTool> {
  const el = await fixture<ElzEngagementTool>(
    html`<elz-engagement-tool storage="none" ?readonly=${readonly} .value=${value()}></elz-engagement-tool>`,
  );
  await untilLoaded(el);
  return el;
}

/** Records what is put on the clipboard; `refuse` makes it throw, as a browser may. */
function fakeClipboard(refuse = false) {
  const items: Array<Record<string, string>> = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      async write(list: ClipboardItem[]) {
        if (refuse) throw new DOMException('denied', 'NotAllowedError');
        for (const item of list)
          items.push(
            Object.fromEntries(
              await Promise.all(item.types.map(async (t) => [t, await (await item.getType(t)).text()])),
            ),
          );
      },
      async writeText() {
        if (refuse) throw new DOMException('denied', 'NotAllowedError');
      },
    },
  });
  return { items, restore: () => delete (navigator as unknown as Record<string, unknown>).clipboard };
}

/** Until a notice with this id shows. */
async function notice(el: ElzEngagementTool, text: RegExp) {
  for (let i = 0; i < 200; i++) {
    const found = [...el.shadowRoot!.querySelectorAll('[part=notice]')].find((n) => text.test(n.textContent!));
    if (found) return found;
    await wait(20);
  }
  throw new Error(`no notice ${text}`);
}

describe('engagement tool: the report as a document', () => {
  beforeEach(async () => {
    clearStorage();
    await setPageLang('nl');
  });

  it('is accessible, with its language and two buttons', async () => {
    const el = await tool();
    const select = getByRole(el, 'combobox', { name: 'Taal van het verslag' }) as HTMLSelectElement;
    expect([...select.options].map((o) => [o.value, o.textContent!.trim(), o.lang])).to.deep.equal([
      ['nl', 'Nederlands', 'nl'],
      ['fr', 'Français', 'fr'],
      ['en', 'English', 'en'],
      ['de', 'Deutsch', 'de'],
    ]);
    expect(select.value).to.equal('nl');
    expect(buttonNamed(el, 'Verslag kopiëren')).to.exist;
    expect(buttonNamed(el, 'Verslag downloaden')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('copies the report as rich text in the language chosen, while the page keeps its own', async () => {
    const el = await tool();
    const clip = fakeClipboard();
    try {
      const select = getByRole(el, 'combobox', { name: 'Taal van het verslag' }) as HTMLSelectElement;
      select.value = 'fr';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      buttonNamed(el, 'Verslag kopiëren')!.click();
      await notice(el, /Het verslag is gekopieerd/);
      expect(clip.items).to.have.length(1);
      const [item] = clip.items;
      expect(Object.keys(item).sort()).to.deep.equal(['text/html', 'text/plain']);
      expect(item['text/html'])
        .to.contain('lang="fr"')
        .and.contain('<table ')
        .and.contain('Valpreventie &lt;script&gt;');
      expect(item['text/plain']).to.contain('Valpreventie <script>');
      expect(buttonNamed(el, 'Verslag kopiëren')).to.exist; // the page still speaks Dutch
    } finally {
      clip.restore();
    }
  });

  it('where the clipboard is refused, says so and offers the file', async () => {
    const el = await tool();
    const clip = fakeClipboard(true);
    const downloads = captureDownloads();
    try {
      buttonNamed(el, 'Verslag kopiëren')!.click();
      const n = await notice(el, /Kopiëren lukt niet/);
      [...n.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Verslag downloaden')!.click();
      await wait(50);
      expect(downloads.files.map((f) => f.name)).to.have.length(1);
      expect(downloads.files[0].name).to.match(/^betrokkenheidstool-verslag-\d{4}-\d{2}-\d{2}\.html$/);
    } finally {
      clip.restore();
      downloads.restore();
    }
  });

  it('downloads one HTML file, also from a read-only tool', async () => {
    const el = await tool(true);
    const downloads = captureDownloads();
    try {
      buttonNamed(el, 'Verslag downloaden')!.click();
      for (let i = 0; i < 100 && !downloads.files.length; i++) await wait(20);
      const text = await downloads.files[0].text;
      expect(text).to.match(/^<!DOCTYPE html>/);
      expect(text).to.not.contain('<script>');
      expect(text).to.contain('Valpreventie &lt;script&gt;');
    } finally {
      downloads.restore();
    }
  });
});
