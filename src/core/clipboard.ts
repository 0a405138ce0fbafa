/**
 * The clipboard, used only on the user's click. Browsers may refuse it (no permission, an iframe
 * without `clipboard-write`, an older browser): each function then resolves to false, and the
 * caller offers another way (a field to copy from, a download).
 */

/** Puts text on the clipboard. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Puts rich text on the clipboard: HTML for word processors and mail, and the same as plain text
 * for where only text can go. Without `ClipboardItem` (or when HTML is refused), the plain text.
 */
export async function copyRich(html: string, text: string): Promise<'rich' | 'text' | false> {
  try {
    if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return 'rich';
    }
  } catch {
    // Fall through to plain text.
  }
  return (await copyText(text)) ? 'text' : false;
}
