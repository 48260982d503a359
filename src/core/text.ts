/**
 * The one case- and accent-insensitive form of text, for matching what a person types
 * against what a partner wrote: "Asesoría" and "asesoria" are the same.
 */
export function foldText(text: string): string {
  // Most words are plain ASCII: nothing to strip, and much cheaper (search indexes every word).
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
