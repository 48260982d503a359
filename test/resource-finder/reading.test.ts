import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/resource-finder.js';
import { readJson, readJsonInSlices, readText } from '../../src/resource-finder/load.js';
import type { ServiceRecord } from '../../src/resource-finder/normalize.js';
import { describeProblems } from '../../src/resource-finder/problems.js';
import type { HavenResourceFinder } from '../../src/resource-finder/resource-finder.js';
import { indexAsTheyArrive } from '../../src/resource-finder/search.js';
import { yieldsDuring } from '../helpers/index.js';
import { readInWorker } from '../../src/resource-finder/worker-client.js';

const FIXTURES = new URL('./fixtures/', import.meta.url).href;
const HSDS = `${FIXTURES}services.hsds.json`;
const ZIPS = `${FIXTURES}zips/`;

const rows = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `r${i % 50}`, name: `Example service ${i}`, description: `Help number ${i} shelter food legal`, website: `example.org/${i}` }));

/**
 * Count the workers pages start and end here (`onEnd` runs as one is ended), until `restore()`.
 * The finder only ever starts `window.Worker`, so this sees every reader worker.
 */
function watchWorkers(onEnd?: () => void) {
  const original = window.Worker;
  const seen = { started: [] as Worker[], ended: 0, restore: () => (window.Worker = original) };
  window.Worker = class extends original {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      seen.started.push(this);
    }
    override terminate() {
      seen.ended++;
      onEnd?.();
      super.terminate();
    }
  };
  return seen;
}

describe('reading in slices', () => {
  it('gives the page back while reading 10,000 records, with the same records as reading at once', async () => {
    const data = rows(10_000);
    const { result, yields } = await yieldsDuring(() => readJsonInSlices(data, { sliceMs: 4 }));
    expect(yields).to.be.greaterThan(1);
    expect(result).to.deep.equal(readJson(data));
    // Repeated ids stay unique, in reading order, as before.
    expect(result.records.slice(50, 52).map((record) => record.id)).to.deep.equal(['r0+', 'r1+']);
  });

  it('hands over finished records in batches, in order, and then the rest, keeping none', async () => {
    const batches: number[] = [];
    const seen: ServiceRecord[] = [];
    const set = await readJsonInSlices(rows(1_234), {
      batchSize: 500,
      onBatch: (records) => {
        batches.push(records.length);
        seen.push(...records);
      },
    });
    expect(batches).to.deep.equal([500, 500, 234]);
    expect(seen).to.deep.equal(readJson(rows(1_234)).records);
    // Handed over, not kept (the reader worker holds no copy of what it sent).
    expect(set.records).to.deep.equal([]);
    expect(set.total).to.equal(1_234);
  });

  it('skipped rows are not batched, and CSV is batched the same way', async () => {
    const batches: string[][] = [];
    const set = await readText('name,phone\nFirst example,555-0100\n,555-0101\nSecond example,555-0102\n', 'csv', {
      batchSize: 1,
      onBatch: (records) => batches.push(records.map((record) => record.name)),
    });
    expect(batches).to.deep.equal([['First example'], ['Second example']]);
    expect(set.skipped).to.deep.equal({ 'no-name': 1 });
    expect(set.records).to.deep.equal([]);
    // What the partner is told comes from the counts, not from the records handed over.
    expect(describeProblems(set)).to.deep.equal(['read 2 of 3 records; skipped 1 without a name.']);
  });

  it('gathers the filters\' options while reading: the same as looking through the records after', async () => {
    const set = await readText(JSON.stringify([
      { name: 'Example one', categories: 'Shelter; Legal help', languages: 'es', free: 'yes' },
      { name: 'Example two', categories: 'shelter', populations: 'Youth', hours: 'Mo-Fr 09:00-17:00' },
      { name: 'Example three', languages: 'Spanish; fr', min_age: '12' },
    ]));
    expect(set.facets).to.deep.equal({ categories: ['Legal help', 'Shelter'], populations: ['Youth'], languages: ['es', 'fr'], free: true, hours: true, ages: true });
  });

  it('stops reading when aborted', async () => {
    const controller = new AbortController();
    const reading = readJsonInSlices(rows(20_000), { sliceMs: 1, signal: controller.signal });
    controller.abort(new Error('gone'));
    expect((await reading.catch((caught: Error) => caught)).message).to.equal('gone');
  });
});

describe('indexing as the records arrive', () => {
  it('indexes each batch when fed, and the finished index finds records from every batch', async () => {
    const records: ServiceRecord[] = [];
    const feed = indexAsTheyArrive(records);
    await readJsonInSlices(
      [{ name: 'Example shelter north' }, { name: 'Example legal clinic' }, { name: 'Example food pantry' }, { name: 'Example shelter south' }],
      {
        batchSize: 2,
        onBatch: (batch) => {
          records.push(...batch);
          feed.feed();
        },
      },
    );
    const index = await feed.done();
    const found = (query: string) => index.search(query).map((position) => records[position].name).sort();
    expect(found('shelter')).to.deep.equal(['Example shelter north', 'Example shelter south']);
    expect(found('pantry')).to.deep.equal(['Example food pantry']);
  });
});

