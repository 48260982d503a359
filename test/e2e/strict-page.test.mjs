// All four components on one partner page (the demo) under the strictest policy Haven
// promises to work under: no inline script or style, Trusted Types enforced with only
// Lit's policy and Haven's own. The README's "Content Security Policy" section documents it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { instrumentExit } from '../../bench/quick-exit-timing.mjs';
import { FIXTURES, answerExit, browserSession } from './harness.mjs';

const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html haven";

const inFinder = (selector) => `haven-resource-finder >> ${selector}`;

describe('all four components on one page under a strict CSP with Trusted Types', () => {
  const session = browserSession(FIXTURES, { 'content-security-policy': STRICT_CSP });

  /** The demo page, with every `securitypolicyviolation` event recorded from the first byte. */
  async function openStrictPage() {
    const { context, page, seen, prepared } = await session.open('/', {}, async (page) => {
      await page.addInitScript(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (event) =>
          window.__violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`),
        );
      });
      return { timing: await instrumentExit(page), arrived: await answerExit(page) };
    });
    return { context, page, seen, ...prepared };
  }

  it('every component renders and works, with no violation and no console error', async () => {
    const { context, page, seen } = await openStrictPage();
    // Banner: its links, and copying the number (through the one live region).
    const call = page.locator('haven-hotline-banner [part~="call"]');
    await call.waitFor();
    assert.equal(await call.getAttribute('href'), 'tel:+18883737888');
    assert.equal(await page.locator('haven-hotline-banner [part~="text"]').getAttribute('href'), 'sms:233733?&body=HELP');
    assert.match(await page.locator('haven-hotline-banner [part~="chat"]').getAttribute('href'), /^https:\/\//);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.site.origin });
    await page.locator('haven-hotline-banner [part~="copy"]').click();
    await page.waitForFunction(() => document.getElementById('haven-announcer')?.textContent?.includes('copied'));

    // FAQ: a question opens; search filters; the JSON-LD block is written (Haven's policy).
    const question = page.locator('#faq-immigration .haven-faq-button');
    await question.click();
    assert.equal(await question.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.getByText('whatever your immigration status').isVisible(), true);
    await page.locator('haven-faq [part~="search-input"]').fill('coworker');
    await page.waitForFunction(() => document.querySelector('#faq-immigration').hidden);
    assert.equal(await page.locator('#faq-someone-else').isVisible(), true);
    assert.equal(await page.locator('script[type="application/ld+json"]').count(), 1);

    // Quick exit tips open (a disclosure in a shadow root).
    await page.locator('haven-quick-exit-tips [part="summary"]').click();
    assert.equal(await page.locator('haven-quick-exit-tips [part="list"]').isVisible(), true);

    // Finder: the src data, a typo only the lazily loaded search engine forgives, a ZIP chunk.
    await page.locator(inFinder('[part="card"]')).first().waitFor();
    await page.locator(inFinder('#query')).fill('sheltr');
    await page.waitForFunction(() => document.querySelector('haven-resource-finder').shadowRoot.querySelectorAll('[part="card"]').length === 3);
    await page.locator(inFinder('#zip')).fill('66044');
    await page.waitForFunction(() => /within 25 mi of 66044/.test(document.querySelector('haven-resource-finder').shadowRoot.querySelector('[part="heading"]').textContent));
    assert.ok(seen.requests.some((url) => /\/dist\/cdn\/search-index-[\w-]+\.js$/.test(url)), 'the search chunk loaded');
    assert.ok(seen.requests.some((url) => url.endsWith('/dist/cdn/zips/660.json')), 'the ZIP chunk loaded');

    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(seen.errors, []);
    await context.close();
  });

  it('the quick exit hides the page (constructable stylesheet) and leaves, with no violation', async () => {
    const { context, page, timing, arrived, seen } = await openStrictPage();
    const exit = page.locator('haven-quick-exit [part="button"]');
    await exit.waitFor();
    // The skip link is styled through the CSSOM, which the policy allows.
    await page.keyboard.press('Tab');
    assert.ok((await page.evaluate(() => document.activeElement.getBoundingClientRect().height)) >= 44);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    await exit.click();
    await arrived();
    const navigation = timing.find((entry) => entry.name === 'navigate');
    assert.equal(navigation.hidden, true, 'the page was hidden before the navigation call');
    assert.equal(navigation.url, 'https://www.weather.gov/eax/');
    assert.deepEqual(seen.errors, []);
    await context.close();
  });
});
