// Accessibility matrix: all four components on one page (the demo partner page), one line
// per combination of screen width, language, colour theme, motion and text size.
//
// Not the full product (3 × 3 × 4 × 2 × 2 = 144 lines) but a covering set: the first 18
// lines are two orthogonal Latin squares over width × language × theme (theme index
// (w + l) mod 3 at 100 % text, (w + 2l) mod 3 at 200 %), so every pair of width × language,
// width × theme and language × theme appears twice; reduced motion is on in two lines per
// width and per language. The last 3 lines add the case most partner sites are in: a
// device that prefers dark, on a page that has no dark style (no `color-scheme`).
//
// Arabic: Haven ships no Arabic strings, so `lang="ar" dir="rtl"` shows the English
// strings (the i18n fallback) laid out right to left — the honest case for an RTL page.
const MATRIX = [
  // width  language  theme                  motion     text
  [320, 'en', 'light', 'normal', '100%'],
  [320, 'es', 'dark', 'reduce', '100%'],
  [320, 'ar', 'forced colors', 'normal', '100%'],
  [768, 'en', 'dark', 'normal', '100%'],
  [768, 'es', 'forced colors', 'normal', '100%'],
  [768, 'ar', 'light', 'reduce', '100%'],
  [1280, 'en', 'forced colors', 'reduce', '100%'],
  [1280, 'es', 'light', 'normal', '100%'],
  [1280, 'ar', 'dark', 'normal', '100%'],
  [320, 'en', 'light', 'reduce', '200%'],
  [320, 'es', 'forced colors', 'normal', '200%'],
  [320, 'ar', 'dark', 'normal', '200%'],
  [768, 'en', 'dark', 'normal', '200%'],
  [768, 'es', 'light', 'normal', '200%'],
  [768, 'ar', 'forced colors', 'reduce', '200%'],
  [1280, 'en', 'forced colors', 'normal', '200%'],
  [1280, 'es', 'dark', 'reduce', '200%'],
  [1280, 'ar', 'light', 'normal', '200%'],
  [320, 'es', 'dark, light-only page', 'normal', '200%'],
  [768, 'ar', 'dark, light-only page', 'reduce', '100%'],
  [1280, 'en', 'dark, light-only page', 'normal', '100%'],
];

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeViolations } from '../axe-options.mjs';
import { browserSession } from './harness.mjs';

/** The finder's search label in each language: the strings in use (Arabic falls back to English). */
const SEARCH_LABEL = { en: 'What do you need help with?', es: '¿Con qué necesita ayuda?', ar: 'What do you need help with?' };

/**
 * In the page: Tab from the first stop (the quick exit's skip link) round the whole page.
 * Each control is measured twice — while focused, and after focus has moved on — and has a
 * visible indicator when, focused, it has an outline (not `none`, not transparent, not 0
 * wide) or a box shadow that it does not have unfocused (or it is only shown while focused).
 * Focus inside shadow roots counts.
 */
function focusProbe() {
  const deepActive = () => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element;
  };
  const look = (element) => {
    const style = getComputedStyle(element);
    const outline =
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !/^(transparent|rgba\(.*, 0\))$/.test(style.outlineColor)
        ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`
        : '';
    const { width, height } = element.getBoundingClientRect();
    return { outline, shadow: style.boxShadow === 'none' ? '' : style.boxShadow, shown: width > 1 && height > 1 };
  };
  const describe = (element) => {
    const host = element.getRootNode().host;
    const part = element.getAttribute('part');
    const words = (element.textContent || element.getAttribute('aria-label') || element.id || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${host ? `${host.localName} > ` : ''}${element.localName}${part ? `[part="${part}"]` : ''} "${words}"`;
  };
  let previous;
  return {
    /** After each Tab: judge the control focus just left; returns the newly focused one's state. */
    step() {
      const element = deepActive();
      const verdict = previous && this.judge(previous);
      previous = element && element !== document.body ? { element, focused: look(element) } : undefined;
      return { verdict, at: previous ? describe(element) : 'body', isStart: element?.id === 'haven-quick-exit-skip-link' };
    },
    judge({ element, focused }) {
      const unfocused = look(element);
      // A control shown only while focused (the skip link) needs its ring, not a change in it.
      const changed = (key) => focused[key] && (focused[key] !== unfocused[key] || !unfocused.shown);
      const visible = focused.shown && (changed('outline') || changed('shadow'));
      return visible ? undefined : `${describe(element)}: no visible focus indicator (focused ${JSON.stringify(focused)})`;
    },
    start() {
      previous = undefined;
      document.getElementById('haven-quick-exit-skip-link').focus();
      return this.step();
    },
  };
}

