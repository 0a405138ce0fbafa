/** Texts a host page brings (question sets, sector lists): one string, or one per language. */
import { currentLocale } from './locale.js';
import { LIMITS, object, string, type Check } from './schema.js';

export type LocalText = string | Partial<Record<'nl' | 'fr' | 'en' | 'de', string>>;

export const localText =
  (max: number = LIMITS.text): Check<LocalText> =>
  (v, path) =>
    typeof v === 'string'
      ? string(max)(v, path)
      : object(
          { nl: string(max), fr: string(max), en: string(max), de: string(max) },
          { nl: undefined, fr: undefined, en: undefined, de: undefined },
        )(v, path);

/** The text in the current language, else Dutch, else any language given. */
export function pick(text: LocalText | undefined): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  return text[currentLocale()] ?? text.nl ?? Object.values(text).find((t) => t !== undefined);
}
