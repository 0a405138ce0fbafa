import { expect, fixture, html } from '@open-wc/testing';
import { currentLocale } from '../src/core/locale.js';
import { parseValue } from '../src/core/schema.js';
import { buildReport, escape, reportIn } from '../src/engagement-tool/report-document.js';
import { startRound } from '../src/engagement-tool/rounds.js';
import { emptyTool, toolSchema, type ToolValue } from '../src/engagement-tool/value.js';
import { downloadReport, makeReport } from '../src/engagement-tool/report.on-demand.js';
import '../src/stakeholder-circle/define.js';
import { EXPORT_HEIGHT } from '../src/stakeholder-circle/export.js';
import { CENTRE, RADII, VIEW } from '../src/stakeholder-circle/layout.js';
import { RING_FILL } from '../src/stakeholder-circle/marks.js';
import { rasterize } from '../src/stakeholder-circle/raster.js';
import type { ElzStakeholderCircle } from '../src/stakeholder-circle/stakeholder-circle.js';
import { captureDownloads, setPageLang } from './helpers.js';

const HOSTILE = `<img src=x onerror="alert(1)">&'"</td></table><script>alert(2)</script>`;

function value(): ToolValue {
  return parseValue(toolSchema(), {
    ...emptyTool(),
    circle: {
      schema: 'elz-stakeholder-circle/2',
      updatedAt: '2026-12-06T10:00:00.000Z',
      theme: `Valpreventie ${HOSTILE}`,
      stakeholders: [
        { id: 'a', name: `Buren ${HOSTILE}`, ring: 'informal', sector: 'welfare', level: 'consult', expert: true },
        { id: 'b', name: 'Huisarts', ring: 'formal', sector: 'care', note: 'Eerste\ntweede' },
      ],
    },
    wizard: { ...emptyTool().wizard, answers: { who: `Ouderen ${HOSTILE}` } },
    plan: {
      ambassador: 'Sarah',
      nextRound: '2027-03-15',
      actions: [{ id: 'group:a', title: 'Buren', what: `Buurtfeest ${HOSTILE}`, state: 'doing', due: '2027-01-31' }],
    },
  });
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** The SVG document an image's `data:` URL holds. */
function svgIn(img: Element): string {
  const base64 = img.getAttribute('src')!.split(',')[1];
  return new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
}

describe('report document', () => {
  beforeEach(() => setPageLang('nl'));

  it('escapes every special character', () => {
    expect(escape(`<a href="x">'&'</a>`)).to.equal('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('is one document with headings and tables, no script, no request, user text as text', () => {
    const report = buildReport({ value: value() });
    const doc = parse(report.html);
    // The one link is the icon, inline: a browser asks a page served from a site for one otherwise.
    const loads = 'script, img, iframe, object, link:not([rel="icon"][href="data:,"]), [onerror], [onload]';
    expect(doc.querySelectorAll(loads)).to.have.length(0);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).to.contain(
      "default-src 'none'",
    );
    expect(doc.querySelector('h1')!.textContent).to.contain(HOSTILE);
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).to.deep.equal([
      'Wat valt op?',
      'Plan van aanpak',
      'Wie is betrokken?',
      'Participatieladder: nu en doel',
      'Antwoorden',
    ]);
    const cells = [...doc.querySelectorAll('th, td')].map((c) => c.textContent);
    expect(cells).to.include(`Buren ${HOSTILE}`);
    expect(cells).to.include(`Ouderen ${HOSTILE}`);
    expect(cells.some((c) => c!.includes(`Buurtfeest ${HOSTILE}`))).to.be.true;
    // Every table has a header row and row headers.
    for (const t of doc.querySelectorAll('table')) {
      expect(t.querySelectorAll('thead th[scope=col]').length).to.be.greaterThan(0);
      expect(t.querySelectorAll('tbody th[scope=row]').length).to.equal(t.querySelectorAll('tbody tr').length);
    }
    // A line break in a note stays one.
    expect([...doc.querySelectorAll('td')].some((td) => td.innerHTML.includes('Eerste<br>tweede'))).to.be.true;
    expect(doc.documentElement.lang).to.equal('nl');
    expect(report.title).to.contain('Valpreventie');
  });

  it('in a later round, says what moved since the round before', () => {
    const next = startRound(value());
    const moved = {
      ...next,
      circle: {
        ...next.circle,
        stakeholders: next.circle.stakeholders.map((s) => (s.id === 'a' ? { ...s, level: 'advise' as const } : s)),
      },
    };
    const doc = parse(buildReport({ value: parseValue(toolSchema(), moved) }).html);
    const h2 = [...doc.querySelectorAll('h2')].map((h) => h.textContent);
    expect(h2[1]).to.equal('Wat veranderde sinds ronde 1?');
    const row = [...doc.querySelectorAll('tr')].find((r) => r.textContent!.includes('Buren'))!;
    expect([...row.children].map((c) => c.textContent)).to.deep.equal([
      `Buren ${HOSTILE}`,
      'Raadplegen',
      'Adviseren',
      'nog niet gekozen',
      'hoger',
    ]);
    expect(doc.querySelector('p')!.textContent).to.match(/^Verslag van ronde 2, gemaakt op /);
  });

  it('gives the clipboard a fragment without style attributes (a strict policy refuses them), and plain text', () => {
    const report = buildReport({ value: value() });
    const doc = parse(report.fragment);
    expect(doc.querySelectorAll('style, script, meta, [style]')).to.have.length(0);
    expect(doc.querySelector('table')!.getAttribute('border')).to.equal('1');
    expect(doc.querySelector('th')!.getAttribute('bgcolor')).to.match(/^#/);
    expect(report.text).to.contain('Wat valt op?');
    expect(report.text).to.contain(`Buren ${HOSTILE}`);
    expect(report.text).to.not.contain('<table');
  });

  it('holds the picture as an SVG image in the file and as a PNG data URL on the clipboard, and nothing else', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 20" width="10" height="20"><circle r="3" fill="#005a70"/><text>Één</text></svg>';
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const report = buildReport({ value: value(), picture: { svg, png } });
    // An image, not SVG in the page: a word processor opening the file shows a picture, not its words.
    const img = parse(report.html).querySelector('figure img')!;
    expect(parse(report.html).querySelector('svg')).to.be.null;
    expect(img.getAttribute('src')).to.match(/^data:image\/svg\+xml;base64,/);
    expect(svgIn(img)).to.equal(svg);
    expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['600', '1200']);
    expect(img.getAttribute('alt')).to.contain('cirkel');
    const pasted = parse(report.fragment).querySelector('img')!;
    expect(pasted.getAttribute('src')).to.equal(png);
    expect([pasted.getAttribute('width'), pasted.getAttribute('height')]).to.deep.equal(['600', '1200']);
    expect(parse(report.fragment).querySelector('svg')).to.be.null;
    for (const bad of [
      '<svg><script>alert(1)</script></svg>',
      '<svg onload="alert(1)"></svg>',
      '<svg><foreignObject><div></div></foreignObject></svg>',
      '<svg><image href="https://example.org/x.png"/></svg>',
      '<p>not svg</p>',
    ])
      expect(parse(buildReport({ value: value(), picture: { svg: bad } }).html).querySelector('img'), bad).to.be.null;
    for (const bad of ['https://example.org/x.png', 'data:image/svg+xml;base64,PHN2Zz4=', 'javascript:alert(1)'])
      expect(parse(buildReport({ value: value(), picture: { png: bad } }).fragment).querySelector('img'), bad).to.be
        .null;
  });

  it('names each cell’s column in the file, for a phone that shows a row as a card', async () => {
    const labels = (html: string) =>
      [...parse(html).querySelectorAll('td[data-label]')].map((td) => td.getAttribute('data-label'));
    const nl = labels(buildReport({ value: value() }).html);
    expect(nl).to.include('Sector:').and.include('Betrokken?');
    const fr = labels((await reportIn('fr', { value: value() })).html);
    expect(fr).to.include('Secteur\u00a0:').and.include('Impliqué\u00a0?');
    expect(parse(buildReport({ value: value() }).html).querySelector('th[data-label]')).to.be.null;
  });

  it('is written in the language asked for, whatever the page shows, and the page keeps its own', async () => {
    const fr = await reportIn('fr', { value: value() });
    expect(currentLocale()).to.equal('nl');
    const doc = parse(fr.html);
    expect(doc.documentElement.lang).to.equal('fr');
    expect(doc.querySelector('h2')!.textContent).to.not.equal('Wat valt op?');
    expect(fr.html).to.contain(`Buren ${escape(HOSTILE)}`);
    const de = await reportIn('de', { value: value() });
    expect(parse(de.html).documentElement.lang).to.equal('de');
    expect(currentLocale()).to.equal('nl');
  });
});

