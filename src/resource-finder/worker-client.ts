/**
 * Read a data file in the reader worker where the page allows one: the worker script must
 * be on the page's own origin (a CDN script cannot start a worker for another origin),
 * the page's Content Security Policy must allow it (`worker-src`, or `script-src 'self'`),
 * and under Trusted Types the `haven` policy must be allowed. Anywhere else this resolves
 * `undefined` and the finder reads on the main thread, in slices.
 */
import { havenPolicy } from '../core/trusted-types.js';
import { DataError, RECEIVED_MARK, type DataErrorReason, type DataSet } from './data.js';
import type { ServiceRecord } from './normalize.js';

export interface WorkerRequest {
  url: string;
  /** The page's base URL, for relative links in the data. */
  base: string;
}

export type WorkerReply =
  /** A batch of records as JSON text (records are plain data: no undefined, no dates). */
  | { records: string }
  | { done: Omit<DataSet, 'records'>; receivedAt?: number }
  | { error: { reason: DataErrorReason; message: string } };

function startWorker(): Worker | undefined {
  const script = new URL('./reader-worker.js', import.meta.url);
  if (typeof Worker !== 'function' || script.origin !== location.origin) return undefined;
  const policy = havenPolicy();
  // `null`: the page's trusted-types directive does not allow `haven`; an older copy of
  // Haven may have made the shared policy without script URLs.
  if (policy === null || (policy && !policy.createScriptURL)) return undefined;
  const url = policy ? policy.createScriptURL!(script.href) : script.href;
  try {
    return new Worker(url as string, { type: 'module', name: 'haven-reader' });
  } catch {
    return undefined;
  }
}

/**
 * Fetch and read `url` in a worker. Resolves `undefined` when no worker could run (the
 * caller then reads on the main thread); rejects with a {@link DataError} when the data
 * itself failed, or with the signal's reason when aborted. `onBatch` sees the records
 * array (the one the data set will hold) each time a batch has been added to it.
 */
export function readInWorker(url: string, signal: AbortSignal, onBatch?: (records: ServiceRecord[]) => void): Promise<DataSet | undefined> {
  // Stopped while this chunk was loading: start nothing.
  if (signal.aborted) return Promise.reject(signal.reason);
  const worker = startWorker();
  if (!worker) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const records: ServiceRecord[] = [];
    let answered = false;
    const end = (settle: () => void) => {
      worker.terminate();
      signal.removeEventListener('abort', abort);
      settle();
    };
    const abort = () => end(() => reject(signal.reason));
    signal.addEventListener('abort', abort);
    // The script could not load (blocked by the page's policy, or not deployed beside
    // the finder), or the worker broke: read on the main thread instead.
    worker.onerror = (event) => {
      event.preventDefault();
      end(() => (answered ? reject(new DataError('malformed', 'the reader stopped')) : resolve(undefined)));
    };
    worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      answered = true;
      if ('records' in data) {
        for (const record of JSON.parse(data.records) as ServiceRecord[]) records.push(record);
        onBatch?.(records);
      }
      else if ('done' in data) {
        if (data.receivedAt) performance.mark(RECEIVED_MARK, { startTime: data.receivedAt - performance.timeOrigin });
        end(() => resolve({ ...data.done, records }));
      }
      else end(() => reject(new DataError(data.error.reason, data.error.message)));
    };
    worker.postMessage({ url, base: document.baseURI } satisfies WorkerRequest);
  });
}
