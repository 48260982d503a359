/**
 * ZIP code → centroid, on the device: one small public-domain Census file per 3-digit
 * prefix, fetched from beside the script. A lazy chunk, requested when the ZIP field is
 * first focused (or `near` is set), so the finder's own code does not carry it.
 */
import { isZip, type Point } from './geo.js';
import type { ServiceRecord } from './normalize.js';

/**
 * Where the ZIP chunks live when the page does not say: `zips/` beside the CDN script
 * (wherever `dist/cdn/` is copied), and `dist/cdn/zips/` from the npm build's
 * `dist/resource-finder/zip-lookup.js`. Passing `import.meta.url` through a variable keeps
 * bundlers from trying to inline a folder as an asset.
 */
const here = import.meta.url;
export function defaultZipBase(): string {
  return new URL(/\/resource-finder\/[^/]*$/.test(new URL(here).pathname) ? '../cdn/zips/' : './zips/', here).href;
}

export class ZipLookupError extends Error {}

const chunks = new Map<string, Promise<Record<string, [number, number]>>>();

/**
 * A 5-digit ZIP's centroid, or undefined for a ZIP with no Census area (PO-box-only
 * ZIPs have none). Each 3-digit chunk is fetched once per page and kept in memory only.
 * Throws {@link ZipLookupError} when the chunk cannot be fetched.
 */
export async function lookupZip(zip: string, base: string = defaultZipBase()): Promise<Point | undefined> {
  if (!isZip(zip)) return undefined;
  const url = new URL(`${zip.slice(0, 3)}.json`, base).href;
  let chunk = chunks.get(url);
  if (!chunk) {
    chunk = fetch(url, { referrerPolicy: 'no-referrer' }).then(async (response) => {
      // A prefix with no ZCTAs has no file: that is "unknown ZIP", not a failure.
      if (response.status === 404) return {};
      if (!response.ok) throw new ZipLookupError(`${url} answered ${response.status}`);
      return response.json();
    });
    chunks.set(url, chunk);
    chunk.catch(() => chunks.delete(url));
  }
  let entries: Record<string, [number, number]>;
  try {
    entries = await chunk;
  } catch (error) {
    throw error instanceof ZipLookupError ? error : new ZipLookupError(`${url}: ${(error as Error).message}`);
  }
  const entry = entries[zip.slice(3)];
  return Array.isArray(entry) ? { latitude: entry[0], longitude: entry[1] } : undefined;
}

/** Enough for a metro area's spreadsheet; a nationwide list without coordinates should add them. */
const MAX_PREFIXES = 30;

/**
 * Give records that have a ZIP but no coordinates their ZIP's centroid, so a spreadsheet
 * without latitude/longitude still sorts by distance (approximately). Only called once
 * a person has given a place; fetches at most {@link MAX_PREFIXES} chunks. Returns how
 * many records were placed.
 */
export async function placeByZip(records: ServiceRecord[], base: string = defaultZipBase()): Promise<number> {
  const unplaced = records.filter((record) => record.latitude === undefined && isZip(record.address?.zip?.slice(0, 5) ?? ''));
  const prefixes = new Set([...new Set(unplaced.map((record) => record.address!.zip!.slice(0, 3)))].slice(0, MAX_PREFIXES));
  const placed = await Promise.all(
    unplaced
      .filter((record) => prefixes.has(record.address!.zip!.slice(0, 3)))
      .map(async (record) => {
        const point = await lookupZip(record.address!.zip!.slice(0, 5), base).catch(() => undefined);
        if (point) Object.assign(record, point);
        return !!point;
      }),
  );
  return placed.filter(Boolean).length;
}
