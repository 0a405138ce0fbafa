/**
 * The report as a document a team takes into its meeting: one self-contained HTML file (inline
 * styles, no script, no request: it opens and prints the same everywhere) and the same content for
 * the clipboard, as rich text (HTML with inline styles, which Word, LibreOffice, Google Docs and
 * mail programs paste as tables and headings) and as plain text.
 *
 * Built as a string, never in the page: every text of the user, and every text of ours around it,
 * goes through `escape`. The words come in the report's language, which may differ from the
 * page's: `reportIn` builds it while that language is active (see there).
 */
import { msg, str } from '@lit/localize';
import { RING_TEXT, RINGS, INVOLVEMENT_TEXT, type Sector } from '../content/circle.js';
import { PHASES, PHASE_TEXT, type Question } from '../content/questions.js';
import { MODE_TEXT, rungById, type RungId } from '../content/rungs.js';
import { toBase64 } from '../core/base64.js';
import { currentLocale, switchLocale, type Locale } from '../core/locale.js';
import { isolate } from '../core/messages.js';
import { answerOf, answered, questionsFor, type HostQuestion } from '../question-wizard/value.js';
import { circleHints, hintText } from '../stakeholder-circle/hints.js';
import { localizeSectors, type HostSector } from '../stakeholder-circle/value.js';
import { dayText, stateText } from './plan-step.js';
import { showAnswer } from './report.js';
import { MOVE_TEXT, compare } from './rounds.js';
import type { ToolValue } from './value.js';

