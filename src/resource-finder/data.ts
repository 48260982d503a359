/**
 * What reading data produces, and how it fails: shared by the element, the readers
 * (a lazy chunk) and the reader worker, so the element itself carries none of the readers.
 * The words for the partner about what was skipped or left out are in problems.ts, loaded
 * only when there is something to say.
 */
import type { Facets } from './facets.js';
import type { ServiceRecord, SkipReason } from './normalize.js';

export type DataFormat = 'hsds' | 'flat' | 'csv';
export type DataErrorReason = 'network' | 'timeout' | 'http' | 'malformed' | 'shape' | 'empty';

export class DataError extends Error {
  constructor(
    readonly reason: DataErrorReason,
    message: string,
  ) {
    super(message);
  }
}

export interface DataSet {
  records: ServiceRecord[];
  format: DataFormat;
  /** Items read (services at locations, rows). */
  total: number;
  skipped: Partial<Record<SkipReason, number>>;
  /** Links left out of records that were kept: [record number, name, field, value]. */
  dropped: [number, string, string, string][];
  /** Ids that more than one record used (each record got a unique one). */
  repeatedIds: string[];
  /** What the filters can offer, gathered while reading. */
  facets: Facets;
  /** Characters of text read, when read from text (over {@link LARGE_DATA}, the partner is warned). */
  size?: number;
}

export const FETCH_TIMEOUT_MS = 10_000;
/** Above this (in characters, about bytes) the partner is warned: phones on slow networks wait long for it. */
export const LARGE_DATA = 10_000_000;

/** Whether reading left anything the partner should hear about (then problems.ts is loaded to say it). */
export const hasProblems = ({ total, skipped, dropped, repeatedIds, size = 0 }: DataSet): boolean =>
  !total || Object.keys(skipped).length > 0 || dropped.length > 0 || repeatedIds.length > 0 || size > LARGE_DATA;

/** The User Timing mark set when a fetched file's last byte has arrived. */
export const RECEIVED_MARK = 'haven-finder:received';
