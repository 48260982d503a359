// 3. Quick exit: click → navigation call and click → first frame with the content hidden,
// p50/p95 over 30+ runs, beside a baseline click → next frame on a button that does nothing.
import { instrumentExit, summarizeExit } from '../quick-exit-timing.mjs';
import { launch, serve } from '../../test/e2e/harness.mjs';
import { quietPage } from './quiet.mjs';
import { percentile } from './stats.mjs';

const RUNS = 30;

export async function quickExitBench() {
  const browser = await launch();
  // The destination answers slowly, so the old page stays on screen and its frames can be watched.
  const destination = await serve({ '/': 'test/e2e/fixtures/destination' }, {}, {
    onRequest: async (request) => {
      if (request.url.includes('slow')) await new Promise((resolve) => setTimeout(resolve, 300));
    },
  });
  const partner = await serve({ '/dist/': 'dist', '/bench/': 'bench' });
  const navigation = [];
  const hidden = [];
  const baseline = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const page = await quietPage(context);
      const timing = await instrumentExit(page);
      await page.goto(`${partner.origin}/bench/pages/quick-exit.html?href=${encodeURIComponent(`${destination.origin}/?slow`)}`);
      await page.locator('haven-quick-exit [part="button"]').waitFor();
      // Baseline: the same kind of click on a button that does nothing, to the next frame.
      baseline.push(
        await page.evaluate(
          () =>
            new Promise((resolve) => {
              const button = document.getElementById('baseline');
              button.addEventListener('click', (event) => requestAnimationFrame((frame) => resolve(frame - event.timeStamp)), { once: true });
              button.click();
            }),
        ),
      );
      timing.length = 0;
      await page.locator('haven-quick-exit [part="button"]').click();
      await page.waitForURL((url) => url.origin === destination.origin);
      const summary = summarizeExit(timing);
      if (summary.activateToNavigate !== undefined) navigation.push(summary.activateToNavigate);
      if (summary.activateToHiddenFrame !== undefined) hidden.push(summary.activateToHiddenFrame);
      await context.close();
    }
  } finally {
    await browser.close();
    await Promise.all([partner.close(), destination.close()]);
  }
  return {
    runs: RUNS,
    navigationP50Ms: percentile(navigation, 0.5),
    navigationP95Ms: percentile(navigation, 0.95),
    hiddenFrameP50Ms: percentile(hidden, 0.5),
    hiddenFrameP95Ms: percentile(hidden, 0.95),
    baselineFrameP50Ms: percentile(baseline, 0.5),
    samples: { navigation: navigation.length, hidden: hidden.length },
  };
}