/** Escapes text for HTML, in content and in quoted attributes alike. */
export function escape(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

export interface ReportInput {
  value: ToolValue;
  /** The page's sectors and questions, when it set its own. */
  sectors?: HostSector[] | null;
  questions?: HostQuestion[] | null;
  /**
   * The circle as an SVG document, as the circle draws it (`pictureDocument()`), and as a
   * `data:image/png` URL where one could be made. Each is left out where it is missing.
   */
  picture?: { svg?: string; png?: string | null } | null;
}

export interface ReportDocument {
  /** A whole HTML document: the file to download. */
  html: string;
  /** The report's body with inline styles only: what goes on the clipboard as `text/html`. */
  fragment: string;
  /** The same as plain text: for the clipboard's `text/plain`. */
  text: string;
  /** The document's title. */
  title: string;
  /** A base for the file's name, in the report's language. */
  file: string;
}

/**
 * No `style` attributes: a browser parses what goes on the clipboard in the page, where a strict
 * policy (no 'unsafe-inline') refuses them, and says so in the console. Tables carry the old
 * presentational attributes instead, which Word, LibreOffice, Google Docs and mail programs all
 * read; headings are plain `h1`-`h3`, which word processors take as their own heading styles. The
 * file adds a style sheet of its own (see `buildReport`).
 */
const TH = 'align="left" valign="top" bgcolor="#e8eff1"';
const TD = 'align="left" valign="top"';

/**
 * A table: headers and rows of cells, all text (escaped here); the first cell of a row is its header.
 * A body cell carries its column's name (`data-label`): on a phone the file shows each row as a card.
 */
function table(head: string[], rows: string[][]): { html: string; text: string } {
  const cell = (tag: 'th' | 'td', t: string, attrs: string) =>
    `<${tag} ${attrs} ${tag === 'th' ? TH : TD}>${escape(t).replace(/\n/g, '<br>')}</${tag}>`;
  // "Sector:", "Secteur :"; a question keeps its own mark: "Betrokken?".
  const labels = head.map((h) => (/\?\s*$/.test(h) ? h : msg(str`${h}:`, { id: 'report.label' })));
  const body = (r: string[]) =>
    r.map((c, i) => (i ? cell('td', c, `data-label="${escape(labels[i])}"`) : cell('th', c, 'scope="row"'))).join('');
  const html =
    `<table border="1" cellpadding="6" cellspacing="0" width="100%"><thead><tr>${head.map((h) => cell('th', h, 'scope="col"')).join('')}</tr></thead><tbody>` +
    rows.map((r) => `<tr>${body(r)}</tr>`).join('') +
    `</tbody></table>`;
  // Plain text: one line per row, cells apart; readable in a mail without any layout.
  const text = [head.join(' | '), ...rows.map((r) => r.map((c) => c.replace(/\n/g, ' / ')).join(' | '))].join('\n');
  return { html, text };
}

class Builder {
  private html: string[] = [];
  private text: string[] = [];
  heading(level: 1 | 2 | 3, t: string) {
    this.html.push(`<h${level}>${escape(t)}</h${level}>`);
    this.text.push('', level === 1 ? t.toUpperCase() : t, level < 3 ? '='.repeat(Math.min(t.length, 60)) : '');
  }
  paragraph(t: string, muted = false) {
    this.html.push(muted ? `<p><i>${escape(t)}</i></p>` : `<p>${escape(t)}</p>`);
    this.text.push(t);
  }
  list(items: string[]) {
    this.html.push(`<ul>${items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`);
    this.text.push(...items.map((i) => `- ${i}`));
  }
  table(head: string[], rows: string[][]) {
    const t = table(head, rows);
    this.html.push(t.html);
    this.text.push(t.text);
  }
  /**
   * The circle: in the file as the SVG drawn by the circle, as an image inside the file (a `data:`
   * URL: sharp in print, and an image runs and loads nothing; a word processor that opens the file
   * shows it too, where SVG written into the page would come out as its words); on the clipboard as
   * a PNG where one could be made. Plain text leaves it out: the tables say the same in words.
   */
  picture(svgText: string | undefined, png: string | undefined, alt: string) {
    const mark = this.html.length;
    this.pictures.push({ at: mark, svg: svgText, png, alt });
    this.html.push('');
  }
  private pictures: Array<{ at: number; svg?: string; png?: string; alt: string }> = [];
  done() {
    const place = (kind: 'file' | 'clipboard') => {
      const out = [...this.html];
      for (const p of this.pictures) {
        if (kind === 'file' && p.svg) out[p.at] = `<figure>${image(svgDataUrl(p.svg), p.alt, p.svg)}</figure>`;
        else if (p.png) out[p.at] = `<p>${image(p.png, p.alt, p.svg)}</p>`;
      }
      return out.filter(Boolean).join('\n');
    };
    const text =
      this.text
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim() + '\n';
    return { file: place('file'), clipboard: place('clipboard'), text };
  }
}

/** The picture 600 pixels wide, its height in proportion where the SVG says its size (the PNG has the same). */
function image(src: string, alt: string, svg?: string): string {
  const size = (name: string) => Number(new RegExp(`^<svg[^>]*?\\s${name}="(\\d+(?:\\.\\d+)?)"`).exec(svg ?? '')?.[1]);
  const ratio = size('height') / size('width');
  const height = ratio > 0 && Number.isFinite(ratio) ? ` height="${Math.round(600 * ratio)}"` : '';
  return `<img src="${escape(src)}" alt="${escape(alt)}" width="600"${height}>`;
}

const svgDataUrl = (svg: string) => `data:image/svg+xml;base64,${toBase64(new TextEncoder().encode(svg))}`;

const PNG_DATA = /^data:image\/png;base64,[A-Za-z0-9+/]+=*$/;
/** The circle's own SVG document, as `standaloneSvg` writes it: nothing that could run or load. */
const SVG_DOC = /^<svg[\s>][\s\S]*<\/svg>$/;
const UNSAFE_SVG = /<(script|foreignObject|image|use|a|iframe|style)[\s>/]|\son[a-z]+\s*=|javascript:|href\s*=/i;

/** Builds the report in the language now active. Use `reportIn` for another one. */
export function buildReport(input: ReportInput): ReportDocument {
  const { value } = input;
  const { circle, ladder, wizard, plan } = value;
  const locale = currentLocale();
  const sectors: Sector[] = localizeSectors(input.sectors ?? null, circle.stakeholders);
  const sectorName = (id: string) => sectors.find((s) => s.id === id)?.name ?? id;
  const none = msg('nog niet gekozen', { id: 'ladder.not-chosen' });
  const rung = (id: RungId | null) => rungById(id)?.name() ?? none;
  const b = new Builder();

  const title = circle.theme
    ? msg(str`Betrokkenheidstool: ${isolate(circle.theme)}`, { id: 'report.title.theme' })
    : msg('Betrokkenheidstool', { id: 'report.title' });
  b.heading(1, title);
  const made = new Date().toLocaleDateString(locale);
  b.paragraph(
    value.round > 1
      ? msg(str`Verslag van ronde ${value.round}, gemaakt op ${made}.`, { id: 'report.made.round' })
      : msg(str`Verslag, gemaakt op ${made}.`, { id: 'report.made' }),
    true,
  );

  // What stands out: the gaps the circle and the ladder show.
  const open = ladder.groups.filter((g) => !g.target).map((g) => g.name);
  const hints = [
    ...circleHints(circle, sectors).map((h) => hintText(h, sectors)),
    ...(open.length
      ? [msg(str`Nog geen doel op de ladder voor: ${open.map(isolate).join(', ')}.`, { id: 'tool.hint.no-target' })]
      : []),
  ];
  b.heading(2, msg('Wat valt op?', { id: 'circle.hints' }));
  if (hints.length) b.list(hints);
  else b.paragraph(msg('Geen gaten gevonden. Kijk toch samen nog eens na.', { id: 'circle.no-hints' }));

  // What moved since the round before.
  const before = value.rounds.at(-1);
  if (before) {
    const c = compare(before, value);
    b.heading(2, msg(str`Wat veranderde sinds ronde ${c.round}?`, { id: 'round.changes' }));
    if (c.groups.length)
      b.table(
        [
          msg('Groep', { id: 'tool.col.group' }),
          msg(str`In ronde ${c.round}`, { id: 'round.then' }),
          msg('Nu', { id: 'ladder.now' }),
          msg('Doel', { id: 'ladder.target' }),
          msg('Verschil', { id: 'round.move' }),
        ],
        c.groups.map((g) => [
          g.name,
          g.move === 'new' ? '' : rung(g.then),
          rung(g.now),
          rung(g.target),
          MOVE_TEXT[g.move](),
        ]),
      );
    const list = (names: string[]) => names.map(isolate).join(', ');
    b.list(
      [
        c.joined.length ? msg(str`Nieuw in de cirkel: ${list(c.joined)}.`, { id: 'round.joined' }) : '',
        c.left.length ? msg(str`Niet meer in de cirkel: ${list(c.left)}.`, { id: 'round.left' }) : '',
        c.done.length
          ? msg(str`Gedaan sinds ronde ${c.round}: ${list(c.done.map((a) => a.what || a.title))}.`, {
              id: 'round.done',
            })
          : msg(str`Sinds ronde ${c.round} is geen actie afgerond.`, { id: 'round.none-done' }),
      ].filter(Boolean),
    );
  }

  // The plan.
  b.heading(2, msg('Plan van aanpak', { id: 'plan.title' }));
  if (plan.ambassador)
    b.paragraph(msg(str`Betrokkenheidsambassadeur: ${isolate(plan.ambassador)}`, { id: 'plan.ambassador.is' }));
  const written = plan.actions.filter((a) => a.what || a.who || a.due || a.note);
  if (written.length)
    b.table(
      [
        msg('Actie', { id: 'plan.col.action' }),
        msg('Wie', { id: 'plan.col.who' }),
        msg('Tegen wanneer', { id: 'plan.col.due' }),
        msg('Stand', { id: 'plan.col.state' }),
      ],
      written.map((a) => [
        [a.title, a.what, a.note].filter(Boolean).join('\n'),
        a.who || plan.ambassador,
        a.due ? dayText(a.due) : '',
        stateText(a.state),
      ]),
    );
  else b.paragraph(msg('Er staat nog niets in het plan.', { id: 'plan.none' }));
  if (plan.nextRound) b.paragraph(msg(str`Volgende ronde: ${dayText(plan.nextRound)}.`, { id: 'plan.next-round.is' }));

  // The circle: the picture where there is one, and always the same in words.
  b.heading(2, msg('Wie is betrokken?', { id: 'circle.title' }));
  if (circle.theme) b.paragraph(msg(str`Thema of actie: ${isolate(circle.theme)}`, { id: 'report.theme' }));
  const svgText = input.picture?.svg;
  const png = input.picture?.png;
  // Checked on its markup: user text between the tags is escaped text, whatever it says.
  const markup = svgText?.replace(/>[^<]*</g, '><');
  const fitSvg = svgText && SVG_DOC.test(svgText) && !UNSAFE_SVG.test(markup!) ? svgText : undefined;
  const fitPng = png && PNG_DATA.test(png) ? png : undefined;
  if (fitSvg || fitPng)
    b.picture(
      fitSvg,
      fitPng,
      msg('De cirkel van betrokkenen. Dezelfde gegevens staan in de tabel.', { id: 'report.picture' }),
    );
  if (circle.stakeholders.length)
    for (const ring of RINGS) {
      const people = circle.stakeholders.filter((s) => s.ring === ring);
      if (!people.length) continue;
      b.heading(3, RING_TEXT[ring].name());
      b.table(
        [
          msg('Naam', { id: 'circle.f.name' }),
          msg('Sector', { id: 'circle.f.sector' }),
          msg('Betrokken?', { id: 'circle.f.involvement' }),
          msg('Opmerking', { id: 'report.col.remark' }),
        ],
        people.map((s) => [
          s.name,
          sectorName(s.sector),
          INVOLVEMENT_TEXT[s.involvement](),
          [
            s.expert ? msg('Ervaringsdeskundige', { id: 'circle.f.expert' }) : '',
            s.hardToReach ? msg('Moeilijk bereikbaar', { id: 'circle.hard-to-reach' }) : '',
            s.note,
          ]
            .filter(Boolean)
            .join('\n'),
        ]),
      );
    }
  else b.paragraph(msg('Er staat nog niemand in de cirkel.', { id: 'report.circle.empty' }));

  // The ladder.
  b.heading(2, msg('Participatieladder: nu en doel', { id: 'tool.ladder.title' }));
  if (ladder.groups.length)
    b.table(
      [
        msg('Groep', { id: 'tool.col.group' }),
        msg('Nu', { id: 'ladder.now' }),
        msg('Doel', { id: 'ladder.target' }),
        msg('Manier van meedoen', { id: 'ladder.mode' }),
        msg('Notitie', { id: 'ladder.note' }),
      ],
      ladder.groups.map((g) => [
        g.name,
        rung(g.current),
        rung(g.target),
        MODE_TEXT[g.mode].name() +
          (g.mode === 'indirect' && g.representative
            ? `\n${msg(str`via ${isolate(g.representative)}`, { id: 'tool.via' })}`
            : ''),
        [g.note, g.mode === 'indirect' ? g.feedback : ''].filter(Boolean).join('\n'),
      ]),
    );
  else b.paragraph(msg('Er zijn nog geen groepen.', { id: 'ladder.empty' }));

  // The answers, phase by phase.
  const questions: Question[] = questionsFor(input.questions ?? null, value.round);
  b.heading(2, msg('Antwoorden', { id: 'round.answers' }));
  let any = false;
  for (const phase of PHASES) {
    const given = questions.filter((q) => q.phase === phase && answered(answerOf(wizard.answers, q.id)));
    if (!given.length) continue;
    any = true;
    b.heading(3, PHASE_TEXT[phase].name());
    b.table(
      [msg('Vraag', { id: 'report.col.question' }), msg('Antwoord', { id: 'report.col.answer' })],
      given.map((q) => [q.text, showAnswer(q, answerOf(wizard.answers, q.id)!)]),
    );
  }
  if (!any) b.paragraph(msg('Nog geen antwoorden.', { id: 'report.answers.none' }));

  const { completedAt } = value;
  const date = (iso: string) => new Date(iso).toLocaleDateString(locale);
  if (completedAt) b.paragraph(msg(str`Afgerond op ${date(completedAt)}.`, { id: 'tool.done-on' }));

  const body = b.done();
  const fragment = `<div lang="${escape(locale)}">\n${body.clipboard}\n</div>`;
  const html = `<!DOCTYPE html>
<html lang="${escape(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<link rel="icon" href="data:,">
<title>${escape(title)}</title>
<style>
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; color: #1a1a1a; max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 18pt; margin: 0 0 4pt; } h2 { font-size: 14pt; margin: 16pt 0 6pt; color: #00465a; } h3 { font-size: 12pt; margin: 12pt 0 4pt; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; page-break-inside: auto; }
th, td { border: 1px solid #8a8a8a; padding: 4pt 6pt; overflow-wrap: break-word; } thead th, tbody th { background: #e8eff1; }
tr { page-break-inside: avoid; } h2, h3 { page-break-after: avoid; }
figure { margin: 0 0 8pt; } img { max-width: 100%; height: auto; }
@media print { body { margin: 0; max-width: none; } }
@media (max-width: 30rem) {
  body { padding: 0 0.5rem; } thead { display: none; }
  table, tbody, tr, th, td { display: block; width: auto; } tr { border: 1px solid #8a8a8a; margin: 0 0 6pt; }
  th, td { border: 0; padding: 2pt 6pt; } td:empty { display: none; } td::before { content: attr(data-label) " "; font-weight: 700; }
}
</style>
</head>
<body>
<div lang="${escape(locale)}">
${body.file}
</div>
</body>
</html>
`;
  const file = msg('betrokkenheidstool-verslag', { id: 'report.file' });
  return { html, fragment, text: body.text, title, file };
}

/**
 * Runs `build` while `locale` is active, whatever the page shows, and restores the page's language
 * in the same turn. @lit/localize has one language per page, so this is how a document in another
 * language is made (the report): the switch, `build` and the switch back all happen in promise
 * callbacks, before the browser paints, so the page never shows the other language. `build` must
 * be synchronous.
 */
export async function inLocale<T>(locale: Locale, build: () => T): Promise<T> {
  const before = currentLocale();
  if (locale === before) return build();
  await switchLocale(locale);
  try {
    return build();
  } finally {
    await switchLocale(before);
  }
}

/** Builds the report in `locale`, whatever the page shows (see `inLocale`). */
export function reportIn(locale: Locale, input: ReportInput): Promise<ReportDocument> {
  return inLocale(locale, () => buildReport(input));
}
