/**
 * From a source to records: fetch (with a timeout), decide JSON or CSV, read each item
 * as HSDS or a flat row, normalise, and count what was skipped and why. Every failure
 * becomes a {@link DataError} with a reason the element can put into words.
 */
import { CsvError, parseCsv } from './csv.js';
import { readFlatRow } from './flat.js';
import { isHsds, readHsdsItem } from './hsds.js';
import { finishRecord, type RecordDraft, type ServiceRecord, type SkipReason } from './normalize.js';

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
  /** Characters of text read, when read from text (over {@link LARGE_DATA}, the partner is warned). */
  size?: number;
}

export const FETCH_TIMEOUT_MS = 10_000;
/** Above this (in characters, about bytes) the partner is warned: phones on slow networks wait long for it. */
export const LARGE_DATA = 10_000_000;

function finish(drafts: RecordDraft[], format: DataFormat, size?: number): DataSet {
  const skipped: DataSet['skipped'] = {};
  const records: ServiceRecord[] = [];
  const dropped: DataSet['dropped'] = [];
  const repeatedIds: string[] = [];
  const ids = new Set<string>();
  drafts.forEach((draft, index) => {
    const links = draft?.dropped;
    if (links) delete draft.dropped;
    const result = draft ? finishRecord(draft, `record-${index + 1}`) : 'not-an-object';
    if (typeof result === 'string') {
      skipped[result] = (skipped[result] ?? 0) + 1;
      return;
    }
    for (const [field, value] of links ?? []) dropped.push([index + 1, result.name, field, value]);
    // Feeds repeat ids more often than they should; keys must stay unique.
    if (ids.has(result.id)) repeatedIds.push(result.id);
    while (ids.has(result.id)) result.id += '+';
    ids.add(result.id);
    records.push(result);
  });
  if (drafts.length && !records.length && !skipped['hidden-status']) {
    throw new DataError('empty', `none of the ${drafts.length} records could be used (${describeSkipped(skipped)})`);
  }
  return { records, format, total: drafts.length, skipped, dropped, repeatedIds, size };
}

/** Parsed JSON → records: an array of services, of service_at_locations or of flat rows, or `{ contents: [...] }`. */
export function readJson(data: unknown, size?: number): DataSet {
  const items = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as { contents?: unknown }).contents)
      ? (data as { contents: unknown[] }).contents
      : data && typeof data === 'object' && isHsds(data)
        ? [data]
        : undefined;
  if (!items) throw new DataError('shape', 'expected an array of records, or an object with a "contents" array');
  let hsds = false;
  const drafts = items.flatMap((item, index): RecordDraft[] => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return [undefined as unknown as RecordDraft];
    if (isHsds(item)) {
      hsds = true;
      return readHsdsItem(item as Record<string, unknown>, index);
    }
    return [readFlatRow(item as Record<string, unknown>)];
  });
  return finish(drafts, hsds ? 'hsds' : 'flat', size);
}

/** Text → records; `kind` decides, or the first character does (`[`/`{` is JSON). */
export async function readText(source: string, kind: 'json' | 'csv' | 'auto' = 'auto'): Promise<DataSet> {
  const body = source.replace(/^\uFEFF/, '');
  const csv = kind === 'csv' || (kind === 'auto' && !/^\s*[[{]/.test(body));
  if (csv) {
    try {
      return finish((await parseCsv(body)).map(readFlatRow), 'csv', body.length);
    } catch (error) {
      if (error instanceof CsvError) throw new DataError('malformed', `the CSV could not be read: ${error.message}`);
      throw error;
    }
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    throw new DataError('malformed', `the JSON could not be read (${(error as Error).message})`);
  }
  return readJson(data, body.length);
}

/**
 * Fetch a data file and read it. No cookies go to another origin and no referrer is
 * sent; the request is abandoned after {@link FETCH_TIMEOUT_MS}.
 */
export async function fetchData(url: string, signal?: AbortSignal, timeout = FETCH_TIMEOUT_MS): Promise<DataSet> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DataError('timeout', `no answer within ${timeout / 1000} s`)), timeout);
  signal?.addEventListener('abort', () => controller.abort(signal.reason));
  let body: string;
  let kind: 'json' | 'csv' | 'auto';
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      referrerPolicy: 'no-referrer',
      headers: { accept: 'application/json, text/csv;q=0.9, */*;q=0.1' },
    });
    if (!response.ok) throw new DataError('http', `the server answered ${response.status} ${response.statusText}`.trim());
    const type = response.headers.get('content-type') ?? '';
    kind = /csv/i.test(type) || /\.csv$/i.test(new URL(url, document.baseURI).pathname) ? 'csv' : /json/i.test(type) ? 'json' : 'auto';
    body = await response.text();
  } catch (error) {
    if (error instanceof DataError) throw error;
    if (controller.signal.reason instanceof DataError) throw controller.signal.reason;
    if (signal?.aborted) throw error;
    throw new DataError('network', `the request failed (${(error as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
  return readText(body, kind);
}

const SKIP_WORDS: Record<SkipReason, string> = {
  'not-an-object': 'not an object',
  'no-name': 'without a name',
  'hidden-status': 'inactive or defunct (hidden)',
};

export function describeSkipped(skipped: DataSet['skipped']): string {
  return (Object.entries(skipped) as [SkipReason, number][]).map(([reason, count]) => `${count} ${SKIP_WORDS[reason]}`).join(', ');
}

