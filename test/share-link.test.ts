import { expect } from '@open-wc/testing';
import { ValidationError } from '../src/core/schema.js';
import { workedExample } from '../src/engagement-tool/example.js';
import { emptyTool } from '../src/engagement-tool/value.js';
import {
  LINK_LIMIT,
  LINK_SAFE,
  MAX_PAYLOAD,
  ShareLinkError,
  encodeShare,
  fromBase64Url,
  linkKey,
  readShare,
  shareLink,
  toBase64Url,
  withoutLink,
} from '../src/core/share-link.js';
import { stakeholder } from './fixtures.js';

const circle = {
  schema: 'elz-stakeholder-circle/2',
  updatedAt: '2026-12-06T10:00:00.000Z',
  theme: 'Valpreventie <b>&</b> "thuis" — élan 🙂',
  stakeholders: [stakeholder({ name: 'Mantelzorgers', ring: 'informal', sector: 'welfare', level: 'consult' })],
};

/** The problem a promise is refused with. */
async function refusal(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a refusal');
}

async function deflated(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

describe('share link', () => {
  describe('base64url', () => {
    it('round-trips every byte value, without +, / or =', () => {
      const bytes = new Uint8Array(256 * 3 + 1).map((_, i) => i % 256);
      const text = toBase64Url(bytes);
      expect(text).to.match(/^[A-Za-z0-9_-]+$/);
      expect([...fromBase64Url(text)]).to.deep.equal([...bytes]);
    });

    it('refuses text that is not base64url, and lengths no bytes make', () => {
      for (const bad of ['ab+c', 'ab/c', 'abc=', 'a b', 'é', 'abcde'])
        expect(() => fromBase64Url(bad), bad).to.throw(ShareLinkError);
    });
  });

  describe('the fragment', () => {
    it('finds our part at the start or after a page parameter, and only ours', () => {
      expect(linkKey('#elz=elz-engagement-tool%23p1:abc')).to.equal('elz-engagement-tool#p1');
      expect(linkKey('#tab=2&elz=k:abc')).to.equal('k');
      expect(linkKey('#/route/elz=k:abc')).to.be.null;
      expect(linkKey('#xelz=k:abc')).to.be.null;
      expect(linkKey('#elz=no-colon')).to.be.null;
      expect(linkKey('#elz=%E0%A4%A:abc')).to.be.null; // a broken escape
      expect(linkKey('')).to.be.null;
    });

    it("takes out our part only, leaving the page's own", () => {
      expect(withoutLink('#elz=k:abc')).to.equal('');
      expect(withoutLink('#tab=2&elz=k:abc')).to.equal('#tab=2');
      expect(withoutLink('#elz=k:abc&tab=2')).to.equal('#tab=2');
      expect(withoutLink('#a=1&elz=k:abc&b=2')).to.equal('#a=1&b=2');
      expect(withoutLink('#/route')).to.equal('#/route');
    });
  });

  describe('round trip', () => {
    it('reads back what it wrote, for its key only', async () => {
      const hash = `#${await encodeShare('elz-stakeholder-circle#a b', circle)}`;
      expect(await readShare(hash, 'elz-stakeholder-circle#a b')).to.deep.equal(circle);
      expect(await readShare(hash, 'elz-stakeholder-circle')).to.be.null;
    });

    it("makes a link to the same page, without the page's own fragment, and says whether it fits", async () => {
      const made = await shareLink('https://example.org/zorg/?p=1#/route', 'k', circle);
      expect(made.link.startsWith('https://example.org/zorg/?p=1#elz=k:')).to.be.true;
      expect(made.length).to.equal(made.link.length);
      expect(made.fits).to.be.true;
      expect(made.safe).to.be.true;
      expect(await readShare(new URL(made.link).hash, 'k')).to.deep.equal(circle);
    });

    it(`says when a link is longer than ${LINK_SAFE} characters, and when over ${LINK_LIMIT}`, async () => {
      const random = () => Array.from(crypto.getRandomValues(new Uint8Array(50)), (b) => b.toString(16)).join('');
      const long = {
        ...circle,
        stakeholders: Array.from({ length: 20 }, (_, i) => ({
          ...circle.stakeholders[0],
          id: `s${i}`,
          note: random(),
        })),
      };
      const made = await shareLink('https://example.org/', 'k', long);
      expect(made.safe).to.be.false;
      expect(made.fits).to.be.true;
      expect(made.length).to.be.within(LINK_SAFE, LINK_LIMIT);
    });

    it(`refuses to make a link longer than ${LINK_LIMIT} characters`, async () => {
      // Random text does not compress: 100 notes of 100 characters make a link far over the limit.
      const random = () => Array.from(crypto.getRandomValues(new Uint8Array(50)), (b) => b.toString(16)).join('');
      const big = {
        ...circle,
        stakeholders: Array.from({ length: 100 }, (_, i) => ({
          ...circle.stakeholders[0],
          id: `s${i}`,
          note: random(),
        })),
      };
      const made = await shareLink('https://example.org/', 'k', big);
      expect(made.fits).to.be.false;
      expect(made.length).to.be.greaterThan(LINK_LIMIT);
    });
  });

  describe('the figures the docs give', () => {
    const page = 'https://www.elzbrugge.be/projecten/betrokkenheidstool/'; // 56 characters
    it('an empty tool makes a short link (about 400 characters)', async () => {
      const made = await shareLink(page, 'elz-engagement-tool', emptyTool());
      expect(made.length).to.be.within(300, 500);
    });
    it(`the whole worked example, in every language, is over ${LINK_SAFE} but well under ${LINK_LIMIT}`, async () => {
      for (const locale of ['nl', 'fr', 'en', 'de'] as const) {
        const made = await shareLink(page, 'elz-engagement-tool', workedExample(locale));
        expect(made.length, locale).to.be.within(LINK_SAFE, 3200);
      }
    });
  });

  describe('hostile links change nothing and say why', () => {
    it('a cut-off link', async () => {
      const hash = `#${await encodeShare('k', circle)}`;
      const e = await refusal(readShare(hash.slice(0, hash.length - 12), 'k'));
      expect(e).to.be.instanceOf(ShareLinkError);
      expect((e as ShareLinkError).problem).to.be.oneOf(['truncated', 'not-base64']);
    });

    it('an empty payload', async () => {
      expect(((await refusal(readShare('#elz=k:', 'k'))) as ShareLinkError).problem).to.equal('truncated');
    });

    it('text that is not base64', async () => {
      expect(((await refusal(readShare('#elz=k:<script>', 'k'))) as ShareLinkError).problem).to.equal('not-base64');
    });

    it('base64 that is not deflate data', async () => {
      const e = (await refusal(
        readShare(`#elz=k:${toBase64Url(new Uint8Array(64).fill(255))}`, 'k'),
      )) as ShareLinkError;
      expect(e).to.be.instanceOf(ShareLinkError);
    });

    it('a payload longer than any value could make, before it is decoded', async () => {
      const e = (await refusal(readShare(`#elz=k:${'A'.repeat(MAX_PAYLOAD + 1)}`, 'k'))) as ShareLinkError;
      expect(e.problem).to.equal('too-large');
    });

    it('a small link that unpacks into a huge text (a zip bomb)', async () => {
      const bomb = await deflated(`"${'a'.repeat(8 * 1024 * 1024)}"`);
      expect(bomb.length).to.be.lessThan(20_000);
      expect(((await refusal(readShare(`#elz=k:${bomb}`, 'k'))) as ShareLinkError).problem).to.equal('too-large');
    });

    it('deflated text that is not JSON', async () => {
      const e = (await refusal(readShare(`#elz=k:${await deflated('not json')}`, 'k'))) as ShareLinkError;
      expect(e.problem).to.equal('broken');
    });

    it('deflated bytes that are not UTF-8', async () => {
      const stream = new Blob([new Uint8Array([0x22, 0xff, 0xfe, 0x22])])
        .stream()
        .pipeThrough(new CompressionStream('deflate-raw'));
      const payload = toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
      expect(((await refusal(readShare(`#elz=k:${payload}`, 'k'))) as ShareLinkError).problem).to.equal('broken');
    });

    it('__proto__ never reaches a prototype: refused as data', async () => {
      const e = await refusal(readShare(`#elz=k:${await deflated('{"__proto__":{"polluted":1}}')}`, 'k'));
      expect(e).to.be.instanceOf(ValidationError);
      expect(({} as Record<string, unknown>).polluted).to.be.undefined;
    });
  });
});