describe('the reader worker', () => {
  it('reads a file off the main thread: the same records as the page would read, batch by batch', async () => {
    const batches: number[] = [];
    const inWorker = await readInWorker(HSDS, { signal: new AbortController().signal, onBatch: (records) => batches.push(records.length), lang: 'en', units: 'mi' });
    expect(inWorker, 'a same-origin worker runs here').to.not.equal(undefined);
    const { fetchData } = await import('../../src/resource-finder/load.js');
    // Records cross from the worker as JSON: the same data, without keys whose value is undefined.
    expect(inWorker).to.deep.equal(JSON.parse(JSON.stringify(await fetchData(HSDS))));
    expect(batches.at(-1)).to.equal(inWorker!.records.length);
    expect(performance.getEntriesByName('haven-finder:received').length).to.be.greaterThan(0);
  });

  it('reports the data\'s own failure (404) as a DataError, like the page would', async () => {
    const error = await readInWorker(`${FIXTURES}missing.json`, { signal: new AbortController().signal, lang: 'en', units: 'mi' }).catch((caught) => caught);
    expect(error.reason).to.equal('http');
    expect(error.message).to.contain('404');
  });

  it('when no worker can start (blocked by the page, or no Worker), the finder reads on the main thread', async () => {
    const original = window.Worker;
    const started: string[] = [];
    // A worker whose script cannot load, as under a policy that forbids workers...
    window.Worker = class extends original {
      constructor(url: string | URL, options?: WorkerOptions) {
        started.push(String(url));
        super(`${FIXTURES}missing-worker.js`, options);
      }
    };
    try {
      const el = await fixture<HavenResourceFinder>(html`<haven-resource-finder src=${HSDS}></haven-resource-finder>`);
      await el.ready;
      expect(started).to.have.length(1);
      expect(el.shadowRoot!.querySelectorAll('[part="card"]').length).to.be.greaterThan(0);
      // ...and no Worker at all.
      (window as { Worker?: unknown }).Worker = undefined;
      const plain = await fixture<HavenResourceFinder>(html`<haven-resource-finder src=${HSDS}></haven-resource-finder>`);
      await plain.ready;
      expect(plain.shadowRoot!.querySelectorAll('[part="card"]').length).to.equal(el.shadowRoot!.querySelectorAll('[part="card"]').length);
    } finally {
      window.Worker = original;
    }
  });

  it('ends the worker once the page\'s work with the records (`until`) is done, not as they arrive', async () => {
    const workers = watchWorkers();
    let finish = () => {};
    try {
      const pageWork = new Promise<void>((resolve) => (finish = resolve));
      const data = await readInWorker(HSDS, { signal: new AbortController().signal, lang: 'en', units: 'mi', until: pageWork });
      expect(data!.records.length).to.be.greaterThan(0);
      // Ending it frees all it read, work for its thread: not while the page still draws and indexes.
      await aTimeout(700);
      expect(workers.ended).to.equal(0);
      finish();
      await waitUntil(() => workers.ended > 0, 'the worker is ended', { timeout: 2000 });
      expect(workers.ended).to.equal(1);
    } finally {
      // A failed check must not leave the worker running into later tests.
      finish();
      workers.restore();
    }
  });

  it('a finder ends its worker once it has finished loading (here, a slow `near` ZIP): none is left running', async () => {
    let located = false;
    let locatedFirst: boolean | undefined;
    const workers = watchWorkers(() => (locatedFirst ??= located));
    const originalFetch = window.fetch;
    // The ZIP chunk (fetched by the page, not the worker) takes a second: loading ends after it.
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      const response = await originalFetch(...args);
      if (!String(args[0]).includes('/zips/')) return response;
      await aTimeout(1000);
      located = true;
      return response;
    };
    try {
      const el = await fixture<HavenResourceFinder>(html`<haven-resource-finder src=${HSDS} near="64106" zip-base=${ZIPS}></haven-resource-finder>`);
      await el.ready;
      await waitUntil(() => workers.ended > 0, 'the worker is ended', { timeout: 2000 });
      expect(workers.started).to.have.length(1);
      expect(workers.ended).to.equal(1);
      expect(locatedFirst, 'ended only once loading (the ZIP lookup included) was done').to.equal(true);
    } finally {
      workers.restore();
      window.fetch = originalFetch;
    }
  });

  it('stops the worker when the element is removed while reading', async () => {
    const workers = watchWorkers();
    try {
      // Removed before its worker could start (the worker's client is a lazy chunk): none starts.
      const early = document.createElement('haven-resource-finder');
      early.setAttribute('src', HSDS);
      document.body.append(early);
      await Promise.resolve();
      early.remove();
      await aTimeout(200);
      expect(workers.started).to.have.length(0);
      // Removed while its worker reads: the worker is stopped.
      const el = await fixture<HavenResourceFinder>(html`<haven-resource-finder src=${HSDS}></haven-resource-finder>`);
      await waitUntil(() => workers.started.length > 0, 'a worker starts', { timeout: 2000 });
      el.remove();
      await aTimeout(50);
      expect(workers.started).to.have.length(1);
      expect(workers.ended).to.equal(1);
    } finally {
      workers.restore();
    }
  });
});
