import { expect } from '@open-wc/testing';
import { currentLocale } from '../src/core/locale.js';
import { parseValue } from '../src/core/schema.js';
import { buildReport, escape, reportIn } from '../src/engagement-tool/report-document.js';
import { startRound } from '../src/engagement-tool/rounds.js';
import { emptyTool, toolSchema, type ToolValue } from '../src/engagement-tool/value.js';
import { circlePicture, downloadReport, makeReport } from '../src/engagement-tool/report.on-demand.js';
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

describe('report document', () => {
  beforeEach(() => setPageLang('nl'));

  it('escapes every special character', () => {
    expect(escape(`<a href="x">'&'</a>`)).to.equal('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('is one document with headings and tables, no script, no request, user text as text', () => {
    const report = buildReport({ value: value() });
    const doc = parse(report.html);
    expect(doc.querySelectorAll('script, img, iframe, object, link, [onerror], [onload]')).to.have.length(0);
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

  it('gives the clipboard a fragment with inline styles only, and plain text', () => {
    const report = buildReport({ value: value() });
    const doc = parse(report.fragment);
    expect(doc.querySelectorAll('style, script, meta')).to.have.length(0);
    expect(doc.querySelector('table')!.getAttribute('style')).to.contain('border-collapse');
    expect(report.text).to.contain('Wat valt op?');
    expect(report.text).to.contain(`Buren ${HOSTILE}`);
    expect(report.text).to.not.contain('<table');
  });

  it('shows the picture only as a PNG data URL', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(
      parse(buildReport({ value: value(), picture: png }).html)
        .querySelector('img')!
        .getAttribute('src'),
    ).to.equal(png);
    for (const picture of ['https://example.org/x.png', 'data:image/svg+xml;base64,PHN2Zz4=', 'javascript:alert(1)'])
      expect(parse(buildReport({ value: value(), picture }).html).querySelector('img'), picture).to.be.null;
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
  const SVG =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" height="10"><rect width="10" height="10" fill="#005a70"/></svg>';
  beforeEach(() => setPageLang('nl'));

  it('draws the circle as a PNG data URL in the page’s language, and leaves it out in another', async () => {
    const png = await circlePicture(SVG, 'nl');
    expect(png).to.match(/^data:image\/png;base64,/);
    expect(await circlePicture(SVG, 'fr')).to.be.null;
    expect(await circlePicture('', 'nl')).to.be.null;
    const doc = await makeReport({ value: value() }, SVG, 'nl');
    expect(parse(doc.html).querySelector('img')!.getAttribute('src')).to.equal(png);
    expect(parse(doc.fragment).querySelector('img')!.getAttribute('alt')).to.not.equal('');
  });

  it('saves one HTML file', async () => {
    const downloads = captureDownloads();
    try {
      const doc = await makeReport({ value: value() }, '', 'fr');
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
