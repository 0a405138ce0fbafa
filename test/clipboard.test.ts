import { expect } from '@open-wc/testing';
import { copyRich, copyText } from '../src/core/clipboard.js';

type Writes = { text: string[]; items: ClipboardItem[] };

/** Stands in for the clipboard: records what is written; `refuse` makes a method throw, as a browser may. */
function fakeClipboard(refuse: Array<'write' | 'writeText'> = []): { writes: Writes; restore: () => void } {
  const writes: Writes = { text: [], items: [] };
  const own = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      async writeText(t: string) {
        if (refuse.includes('writeText')) throw new DOMException('denied', 'NotAllowedError');
        writes.text.push(t);
      },
      async write(items: ClipboardItem[]) {
        if (refuse.includes('write')) throw new DOMException('denied', 'NotAllowedError');
        writes.items.push(...items);
      },
    },
  });
  return {
    writes,
    restore: () => {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', own);
    },
  };
}

describe('clipboard', () => {
  it('copies text', async () => {
    const { writes, restore } = fakeClipboard();
    try {
      expect(await copyText('https://example.org/#elz=k:abc')).to.be.true;
      expect(writes.text).to.deep.equal(['https://example.org/#elz=k:abc']);
    } finally {
      restore();
    }
  });

  it('says so when the browser refuses', async () => {
    const { restore } = fakeClipboard(['writeText', 'write']);
    try {
      expect(await copyText('x')).to.be.false;
      expect(await copyRich('<p>x</p>', 'x')).to.be.false;
    } finally {
      restore();
    }
  });

  it('copies rich text as HTML and plain text in one item', async () => {
    const { writes, restore } = fakeClipboard();
    try {
      expect(await copyRich('<h1>Verslag</h1>', 'VERSLAG')).to.equal('rich');
      expect(writes.items).to.have.length(1);
      const item = writes.items[0];
      expect([...item.types].sort()).to.deep.equal(['text/html', 'text/plain']);
      expect(await (await item.getType('text/html')).text()).to.equal('<h1>Verslag</h1>');
      expect(await (await item.getType('text/plain')).text()).to.equal('VERSLAG');
    } finally {
      restore();
    }
  });

  it('falls back to plain text where rich text is refused', async () => {
    const { writes, restore } = fakeClipboard(['write']);
    try {
      expect(await copyRich('<h1>Verslag</h1>', 'VERSLAG')).to.equal('text');
      expect(writes.text).to.deep.equal(['VERSLAG']);
    } finally {
      restore();
    }
  });
});
