/**
 * What reading data produces, and how it fails: shared by the element, the readers
 * (a lazy chunk) and the reader worker, so the element itself carries none of the readers.
 */
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
}

export const FETCH_TIMEOUT_MS = 10_000;

/** The User Timing mark set when a fetched file's last byte has arrived. */
export const RECEIVED_MARK = 'haven-finder:received';

const SKIP_WORDS: Record<SkipReason, string> = {
  'not-an-object': 'not an object',
  'no-name': 'without a name',
  'hidden-status': 'inactive or defunct (hidden)',
};

export function describeSkipped(skipped: DataSet['skipped']): string {
  return (Object.entries(skipped) as [SkipReason, number][]).map(([reason, count]) => `${count} ${SKIP_WORDS[reason]}`).join(', ');
}
