/**
 * What the partner should fix in data that was read, in words for the console. Loaded only
 * when there is something to say, so clean data (and the size budget) does not pay for it.
 */
import { quote, warnOnce } from '../core/attributes.js';
import { FETCH_TIMEOUT_MS, LARGE_DATA, type DataSet } from './data.js';
import type { SkipReason } from './normalize.js';

const SKIP_WORDS: Record<SkipReason, string> = {
  'not-an-object': 'not an object',
  'no-name': 'without a name',
  'hidden-status': 'inactive or defunct (hidden)',
};

/** How many records were skipped, for every reason. */
export const countSkipped = (skipped: DataSet['skipped']): number => Object.values(skipped).reduce((sum, count) => sum + count, 0);

/** `2 without a name, 1 inactive or defunct (hidden)`. */
export function describeSkipped(skipped: DataSet['skipped']): string {
  return (Object.entries(skipped) as [SkipReason, number][]).map(([reason, count]) => `${count} ${SKIP_WORDS[reason]}`).join(', ');
}

/** The first three, and how many more. */
const some = (items: string[]) => `${items.slice(0, 3).join('; ')}${items.length > 3 ? `; and ${items.length - 3} more` : ''}`;
const plural = (count: number, one: string, other: string) => `${count} ${count === 1 ? one : other}`;

/** One sentence per kind of problem: records skipped, no records, links left out, repeated ids, a very large file. */
export function describeProblems({ total, skipped, dropped, repeatedIds, size = 0 }: DataSet): string[] {
  const skips = describeSkipped(skipped);
  const links = [...new Set(dropped.map(([record, name, field, value]) => `record ${record} ${quote(name)} ${field} ${quote(value)}`))];
  return [
    // From the counts: a reader that handed its records over (load.ts onBatch) holds none of them.
    skips ? `read ${total - countSkipped(skipped)} of ${total} records; skipped ${skips}.` : '',
    total ? '' : 'the data holds no records; the hotline is shown instead.',
    links.length ? `left out ${plural(links.length, 'unsafe or unusable link', 'unsafe or unusable links')}: ${some(links)}.` : '',
    repeatedIds.length
      ? `${plural(repeatedIds.length, 'record repeats', 'records repeat')} an id (${some([...new Set(repeatedIds)].map((id) => quote(id)))}); each was given a unique one.`
      : '',
    size > LARGE_DATA
      ? `the data is ${(size / 1e6).toFixed(1)} MB; over ${LARGE_DATA / 1e6} MB, phones on slow connections wait long for it or give up after ${FETCH_TIMEOUT_MS / 1000} s. Split it by region, or leave out fields the finder does not show.`
      : '',
  ].filter(Boolean);
}

/** Warn once per problem, naming the element and where the data came from (`src` or `script`). */
export function tell(element: Element, attribute: string, data: DataSet): void {
  for (const problem of describeProblems(data)) warnOnce(element, attribute, problem);
}
