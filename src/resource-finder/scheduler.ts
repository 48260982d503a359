/**
 * Long work (reading 10,000 records, indexing them) runs in slices that give the page
 * back between them, so typing, scrolling and the quick exit never wait on Haven.
 */

/** Run `task` when the page is idle (within half a second), for work done ahead of a person's need. */
export const whenIdle = (task: () => void): unknown => (typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 500 }) : setTimeout(task, 20));

/** Let the browser paint and handle input before the next slice. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  // A message, unlike a nested setTimeout, is not clamped to 4 ms.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Yields when the current slice has run longer than `sliceMs`; checks the clock only
 * every 16 calls. `Infinity` never yields (a worker has no page to give back).
 */
export function slicer(sliceMs: number, signal?: AbortSignal): () => Promise<void> | undefined {
  let start = performance.now();
  let calls = 0;
  return () => {
    if (sliceMs === Infinity || (++calls & 15) !== 0 || performance.now() - start <= sliceMs) return undefined;
    return yieldToMain().then(() => {
      signal?.throwIfAborted();
      start = performance.now();
    });
  };
}
