/**
 * What the user typed into a field, as the tool keeps it: without the characters no text needs
 * (control characters a paste may bring). Fields show the kept text again with `live()`, so a
 * refused or cleaned edit never leaves the field and the work apart.
 */
import { cleanText } from './schema.js';

export const typed = (e: Event): string => cleanText((e.target as HTMLInputElement | HTMLTextAreaElement).value);
