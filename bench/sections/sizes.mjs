// 1. Sizes: Haven's CDN files (with and without what they load), its lazy chunks, and the
// alternatives a partner would otherwise pick, bundled and compressed the same way here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { SIZE_BUDGETS, enforced } from '../budgets.mjs';
import { COMPONENTS, cdnFiles, compressed, fileSize, litChunk, loadSize, staticGraph, zipChunks } from '../sizes.mjs';

const require = createRequire(import.meta.url);

/** Bundle an npm module (and its dependencies) minified, as a partner's CDN file would be. */
async function bundled(code) {
  const bundle = await rollup({
    input: 'entry',
    plugins: [
      { name: 'entry', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? code : null) },
      nodeResolve({ exportConditions: ['production'] }),
      terser({ module: true, format: { comments: false } }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return compressed(Buffer.from(output[0].code));
}

const version = (name) => JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;

export async function sizes() {
  const rows = [];
  const row = (group, name, size, note = '') => rows.push({ group, name, gzip: size.gzip, brotli: size.brotli, raw: size.raw, note });

  const files = cdnFiles();
  const lit = litChunk();
  row('Haven (CDN)', 'haven.js + static imports', loadSize('haven.js'), loadSize('haven.js').files.join(' '));
  for (const entry of COMPONENTS) {
    if (!files.includes(`${entry}.js`)) continue;
    row('Haven (CDN)', `${entry}.js + static imports`, loadSize(`${entry}.js`));
    row('Haven (own code)', `${entry}.js alone`, fileSize(`${entry}.js`));
  }
  for (const file of files.filter((name) => /^core-/.test(name))) row('Haven (own code)', 'core (shared by all)', fileSize(file), file);
  if (lit) row('Haven (CDN)', 'Lit chunk', fileSize(lit), lit);
  // Lazy chunks: files no entry loads statically (search engine, CSV parser…).
  const entries = ['haven.js', ...COMPONENTS.map((name) => `${name}.js`)].filter((name) => files.includes(name));
  const statics = new Set(entries.flatMap((name) => [...staticGraph(name)]));
  for (const file of files.filter((name) => !statics.has(name))) row('Haven (lazy)', file, fileSize(file));
  const zips = zipChunks();
  if (zips.length) {
    const sorted = zips.map((zip) => zip.size).sort((a, b) => a.gzip - b.gzip);
    row('Haven (lazy)', `ZIP chunks: largest of ${zips.length}`, sorted.at(-1));
    row('Haven (lazy)', 'ZIP chunks: median', sorted[Math.floor(sorted.length / 2)]);
  }

  row('Alternatives', `Lit ${version('lit')} alone (LitElement, html, css)`, await bundled("export { LitElement, html, css } from 'lit';"));
  const govuk = require.resolve('govuk-frontend/dist/govuk/govuk-frontend.min.js');
  row('Alternatives', `GOV.UK Frontend ${version('govuk-frontend')} full JS bundle`, compressed(readFileSync(govuk)), 'govuk-frontend.min.js as published');
  row(
    'Alternatives',
    `Shoelace ${version('@shoelace-style/shoelace')} <sl-details> with its dependencies`,
    await bundled("import '@shoelace-style/shoelace/dist/components/details/details.js';"),
    'includes Lit and sl-icon',
  );

  const budgets = SIZE_BUDGETS.map((budget) => {
    const size = budget.measure();
    return {
      id: budget.id,
      label: budget.label,
      issue: budget.issue,
      size,
      limit: budget.limit,
      revised: budget.revised,
      status: size <= budget.limit ? 'ok' : size <= enforced(budget) ? 'over issue budget (within revised)' : 'over',
      why: budget.why,
    };
  });
  return { rows, budgets };
}
