/**
 * The filters a person sets (the options offered come from the data: facets.ts), and the
 * one pipeline from records to the ordered list a person sees: text matches → filters
 * → radius → order.
 */
import { distanceKm, type Point } from './geo.js';
import { isOpenAt } from './hours.js';
import type { ServiceRecord } from './normalize.js';

export interface Filters {
  category?: string;
  population?: string;
  language?: string;
  free?: boolean;
  openNow?: boolean;
  age?: number;
}

const has = (values: string[], wanted: string) => values.some((value) => value.toLowerCase() === wanted.toLowerCase());

export function matchesFilters(record: ServiceRecord, filters: Filters, now: Date = new Date(), fallbackZone?: string): boolean {
  const { category, population, language, free, openNow, age } = filters;
  if (category && !has(record.categories, category)) return false;
  if (population && !has(record.populations, population)) return false;
  if (language && !has(record.languages, language)) return false;
  if (free && record.free !== true) return false;
  if (age !== undefined && ((record.minimumAge ?? 0) > age || (record.maximumAge ?? Infinity) < age)) return false;
  if (openNow && isOpenAt(record.hours, now, fallbackZone) !== true) return false;
  return true;
}

/** How many filters are set (for "Clear filters" and the summary). */
export function activeFilters(filters: Filters): number {
  return Object.values(filters).filter((value) => value !== undefined && value !== '' && value !== false).length;
}

export interface Result {
  record: ServiceRecord;
  /** Exact for public locations; for confidential ones rounded up to an 8 km step. */
  distanceKm?: number;
}

/** Confidential places are ordered and filtered by a coarse distance only. */
const COARSE_KM = 8;

export interface RankOptions {
  /** Positions of the records a query matches, best first; undefined when there is no query. */
  matches?: readonly number[];
  filters?: Filters;
  origin?: Point;
  radiusKm?: number;
  sort?: 'distance' | 'relevance';
  now?: Date;
  fallbackZone?: string;
}

/**
 * The ordered results. With an origin, records farther than the radius are left out;
 * records with no coordinates (phone and online services) stay, after the located ones.
 */
export function rankResults(records: ServiceRecord[], options: RankOptions = {}): Result[] {
  const { matches, filters = {}, origin, radiusKm = Infinity, sort = origin ? 'distance' : 'relevance', now = new Date(), fallbackZone } = options;
  const results: (Result & { order: number })[] = [];
  (matches ?? records.map((_, position) => position)).forEach((position, order) => {
    const record = records[position];
    if (!record || !matchesFilters(record, filters, now, fallbackZone)) return;
    let distance: number | undefined;
    if (origin && record.latitude !== undefined && record.longitude !== undefined) {
      distance = distanceKm(origin, record as Point);
      if (record.confidential) distance = Math.max(COARSE_KM, Math.ceil(distance / COARSE_KM) * COARSE_KM);
      if (distance > radiusKm) return;
    }
    results.push({ record, distanceKm: distance, order });
  });
  if (origin && sort === 'distance') {
    results.sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || a.order - b.order);
  }
  // Each result keeps its `order` (its place in relevance order): no copy of thousands of results to drop it.
  return results;
}
