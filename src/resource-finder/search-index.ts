/**
 * The search index, in the lazy search chunk: MiniSearch's radix tree (`SearchableMap`)
 * finds the words of the data a query word may mean — itself, words it starts, words one
 * or two typos away — and each word's postings are scored with BM25+, as MiniSearch scores.
 *
 * MiniSearch's own `search()` makes several objects for every matching service and sorts
 * all of them: at 100,000 records a broad word ("hous": 42,000 services) took 70–120 ms.
 * Here the postings are flat arrays and the scores one typed array, so a keystroke stays
 * within a frame at 10,000 records and well within 50 ms at 100,000.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { slicer } from './scheduler.js';
import { foldText } from '../core/text.js';
import type { ServiceRecord } from './normalize.js';
import { FIELDS, fieldText, type BuildOptions, type IndexFeed, type SearchIndex } from './search.js';

/** A word in the name counts most, then in the categories, then the organisation (in FIELDS' order). */
const BOOSTS = [3, 1.5, 1, 2, 1];
// MiniSearch's BM25+ parameters, and its weights for a word that a query word starts or is a typo of.
const K = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX = 0.375;
const TYPO = 0.45;
/** Fewer exact or prefix matches than this, and typo-tolerant matches are looked for too. */
const FEW = 5;
/** Words of a query looked for: more is a pasted paragraph, not a search (and fits the counts' bytes). */
const MOST_WORDS = 32;

/** One word of the data: `codes` holds position × 8 + field once per occurrence, so repeats are adjacent. */
interface Postings {
  codes: number[];
  /** How many services have the word, per field. */
  services: number[];
}

const postings = (): Postings => ({ codes: [], services: FIELDS.map(() => 0) });

/**
 * The words of a text or a query, folded and split at spaces and punctuation ("open-door", "food,
 * clothing"), the same way for what is indexed and what is typed. (Plain matching looks for each
 * space-separated piece as a substring instead, so "9-1-1" stays one piece: core/text.ts.)
 */
function words(text: string): string[] {
  return foldText(text).split(/[\s\p{Z}\p{P}]+/u).filter(Boolean);
}

class Index implements SearchIndex {
  private readonly terms = new SearchableMap<Postings>();
  /** Distinct words per field, per record position. */
  private readonly lengths = FIELDS.map(() => [] as number[]);
  private readonly totals = FIELDS.map(() => 0);
  private readonly present = FIELDS.map(() => 0);
  size = 0;
  // Reused from one search to the next: sized to the records, cleared where a search touched them.
  private scores = new Float64Array(0);
  private hits = new Uint8Array(0);
  private seen = new Uint8Array(0);

  add(record: ServiceRecord): void {
    const position = this.size++;
    FIELDS.forEach((field, f) => {
      const text = fieldText(record, field);
      if (text === undefined) return;
      const code = position * 8 + f;
      let distinct = 0;
      for (const word of words(text)) {
        const { codes, services } = this.terms.fetch(word, postings);
        if (codes[codes.length - 1] !== code) {
          services[f]++;
          distinct++;
        }
        codes.push(code);
      }
      this.lengths[f][position] = distinct;
      this.totals[f] += distinct;
      this.present[f]++;
    });
  }

  search(query: string): number[] {
    // A word typed twice counts once, as it does for MiniSearch.
    const terms = [...new Set(words(query))].slice(0, MOST_WORDS);
    // Typo tolerance costs most over a large vocabulary: use it when the words as typed (or as
    // the start of words) find only a few services. Where no service has every word (of several),
    // the same lookups give the services with any word.
    const found = this.run(terms, false, false);
    return found.length < FEW ? this.run(terms, true, terms.length > 1) : found;
  }

  /** The words of the data each query word may mean, with their weights. */
  private meanings(term: string, last: boolean, typos: boolean): [Postings, number][] {
    const exact = this.terms.get(term);
    const found: [Postings, number][] = exact ? [[exact, 1]] : [];
    const near = new Set<string>([term]);
    // Only the word being typed (the last) is a prefix: the words before it are finished.
    if (last) {
      for (const [word, data] of this.terms.atPrefix(term)) {
        if (near.has(word)) continue;
        near.add(word);
        found.push([data, (PREFIX * word.length) / (word.length + 0.3 * (word.length - term.length))]);
      }
    }
    // Short words are too easily one typo from another.
    if (typos && term.length > 3) {
      for (const [word, [data, distance]] of this.terms.fuzzyGet(term, Math.round(term.length * 0.2))) {
        if (!near.has(word)) found.push([data, (TYPO * word.length) / (word.length + distance)]);
      }
    }
    return found;
  }

  /** Record positions, best first, where every word matches; where none does, `orAny`: those where any word does. */
  private run(terms: string[], typos: boolean, orAny: boolean): number[] {
    const count = this.size;
    if (this.scores.length < count) {
      this.scores = new Float64Array(count);
      this.hits = new Uint8Array(count);
      this.seen = new Uint8Array(count);
    }
    const { scores, hits, seen } = this;
    const touched: number[] = [];
    try {
      return this.score(terms, typos, orAny, touched);
    } finally {
      // Whatever happened, the next search starts from zero.
      for (const position of touched) scores[position] = hits[position] = seen[position] = 0;
    }
  }

  private score(terms: string[], typos: boolean, orAny: boolean, touched: number[]): number[] {
    const { scores, hits, seen, lengths, size: count } = this;
    const averages = this.totals.map((total, f) => total / (this.present[f] || 1));
    terms.forEach((term, t) => {
      for (const [{ codes, services }, weight] of this.meanings(term, t === terms.length - 1, typos)) {
        const rarity = services.map((n) => Math.log(1 + (count - n + 0.5) / (n + 0.5)));
        for (let i = 0; i < codes.length; ) {
          const code = codes[i];
          let frequency = 0;
          while (codes[i] === code) {
            frequency++;
            i++;
          }
          const position = code >>> 3;
          const f = code & 7;
          const length = lengths[f][position] / averages[f];
          scores[position] += weight * BOOSTS[f] * rarity[f] * (D + (frequency * (K + 1)) / (frequency + K * (1 - B + B * length)));
          if (seen[position] === t + 1) continue;
          seen[position] = t + 1;
          if (hits[position]++ === 0) touched.push(position);
        }
      }
    });
    const every = touched.filter((position) => hits[position] === terms.length);
    if (every.length || !orAny) return every.sort((a, b) => scores[b] - scores[a] || a - b);
    // Any word, from the same lookups: as MiniSearch does, a service that matches more of the words scores more.
    for (const position of touched) scores[position] *= hits[position];
    return touched.sort((a, b) => scores[b] - scores[a] || a - b);
  }
}

/** See {@link IndexFeed}: the index of `records`, growing as the array is filled. */
export function indexAsTheyArrive(records: ServiceRecord[], { signal, sliceMs = 8 }: BuildOptions = {}): IndexFeed {
  const index = new Index();
  let work = Promise.resolve();
  const feed = () => {
    work = work.then(async () => {
      const pause = slicer(sliceMs, signal);
      while (index.size < records.length) {
        index.add(records[index.size]);
        await pause();
      }
    });
    // A failure is reported by done(); until then it is not "unhandled".
    work.catch(() => undefined);
  };
  return {
    feed,
    async done() {
      feed();
      await work;
      return index;
    },
  };
}
