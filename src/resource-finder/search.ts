/**
 * Free-text search over name, organisation, description, categories and city with
 * MiniSearch (typo-tolerant, prefix-matching, relevance-ranked), loaded as a lazy chunk.
 * The index is built in slices that yield to the page between them, so 10,000 records
 * never hold the main thread for long; nothing leaves the device.
 */
import type MiniSearch from 'minisearch';
import { slicer } from './scheduler.js';
import { foldText, matchesAll, queryTerms } from '../core/text.js';
import type { ServiceRecord } from './normalize.js';

const FIELDS = ['name', 'organization', 'description', 'categories', 'city'] as const;

/** Fewer exact or prefix matches than this, and typo-tolerant matches are looked for too. */
const FEW = 5;

function fieldText(record: ServiceRecord, field: (typeof FIELDS)[number]): string | undefined {
  return field === 'categories' ? record.categories.join(' ') : record[field];
}

/** Each data set's searchable text, folded once (not on every keystroke). */
const haystacks = new WeakMap<ServiceRecord[], string[]>();

/**
 * Search without the index (while it builds, or if its chunk could not load): every word,
 * as a substring, in the same fields the index searches. Positions, all with score 1.
 */
export function plainMatches(records: ServiceRecord[], query: string): Map<number, number> {
  const terms = queryTerms(query);
  let folded = haystacks.get(records);
  if (!folded) {
    folded = records.map((record) => foldText(FIELDS.map((field) => fieldText(record, field) ?? '').join(' ')));
    haystacks.set(records, folded);
  }
  const matches = new Map<number, number>();
  folded.forEach((haystack, position) => {
    if (matchesAll(haystack, terms)) matches.set(position, 1);
  });
  return matches;
}

// Only the word being typed (the last) is a prefix: the words before it are finished.
const EXACT = {
  prefix: (_term: string, position: number, terms: string[]) => position === terms.length - 1,
  boost: { name: 3, categories: 2, organization: 1.5 },
  combineWith: 'AND' as const,
};
// Short words are too easily one typo from another.
const TYPOS = { ...EXACT, fuzzy: (term: string) => (term.length > 3 ? 0.2 : false) };
const ANY_WORD = { ...TYPOS, combineWith: 'OR' as const };

export interface SearchIndex {
  /** Record positions with their scores, best first; every word must match, or else any. */
  search(query: string): Map<number, number>;
}

export interface BuildOptions {
  signal?: AbortSignal;
  /** Longest stretch of indexing before yielding, in ms. */
  sliceMs?: number;
}

let engine: Promise<typeof import('minisearch')> | undefined;

/** The search library's lazy chunk, requested once; call early to fetch it while the data is still on its way. */
export function loadSearchEngine(): Promise<typeof import('minisearch')> {
  if (!engine) {
    engine = import('minisearch');
    // A failed load may succeed on the next data set (the network came back).
    engine.catch(() => (engine = undefined));
  }
  return engine;
}

/** An index that grows as records arrive: {@link IndexFeed.feed} after appending to the array. */
export interface IndexFeed {
  /** Index whatever has been appended to the records array since the last call, in slices. */
  feed(): void;
  /** Everything fed so far, indexed. Rejects when the search chunk could not load, or when aborted. */
  done(): Promise<SearchIndex>;
}

/**
 * Index `records` (by position in the array) while the array is still being filled: a
 * data file read in a worker is indexed batch by batch as it arrives, instead of after.
 */
export function indexAsTheyArrive(records: ServiceRecord[], { signal, sliceMs = 8 }: BuildOptions = {}): IndexFeed {
  let indexed = 0;
  let work: Promise<MiniSearch<number>> = loadSearchEngine().then(({ default: MiniSearchClass }) => new MiniSearchClass<number>({
    fields: [...FIELDS],
    // Documents are positions; their fields are read from the records.
    extractField: (position, field) => (field === 'id' ? position : fieldText(records[position], field as (typeof FIELDS)[number])),
    processTerm: (term) => foldText(term),
  }));
  const feed = () => {
    work = work.then(async (index) => {
      const pause = slicer(sliceMs, signal);
      while (indexed < records.length) {
        index.add(indexed++);
        await pause();
      }
      return index;
    });
    // A failure is reported by done(); until then it is not "unhandled".
    work.catch(() => undefined);
  };
  return {
    feed,
    async done() {
      feed();
      const index = await work;
      // The words of a query as the index splits them (spaces and punctuation).
      const words = (await loadSearchEngine()).default.getDefault('tokenize') as (text: string) => string[];
      return {
        search(query) {
          // Typo tolerance costs most over a large vocabulary: use it when the words as typed
          // (or as the start of words) find only a few services, then any word, not every word.
          let results = index.search(query, EXACT);
          if (results.length < FEW) results = index.search(query, TYPOS);
          // For one word, any word is every word: no second typo-tolerant search over the whole vocabulary.
          if (!results.length && words(query).filter(Boolean).length > 1) results = index.search(query, ANY_WORD);
          return new Map(results.map(({ id, score }) => [id as number, score]));
        },
      };
    },
  };
}

/** Index records (by position in the array). Rejects with the signal's reason when aborted. */
export function buildSearchIndex(records: ServiceRecord[], options: BuildOptions = {}): Promise<SearchIndex> {
  return indexAsTheyArrive(records, options).done();
}
