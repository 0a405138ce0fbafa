/**
 * "Copy the report" and "Download the report", loaded on the first click: the report document in
 * the chosen language, with the circle as a picture where the page allows one.
 */
import { msg } from '@lit/localize';
import { copyRich } from '../core/clipboard.js';
import { datedName, downloadFile } from '../core/file.js';
import type { Locale } from '../core/locale.js';
import { rasterize } from '../stakeholder-circle/raster.js';
import { inLocale, reportIn, type ReportDocument, type ReportInput } from './report-document.js';

/** A PNG as a `data:` URL: a pasted report carries its picture inside. */
function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/**
 * The report in `locale`, with the circle's picture drawn in that language too (its legend and
 * sector names are words): `circle.pictureDocument()` runs while `locale` is active. The file holds
 * the picture as SVG; the clipboard as PNG, drawn on a canvas (no image is loaded: a strict policy
 * stays clean).
 */
export async function makeReport(
  input: ReportInput,
  circle: { pictureDocument(): SVGSVGElement | null } | null,
  locale: Locale,
): Promise<ReportDocument> {
  const picture = circle && (await inLocale(locale, () => circle.pictureDocument()));
  let shown: ReportInput['picture'] = null;
  if (picture) {
    // Lit's markers are comments; user text cannot make one (it is serialised with `<` escaped).
    const svg = new XMLSerializer().serializeToString(picture).replace(/<!--.*?-->/gs, '');
    const png = await rasterize(picture).catch(() => null);
    shown = { svg, png: png ? await dataUrl(png) : null };
  }
  return reportIn(locale, { ...input, picture: shown });
}

/** Puts the report on the clipboard: rich text where the browser allows it, else plain text. */
export function copyReport(doc: ReportDocument): Promise<'rich' | 'text' | false> {
  return copyRich(doc.fragment, doc.text);
}

/** Saves the report as one HTML file. */
export function downloadReport(doc: ReportDocument): void {
  downloadFile(datedName(doc.file, 'html'), doc.html, 'text/html');
}

/** What copying did, in a sentence for the user. */
export function copiedText(copied: 'rich' | 'text' | false): string {
  switch (copied) {
    case 'rich':
      return msg('Het verslag is gekopieerd. Plak het in een tekst of een mail.', { id: 'report.copied' });
    case 'text':
      return msg('Het verslag is gekopieerd als gewone tekst, zonder tabellen.', { id: 'report.copied-text' });
    default:
      return msg('Kopiëren lukt niet in deze browser. Download het verslag en open het bestand.', {
        id: 'report.copy-failed',
      });
  }
}

export const downloadLabel = (): string => msg('Verslag downloaden', { id: 'report.download' });
