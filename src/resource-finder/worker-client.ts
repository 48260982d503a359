/**
 * Read a data file in the reader worker where the page allows one. The worker script must be
 * on the page's own origin, or be fetched from the script's origin (a CDN) and checked against
 * the hash the CDN build wrote into this file, then started from a `blob:` URL of the page's
 * origin (a page cannot start a worker from another origin's URL). The page's Content Security
 * Policy must allow it (`worker-src 'self'`, plus `blob:` for a CDN script), and under Trusted
 * Types the `haven` policy must be allowed. Anywhere else this resolves `undefined` and the
 * finder reads on the main thread, in slices.
 */
import { havenPolicy, workerBlobs } from '../core/trusted-types.js';
import { DataError, RECEIVED_MARK, type DataErrorReason, type DataSet } from './data.js';
import { whenIdle } from './scheduler.js';
import type { Units } from './geo.js';
import type { ServiceRecord } from './normalize.js';

/**
 * The sha384 of the CDN build's `reader-worker.js`: rollup.config.mjs writes it over this
 * placeholder. Elsewhere (the npm modules, tests of the source) it stays a placeholder, and a
 * worker on another origin is not started.
 */
const WORKER_INTEGRITY: string = '__HAVEN_READER_WORKER_INTEGRITY__';

/** The longest a worker that has sent everything is kept for `until` (a stalled chunk or ZIP request must not keep it). */
const LONGEST_KEPT_MS = 5000;

/** How long the worker's code may take to arrive from another origin before the page reads instead. */
const WORKER_CODE_TIMEOUT_MS = 4000;

export interface WorkerRequest {
  url: string;
  /** The page's base URL, for relative links in the data. */
  base: string;
  /** The finder's language and units: the worker loads their locale data for the page (see formats.ts). */
  lang: string;
  units: Units;
}

export type WorkerReply =
  /** A batch of records as JSON text (records are plain data: no undefined, no dates). */
  | { records: string }
  | { done: Omit<DataSet, 'records'>; receivedAt?: number }
  | { error: { reason: DataErrorReason; message: string } };

/**
 * Where to start the worker from: the script itself on the page's origin; from another origin,
 * a `blob:` URL of its code once that code matches the build's hash. `undefined`: nowhere.
 */
async function workerSource(script: URL, signal: AbortSignal): Promise<string | undefined> {
  if (script.origin === location.origin) return script.href;
  if (!WORKER_INTEGRITY.startsWith('sha384-')) return undefined;
  try {
    // A slow CDN must not hold the data back: after a few seconds, read on the page instead.
    const stop = AbortSignal.any([signal, AbortSignal.timeout(WORKER_CODE_TIMEOUT_MS)]);
    // The browser refuses a body whose hash differs (a changed or compromised CDN file)...
    const response = await fetch(script.href, { integrity: WORKER_INTEGRITY, credentials: 'omit', referrerPolicy: 'no-referrer', signal: stop });
    if (!response.ok) return undefined;
    const code = await response.arrayBuffer();
    // ...and where the page can hash (a secure context), the very bytes the worker is made from are checked again.
    if (crypto.subtle && (await sha384(code)) !== WORKER_INTEGRITY) return undefined;
    return URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  } catch {
    return undefined;
  }
}

async function sha384(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

async function startWorker(signal: AbortSignal): Promise<{ worker: Worker; release: () => void } | undefined> {
  if (typeof Worker !== 'function') return undefined;
  const policy = havenPolicy();
  // `null`: the page's trusted-types directive does not allow `haven`; an older copy of
  // Haven may have made the shared policy without script URLs.
  if (policy === null || (policy && !policy.createScriptURL)) return undefined;
  const source = await workerSource(new URL('./reader-worker.js', import.meta.url), signal);
  if (!source) return undefined;
  const blob = source.startsWith('blob:');
  if (blob) workerBlobs.add(source);
  const release = () => {
    if (!blob) return;
    workerBlobs.delete(source);
    URL.revokeObjectURL(source);
  };
  try {
    // Stopped while the worker's code was fetched: start nothing.
    if (signal.aborted) throw signal.reason;
    const url = policy ? policy.createScriptURL!(source) : source;
    return { worker: new Worker(url as string, { type: 'module', name: 'haven-reader' }), release };
  } catch {
    release();
    return undefined;
  }
}

export interface WorkerReading extends Pick<WorkerRequest, 'lang' | 'units'> {
  signal: AbortSignal;
  onBatch?: (records: ServiceRecord[]) => void;
  /**
   * The page's work with the records (drawing them, indexing them): the worker is ended once it settles and
   * the page is idle, or after {@link LONGEST_KEPT_MS} whatever it does; without it, once the page is idle.
   */
  until?: Promise<unknown>;
}

/**
 * Fetch and read `url` in a worker. Resolves `undefined` when no worker could run (the
 * caller then reads on the main thread); rejects with a {@link DataError} when the data
 * itself failed, or with the signal's reason when aborted. `onBatch` sees the records
 * array (the one the data set will hold) each time a batch has been added to it.
 */
export async function readInWorker(url: string, { signal, onBatch, lang, units, until }: WorkerReading): Promise<DataSet | undefined> {
  // Stopped while this chunk was loading: start nothing.
  if (signal.aborted) throw signal.reason;
  const started = await startWorker(signal);
  if (signal.aborted) {
    // Stopped just as the worker started: stop it, and release its code.
    started?.worker.terminate();
    started?.release();
    throw signal.reason;
  }
  if (!started) return undefined;
  const { worker, release } = started;
  return new Promise((resolve, reject) => {
    const records: ServiceRecord[] = [];
    let answered = false;
    const end = (settle: () => void) => {
      worker.terminate();
      release();
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
        // Its code is not needed again: released now (a blob: URL no longer loads), though the worker runs on.
        release();
        resolve({ ...data.done, records });
        // Ending a worker frees all it read, and that is work for its thread: ended at once, it shared the
        // CPU with drawing the first cards and finishing the index (an interleaved A/B of 10k loads on 2 cores:
        // 2 in 27 had a task over 50 ms, against none, and were searchable 5–7% later). So it ends once `until`
        // settles (at most LONGEST_KEPT_MS) and the page is idle, or at once when stopped. The work is moved, not
        // saved: a word typed just then shares the CPU with it instead (p95 a few ms more in that A/B).
        const later = () => whenIdle(() => end(() => {}));
        void Promise.race([until, new Promise((resolve) => setTimeout(resolve, LONGEST_KEPT_MS))]).then(later, later);
      }
      else end(() => reject(new DataError(data.error.reason, data.error.message)));
    };
    worker.postMessage({ url, base: document.baseURI, lang, units } satisfies WorkerRequest);
  });
}
