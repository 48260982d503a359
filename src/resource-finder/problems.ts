/**
 * What the partner should fix in data that was read, in words for the console. Loaded only
 * when there is something to say, so clean data (and the size budget) does not pay for it.
 */
import { quote, warnOnce } from '../core/attributes.js';
import { FETCH_TIMEOUT_MS, LARGE_DATA, type DataSet } from './load.js';

/** The first three, and how many more. */
const some = (items: string[]) => `${items.slice(0, 3).join('; ')}${items.length > 3 ? `; and ${items.length - 3} more` : ''}`;
const plural = (count: number, one: string, other: string) => `${count} ${count === 1 ? one : other}`;

/** One sentence per kind of problem: no records, links left out, repeated ids, a very large file. */
export function describeProblems({ total, dropped, repeatedIds, size = 0 }: DataSet): string[] {
  const links = [...new Set(dropped.map(([record, name, field, value]) => `record ${record} ${quote(name)} ${field} ${quote(value)}`))];
  return [
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
