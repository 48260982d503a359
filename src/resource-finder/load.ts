/**
 * From a source to records: fetch (with a timeout), decide JSON or CSV, read each item
 * as HSDS or a flat row, normalise, and count what was skipped and why. Every failure
 * becomes a {@link DataError} with a reason the element can put into words.
 *
 * A lazy chunk on the page (the element imports it only when there is data to read), and
 * the body of the reader worker. Reading yields to the page every few milliseconds, so
 * 10,000 records never hold the main thread in one long task.
 */
import { FacetCollector } from './facets.js';
import { JsonArraySplitter } from './json-items.js';
import { slicer, yieldToMain } from './scheduler.js';
import { CsvError, parseCsv } from './csv.js';
import { DataError, FETCH_TIMEOUT_MS, RECEIVED_MARK, type DataFormat, type DataSet } from './data.js';
import { readFlatRow } from './flat.js';
import { isHsds, readHsdsItem } from './hsds.js';
import { finishRecord, type RecordDraft, type ServiceRecord } from './normalize.js';
import { countSkipped, describeSkipped } from './problems.js';

export { DataError, FETCH_TIMEOUT_MS, LARGE_DATA, type DataErrorReason, type DataFormat, type DataSet } from './data.js';

export interface ReadOptions {
  /** Longest stretch of reading before yielding to the page, in ms (`Infinity` in a worker). */
  sliceMs?: number;
  signal?: AbortSignal;
  /**
   * Called with each run of `batchSize` finished records, in order, while reading goes on. The records
   * are handed over, not kept: the data set's `records` is then empty (the reader worker sends each batch
   * on and holds no copy, so its heap, and the work of freeing it, stays small). Its counts (`total`,
   * `skipped`) still cover every record, so describe problems from them, not from `records`.
   */
  onBatch?: (records: ServiceRecord[]) => void;
  batchSize?: number;
}

export interface FetchOptions extends ReadOptions {
  /** Give up after this many ms; default {@link FETCH_TIMEOUT_MS}. */
  timeout?: number;
}

/** Finishes drafts one by one as they are read: skips counted, ids kept unique, left-out links noted. */
class Collector {
  records: ServiceRecord[] = [];
  readonly skipped: DataSet['skipped'] = {};
  readonly dropped: DataSet['dropped'] = [];
  readonly repeatedIds: string[] = [];
  private readonly ids = new Set<string>();
  private readonly facets = new FacetCollector();
  private drafts = 0;
  hsds = false;

  constructor(private readonly options: ReadOptions = {}) {}

