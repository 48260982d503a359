import { markMatches } from './highlight.js';
import { showItem, type FaqItem } from './items.js';
import { fold, matchesAll, queryTerms } from './text.js';

/**
 * Show the questions whose question or answer holds every word of `query` (all of them
 * when it is blank) and open and highlight their answers — only the first with `single` —
 * without changing what the person chose (`open`). Returns how many match (undefined for a blank
 * query) and the function that removes the highlights. Loaded with `searchable` only.
 */
export function applySearch(items: readonly FaqItem[], query: string, single: boolean): [number | undefined, () => void] {
  const terms = queryTerms(query);
  // A single letter filters, but neither opens nor paints hundreds of answers while typing.
  const marked = terms.filter((term) => term.length > 1);
  let count = 0;
  for (const item of items) {
    const match = !terms.length || matchesAll((item.text ??= fold(`${item.button.textContent} ${item.answer.textContent}`)), terms);
    const shown = marked.length ? match && !(single && count) : match && item.open;
    // Only write what changes: no style work for the hundreds of questions that stay as they are.
    if (item.item.hidden === match) item.item.hidden = !match;
    if (item.shown !== shown) showItem(item, shown);
    if (match) count++;
  }
  const unmark = marked.length
    ? markMatches(items.flatMap(({ item, button, answer }) => (item.hidden ? [] : [button, answer])), marked)
    : () => {};
  return [terms.length ? count : undefined, unmark];
}
