import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeViolations } from '../axe-options.mjs';
import { FIXTURES, browserSession, elementReady, serve, watch } from './harness.mjs';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html haven";

describe('resource finder from dist/cdn on the demo page', () => {
  const session = browserSession();
  const { open } = session;

  // Text content, not innerText: it does not depend on layout (innerText is empty for what is not
  // rendered, such as the hidden "no results").
  const texts = async (locator) => (await locator.allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
  const names = (page) => texts(page.locator('haven-resource-finder [part="card-name"]'));

  it('loads the HSDS file from src, searches, and sorts by distance from a typed ZIP, all on the device', async () => {
    const { context, page, seen } = await open('/');
    const finder = page.locator('haven-resource-finder');
    await elementReady(page);
    assert.deepEqual(seen.workers.map((url) => new URL(url).pathname), ['/dist/cdn/reader-worker.js'], 'read in the reader worker (same origin)');
    assert.equal((await names(page)).length, 12);
    const urlBefore = page.url();

    await finder.locator('#query').fill('legal');
    await page.waitForFunction(() => document.querySelector('haven-resource-finder').shadowRoot.querySelectorAll('[part="card"]').length === 2);
    assert.deepEqual(
      (await names(page)).sort(),
      ['Asesoría Legal Ejemplo / Example Immigration Legal Clinic', 'Example Lawrence Advocacy Office'].sort(),
    );

    await finder.locator('#query').fill('');
    await finder.locator('#zip').fill('66044');
    await finder.locator('button[type="submit"]').click();
    await page.waitForFunction(() => /within 25 mi of 66044/.test(document.querySelector('haven-resource-finder').shadowRoot.querySelector('[part="heading"]').textContent));
    assert.equal((await names(page))[0], 'Example Lawrence Advocacy Office');
    assert.equal(await page.evaluate(() => document.querySelector('haven-resource-finder').shadowRoot.activeElement?.getAttribute('part')), 'heading');

    await finder.locator('#radius').selectOption('100');
    await page.waitForTimeout(100);
    const distances = await texts(finder.locator('[part="badge"].distance'));
    const miles = distances.filter((words) => /mi away/.test(words)).map((words) => Number.parseFloat(words));
    assert.ok(miles.length > 5, distances.join(' | '));
    assert.deepEqual(miles, [...miles].sort((a, b) => a - b), 'nearest first');
    assert.ok(distances.includes('Serves your area'), 'the confidential shelter shows no distance');
    assert.ok(!(await finder.locator('[part="results"]').textContent()).includes('66044 Example'), 'no address for the confidential place');

    const outside = seen.requests.filter((url) => !url.startsWith(session.site.origin));
    assert.deepEqual(outside, []);
    const data = seen.requests.filter((url) => /\.(json|csv)(\?|$)/.test(url)).map((url) => new URL(url).pathname);
    assert.deepEqual(data, ['/data/kc-services.hsds.json', '/dist/cdn/zips/660.json']);
    assert.ok(seen.requests.some((url) => /\/dist\/cdn\/search-index-[\w-]+\.js$/.test(url)), 'the search chunk loads lazily');
    assert.ok(!seen.requests.some((url) => /\/dist\/cdn\/csv-/.test(url)), 'no CSV parser for JSON data');
    assert.equal(page.url(), urlBefore, 'the URL is untouched');
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0]);
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(await axeViolations(page, 'haven-resource-finder'), []);
    await context.close();
  });

  /**
   * The finder's script from a second loopback origin (a CDN, with CORS), on a page of the first.
   * `csp`: the page's policy, given the CDN's origin; `tamper`: the CDN serves reader-worker.js changed.
   */
  async function fromCdn({ csp, tamper = false, stall = false } = {}) {
    const cdn = await serve(FIXTURES, { 'access-control-allow-origin': '*' }, {
      onRequest: (request, response) => {
        if (request.url !== '/dist/cdn/reader-worker.js' || !(tamper || stall)) return false;
        response.writeHead(200, { 'content-type': 'text/javascript', 'access-control-allow-origin': '*' });
        // Stalled: headers, then nothing, for longer than the finder waits for the worker's code.
        if (stall) setTimeout(() => response.end(), 8000);
        else response.end('postMessage({ records: "[]" });');
        return true;
      },
    });
    const html = `<!doctype html><html lang="en"><head><title>CDN page</title><script type="module" src="${cdn.origin}/dist/cdn/resource-finder.js"></script></head>
      <body><main><haven-resource-finder src="/data/kc-services.hsds.json" zip-base="/dist/cdn/zips/"></haven-resource-finder></main></body></html>`;
    const headers = { 'content-type': 'text/html', ...(csp && { 'content-security-policy': csp(cdn.origin) }) };
    const site = await serve(FIXTURES, {}, {
      onRequest: (request, response) => request.url === '/cdn-page.html' && response.writeHead(200, headers).end(html),
    });
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const seen = watch(page);
    const violations = [];
    page.on('console', (message) => /Content Security Policy|Trusted Type/i.test(message.text()) && violations.push(message.text()));
    await page.goto(`${site.origin}/cdn-page.html`);
    await elementReady(page);
    return {
      page, seen, violations, cdn: cdn.origin, site: site.origin,
      readers: () => seen.requests.some((url) => url.startsWith(cdn.origin) && /\/load-[\w-]+\.js$/.test(url)),
      dataFetches: () => seen.requests.filter((url) => url.endsWith('/data/kc-services.hsds.json')).length,
      workerCode: () => seen.requests.filter((url) => url === `${cdn.origin}/dist/cdn/reader-worker.js`).length,
      close: async () => {
        await context.close();
        await Promise.all([cdn.close(), site.close()]);
      },
    };
  }

  it('with the script on another origin (a CDN), reads in a worker started from its checked code (a blob: URL of the page)', async () => {
    const { page, seen, site, readers, dataFetches, workerCode, close } = await fromCdn();
    try {
      assert.equal((await names(page)).length, 12);
      assert.equal(seen.workers.length, 1);
      assert.match(seen.workers[0], new RegExp(`^blob:${site}/`), 'a worker of the page, made from the CDN file');
      assert.equal(workerCode(), 1);
      assert.equal(dataFetches(), 1);
      assert.ok(!readers(), 'the page did not load its own readers');
      assert.deepEqual(seen.errors, []);
      // Once read, the worker's code is released: its blob: URL no longer loads.
      assert.equal(await page.evaluate((url) => fetch(url).then(() => 'alive', () => 'revoked'), seen.workers[0]), 'revoked');
    } finally {
      await close();
    }
  });

  it('from a CDN whose reader-worker.js changed, starts no worker from it and reads on the main thread', async () => {
    const { page, seen, readers, close } = await fromCdn({ tamper: true });
    try {
      assert.equal((await names(page)).length, 12, 'same results');
      assert.deepEqual(seen.workers, []);
      assert.ok(readers(), 'the readers load as a chunk instead');
      // Chromium reports the refused digest; nothing else goes wrong.
      assert.deepEqual(seen.errors.filter((error) => !/integrity/i.test(error)), []);
    } finally {
      await close();
    }
  });

  it("from a CDN under a page policy with worker-src blob: and Trusted Types (as the README shows): the worker starts, no violation", async () => {
    const csp = (cdn) => `default-src 'self'; script-src 'self' ${cdn}; connect-src 'self' ${cdn}; worker-src blob:; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html haven`;
    const { page, seen, violations, readers, close } = await fromCdn({ csp });
    try {
      assert.equal((await names(page)).length, 12);
      assert.equal(seen.workers.length, 1);
      assert.ok(!readers());
      assert.deepEqual(violations, []);
      assert.deepEqual(seen.errors, []);
    } finally {
      await close();
    }
  });

  it("from a CDN under a page policy without blob: workers: reads on the main thread, same results", async () => {
    const csp = (cdn) => `default-src 'self'; script-src 'self' ${cdn}; connect-src 'self' ${cdn}; style-src 'self'`;
    const { page, seen, violations, readers, dataFetches, workerCode, close } = await fromCdn({ csp });
    try {
      assert.equal((await names(page)).length, 12);
      assert.equal(workerCode(), 1, 'a worker was tried');
      assert.deepEqual(seen.workers, []);
      assert.ok(readers(), 'the readers load as a chunk instead');
      assert.equal(dataFetches(), 1, 'the data is fetched once');
      // The browser reports the refused worker once; the finder reads anyway.
      assert.ok(violations.length <= 1 && violations.every((text) => /worker-src|script-src/.test(text)), violations.join('\n'));
    } finally {
      await close();
    }
  });

  it('from a CDN that stalls on reader-worker.js, reads on the page after a few seconds instead of waiting', async () => {
    const started = Date.now();
    const { page, seen, readers, dataFetches, close } = await fromCdn({ stall: true });
    try {
      assert.equal((await names(page)).length, 12);
      assert.ok(Date.now() - started < 8000, `read in ${Date.now() - started} ms, before the worker's code ended`);
      assert.deepEqual(seen.workers, []);
      assert.ok(readers());
      assert.equal(dataFetches(), 1);
    } finally {
      await close();
    }
  });

  it('shows the light-DOM fallback with the hotline when JavaScript is off', async () => {
    const { context, page } = await open('/', { javaScriptEnabled: false });
    const fallback = page.locator('haven-resource-finder a[href="tel:+18883737888"]');
    assert.equal(await fallback.isVisible(), true);
    await context.close();
  });

  it('reads inline CSV, in Spanish, loading the CSV parser only then', async () => {
    const { context, page, seen } = await open('/fixtures/finder-csv.html');
    const finder = page.locator('haven-resource-finder');
    await elementReady(page);
    assert.deepEqual(await names(page), ['Refugio Ejemplo, Centro', 'Clínica Ejemplo']);
    assert.equal((await finder.locator('[part="heading"]').innerText()).trim(), '2 servicios');
    assert.ok(seen.requests.some((url) => /\/dist\/cdn\/csv-[\w-]+\.js$/.test(url)));
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(await axeViolations(page, 'haven-resource-finder'), []);
    await context.close();
  });
});

