// Subresource Integrity in Chromium, with the hashes and import map the build generates (the
// README's pinned snippet, pointed at a loopback "CDN"): the pinned page runs; a changed file
// is refused — the entry by the tag's `integrity`, its imports and lazy chunks only through the
// import map — and the light-DOM fallback link stays when Haven is refused.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { cdnIntegrity, importMap } from '../../scripts/integrity.mjs';
import { FIXTURES, launch, serve, watch } from './harness.mjs';

describe('Subresource Integrity for the CDN files', () => {
  let browser;
  let site;
  const integrity = cdnIntegrity();
  const chunk = (name) => Object.keys(integrity).find((file) => new RegExp(`^${name}-[\\w-]+\\.js$`).test(file));
  /** CDN files the "CDN" serves changed (one byte more), as a compromised CDN would. */
  const tampered = new Set();

  /** A partner page: the pinned snippet (optionally without its import map) and a fallback link. */
  function partnerPage(withImportMap) {
    const base = `${site.origin}/dist/cdn/`;
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pinned Haven (fictitious partner)</title>
${withImportMap ? `<script type="importmap">\n${importMap(integrity, base)}\n</script>` : ''}
<script type="module" src="${base}haven.js" integrity="${integrity['haven.js']}" crossorigin="anonymous"></script>
</head><body>
<haven-hotline-banner><a href="tel:+18883737888">Call 1-888-373-7888</a> or text HELP to 233733</haven-hotline-banner>
</body></html>`;
  }

  before(async () => {
    browser = await launch();
    site = await serve(FIXTURES, {}, {
      onRequest(request, response) {
        const { pathname } = new URL(request.url, 'http://site');
        if (pathname === '/pinned.html' || pathname === '/pinned-no-map.html') {
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
          response.end(partnerPage(pathname === '/pinned.html'));
          return;
        }
        const name = pathname.slice('/dist/cdn/'.length);
        if (pathname.startsWith('/dist/cdn/') && tampered.has(name)) {
          response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
          response.end(`${readFileSync(new URL(`../../dist/cdn/${name}`, import.meta.url), 'utf8')}\n/* changed */`);
        }
      },
    });
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  async function open(path, tamperWith = []) {
    tampered.clear();
    for (const name of tamperWith) tampered.add(name);
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto(site.origin + path);
    return { context, page, seen };
  }
  const upgraded = (page) => page.evaluate(() => Boolean(document.querySelector('haven-hotline-banner').shadowRoot));
  const fallbackVisible = (page) => page.getByRole('link', { name: 'Call 1-888-373-7888' }).isVisible();
  const integrityErrors = (seen) => seen.errors.filter((message) => /integrity/i.test(message));
  /** Wait (up to 10 s) for Chromium to report a refused file; then the outcome is settled. */
  async function refused(seen) {
    for (let waited = 0; !integrityErrors(seen).length && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(integrityErrors(seen).length, `no integrity error: ${seen.errors.join('\n')}`);
  }

  it('the pinned snippet loads: every hash matches the file served', async () => {
    const { context, page, seen } = await open('/pinned.html');
    await page.locator('haven-hotline-banner [part~="call"]').waitFor();
    // A lazy chunk, imported as the finder or FAQ would, passes its import-map hash too.
    const lazy = await page.evaluate((url) => import(url).then(() => 'loaded', (error) => String(error)), `${site.origin}/dist/cdn/${chunk('csv')}`);
    assert.equal(lazy, 'loaded');
    assert.deepEqual(seen.errors, []);
    await context.close();
  });

  it('a changed haven.js is refused by the tag’s integrity; the fallback link stays', async () => {
    const { context, page, seen } = await open('/pinned.html', ['haven.js']);
    await refused(seen);
    assert.equal(await upgraded(page), false);
    assert.ok(await fallbackVisible(page));
    await context.close();
  });

  it('a changed Lit chunk is refused through the import map; nothing of Haven runs and the fallback stays', async () => {
    const { context, page, seen } = await open('/pinned.html', [chunk('lit')]);
    await refused(seen);
    assert.equal(await upgraded(page), false);
    assert.ok(await fallbackVisible(page));
    await context.close();
  });

  it('a changed lazy chunk is refused through the import map while the page keeps working', async () => {
    const { context, page, seen } = await open('/pinned.html', [chunk('csv')]);
    await page.locator('haven-hotline-banner [part~="call"]').waitFor();
    const lazy = await page.evaluate((url) => import(url).then(() => 'loaded', () => 'refused'), `${site.origin}/dist/cdn/${chunk('csv')}`);
    assert.equal(lazy, 'refused');
    await refused(seen);
    await context.close();
  });

  it('without the import map, the tag’s integrity does not cover imported files (why the README shows both)', async () => {
    const { context, page, seen } = await open('/pinned-no-map.html', [chunk('lit')]);
    await page.locator('haven-hotline-banner [part~="call"]').waitFor();
    assert.deepEqual(seen.errors, []);
    await context.close();
  });
});
