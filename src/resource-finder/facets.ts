/**
 * What the filter controls can offer for a data set: only values and filters that some
 * record has. Gathered by the readers while they read (in the reader worker, or in the
 * page's reading slices), so the page never walks 10,000 records again to build them.
 */
import type { ServiceRecord } from './normalize.js';

export interface Facets {
  categories: string[];
  populations: string[];
  languages: string[];
  free: boolean;
  hours: boolean;
  ages: boolean;
}

type ListField = 'categories' | 'populations' | 'languages';
const LISTS: ListField[] = ['categories', 'populations', 'languages'];

export class FacetCollector {
  // Thousands of records repeat a few dozen values: each distinct spelling is kept once.
  private readonly spellings = { categories: new Set<string>(), populations: new Set<string>(), languages: new Set<string>() };
  private free = false;
  private hours = false;
  private ages = false;

  add(record: ServiceRecord): void {
    for (const field of LISTS) for (const value of record[field]) this.spellings[field].add(value);
    this.free ||= record.free === true;
    this.hours ||= !!record.hours?.rules.length;
    this.ages ||= record.minimumAge !== undefined || record.maximumAge !== undefined;
  }

  /** Values case-insensitively distinct (the first spelling wins), sorted for the reader's language. */
  facets(): Facets {
    const distinct = (field: ListField) => {
      const seen = new Map<string, string>();
      for (const value of this.spellings[field]) if (!seen.has(value.toLowerCase())) seen.set(value.toLowerCase(), value);
      return [...seen.values()].sort((a, b) => a.localeCompare(b));
    };
    return { categories: distinct('categories'), populations: distinct('populations'), languages: distinct('languages'), free: this.free, hours: this.hours, ages: this.ages };
  }
}

/** The facets of records already read. */
export function facetsOf(records: ServiceRecord[]): Facets {
  const collector = new FacetCollector();
  for (const record of records) collector.add(record);
  return collector.facets();
}