describe('report document: the picture and the file', () => {
  beforeEach(() => setPageLang('nl'));

  async function circle() {
    const el = await fixture<ElzStakeholderCircle>(
      html`<elz-stakeholder-circle storage="none" .value=${value().circle}></elz-stakeholder-circle>`,
    );
    await el.updateComplete;
    return el;
  }

  it('draws the circle as pixels without loading an image, white ground and the rings in their colours', async () => {
    const doc = (await circle()).pictureDocument()!;
    const png = await rasterize(doc, 1);
    const bitmap = await createImageBitmap(png!);
    expect([bitmap.width, bitmap.height]).to.deep.equal([VIEW.width, EXPORT_HEIGHT]);
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const at = (x: number, y: number) => [...ctx.getImageData(x - VIEW.x, y - VIEW.y, 1, 1).data.slice(0, 3)];
    expect(at(VIEW.x + 2, VIEW.y + 2)).to.deep.equal([255, 255, 255]);
    // Between the centre and the inner edge of the person ring, straight up from the centre: its fill.
    const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
    const inner = (RADII.person[0] + RADII.person[1]) / 2;
    expect(at(CENTRE + 40, CENTRE - inner + 4)).to.deep.equal(hex(RING_FILL.person));
  });

  it('draws the circle in the report’s language, whatever the page shows: SVG in the file, PNG on the clipboard', async () => {
    const el = await circle();
    const picture = (doc: string) =>
      new DOMParser().parseFromString(svgIn(parse(doc).querySelector('figure img')!), 'image/svg+xml').documentElement;
    const words = (doc: string) => picture(doc).textContent!;
    const nl = await makeReport({ value: value() }, el, 'nl');
    expect(words(nl.html)).to.contain('Zorg en gezondheid').and.contain('Nog te contacteren');
    expect(parse(nl.fragment).querySelector('img')!.getAttribute('src')).to.match(/^data:image\/png;base64,/);
    expect(parse(nl.fragment).querySelector('img')!.getAttribute('alt')).to.not.equal('');
    const fr = await makeReport({ value: value() }, el, 'fr');
    expect(words(fr.html)).to.contain('Soins et santé').and.contain('À contacter');
    expect(words(fr.html)).to.not.contain('Zorg en gezondheid');
    expect(parse(fr.fragment).querySelector('img')!.getAttribute('src')).to.match(/^data:image\/png;base64,/);
    expect(parse(fr.fragment).querySelector('img')!.getAttribute('alt')).to.contain('cercle');
    // The page stays in its own language, and so does the circle on it.
    await el.updateComplete;
    expect(currentLocale()).to.equal('nl');
    expect(el.shadowRoot!.querySelector('figure svg')!.textContent).to.contain('Zorg en gezondheid');
    // The two pictures differ in their words only: the same people in the same places.
    const dots = (doc: string) => picture(doc).querySelectorAll('circle').length;
    expect(dots(fr.html)).to.be.greaterThan(3);
    expect(dots(fr.html)).to.equal(dots(nl.html));
  });

  it('saves one HTML file', async () => {
    const downloads = captureDownloads();
    try {
      const doc = await makeReport({ value: value() }, null, 'fr');
      downloadReport(doc);
      expect(downloads.files).to.have.length(1);
      expect(downloads.files[0].name).to.match(/^rapport-[a-z-]+-\d{4}-\d{2}-\d{2}\.html$/);
      expect((await downloads.files[0].blob).type).to.equal('text/html');
      expect(await downloads.files[0].text).to.equal(doc.html);
    } finally {
      downloads.restore();
    }
  });
});

describe('report document: the page never shows the report’s language', () => {
  it('switches there and back without giving the browser a turn (no task runs in between)', async () => {
    await setPageLang('fr');
    let ticked = false;
    await reportIn('de', { value: value() }); // load German once
    setTimeout(() => (ticked = true));
    const during = reportIn('nl', { value: value() });
    await during;
    expect(currentLocale()).to.equal('fr');
    expect(ticked, 'a task ran while the report was being built').to.be.false;
    await setPageLang('nl');
  });
});
