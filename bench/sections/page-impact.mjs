// 2. Page impact: a plain partner page with all four elements vs the same page without
// Haven's script (fallbacks only), CPU throttled 4× through the DevTools protocol.
import { launch, serve } from '../../test/e2e/harness.mjs';
import { quietPage } from './quiet.mjs';

const RUNS = 5;
const TAGS = ['haven-hotline-banner', 'haven-quick-exit', 'haven-faq', 'haven-resource-finder'];

/** Observers installed before any page script: long tasks, layout shifts, upgrade time. */
const observe = (tags) => {
  window.__bench = { longTasks: [], cls: 0, upgraded: undefined };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__bench.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  Promise.all(tags.map((tag) => customElements.whenDefined(tag)))
    .then(() => Promise.all(tags.flatMap((tag) => [...document.querySelectorAll(tag)].map((el) => el.updateComplete))))
    .then(() => (window.__bench.upgraded = performance.now()));
};

async function measure(owner, url, waitForUpgrade) {
  const page = await quietPage(owner);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(observe, TAGS);
  await page.goto(url, { waitUntil: 'load' });
  if (waitForUpgrade) await page.waitForFunction(() => window.__bench.upgraded !== undefined, null, { timeout: 30000 });
  await page.waitForTimeout(1000);
  const result = await page.evaluate(() => ({
    tbt: window.__bench.longTasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
    cls: window.__bench.cls,
    upgraded: window.__bench.upgraded,
  }));
  await page.close();
  return result;
}

import { median } from './stats.mjs';

export async function pageImpact() {
  const browser = await launch();
  const site = await serve({ '/dist/': 'dist', '/bench/': 'bench', '/data/': 'demo/data' });
  try {
    const url = `${site.origin}/bench/pages/partner.html`;
    const withHaven = [];
    const without = [];
    for (let run = 0; run < RUNS; run++) {
      withHaven.push(await measure(browser, url, true));
      // The same page with the script request blocked: what a partner page costs on its own.
      const page = url;
      const context = await browser.newContext();
      await context.route('**/dist/cdn/**', (route) => route.abort());
      without.push(await measure(context, page, false));
      await context.close();
    }
    const tbtWith = median(withHaven.map((r) => r.tbt));
    const tbtWithout = median(without.map((r) => r.tbt));
    return {
      runs: RUNS,
      cpuThrottling: 4,
      tbtWithHavenMs: tbtWith,
      tbtWithoutMs: tbtWithout,
      tbtAddedMs: tbtWith - tbtWithout,
      clsWithHaven: median(withHaven.map((r) => r.cls)),
      clsWithout: median(without.map((r) => r.cls)),
      allUpgradedMs: median(withHaven.map((r) => r.upgraded)),
    };
  } finally {
    await browser.close();
    await site.close();
  }
}