  private flush(all: boolean): void {
    const { onBatch, batchSize = 500 } = this.options;
    if (onBatch && this.records.length >= (all ? 1 : batchSize)) {
      onBatch(this.records);
      this.records = [];
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
    this.facets.add(result);
    this.flush(false);
  }

  /** One JSON item: a service (one draft per location), a service_at_location, or a flat row. */
  addItem(item: unknown, index: number): void {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return this.add(undefined);
    if (!isHsds(item)) return this.add(readFlatRow(item as Record<string, unknown>));
    this.hsds = true;
    for (const draft of readHsdsItem(item as Record<string, unknown>, index)) this.add(draft);
  }

  finish(format: DataFormat = this.hsds ? 'hsds' : 'flat', size?: number): DataSet {
    this.flush(true);
    const { records, skipped, drafts, dropped, repeatedIds } = this;
    // Every draft was skipped (records handed over to `onBatch` are no longer in `records`).
    if (drafts && countSkipped(skipped) === drafts && !skipped['hidden-status']) {
      throw new DataError('empty', `none of the ${drafts} records could be used (${describeSkipped(skipped)})`);
    }
    return { records, format, total: drafts, skipped, dropped, repeatedIds, facets: this.facets.facets(), size };
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
  return collector.finish(undefined, size);
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
  return collector.finish(undefined, options.size);
}

/** Items parsed per `JSON.parse`: a few milliseconds' work. */
const PARSE_BATCH = 250;

/**
 * A JSON array read as its text arrives: the splitter finds each item's text, and every
 * {@link PARSE_BATCH} items are parsed and read together, so no parse of the whole file
 * holds the thread and items are read while the rest downloads.
 */
class ArrayReader {
  private readonly splitter = new JsonArraySplitter();
  private readonly collector: Collector;
  private readonly pause: () => Promise<void> | undefined;
  private pending: string[] = [];
  private index = 0;

  constructor(private readonly options: ReadOptions) {
    this.collector = new Collector(options);
    this.pause = slicer(options.sliceMs ?? 8, options.signal);
  }

  async push(text: string): Promise<void> {
    let texts: string[];
    try {
      texts = this.splitter.push(text);
    } catch (error) {
      throw malformed(error);
    }
    for (const item of texts) {
      this.pending.push(item);
      if (this.pending.length === PARSE_BATCH) await this.read();
    }
  }

  async finish(size: number): Promise<DataSet> {
    try {
      this.splitter.end();
    } catch (error) {
      throw malformed(error);
    }
    await this.read();
    return this.collector.finish(undefined, size);
  }

  private async read(): Promise<void> {
    const texts = this.pending;
    this.pending = [];
    let items: unknown[];
    try {
      items = JSON.parse(`[${texts.join(',')}]`);
    } catch (error) {
      // Say which item, counting from 1, as the partner would look for it.
      const bad = texts.findIndex((item) => { try { JSON.parse(item); return false; } catch { return true; } });
      throw malformed(error, bad < 0 ? undefined : this.index + bad + 1);
    }
    for (const item of items) {
      this.collector.addItem(item, this.index++);
      await this.pause();
    }
    // Between batches the thread also takes in more of the download.
    if (this.options.sliceMs === Infinity) await yieldToMain();
  }
}

function malformed(error: unknown, item?: number): DataError {
  return new DataError('malformed', `the JSON could not be read (${item ? `item ${item}: ` : ''}${(error as Error).message})`);
}

/**
 * Text as it arrives → records. `kind` decides, or the first character does: a JSON array
 * (the usual data file) is read item by item while the rest arrives; other JSON (`{…}`)
 * and CSV once all of it is here.
 */
class TextReader {
  private array?: ArrayReader;
  private whole: string[] = [];
  private size = 0;
  /** How the text is read, once its first character is known (CSV is known at once). */
  private format?: 'array' | 'json' | 'csv';

  constructor(
    private readonly kind: 'json' | 'csv' | 'auto',
    private readonly options: ReadOptions,
  ) {
    if (kind === 'csv') this.format = 'csv';
  }

  async push(piece: string): Promise<void> {
    // A byte-order mark may start the text (the network's decoder has already dropped its own).
    const text = this.size ? piece : piece.replace(/^\uFEFF/, '');
    this.size += text.length;
    if (this.array) return this.array.push(text);
    this.whole.push(text);
    if (this.format) return;
    const first = /\S/.exec(this.whole.join(''))?.[0];
    if (!first) return;
    this.format = first === '[' ? 'array' : first === '{' || this.kind === 'json' ? 'json' : 'csv';
    if (this.format !== 'array') return;
    this.array = new ArrayReader(this.options);
    const start = this.whole.join('');
    this.whole = [];
    await this.array.push(start);
  }

  finish(): Promise<DataSet> {
    if (this.array) return this.array.finish(this.size);
    // Nothing but white space: as JSON that is malformed; as CSV, no "name" column.
    const body = this.whole.join('');
    return this.format === 'csv' || (!this.format && this.kind === 'auto') ? readCsv(body, this.options) : readWholeJson(body, this.options);
  }
}

/** Characters of text handed to the reader at once. */
const PIECE = 65_536;

/** Text → records; `kind` decides, or the first character does (`[`/`{` is JSON). */
export async function readText(source: string, kind: 'json' | 'csv' | 'auto' = 'auto', options: ReadOptions = {}): Promise<DataSet> {
  const reader = new TextReader(kind, options);
  // In pieces, as from the network: the items of each are read in slices that yield.
  for (let start = 0; start < source.length; start += PIECE) await reader.push(source.slice(start, start + PIECE));
  return reader.finish();
}

async function readCsv(body: string, options: ReadOptions): Promise<DataSet> {
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

async function readWholeJson(body: string, options: ReadOptions): Promise<DataSet> {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    throw malformed(error);
  }
  return readJsonInSlices(data, { ...options, size: body.length });
}

/** When the last byte of `url` (absolute, requested at `since`) arrived, by the browser's own record of the request; else now. */
function markReceived(url: URL, since: number): void {
  const entry = (performance.getEntriesByName(url.href, 'resource') as PerformanceResourceTiming[])
    .find((request) => request.startTime >= since && request.responseEnd);
  performance.mark(RECEIVED_MARK, entry ? { startTime: entry.responseEnd } : undefined);
}

/**
 * Fetch a data file and read it, as it arrives. No cookies go to another origin and no
 * referrer is sent; after {@link FETCH_TIMEOUT_MS} spent waiting on the network (not on
 * reading what came) the request is abandoned.
 */
export async function fetchData(url: string, options: FetchOptions = {}): Promise<DataSet> {
  const { signal, timeout = FETCH_TIMEOUT_MS } = options;
  // In the reader worker there is no document: the worker's own address is the base (the page sends absolute URLs).
  const absolute = new URL(url, globalThis.document?.baseURI ?? globalThis.location?.href);
  const controller = new AbortController();
  signal?.addEventListener('abort', () => controller.abort(signal.reason));
  let waited = 0;
  /** Wait for the network, within what is left of the time limit. */
  const network = async <T>(step: Promise<T>): Promise<T> => {
    const started = performance.now();
    const timer = setTimeout(() => controller.abort(new DataError('timeout', `the network kept it waiting over ${timeout / 1000} s`)), timeout - waited);
    try {
      return await step;
    } catch (error) {
      if (error instanceof DataError) throw error;
      if (controller.signal.reason instanceof DataError) throw controller.signal.reason;
      if (signal?.aborted) throw error;
      throw new DataError('network', `the request failed (${(error as Error).message})`);
    } finally {
      clearTimeout(timer);
      waited += performance.now() - started;
    }
  };
  const requested = performance.now();
  const response = await network(fetch(url, {
    signal: controller.signal,
    referrerPolicy: 'no-referrer',
    headers: { accept: 'application/json, text/csv;q=0.9, */*;q=0.1' },
  }));
  if (!response.ok) throw new DataError('http', `the server answered ${response.status} ${response.statusText}`.trim());
  const type = response.headers.get('content-type') ?? '';
  const kind = /csv/i.test(type) || /\.csv$/i.test(absolute.pathname) ? 'csv' : /json/i.test(type) ? 'json' : 'auto';
  const reader = new TextReader(kind, options);
  try {
    if (!response.body) {
      await reader.push(await network(response.text()));
    } else {
      const pieces = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { done, value } = await network(pieces.read());
        if (done) break;
        await reader.push(value);
      }
    }
  } finally {
    // Reading failed (or was stopped) part-way: the rest of the download is not wanted.
    controller.abort();
  }
  // User Timing (no data in it): `npm run bench` measures from here to searchable.
  markReceived(absolute, requested);
  return reader.finish();
}
