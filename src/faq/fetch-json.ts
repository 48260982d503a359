import { safeUrl } from '../core/safe-url.js';

/** Fetch `src` (http/https only) as JSON, giving up after `timeoutMs` (slow networks should not hang the FAQ). */
export async function fetchJson(src: string, timeoutMs = 15_000): Promise<unknown> {
  const url = safeUrl(src, ['https:', 'http:']);
  if (!url) throw new Error('it is not an http(s) URL');
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

