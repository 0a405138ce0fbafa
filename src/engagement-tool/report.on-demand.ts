/**
 * "Copy the report" and "Download the report", loaded on the first click: the report document in
 * the chosen language, with the circle as a picture where the page allows one.
 */
import { msg } from '@lit/localize';
import { copyRich } from '../core/clipboard.js';
import { datedName, downloadFile } from '../core/file.js';
import { currentLocale, type Locale } from '../core/locale.js';
import { svgToPng } from '../stakeholder-circle/export.js';
import { reportIn, type ReportDocument, type ReportInput } from './report-document.js';

/** A PNG as a `data:` URL: a pasted report or a saved file carries its picture inside. */
function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/**
 * The circle's picture as a PNG `data:` URL, or null: without a drawn circle, where the page's
 * policy allows no `blob:` images (a strict CSP), or in a language the picture is not drawn in
 * (its legend speaks the page's language; the report's tables say the same in words).
 */
export async function circlePicture(svgText: string, locale: Locale): Promise<string | null> {
  if (!svgText || locale !== currentLocale()) return null;
  try {
    const png = await svgToPng(svgText);
    return png ? await dataUrl(png) : null;
  } catch {
    return null;
  }
}

export async function makeReport(input: ReportInput, svgText: string, locale: Locale): Promise<ReportDocument> {
  const picture = await circlePicture(svgText, locale);
  return reportIn(locale, { ...input, picture });
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
