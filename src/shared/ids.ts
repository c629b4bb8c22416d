/**
 * Stable ids for entities. Random, so that two facilitators editing copies of
 * one file never mint the same id; prefixed, so that a file stays readable.
 */
export function newId(prefix: string): string {
  const bytes = new Uint8Array(9);
  globalThis.crypto.getRandomValues(bytes);
  let suffix = '';
  for (const byte of bytes) suffix += byte.toString(36).padStart(2, '0');
  return `${prefix}_${suffix}`;
}
