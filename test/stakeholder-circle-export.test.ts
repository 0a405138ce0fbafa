import { expect, fixture, html } from '@open-wc/testing';
import { downloadFile } from '../src/core/file.js';
import { EXPORT_HEIGHT, PNG_SCALE, standaloneElement, standaloneSvg } from '../src/stakeholder-circle/export.js';
import { rasterize } from '../src/stakeholder-circle/raster.js';
import { VIEW } from '../src/stakeholder-circle/layout.js';
import { captureDownloads, setPageLang } from './helpers.js';

/** A picture as the page renders it: roles, ARIA, classes, a tab stop, Lit's markers, user text. */
const rendered = () =>
  fixture<SVGSVGElement>(
    html`<svg
      viewBox="-100 -44 800 688"
      role="group"
      aria-label=${'Cirkel. Thema: <b>Valpreventie</b>.'}
      aria-describedby="help"
    >
      <circle cx="300" cy="300" r="295" fill="#f7fafb" class="ring" />
      <g class="node" tabindex="0" role="button" aria-pressed="false" aria-label="&lt;script&gt;">
        <circle cx="300" cy="190" r="7" fill="#005a70" />
      </g>
      <text x="300" y="210" aria-hidden="true">${'<script>alert(1)</script>'}</text>
    </svg>`,
  );

const parse = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml');

describe('circle export', () => {
  beforeEach(() => setPageLang('nl'));

  describe('standaloneSvg', () => {
    it('makes a document of its own: no roles, ARIA, classes, tab stops or markers; the accessible name as title', async () => {
      const picture = await rendered();
      expect(picture.innerHTML).to.contain('<!--'); // Lit's markers are there to begin with
      const text = standaloneSvg(picture);
      expect(text).to.not.contain('<!--');
      const doc = parse(text);
      expect(doc.querySelector('parsererror')).to.be.null;
      const root = doc.documentElement;
      expect([...root.attributes].map((a) => a.name).sort()).to.deep.equal(
        ['color', 'font-family', 'height', 'viewBox', 'width', 'xmlns'].sort(),
      );
      expect(
        doc.querySelectorAll('[role], [class], [tabindex], [aria-label], [aria-hidden], [aria-pressed]'),
      ).to.have.length(0);
      expect(root.firstElementChild!.localName).to.equal('title');
      expect(root.firstElementChild!.textContent).to.equal('Cirkel. Thema: <b>Valpreventie</b>.');
    });

    it('keeps user text as text', async () => {
      const text = standaloneSvg(await rendered());
      expect(text).to.contain('&lt;script&gt;alert(1)&lt;/script&gt;');
      const doc = parse(text);
      expect(doc.querySelector('script, b')).to.be.null;
      expect([...doc.querySelectorAll('text')].some((t) => t.textContent === '<script>alert(1)</script>')).to.be.true;
    });

    it('is the picture on a white ground with the legend below it, in the size of a download', async () => {
      const root = parse(standaloneSvg(await rendered())).documentElement;
      expect(root.getAttribute('viewBox')).to.equal(`${VIEW.x} ${VIEW.y} ${VIEW.width} ${EXPORT_HEIGHT}`);
      expect([root.getAttribute('width'), root.getAttribute('height')]).to.deep.equal([
        String(VIEW.width),
        String(EXPORT_HEIGHT),
      ]);
      const ground = root.querySelector(':scope > g > rect')!;
      expect([...['x', 'y', 'width', 'height', 'fill'].map((a) => ground.getAttribute(a))]).to.deep.equal([
        String(VIEW.x),
        String(VIEW.y),
        String(VIEW.width),
        String(EXPORT_HEIGHT),
        '#ffffff',
      ]);
      const keys = [...root.querySelectorAll('g[transform]')];
      expect(keys.map((k) => k.querySelector(':scope > text:last-child')!.textContent)).to.deep.equal([
        'Burger en persoon met een zorg- en ondersteuningsnood',
        'Informeel netwerk',
        'Formeel netwerk',
        'Betrokken',
        'Nog te contacteren',
        'Nog niet betrokken',
        'Moeilijk bereikbaar',
        'Aantal betrokkenen op die plaats',
      ]);
      // The picture itself is kept whole, after the ground and the legend.
      expect(root.querySelector(':scope > circle')!.getAttribute('r')).to.equal('295');
    });

    it('leaves the picture on the page as it was', async () => {
      const picture = await rendered();
      const before = picture.outerHTML;
      standaloneSvg(picture);
      expect(picture.outerHTML).to.equal(before);
    });

    it('has no title when the picture has no accessible name', async () => {
      const picture = await fixture<SVGSVGElement>(html`<svg viewBox="0 0 10 10"><circle r="1" /></svg>`);
      expect(parse(standaloneSvg(picture)).querySelector('title')).to.be.null;
    });
  });

  describe('rasterize (the PNG download)', () => {
    /** Records the object URLs made and the images loaded while `run` runs. */
    async function watchLoads<T>(run: () => Promise<T>) {
      const { createObjectURL } = URL;
      const made: string[] = [];
      URL.createObjectURL = (blob: Blob) => {
        const url = createObjectURL(blob);
        made.push(url);
        return url;
      };
      const src = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!;
      const images: string[] = [];
      Object.defineProperty(HTMLImageElement.prototype, 'src', {
        ...src,
        set(this: HTMLImageElement, url: string) {
          images.push(url);
          src.set!.call(this, url);
        },
      });
      try {
        return { result: await run(), made, images };
      } finally {
        URL.createObjectURL = createObjectURL;
        Object.defineProperty(HTMLImageElement.prototype, 'src', src);
      }
    }

    it('draws the document into a PNG, PNG_SCALE pixels per unit, without an object URL or an image (a strict policy allows it)', async () => {
      const doc = standaloneElement(await rendered());
      const { result: png, made, images } = await watchLoads(() => rasterize(doc, PNG_SCALE));
      expect(made).to.deep.equal([]);
      expect(images).to.deep.equal([]);
      expect(png!.type).to.equal('image/png');
      const image = await createImageBitmap(png!);
      expect([image.width, image.height]).to.deep.equal([VIEW.width * PNG_SCALE, EXPORT_HEIGHT * PNG_SCALE]);
      const ctx = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const pixel = (x: number, y: number) => [...ctx.getImageData((x - VIEW.x) * 2, (y - VIEW.y) * 2, 1, 1).data];
      expect(pixel(300, 300)).to.deep.equal([0xf7, 0xfa, 0xfb, 255]); // the ring drawn in the page
      expect(pixel(VIEW.x + 2, VIEW.y + 2)).to.deep.equal([255, 255, 255, 255]); // the white ground
    });

    it('gives nothing for a document without a usable viewBox', async () => {
      for (const box of [null, '0 0 0 10', '0 0 ten 10']) {
        const doc = standaloneElement(await rendered());
        if (box === null) doc.removeAttribute('viewBox');
        else doc.setAttribute('viewBox', box);
        expect(await rasterize(doc), String(box)).to.be.null;
      }
    });
  });

  describe('downloadFile', () => {
    it('offers a Blob as it is, under the type given', async () => {
      const capture = captureDownloads();
      try {
        const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });
        downloadFile('betrokkenen-2026-12-01.png', png, 'image/png');
        const [file] = capture.files;
        expect(file.name).to.equal('betrokkenen-2026-12-01.png');
        const blob = await file.blob;
        expect(blob.type).to.equal('image/png');
        expect([...new Uint8Array(await blob.arrayBuffer())]).to.deep.equal([0x89, 0x50, 0x4e, 0x47]);
      } finally {
        capture.restore();
      }
    });
  });
});
