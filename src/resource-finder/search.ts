/**
 * Free-text search over name, organisation, description, categories and city with
 * MiniSearch (typo-tolerant, prefix-matching, relevance-ranked), loaded as a lazy chunk.
 * The index is built in slices that yield to the page between them, so 10,000 records
 * never hold the main thread for long; nothing leaves the device.
 */
import type MiniSearch from 'minisearch';
import { foldText } from '../core/text.js';
import type { ServiceRecord } from './normalize.js';


const FIELDS = ['name', 'organization', 'description', 'categories', 'city'] as const;

function fieldText(record: ServiceRecord, field: (typeof FIELDS)[number]): string | undefined {
  return field === 'categories' ? record.categories.join(' ') : record[field];
}

/** Let the browser paint and handle input before the next slice. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  // A message, unlike a nested setTimeout, is not clamped to 4 ms.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export interface SearchIndex {
  /** Record positions with their scores, best first; every word must match, or else any. */
  search(query: string): Map<number, number>;
}

export interface BuildOptions {
  signal?: AbortSignal;
  /** Longest stretch of indexing before yielding, in ms. */
  sliceMs?: number;
}

/** Index records (by position in the array). Rejects with the signal's reason when aborted. */
export async function buildSearchIndex(records: ServiceRecord[], { signal, sliceMs = 8 }: BuildOptions = {}): Promise<SearchIndex> {
  const { default: MiniSearchClass } = await import('minisearch');
  const index: MiniSearch<number> = new MiniSearchClass<number>({
    fields: [...FIELDS],
    // Documents are positions; their fields are read from the records.
    extractField: (position, field) => (field === 'id' ? position : fieldText(records[position], field as (typeof FIELDS)[number])),
    processTerm: (term) => foldText(term),
  });
  let sliceStart = performance.now();
  for (let position = 0; position < records.length; position++) {
    index.add(position);
    if ((position & 15) === 15 && performance.now() - sliceStart > sliceMs) {
      await yieldToMain();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
  return {
    search(query) {
      const options = {
        prefix: true,
        // Short words are too easily one typo from another.
        fuzzy: (term: string) => (term.length > 3 ? 0.2 : false),
        boost: { name: 3, categories: 2, organization: 1.5 },
      };
      let results = index.search(query, { ...options, combineWith: 'AND' });
      if (!results.length) results = index.search(query, { ...options, combineWith: 'OR' });
      return new Map(results.map(({ id, score }) => [id as number, score]));
    },
  };
}
