/** Short random ids for items the user adds. `crypto.randomUUID` needs a secure context; this does not. */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return prefix + Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}
