// Shared set-up for end-to-end tests: Debian Chromium through playwright-core (no browser
// download), and loopback servers for the "partner" page and any other site.
import { chromium } from 'playwright-core';
import { chromiumArgs, requireChromium } from '../../scripts/chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';

export const FIXTURES = { '/dist/': 'dist', '/fixtures/': 'test/e2e/fixtures', '/': 'demo' };

/** Launch headless Chromium; pass `javaScriptEnabled: false` etc. through `contextOptions`. */
export async function launch() {
  return chromium.launch({ executablePath: requireChromium(), headless: true, args: chromiumArgs });
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
 * Record every request a page makes and every error it throws.
 * Returns live arrays the test can assert on.
 */
export function watch(page) {
  const requests = [];
  const errors = [];
  const warnings = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return { requests, errors, warnings };
}
