import { matchOffsets } from './text.js';

/** The name styled by `::highlight(haven-faq-match)` in the FAQ's document styles. */
export const HIGHLIGHT_NAME = 'haven-faq-match';
let shared: Highlight | undefined;

/**
 * Highlight every occurrence of the terms in the text under `roots`. Uses the CSS
 * Custom Highlight API (no DOM changes) where it exists, else wraps matches in
 * `<mark class="haven-faq-mark">` built with DOM methods. Returns the undo function.
 */
export function markMatches(roots: Iterable<Element>, terms: readonly string[]): () => void {
  const segments: [Text, number, number][] = [];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (const [start, end] of matchOffsets(node.data, terms)) segments.push([node, start, end]);
    }
  }
  const registry = window.CSS?.highlights;
  if (registry) {
    shared ??= new Highlight();
    if (registry.get(HIGHLIGHT_NAME) !== shared) registry.set(HIGHLIGHT_NAME, shared);
    const ranges = segments.map(([node, start, end]) => {
      const range = new Range();
      range.setStart(node, start);
      range.setEnd(node, end);
      shared!.add(range);
      return range;
    });
    return () => ranges.forEach((range) => shared!.delete(range));
  }
  // Last match first, so earlier offsets in the same text node stay valid while splitting.
  const marks = segments.reverse().map(([node, start, end]) => {
    node.splitText(end);
    const match = node.splitText(start);
    const mark = document.createElement('mark');
    mark.className = 'haven-faq-mark';
    match.replaceWith(mark);
    mark.append(match);
    return mark;
  });
  return () =>
    marks.forEach((mark) => {
      const parent = mark.parentNode;
      mark.replaceWith(...mark.childNodes);
      parent?.normalize();
    });
}
