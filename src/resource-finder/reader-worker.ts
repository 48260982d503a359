/**
 * The finder's reader worker: fetches and reads a data file off the page's main thread,
 * so parsing 15 MB of JSON never freezes typing or the quick exit. Records go back in
 * batches small enough to take in without a long task, as JSON text: the page parses
 * that faster than it would copy the same records object by object. Started only by
 * worker-client.ts, only from the page's own origin; it fetches exactly the URL it is
 * given, with no referrer, and keeps nothing. While the file is on its way it also loads the
 * locale data the page's formatters need (formats.ts), which the page then finds ready.
 */
import { setBaseUri } from '../core/safe-url.js';
import { RECEIVED_MARK, type DataSet } from './data.js';
import { warmFormats } from './formats.js';
import { DataError, fetchData } from './load.js';
import type { WorkerReply, WorkerRequest } from './worker-client.js';

/** Records per message: each batch is taken in by the page in one short task. */
const BATCH = 250;

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
};

scope.onmessage = async ({ data: { url, base, lang, units } }) => {
  setBaseUri(base);
  try {
    // Batches go as soon as they are read, so the page can index them while this goes on.
    const reading = fetchData(url, { sliceMs: Infinity, batchSize: BATCH, onBatch: (batch) => scope.postMessage({ records: JSON.stringify(batch) }) });
    // While the request is on its way: the locale data the page's formatters will need.
    warmFormats(lang, units);
    const set: Partial<DataSet> = await reading;
    delete set.records;
    // When the file arrived, on the clock both sides share, for the page's own mark.
    const received = performance.getEntriesByName(RECEIVED_MARK).at(-1);
    scope.postMessage({ done: set as Omit<DataSet, 'records'>, receivedAt: received && performance.timeOrigin + received.startTime });
  } catch (error) {
    const reason = error instanceof DataError ? error.reason : 'malformed';
    scope.postMessage({ error: { reason, message: (error as Error).message } });
  }
};
