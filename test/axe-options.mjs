// The one axe configuration every test uses: WCAG 2.0/2.1/2.2 A and AA, target-size on.
export const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  rules: { 'target-size': { enabled: true } },
  resultTypes: ['violations'],
};

/** Run axe in a Playwright page over `selector`; returns readable violation lines. */
export async function axeViolations(page, selector = 'body') {
  const axePath = new URL('../node_modules/axe-core/axe.min.js', import.meta.url).pathname;
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ path: axePath });
  // Storybook's a11y addon may be running axe in the same page: wait for it to finish.
  const violations = await page.evaluate(
    async ([context, options]) => {
      for (let attempt = 0; ; attempt++) {
        try {
          return (await window.axe.run(context, options)).violations;
        } catch (error) {
          if (attempt > 50 || !String(error).includes('already running')) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    },
    [selector, AXE_OPTIONS],
  );
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
