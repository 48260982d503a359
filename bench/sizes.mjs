// Deterministic size measurements of the built CDN files (minified + gzip, and brotli),
// shared by `npm run bench` and the size-budget test in `npm test`.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const CDN_DIR = new URL('../dist/cdn/', import.meta.url);

/** The four components' CDN entry names. */
export const COMPONENTS = ['hotline-banner', 'quick-exit', 'faq', 'resource-finder'];

export function compressed(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const read = (file) => readFileSync(new URL(file, CDN_DIR));

/** A CDN file and every file it imports statically (not the lazy `import()` chunks). */
export function staticGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = read(file).toString();
  for (const [, dep] of code.matchAll(/(?:^|[;}\s])(?:import|export)(?:[^'"();]*?from)?\s*["']\.\/([\w.-]+\.js)["']/g)) {
    staticGraph(dep, seen);
  }
  return seen;
}

/** Size of a file with its static imports, compressed as one transfer each (summed). */
export function loadSize(file) {
  const files = [...staticGraph(file)];
  const sizes = files.map((name) => compressed(read(name)));
  return {
    files,
    raw: sizes.reduce((sum, size) => sum + size.raw, 0),
    gzip: sizes.reduce((sum, size) => sum + size.gzip, 0),
    brotli: sizes.reduce((sum, size) => sum + size.brotli, 0),
  };
}

export function cdnFiles() {
  return existsSync(CDN_DIR) ? readdirSync(CDN_DIR).filter((name) => name.endsWith('.js')) : [];
}

/** The shared Lit chunk's file name (its hash changes with Lit's version). */
export function litChunk() {
  return cdnFiles().find((name) => /^lit-[\w-]+\.js$/.test(name));
}

/** A file alone: for a component entry, its own code (Lit and core are separate chunks). */
export function fileSize(file) {
  return compressed(read(file));
}


/** The ZIP-centroid chunks beside the CDN bundle (dist/cdn/zips/*.json), each compressed. */
export function zipChunks() {
  const dir = new URL('zips/', CDN_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ name, size: compressed(readFileSync(new URL(name, dir))) }));
}
