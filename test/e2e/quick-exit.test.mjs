// The quick exit on a real page: leaving, the Referer, history, shortcuts, no-JS, hostile
// pages and a strict CSP. Two loopback origins: the "partner" site and the "destination".
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { formatExit, instrumentExit, summarizeExit } from '../../bench/quick-exit-timing.mjs';
import { axeViolations } from '../axe-options.mjs';
import { FIXTURES, launch, serve, watch } from './harness.mjs';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html haven";

describe('quick exit from dist/cdn on a partner page', () => {
  let browser;
  let partner;
  let strictPartner;
  let destination;
  /** Every request the destination received: { path, referer }. */
  const arrivals = [];

  /** Partner fixtures are templates: the destination's port is only known at run time. */
  function fillTemplate(request, response, headers = {}) {
    const url = new URL(request.url, 'http://partner');
    if (!url.pathname.startsWith('/fixtures/quick-exit') || !url.pathname.endsWith('.html')) return;
    const template = readFileSync(new URL(`./fixtures/${url.pathname.slice('/fixtures/'.length)}`, import.meta.url), 'utf8');
    const param = (name, fallback) => url.searchParams.get(name) ?? fallback;
    const page = template
      .replaceAll('{{HREF}}', param('href', `${destination.origin}/`))
      .replaceAll('{{ATTRS}}', param('attrs', ''))
      .replaceAll('{{SCRIPT}}', param('script', '/dist/cdn/quick-exit.js'))
      .replaceAll('{{EXTRA}}', param('extra', ''));
    // No `no-store`: it would keep pages out of the back-forward cache.
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
    response.end(page);
  }

  before(async () => {
    browser = await launch();
    destination = await serve({ '/': 'test/e2e/fixtures/destination' }, {}, {
      onRequest: async (request) => {
        const url = new URL(request.url, 'http://destination');
        if (url.pathname === '/favicon.ico') return;
        arrivals.push({ path: url.pathname + url.search, referer: request.headers.referer });
        // A slow destination keeps the old page alive long enough to watch its frames and to
        // deliver its last timing reports (they are lost if the page is gone first).
        await new Promise((resolve) => setTimeout(resolve, 400));
      },
    });
    partner = await serve(FIXTURES, {}, { onRequest: (request, response) => fillTemplate(request, response) });
    strictPartner = await serve(FIXTURES, { 'content-security-policy': STRICT_CSP }, {
      onRequest: (request, response) => fillTemplate(request, response, { 'content-security-policy': STRICT_CSP }),
    });
  });
  after(async () => {
    await browser?.close();
    await Promise.all([partner?.close(), strictPartner?.close(), destination?.close()]);
  });

  /** Open the partner page (after the partner's home page, so Back has somewhere to go). */
  async function open(params = {}, { contextOptions = {}, site = partner, home = true, upgraded = contextOptions.javaScriptEnabled !== false } = {}) {
    const context = await browser.newContext(contextOptions);
    const page = await context.newPage();
    const seen = watch(page);
    const timing = contextOptions.javaScriptEnabled === false ? [] : await instrumentExit(page);
    if (home) await page.goto(`${site.origin}/fixtures/quick-exit-home.html`);
    const query = new URLSearchParams(params).toString();
    const url = `${site.origin}/fixtures/quick-exit.html${query ? `?${query}` : ''}`;
    await page.goto(url);
    if (upgraded) await page.locator('haven-quick-exit [part="button"]').first().waitFor();
    arrivals.length = 0;
    return { context, page, seen, timing, url };
  }

  const atDestination = (page) => page.waitForURL((url) => url.origin === destination.origin);
  const exitButton = (page) => page.locator('haven-quick-exit [part="button"]').first();
  const pressShift = async (page, times = 3) => {
    for (let index = 0; index < times; index++) await page.keyboard.press('Shift');
  };
  /** Wait a moment and confirm nothing left the partner page. */
  async function assertStayed(page, url) {
    await page.waitForTimeout(400);
    assert.equal(page.url(), url);
    assert.deepEqual(arrivals, []);
    assert.equal(await page.evaluate(() => document.body.checkVisibility()), true);
  }

  it('a click replaces the page with the destination, which gets no Referer', async () => {
    const { context, page, seen } = await open();
    await exitButton(page).click();
    await atDestination(page);
    assert.equal(await page.title(), 'Weather (test destination)');
    assert.deepEqual(arrivals, [{ path: '/', referer: undefined }]);
    assert.deepEqual(seen.errors, []);
    await context.close();
  });

  it('hides the page, then navigates, then fires haven-exit — all in the click task (timings logged)', async () => {
    const { context, page, timing } = await open();
    await exitButton(page).click();
    await atDestination(page);
    const summary = summarizeExit(timing);
    console.log(`# quick exit, ${formatExit(summary)}`);
    const { navigation, exitEvent } = summary;
    assert.equal(summary.activation, 'click');
    assert.equal(navigation.sameTask, true, 'the navigation call is in the click task');
    assert.equal(navigation.hidden, true, 'content is hidden before the navigation call');
    assert.equal(navigation.title, 'Loading');
    assert.equal(navigation.referrerPolicy, 'no-referrer');
    assert.equal(navigation.type, 'replace');
    assert.ok(summary.activateToNavigate >= 0);
    assert.equal(summary.firstFrameHidden, true, 'the first frame after the click already has the content hidden');
    assert.equal(exitEvent.sameTask, true);
    assert.ok(exitEvent.t >= navigation.t, 'haven-exit after the navigation started');
    assert.deepEqual(exitEvent.detail, { via: 'button' });
    assert.equal(exitEvent.target, 'haven-quick-exit');
    await context.close();
  });

  it('history="replace" (default): history.length unchanged, and Back does not show the exited page', async () => {
    const { context, page, url } = await open();
    const before = await page.evaluate(() => history.length);
    await exitButton(page).click();
    await atDestination(page);
    assert.equal(await page.evaluate(() => history.length), before);
    await page.goBack();
    assert.notEqual(page.url(), url);
    assert.equal(page.url(), `${partner.origin}/fixtures/quick-exit-home.html`, 'Back shows the earlier page of the site (documented)');
    await context.close();
  });

  it('history="push": history grows; coming Back on purpose shows a usable page, no stuck screen', async () => {
    const { context, page, url } = await open({ attrs: 'history="push"' });
    const before = await page.evaluate(() => history.length);
    await exitButton(page).click();
    await atDestination(page);
    assert.equal(await page.evaluate(() => history.length), before + 1);
    const restored = page.evaluate(() => new Promise((resolve) => addEventListener('pageshow', (event) => resolve(event.persisted), { once: true }))).catch(() => 'reloaded');
    await page.goBack();
    assert.equal(page.url(), url);
    console.log(`# history="push", Back: ${(await Promise.race([restored, page.waitForTimeout(500).then(() => 'reloaded')])) === true ? 'restored from the back-forward cache' : 'page loaded again'}`);
    await exitButton(page).waitFor();
    assert.equal(await page.evaluate(() => document.body.checkVisibility()), true);
    assert.equal(await page.locator('haven-exit-screen').count(), 0);
    assert.equal(await page.title(), 'Help with trafficking — partner page (test)');
    await context.close();
  });

  it('Shift pressed 3 times exits (timings logged)', async () => {
    const { context, page, timing } = await open();
    await page.locator('main h1').click();
    await pressShift(page);
    await atDestination(page);
    const summary = summarizeExit(timing);
    console.log(`# quick exit, ${formatExit(summary)}`);
    assert.equal(summary.navigation.sameTask, true);
    assert.equal(summary.navigation.hidden, true);
    assert.deepEqual(summary.exitEvent.detail, { via: 'shift' });
    assert.deepEqual(arrivals.map((arrival) => arrival.referer), [undefined]);
    await context.close();
  });

  it('typing mixed-case text in an input does not exit', async () => {
    const { context, page, url } = await open();
    await page.locator('#message').click();
    for (const char of 'Hello World, I Am OK') {
      if (char !== char.toLowerCase()) {
        await page.keyboard.down('Shift');
        await page.keyboard.press(`Key${char}`);
        await page.keyboard.up('Shift');
      } else {
        await page.keyboard.type(char);
      }
    }
    assert.equal(await page.locator('#message').inputValue(), 'Hello World, I Am OK');
    await assertStayed(page, url);
    await context.close();
  });

  it('Shift presses further apart than the timeout do not exit', async () => {
    const { context, page, url } = await open({ attrs: 'shortcut-timeout="1000"' });
    for (let index = 0; index < 3; index++) {
      await page.keyboard.press('Shift');
      await page.waitForTimeout(1150);
    }
    await assertStayed(page, url);
    await context.close();
  });

  it('shortcut="none" does not exit on Shift or Escape', async () => {
    const { context, page, url } = await open({ attrs: 'shortcut="none"' });
    await pressShift(page, 4);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await assertStayed(page, url);
    await context.close();
  });

  it('shortcut="escape": Escape twice exits', async () => {
    const { context, page } = await open({ attrs: 'shortcut="escape"' });
    await page.locator('main h1').click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await atDestination(page);
    assert.equal(arrivals.length, 1);
    await context.close();
  });

  it('two elements on the page: Shift×3 makes exactly one navigation and one haven-exit', async () => {
    const extra = `<haven-quick-exit href="${destination.origin}/second" position="bottom"></haven-quick-exit>`;
    const { context, page, timing } = await open({ extra });
    assert.equal(await page.locator('#haven-quick-exit-skip-link').count(), 1, 'one skip link');
    await pressShift(page);
    await atDestination(page);
    await page.waitForTimeout(300);
    assert.deepEqual(arrivals.map((arrival) => arrival.path), ['/'], 'the first element in document order, once');
    assert.equal(timing.filter((entry) => entry.name === 'navigate').length, 1);
    assert.equal(timing.filter((entry) => entry.name === 'haven-exit').length, 1);
    await context.close();
  });

  it('refuses a javascript: href with a console warning and leaves for the default destination', async () => {
    const { context, page, seen, timing } = await open({ href: 'javascript:document.title="pwned"' });
    await page.route('https://www.wikipedia.org/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400)); // let the old page report first
      await route.fulfill({ contentType: 'text/html', body: '<title>Default destination stand-in</title>' });
    });
    assert.ok(seen.warnings.some((warning) => warning.includes('<haven-quick-exit> href')), seen.warnings.join('\n'));
    await exitButton(page).click();
    await page.waitForURL('https://www.wikipedia.org/');
    assert.equal(await page.title(), 'Default destination stand-in');
    assert.equal(timing.find((entry) => entry.name === 'navigate').title, 'Loading');
    await context.close();
  });

  it('the skip link is the first Tab stop, shows on focus, and exits with no Referer', async () => {
    const { context, page, timing } = await open();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ id: document.activeElement.id, height: document.activeElement.getBoundingClientRect().height }));
    assert.equal(focused.id, 'haven-quick-exit-skip-link');
    assert.ok(focused.height >= 44);
    assert.deepEqual(await axeViolations(page, '#haven-quick-exit-skip-link'), []);
    await page.keyboard.press('Enter');
    await atDestination(page);
    assert.deepEqual(arrivals, [{ path: '/', referer: undefined }]);
    assert.deepEqual(timing.find((entry) => entry.name === 'haven-exit').detail, { via: 'skip-link' });
    await context.close();
  });

  it('with JavaScript disabled, the fallback link leaves, with no Referer', async () => {
    const { context, page } = await open({}, { contextOptions: { javaScriptEnabled: false } });
    const link = page.locator('haven-quick-exit > a');
    assert.equal(await link.isVisible(), true);
    await link.click();
    await atDestination(page);
    assert.deepEqual(arrivals, [{ path: '/', referer: undefined }]);
    await context.close();
  });

  it('with the script blocked, the fallback link is there and works', async () => {
    const { context, page } = await open({ script: '/dist/cdn/does-not-exist.js' }, { upgraded: false });
    await page.locator('haven-quick-exit > a').click();
    await atDestination(page);
    assert.deepEqual(arrivals, [{ path: '/', referer: undefined }]);
    await context.close();
  });

  it('other scripts throwing, stopping key events and asking "Leave site?" do not stop the exit', async () => {
    const extra = '<script src="/fixtures/quick-exit-hostile.js"></script>';
    for (const how of ['click', 'shift']) {
      const { context, page, seen } = await open({ extra, script: '/dist/cdn/haven.js' });
      assert.ok(seen.errors.some((error) => error.includes('another script on the page failed')));
      const prompts = [];
      page.on('dialog', (dialog) => {
        prompts.push(dialog.type());
        return dialog.dismiss(); // "Stay": the exit would be stopped
      });
      await page.locator('#message').click();
      if (how === 'click') await exitButton(page).click();
      else await pressShift(page);
      await atDestination(page);
      assert.equal(arrivals.length, 1, how);
      assert.deepEqual(prompts, [], `${how}: no "Leave site?" prompt`);
      await context.close();
    }
  });

  it('a "Leave site?" listener added before Haven loaded: the browser asks; after "Stay" the blank screen exits again', async () => {
    const { context, page } = await open({ extra: '<script src="/fixtures/quick-exit-asks-first.js"></script>' });
    const answers = ['dismiss', 'accept'];
    const prompts = [];
    page.on('dialog', (dialog) => {
      prompts.push(dialog.type());
      return dialog[answers.shift()]();
    });
    await exitButton(page).click();
    await page.waitForTimeout(300);
    assert.deepEqual(prompts, ['beforeunload']);
    assert.equal(await page.evaluate(() => document.body.checkVisibility()), false, 'still hidden after "Stay"');
    await page.locator('haven-exit-screen').click({ noWaitAfter: true });
    await atDestination(page);
    assert.deepEqual(prompts, ['beforeunload', 'beforeunload']);
    await context.close();
  });

  it('works under a strict CSP (no inline styles, Trusted Types): hides, exits, no violations', async () => {
    const { context, page, seen, timing } = await open({}, { site: strictPartner });
    await page.evaluate(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.keyboard.press('Tab');
    const box = await page.evaluate(() => document.activeElement.getBoundingClientRect().height);
    assert.ok(box >= 44, 'the skip link is styled through the CSSOM, which CSP allows');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    await page.keyboard.press('Shift+Tab');
    await exitButton(page).click();
    await atDestination(page);
    const navigation = timing.find((entry) => entry.name === 'navigate');
    assert.equal(navigation.hidden, true, 'content hidden by the constructable stylesheet');
    assert.deepEqual(seen.errors.filter((error) => /Content Security Policy|TrustedHTML|Trusted Type/i.test(error)), []);
    assert.deepEqual(arrivals.map((arrival) => arrival.referer), [undefined]);
    await context.close();
  });

  it('before any exit: no request outside the page origin, no cookie, no storage; axe finds nothing', async () => {
    const { context, page, seen } = await open({ attrs: 'lang="es"' });
    await page.locator('haven-quick-exit-tips [part="summary"]').click();
    const outside = seen.requests.filter((url) => !url.startsWith(partner.origin));
    assert.deepEqual(outside, []);
    const state = await page.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }));
    assert.deepEqual(state, { cookie: '', local: 0, session: 0 });
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(seen.errors, []);
    await context.close();
  });
});