describe('accessibility matrix: the demo page with all four components', () => {
  const session = browserSession();
  let page;

  /** Open the page once, in the states that show the most: answers, tips, filters, results near a ZIP. */
  async function openPage() {
    ({ page } = await session.open('/'));
    await page.route('https://www.weather.gov/**', (route) => route.abort()); // never leave
    const finder = page.locator('haven-resource-finder');
    await finder.locator('[part="card"]').first().waitFor();
    await page.evaluate(() => document.querySelector('haven-resource-finder').setAttribute('page-size', '4'));
    await finder.locator('#zip').fill('66044');
    await page.waitForFunction(() => /66044/.test(document.querySelector('haven-resource-finder').shadowRoot.querySelector('[part="heading"]').textContent));
    await finder.locator('[part="filters"] summary').click();
    await page.locator('#faq-is-it-trafficking .haven-faq-button').click();
    await page.locator('haven-quick-exit-tips [part="summary"]').click();
    await page.mouse.move(0, 0);
    await page.evaluate(`window.__focus = (${focusProbe})()`);
  }

  async function apply([width, lang, theme, motion, text]) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({
      colorScheme: theme.startsWith('dark') ? 'dark' : 'light',
      forcedColors: theme === 'forced colors' ? 'active' : 'none',
      reducedMotion: motion === 'reduce' ? 'reduce' : 'no-preference',
    });
    await page.evaluate(
      ([lang, lightOnly, text]) => {
        const root = document.documentElement;
        root.lang = lang;
        root.dir = lang === 'ar' ? 'rtl' : 'ltr';
        root.style.fontSize = text === '100%' ? '' : text;
        // A page without dark styles: the demo's `color-scheme: light dark`, taken away.
        root.style.colorScheme = lightOnly ? 'light' : '';
        history.replaceState(null, '', location.pathname);
        scrollTo(0, 0);
        return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      },
      [lang, theme === 'dark, light-only page', text],
    );
  }

  before(openPage);
  const started = Date.now();
  after(() => console.log(`# ${MATRIX.length} lines in ${((Date.now() - started) / 1000).toFixed(1)} s`));

  for (const line of MATRIX) {
    const [width, lang, , motion] = line;
    it(`${line.join(' · ')}: axe clean, fits, a visible focus indicator on every control`, async () => {
      await apply(line);
      const problems = [];
      const fail = (what) => problems.push(what);

      const label = await page.locator('haven-resource-finder label[for="query"]').innerText();
      if (label !== SEARCH_LABEL[lang]) fail(`finder label "${label}"`);
      // The exit sits at the inline end (left in RTL), and at rest covers none of the page.
      const exit = await page.locator('haven-quick-exit').evaluate((host) => {
        const bar = host.shadowRoot.querySelector('[part="base"]').getBoundingClientRect();
        return { left: bar.left, right: bar.right, bottom: bar.bottom, reserved: host.getBoundingClientRect().bottom };
      });
      if (lang === 'ar' ? exit.left > 1 : exit.right < width - 1) fail(`quick exit not at the inline end: ${JSON.stringify(exit)}`);
      if (exit.bottom > exit.reserved + 0.5) fail(`the quick exit bar covers the page top: ${JSON.stringify(exit)}`);

      for (const violation of await axeViolations(page)) fail(violation);

      if (width === 320) {
        const [scrollWidth, innerWidth] = await page.evaluate(() => [document.scrollingElement.scrollWidth, innerWidth]);
        if (scrollWidth > innerWidth) fail(`scrolls sideways: ${scrollWidth} px wide in ${innerWidth} px`);
      }

      // Nothing a component draws sticks out of its own box (over the page or a neighbour).
      (await page.evaluate(() => {
        const found = [];
        const visit = (root, box, host) => {
          for (const element of root.querySelectorAll('*')) {
            const rect = element.getBoundingClientRect();
            if (rect.width > 1 && (rect.left < box.left - 1 || rect.right > box.right + 1)) {
              const part = element.getAttribute('part');
              found.push(`${host} > ${element.localName}${part ? `[part="${part}"]` : ''}: ${Math.round(rect.left)}–${Math.round(rect.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`);
            }
            if (element.shadowRoot) visit(element.shadowRoot, box, host);
          }
        };
        for (const host of document.querySelectorAll('haven-hotline-banner, haven-resource-finder, haven-faq, haven-quick-exit-tips')) {
          visit(host.shadowRoot, host.getBoundingClientRect(), host.localName);
          visit(host, host.getBoundingClientRect(), host.localName);
        }
        return found;
      })).forEach(fail);

      const stops = [await page.evaluate(() => window.__focus.start())];
      for (let press = 0; press < 150; press++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => window.__focus.step());
        if (stop.verdict) fail(stop.verdict);
        if (stop.isStart || stop.at === 'body') break;
        stops.push(stop);
      }
      if (stops.length < 40) fail(`only ${stops.length} focus stops: ${stops.map((stop) => stop.at).join(', ')}`);

      if (motion === 'reduce') {
        // The only motion Haven makes, a deep link's scroll to a question, is then instant.
        const scroll = await page.evaluate(async () => {
          location.hash = 'faq-this-site';
          await new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
          await new Promise((resolve) => requestAnimationFrame(resolve));
          const firstFrame = scrollY;
          await new Promise((resolve) => setTimeout(resolve, 600));
          return { firstFrame, settled: scrollY, animations: document.getAnimations().length };
        });
        if (!scroll.settled || scroll.firstFrame !== scroll.settled || scroll.animations) fail(`the deep link moved smoothly: ${JSON.stringify(scroll)}`);
      }
      assert.deepEqual(problems, [], `${stops.length} focus stops`);
    });
  }
});
