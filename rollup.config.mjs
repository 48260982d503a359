// The CDN build: one Rollup run, several entries, Lit in one shared chunk so a page that
// loads haven.js and a per-component file (or two per-component files) loads Lit once.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';
import { transform } from 'esbuild';
import { readFileSync } from 'node:fs';
import { sri } from './scripts/integrity.mjs';

/** Strip TypeScript with esbuild (legacy decorators, as tsconfig.json says). */
function typescript() {
  return {
    name: 'haven-typescript',
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const result = await transform(code, {
        loader: 'ts',
        target: 'es2021',
        sourcefile: id,
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      });
      return { code: result.code, map: result.map || null };
    },
  };
}

// Component entries first: Rollup then keeps each component's code in its own file and
// haven.js only imports them, instead of the other way round.
export const CDN_ENTRIES = {
  'hotline-banner': 'src/hotline-banner.ts',
  'resource-finder': 'src/resource-finder.ts',
  faq: 'src/faq.ts',
  'quick-exit': 'src/quick-exit.ts',
  haven: 'src/index.ts',
};

const plugins = [
  nodeResolve({ extensions: ['.ts', '.js'], exportConditions: ['production'] }),
  typescript(),
  // Whitespace in Lit's html`` and css`` templates is bytes on someone's data plan.
  minifyHTML({ include: ['src/**/*.ts'], failOnError: true }),
  terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

/**
 * Write the hash of the built reader-worker.js into the worker's client, which checks the code
 * against it before starting a worker from another origin (a CDN). The worker is built first.
 */
function readerWorkerIntegrity() {
  const placeholder = '__HAVEN_READER_WORKER_INTEGRITY__';
  return {
    name: 'haven-reader-worker-integrity',
    // Before minifying, which could otherwise fold the placeholder's checks away.
    transform(code) {
      if (!code.includes(placeholder)) return null;
      this.addWatchFile('dist/cdn/reader-worker.js');
      return { code: code.replaceAll(placeholder, sri(readFileSync('dist/cdn/reader-worker.js'))), map: null };
    },
  };
}

const components = {
  input: CDN_ENTRIES,
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    manualChunks(id) {
      if (/[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/.test(id)) return 'lit';
      // Loaded with import() only when needed: the CSV parser. (The finder's search index, with the
      // radix tree it uses, is its own lazy chunk, search-index-*.js, by the import() alone.)
      if (/[\\/]node_modules[\\/]d3-dsv[\\/]/.test(id)) return 'csv';
      // What every component shares, in one chunk, so a component file is its own code.
      if (/[\\/]src[\\/]core[\\/]/.test(id)) return 'core';
      return undefined;
    },
  },
  preserveEntrySignatures: 'allow-extension',
  plugins: [...plugins, readerWorkerIntegrity()],
};

// The finder's reader worker, beside the entries (worker-client.ts finds it by
// `new URL('./reader-worker.js', import.meta.url)`). One self-contained file: a worker
// must not load the core chunk, which imports Lit, and Lit needs a DOM.
const readerWorker = {
  input: { 'reader-worker': 'src/resource-finder/reader-worker.ts' },
  output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', inlineDynamicImports: true },
  plugins,
};

// The worker first: the components' build writes its hash into the worker's client.
export default [readerWorker, components];
