// When parts of a partner page fail — a lazy chunk, another script, one of Haven's own
// components, or the whole script — the hotline and the quick exit keep working, and every
// other component degrades with a plain message instead of breaking. All on the demo page,
// which has all four components (the quick exit's single-component cases are in
// quick-exit.test.mjs, the banner's in hotline-banner.test.mjs).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeViolations } from '../axe-options.mjs';
import { answerExit, appendToBody, browserSession, elementReady } from './harness.mjs';

const finder = (page) => page.locator('haven-resource-finder');
// Text content, not innerText: it does not depend on layout (innerText is empty for what is not rendered).
const cardNames = async (page) => (await finder(page).locator('[part="card-name"]').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
const cardsShown = (count) => document.querySelector('haven-resource-finder').shadowRoot.querySelectorAll('[part="card"]').length === count;

/** Uncaught errors only (a failed request also logs a console error, which is expected here). */
function pageErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Poll `condition` (in Node) for up to 5 s: errors reach the test a moment after they happen. */
async function eventually(condition) {
  for (let waited = 0; !condition() && waited < 5000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  return condition();
}

/** The hotline is on screen and can be called. */
async function assertHotlineShown(page) {
  // The page's own hotline (the finder's "no results" one is drawn ahead, hidden).
  const call = page.locator('haven-hotline-banner [part~="call"]:visible');
  assert.equal(await call.isVisible(), true);
  assert.equal(await call.getAttribute('href'), 'tel:+18883737888');
}

describe('failure isolation on a page with all four components', () => {
  const session = browserSession();

  it('the search engine chunk failing to load: the finder still finds (plain matching) and says so', async () => {
    const { context, page, seen, prepared: errors } = await session.open('/', {}, async (page) => {
      // The finder's search chunk (the index and MiniSearch's radix tree), whatever its hashed name: a 404.
      await page.route(/\/dist\/cdn\/search-index-[\w-]+\.js$/, (route) => route.fulfill({ status: 404, body: 'Not found' }));
      return pageErrors(page);
    });
    const note = finder(page).locator('#query-basic');
    await note.waitFor();
    assert.match(await note.innerText(), /only words spelled as in the listings are found/);
    assert.match(await finder(page).locator('#query').getAttribute('aria-describedby'), /\bquery-basic\b/);
    await finder(page).locator('#query').fill('legal');
    await page.waitForFunction(cardsShown, 2);
    assert.deepEqual((await cardNames(page)).sort(), ['Asesoría Legal Ejemplo / Example Immigration Legal Clinic', 'Example Lawrence Advocacy Office'].sort());
    assert.ok(seen.warnings.some((warning) => /<haven-resource-finder> src: search index unavailable/.test(warning)), seen.warnings.join('\n'));
    assert.deepEqual(errors, []);
    assert.deepEqual(await axeViolations(page, 'haven-resource-finder'), []);
    await assertHotlineShown(page);
    await context.close();
  });

  it('the ZIP chunk failing to load: a message, no distances, the results still shown', async () => {
    const { context, page, prepared: errors } = await session.open('/', {}, async (page) => {
      await page.route('**/dist/cdn/zips/**', (route) => route.abort());
      return pageErrors(page);
    });
    await elementReady(page);
    await finder(page).locator('#zip').fill('66044');
    const message = finder(page).getByText('ZIP codes cannot be looked up right now, so results are not sorted by distance.');
    await message.waitFor();
    assert.equal((await cardNames(page)).length, 12);
    assert.equal(await finder(page).locator('[part="badge"].distance').count(), 0);
    assert.doesNotMatch(await finder(page).locator('[part="heading"]').innerText(), /within/);
    assert.deepEqual(errors, []);
    assert.deepEqual(await axeViolations(page, 'haven-resource-finder'), []);
    await context.close();
  });

  it('another script throwing at load and in its event handlers: every component works, the exit leaves', async () => {
    const { context, page, prepared } = await session.open('/', {}, async (page) => {
      await appendToBody(page, '/', '<script src="/fixtures/quick-exit-hostile.js"></script>');
      return { errors: pageErrors(page), arrived: await answerExit(page) };
    });
    page.on('dialog', (dialog) => dialog.dismiss()); // "Stay", if anything asked
    await finder(page).locator('[part="card"]').first().waitFor();
    assert.ok(prepared.errors.includes('another script on the page failed'));
    await assertHotlineShown(page);
    const question = page.locator('#faq-immigration .haven-faq-button');
    await question.click();
    assert.equal(await question.getAttribute('aria-expanded'), 'true');
    assert.ok(await eventually(() => prepared.errors.includes('partner click handler failed')), 'the other script threw on that click');
    await finder(page).locator('#query').fill('legal');
    await page.waitForFunction(cardsShown, 2);
    // The other script stops key events at <body>; the shortcut listens before it.
    await page.locator('main h1').click();
    for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
    await prepared.arrived();
    await context.close();
  });

  it("a component's own error (finder and FAQ throwing) leaves the banner shown and the exit working", async () => {
    const { context, page, prepared } = await session.open('/', {}, async (page) => {
      await appendToBody(page, '/', '<script type="module" src="/fixtures/broken-components.js"></script>');
      return { errors: pageErrors(page), arrived: await answerExit(page) };
    });
    await page.waitForFunction(() => document.querySelector('haven-faq .haven-faq-button'));
    await page.locator('#faq-immigration .haven-faq-button').click();
    for (const broken of ['haven-resource-finder broke while rendering', 'haven-faq broke while rendering', 'haven-faq broke while opening a question']) {
      assert.ok(await eventually(() => prepared.errors.includes(broken)), `${broken} in ${prepared.errors.join(' | ')}`);
    }
    await assertHotlineShown(page);
    await page.locator('haven-quick-exit [part="button"]').click();
    await prepared.arrived();
    await context.close();
  });

  for (const [what, blocked] of [
    ['the whole script blocked', '**/dist/cdn/**'],
    ['one component file missing (so haven.js cannot start)', '**/dist/cdn/resource-finder.js'],
  ]) {
    it(`${what}: every light-DOM fallback is shown, and the exit link leaves`, async () => {
      const { context, page, prepared: arrived } = await session.open('/', {}, async (page) => {
        await page.route(blocked, (route) => route.abort());
        return answerExit(page);
      });
      await page.waitForLoadState('load');
      assert.equal(await page.evaluate(() => customElements.get('haven-quick-exit')), undefined);
      assert.equal(await page.locator('haven-hotline-banner > a[href="tel:+18883737888"]').isVisible(), true);
      assert.equal(await page.locator('haven-resource-finder a[href="tel:+18883737888"]').isVisible(), true);
      assert.equal(await page.locator('haven-faq > details > summary').count(), 5);
      await page.locator('#faq-immigration > summary').click();
      assert.equal(await page.getByText('whatever your immigration status').isVisible(), true);
      const exit = page.locator('haven-quick-exit > a');
      assert.equal(await exit.isVisible(), true);
      await exit.click();
      await arrived();
      await context.close();
    });
  }
});
