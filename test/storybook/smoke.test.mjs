// Opens every story of the static Storybook build in Chromium and fails on any console
// error, uncaught exception or axe violation (WCAG A/AA + target-size).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { axeViolations } from '../axe-options.mjs';
import { launch, serve, watch } from '../e2e/harness.mjs';

const index = JSON.parse(readFileSync(new URL('../../storybook-static/index.json', import.meta.url), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

describe('Storybook: every story renders cleanly', { concurrency: 3 }, () => {
  let browser;
  let site;
  let context;
  before(async () => {
    browser = await launch();
    // Storybook's bundles are large: let the browser cache them between stories.
    site = await serve({ '/': 'storybook-static' }, { 'cache-control': 'max-age=600' });
    context = await browser.newContext();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('has stories', () => assert.ok(stories.length > 0));

  for (const story of stories) {
    it(`${story.title} / ${story.name}`, async () => {
      const page = await context.newPage();
      const seen = watch(page);
      await page.goto(`${site.origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`);
      // (the addon's own automatic axe run is off here: this test runs axe itself)
      await page.waitForFunction(() => document.body.classList.contains('sb-show-main') || document.body.classList.contains('sb-show-errordisplay'));
      await page.evaluate(async () => {
        for (const element of document.querySelectorAll('#storybook-root *')) await element.updateComplete;
      });
      const shownError = await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'));
      assert.equal(shownError, false, 'Storybook showed its error display');
      assert.deepEqual(seen.errors, []);
      assert.deepEqual(await axeViolations(page, '#storybook-root'), []);
      await page.close();
    });
  }
});
