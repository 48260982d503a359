import { foldText } from '../core/text.js';

export { matchesAll, queryTerms } from '../core/text.js';

/*
 * Matching that forgives what people type on a phone: case, accents and spacing.
 * "asesoria" finds "Asesoría", "TRATA" finds "trata".
 */

/** The form both the query and the questions are compared in. */
export function fold(text: string): string {
  return foldText(text).replace(/\s+/g, ' ');
}

/**
 * Where the terms occur in one string, as merged `[start, end)` offsets into the string
 * itself (not its folded form), so they can become DOM ranges.
 */
export function matchOffsets(text: string, terms: readonly string[]): [number, number][] {
  let folded = foldText(text);
  let map: number[] | undefined;
  if (folded.length !== text.length) {
    // Rare (decomposed input, "İ"): fold character by character and remember where each came from.
    folded = '';
    map = [];
    for (let index = 0; index < text.length; index++) {
      const piece = foldText(text[index]);
      folded += piece;
      for (let count = 0; count < piece.length; count++) map.push(index);
    }
  }
  const found: [number, number][] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      found.push(map ? [map[at], map[at + term.length - 1] + 1] : [at, at + term.length]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of found) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}
