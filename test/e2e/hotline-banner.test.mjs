import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { browserSession, layoutShift } from './harness.mjs';

describe('hotline banner from dist/cdn/haven.js on a plain page', () => {
  const session = browserSession();
  const { open } = session;

  it('shows the US hotline with call, text, chat and copy', async () => {
    const { context, page, seen } = await open('/fixtures/banner.html');
    const call = page.locator('haven-hotline-banner [part~="call"]');
    await call.waitFor();
    assert.equal(await call.getAttribute('href'), 'tel:+18883737888');
    assert.match(await call.innerText(), /1-888-373-7888/);
    assert.equal(await page.locator('haven-hotline-banner [part~="text"]').innerText(), 'Text HELP to 233733');
    assert.equal(await page.locator('haven-hotline-banner [part~="text"]').getAttribute('href'), 'sms:233733?&body=HELP');
    assert.match(await page.locator('haven-hotline-banner [part~="chat"]').getAttribute('href'), /^https:\/\//);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.site.origin });
    await page.locator('haven-hotline-banner [part~="copy"]').click();
    await page.waitForFunction(() => document.getElementById('haven-announcer')?.textContent?.includes('copied'));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), '1-888-373-7888');
    assert.deepEqual(seen.errors, []);
    await context.close();
  });

  it('hides the fallback after upgrade so the number is not shown twice', async () => {
    const { context, page } = await open('/fixtures/banner.html');
    await page.locator('haven-hotline-banner [part~="call"]').waitFor();
    assert.equal(await page.locator('haven-hotline-banner > a').isVisible(), false);
    await context.close();
  });

  it('makes no request outside the page origin, and writes no cookie or storage', async () => {
    const { context, page, seen } = await open('/fixtures/banner.html');
    await page.locator('haven-hotline-banner [part~="call"]').waitFor();
    await page.locator('haven-hotline-banner [part~="copy"]').click();
    await page.waitForTimeout(100);
    const outside = seen.requests.filter((url) => !url.startsWith(session.site.origin));
    assert.deepEqual(outside, []);
    const state = await page.evaluate(() => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
    }));
    assert.deepEqual(state, { cookie: '', local: 0, session: 0 });
    assert.deepEqual(await context.cookies(), []);
    await context.close();
  });

  // A module script runs after the first paint, so the page shows the one-line fallback
  // first; the shift is what remains when the full banner replaces it. The README shows
  // how a partner reserves the space for a true 0. Budget: "good" by a wide margin.
  it('causes at most a negligible layout shift when it upgrades (CLS < 0.01)', async () => {
    const { context, page } = await open('/fixtures/banner.html');
    await page.locator('haven-hotline-banner [part~="call"]').waitFor();
    const cls = await layoutShift(page);
    console.log(`# CLS on upgrade: ${cls}`);
    assert.ok(cls < 0.01, `CLS ${cls}`);
    await context.close();
  });

  it('is in Spanish on a page with <html lang="es">', async () => {
    const { context, page } = await open('/fixtures/banner-es.html');
    const call = page.locator('haven-hotline-banner [part~="call"]');
    await call.waitFor();
    assert.equal((await call.innerText()).trim(), 'Llame al 1-888-373-7888');
    assert.equal((await page.locator('haven-hotline-banner [part~="copy"]').innerText()).trim(), 'Copiar número');
    await context.close();
  });

  it('with JavaScript disabled, the fallback tel: link is there and visible', async () => {
    const { context, page } = await open('/fixtures/banner.html', { javaScriptEnabled: false });
    const link = page.locator('haven-hotline-banner > a[href="tel:+18883737888"]');
    assert.equal(await link.isVisible(), true);
    assert.match(await page.locator('haven-hotline-banner').innerText(), /text HELP to 233733/);
    await context.close();
  });

  it('with the script blocked and another script throwing, the fallback still works', async () => {
    const { context, page } = await open('/fixtures/banner-blocked.html');
    await page.waitForTimeout(200);
    assert.equal(await page.locator('haven-hotline-banner > a[href="tel:+18883737888"]').isVisible(), true);
    await context.close();
  });

  it('loading haven.js and hotline-banner.js together defines once and loads Lit once', async () => {
    const { context, page, seen } = await open('/fixtures/banner-twice.html');
    await page.locator('haven-hotline-banner [part~="call"]').waitFor();
    assert.deepEqual(seen.errors, []);
    assert.equal(seen.requests.filter((url) => /\/lit-[\w-]+\.js$/.test(url)).length, 1);
    await context.close();
  });
});
