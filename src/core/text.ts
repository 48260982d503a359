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

/**
 * The words of a query, folded, split at spaces only: each is looked for as a substring, so
 * "9-1-1" stays one piece of text to find (and to highlight); none when blank.
 */
export function queryTerms(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

/** Every word of the query occurs somewhere in the (folded) text. */
export function matchesAll(foldedText: string, terms: readonly string[]): boolean {
  return terms.every((term) => foldedText.includes(term));
}