describe('resource finder under a strict Content Security Policy with Trusted Types', () => {
  const session = browserSession(FIXTURES, { 'content-security-policy': STRICT_CSP });

  it('loads, searches (lazy chunk) and looks up a ZIP with no violation', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const seen = watch(page);
    const violations = [];
    page.on('console', (message) => /Content Security Policy|Trusted Type/i.test(message.text()) && violations.push(message.text()));
    await page.goto(`${session.site.origin}/fixtures/finder-strict.html`);
    const finder = page.locator('haven-resource-finder');
    await page.waitForFunction(() => /within 25 mi of 64106/.test(document.querySelector('haven-resource-finder')?.shadowRoot?.querySelector('[part="heading"]')?.textContent ?? ''));
    await finder.locator('#query').fill('sheltr');
    await page.waitForFunction(() => document.querySelector('haven-resource-finder').shadowRoot.querySelectorAll('[part="card"]').length === 3);
    assert.deepEqual(seen.workers.map((url) => new URL(url).pathname), ['/dist/cdn/reader-worker.js'], "script-src 'self' allows the reader worker");
    assert.deepEqual(violations, []);
    assert.deepEqual(seen.errors, []);
    await context.close();
  });

  it("reads CSV with no 'unsafe-eval' (the CSV parser's row maker is not used)", async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const seen = watch(page);
    const violations = [];
    page.on('console', (message) => /Content Security Policy|Trusted Type|unsafe-eval/i.test(message.text()) && violations.push(message.text()));
    await page.goto(`${session.site.origin}/fixtures/finder-csv.html`);
    // Cards, or the error message (not "Loading…", which is a message too).
    await page.locator('haven-resource-finder [part="card"], haven-resource-finder [part="message"].problem').first().waitFor();
    assert.deepEqual(await page.locator('haven-resource-finder [part="card-name"]').allTextContents(), ['Refugio Ejemplo, Centro', 'Clínica Ejemplo']);
    assert.deepEqual(violations, []);
    assert.deepEqual(seen.errors, []);
    await context.close();
  });
});
