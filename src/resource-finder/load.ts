/**
 * From a source to records: fetch (with a timeout), decide JSON or CSV, read each item
 * as HSDS or a flat row, normalise, and count what was skipped and why. Every failure
 * becomes a {@link DataError} with a reason the element can put into words.
 *
 * A lazy chunk on the page (the element imports it only when there is data to read), and
 * the body of the reader worker. Reading yields to the page every few milliseconds, so
 * 10,000 records never hold the main thread in one long task.
 */
import { slicer } from './scheduler.js';
import { CsvError, parseCsv } from './csv.js';
import { DataError, FETCH_TIMEOUT_MS, RECEIVED_MARK, type DataFormat, type DataSet } from './data.js';
import { readFlatRow } from './flat.js';
import { isHsds, readHsdsItem } from './hsds.js';
import { finishRecord, type RecordDraft, type ServiceRecord } from './normalize.js';
import { describeSkipped } from './problems.js';

export { DataError, FETCH_TIMEOUT_MS, LARGE_DATA, type DataErrorReason, type DataFormat, type DataSet } from './data.js';

export interface ReadOptions {
  /** Longest stretch of reading before yielding to the page, in ms (`Infinity` in a worker). */
  sliceMs?: number;
  signal?: AbortSignal;
  /** Called with each run of `batchSize` finished records, in order, while reading goes on. */
  onBatch?: (records: ServiceRecord[]) => void;
  batchSize?: number;
}

export interface FetchOptions extends ReadOptions {
  /** Give up after this many ms; default {@link FETCH_TIMEOUT_MS}. */
  timeout?: number;
}

/** Finishes drafts one by one as they are read: skips counted, ids kept unique, left-out links noted. */
class Collector {
  readonly records: ServiceRecord[] = [];
  readonly skipped: DataSet['skipped'] = {};
  readonly dropped: DataSet['dropped'] = [];
  readonly repeatedIds: string[] = [];
  private readonly ids = new Set<string>();
  private drafts = 0;
  private sent = 0;
  hsds = false;

  constructor(private readonly options: ReadOptions = {}) {}

  private flush(all: boolean): void {
    const { onBatch, batchSize = 500 } = this.options;
    if (onBatch && (all ? this.sent < this.records.length : this.records.length - this.sent >= batchSize)) {
      onBatch(this.records.slice(this.sent));
      this.sent = this.records.length;
    }
  }

  add(draft: RecordDraft | undefined): void {
    const number = ++this.drafts;
    const links = draft?.dropped;
    if (links) delete draft.dropped;
    const result = draft ? finishRecord(draft, `record-${number}`) : 'not-an-object';
    if (typeof result === 'string') {
      this.skipped[result] = (this.skipped[result] ?? 0) + 1;
      return;
    }
    for (const [field, value] of links ?? []) this.dropped.push([number, result.name, field, value]);
    // Feeds repeat ids more often than they should; keys must stay unique.
    if (this.ids.has(result.id)) this.repeatedIds.push(result.id);
    while (this.ids.has(result.id)) result.id += '+';
    this.ids.add(result.id);
    this.records.push(result);
    this.flush(false);
  }

  /** One JSON item: a service (one draft per location), a service_at_location, or a flat row. */
  addItem(item: unknown, index: number): void {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return this.add(undefined);
    if (!isHsds(item)) return this.add(readFlatRow(item as Record<string, unknown>));
    this.hsds = true;
    for (const draft of readHsdsItem(item as Record<string, unknown>, index)) this.add(draft);
  }

  finish(format: DataFormat, size?: number): DataSet {
    this.flush(true);
    const { records, skipped, drafts, dropped, repeatedIds } = this;
    if (drafts && !records.length && !skipped['hidden-status']) {
      throw new DataError('empty', `none of the ${drafts} records could be used (${describeSkipped(skipped)})`);
    }
    return { records, format, total: drafts, skipped, dropped, repeatedIds, size };
  }
}

/** The items of parsed JSON: an array, `{ contents: [...] }`, or one HSDS object. */
function itemsOf(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object') {
    const { contents } = data as { contents?: unknown };
    if (Array.isArray(contents)) return contents;
    if (isHsds(data)) return [data];
  }
  throw new DataError('shape', 'expected an array of records, or an object with a "contents" array');
}

/** Parsed JSON → records, all at once: an array of services, of service_at_locations or of flat rows, or `{ contents: [...] }`. */
export function readJson(data: unknown, size?: number): DataSet {
  const collector = new Collector();
  itemsOf(data).forEach((item, index) => collector.addItem(item, index));
  return collector.finish(collector.hsds ? 'hsds' : 'flat', size);
}

/** {@link readJson} in slices that yield to the page; rejects with the signal's reason when aborted. */
export async function readJsonInSlices(data: unknown, options: ReadOptions & { size?: number } = {}): Promise<DataSet> {
  const collector = new Collector(options);
  const items = itemsOf(data);
  const pause = slicer(options.sliceMs ?? 8, options.signal);
  for (let index = 0; index < items.length; index++) {
    collector.addItem(items[index], index);
    await pause();
  }
  return collector.finish(collector.hsds ? 'hsds' : 'flat', options.size);
}

/** Text → records; `kind` decides, or the first character does (`[`/`{` is JSON). */
export async function readText(source: string, kind: 'json' | 'csv' | 'auto' = 'auto', options: ReadOptions = {}): Promise<DataSet> {
  const body = source.replace(/^\uFEFF/, '');
  const csv = kind === 'csv' || (kind === 'auto' && !/^\s*[[{]/.test(body));
  if (csv) {
    try {
      const rows = await parseCsv(body);
      const collector = new Collector(options);
      const pause = slicer(options.sliceMs ?? 8, options.signal);
      for (const row of rows) {
        collector.add(readFlatRow(row));
        await pause();
      }
      return collector.finish('csv', body.length);
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
  return readJsonInSlices(data, { ...options, size: body.length });
}

/**
 * Fetch a data file and read it. No cookies go to another origin and no referrer is
 * sent; the request is abandoned after {@link FETCH_TIMEOUT_MS}.
 */
export async function fetchData(url: string, options: FetchOptions = {}): Promise<DataSet> {
  const { signal, timeout = FETCH_TIMEOUT_MS } = options;
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
    kind = /csv/i.test(type) || /\.csv$/i.test(new URL(url, globalThis.document?.baseURI).pathname) ? 'csv' : /json/i.test(type) ? 'json' : 'auto';
    body = await response.text();
    // User Timing (no data in it): `npm run bench` measures from here to searchable.
    performance.mark(RECEIVED_MARK);
  } catch (error) {
    if (error instanceof DataError) throw error;
    if (controller.signal.reason instanceof DataError) throw controller.signal.reason;
    if (signal?.aborted) throw error;
    throw new DataError('network', `the request failed (${(error as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
  return readText(body, kind, options);
}
