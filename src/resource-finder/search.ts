/**
 * Free-text search over name, organisation, description, categories and city: typo-tolerant,
 * prefix-matching, relevance-ranked. The index (search-index.ts, on MiniSearch's radix tree)
 * is a lazy chunk, built in slices that yield to the page, so 10,000 records never hold
 * the main thread for long; until it is ready, plain matching. Nothing leaves the device.
 */
import { foldText, matchesAll, queryTerms } from '../core/text.js';
import type { ServiceRecord } from './normalize.js';

export interface SearchIndex {
  /** Record positions, best first; every word must match, or else any. */
  search(query: string): number[];
}

export interface BuildOptions {
  signal?: AbortSignal;
  /** Longest stretch of indexing before yielding, in ms. */
  sliceMs?: number;
}

/** An index that grows as records arrive: {@link IndexFeed.feed} after appending to the array. */
export interface IndexFeed {
  /** Index whatever has been appended to the records array since the last call, in slices. */
  feed(): void;
  /** Everything fed so far, indexed. Rejects when the search chunk could not load, or when aborted. */
  done(): Promise<SearchIndex>;
}

/** The fields searched, by the index and by plain matching alike. */
export const FIELDS = ['name', 'organization', 'description', 'categories', 'city'] as const;

export function fieldText(record: ServiceRecord, field: (typeof FIELDS)[number]): string | undefined {
  return field === 'categories' ? record.categories.join(' ') : record[field];
}

/** Each data set's searchable text, folded once (not on every keystroke). */
const haystacks = new WeakMap<ServiceRecord[], string[]>();

/**
 * Search without the index (while it builds, or if its chunk could not load): every word,
 * as a substring, in the same fields the index searches. Positions, in the data's order.
 */
export function plainMatches(records: ServiceRecord[], query: string): number[] {
  const terms = queryTerms(query);
  let folded = haystacks.get(records);
  if (!folded) {
    folded = records.map((record) => foldText(FIELDS.map((field) => fieldText(record, field) ?? '').join(' ')));
    haystacks.set(records, folded);
  }
  const matches: number[] = [];
  folded.forEach((haystack, position) => matchesAll(haystack, terms) && matches.push(position));
  return matches;
}

let engine: Promise<typeof import('./search-index.js')> | undefined;

/** The search chunk, requested once; call early to fetch it while the data is still on its way. */
export function loadSearchEngine(): Promise<typeof import('./search-index.js')> {
  if (!engine) {
    engine = import('./search-index.js');
    // A failed load may succeed on the next data set (the network came back).
    engine.catch(() => (engine = undefined));
  }
  return engine;
}

/**
 * Index `records` (by position in the array) while the array is still being filled: a
 * data file read in a worker is indexed batch by batch as it arrives, instead of after.
 */
export function indexAsTheyArrive(records: ServiceRecord[], options: BuildOptions = {}): IndexFeed {
  const feeding = loadSearchEngine().then((chunk) => chunk.indexAsTheyArrive(records, options));
  // A failure is reported by done(); until then it is not "unhandled".
  feeding.catch(() => undefined);
  return {
    feed: () => void feeding.then((index) => index.feed(), () => undefined),
    done: () => feeding.then((index) => index.done()),
  };
}

/** Index records (by position in the array). Rejects with the signal's reason when aborted. */
export function buildSearchIndex(records: ServiceRecord[], options: BuildOptions = {}): Promise<SearchIndex> {
  return indexAsTheyArrive(records, options).done();
}
