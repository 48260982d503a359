// Shared set-up for end-to-end tests: Debian Chromium through playwright-core (no browser
// download), and loopback servers for the "partner" page and any other site.
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumArgs, requireChromium } from '../../scripts/chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';

export const FIXTURES = { '/dist/': 'dist', '/fixtures/': 'test/e2e/fixtures', '/': 'demo' };

/** Launch headless Chromium (`extraArgs`: more command-line switches, e.g. for the bench). */
export async function launch(extraArgs = []) {
  return chromium.launch({ executablePath: requireChromium(), headless: true, args: [...chromiumArgs, ...extraArgs] });
}

/**
 * Serve `mounts` on 127.0.0.1 with an ephemeral port; returns { server, origin, close }.
 * `onRequest` sees every request first (see scripts/serve.mjs).
 */
export async function serve(mounts = FIXTURES, headers = {}, { onRequest } = {}) {
  const server = await startServer({ mounts, headers, onRequest });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { server, origin, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * Record every request a page makes, every error it throws and every worker it starts.
 * Returns live arrays the test can assert on.
 */
export function watch(page) {
  const requests = [];
  const errors = [];
  const warnings = [];
  const workers = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('worker', (worker) => workers.push(worker.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return { requests, errors, warnings, workers };
}

/**
 * Wait until the page's first `tag` element is upgraded, drawn and, where it has `ready` (the resource
 * finder), ready: for the finder, its data read and indexed (or failed) and every card of the first page
 * drawn. Its first card alone is not enough to count cards: the rest follow a few per task, later still on
 * a busy machine. Fails after `timeout` ms, saying what it waited for, instead of waiting for ever.
 */
export function elementReady(page, tag = 'haven-resource-finder', timeout = 30_000) {
  return page.evaluate(
    ([tag, timeout]) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`<${tag}> not ready after ${timeout} ms`)), timeout);
        (async () => {
          await customElements.whenDefined(tag);
          const element = document.querySelector(tag);
          if (!element) throw new Error(`no <${tag}> on the page`);
          await element.updateComplete;
          await element.ready;
          return true;
        })()
          .then(resolve, reject)
          .finally(() => clearTimeout(timer));
      }),
    [tag, timeout],
  );
}

/**
 * One browser and one loopback site (with `headers` on every response, e.g. a CSP) for a
 * `describe` block, closed after it.
 * `open(path, contextOptions, prepare)` gives a fresh context and page, watched (see `watch`);
 * `prepare(page)` runs before the page loads (init scripts, routes); its result is `prepared`.
 */
export function browserSession(mounts = FIXTURES, headers = {}) {
  const session = {
    browser: undefined,
    site: undefined,
    async open(path, contextOptions = {}, prepare = async () => undefined) {
      const context = await session.browser.newContext(contextOptions);
      const page = await context.newPage();
      const seen = watch(page);
      const prepared = await prepare(page);
      await page.goto(session.site.origin + path);
      return { context, page, seen, prepared };
    },
  };
  before(async () => {
    session.browser = await launch();
    session.site = await serve(mounts, headers);
  });
  after(async () => {
    await session.browser?.close();
    await session.site?.close();
  });
  return session;
}

/** The page's cumulative layout shift so far (shifts not caused by input), after `settleMs`. */
export function layoutShift(page, settleMs = 300) {
  return page.evaluate(
    (wait) =>
      new Promise((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), wait);
      }),
    settleMs,
  );
}

/** The quick exit's destination on the demo page (demo/index.html). */
export const DEMO_EXIT = 'https://www.weather.gov/eax/';

/**
 * Answer `url`'s site inside the browser (the network is closed), after 400 ms so the old
 * page's last reports arrive first; resolves to a promise of the page having arrived there.
 */
export async function answerExit(page, url = DEMO_EXIT) {
  const { origin } = new URL(url);
  await page.route(`${origin}/**`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather (test destination)</title>' });
  });
  return () => page.waitForURL((arrived) => arrived.origin === origin);
}

/** Serve the page at `path` with `markup` added at the end of its <body> (its headers kept). */
export async function appendToBody(page, path, markup) {
  await page.route((url) => url.pathname === path, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('</body>', `${markup}\n  </body>`);
    await route.fulfill({ response, body });
  });
}
