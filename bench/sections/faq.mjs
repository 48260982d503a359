// 5. FAQ: upgrade time for 100 and 500 light-DOM <details> items, and filter time per
// keystroke at 500 items, against a baseline of the same markup without Haven.
import { launch, serve } from '../../test/e2e/harness.mjs';
import { quietPage } from './quiet.mjs';
import { percentile } from './stats.mjs';

const KEYSTROKES = ['c', 'ca', 'cal', 'call', 'call ', 'call h', 'call ho', 'call hot', 'call hotl', 'call hotline', 'p', 'po', 'pol', 'poli', 'polic', 'police', 's', 'si', 'sig', 'sign', 'signs', 'a', 'as', 'ase', 'asesoria'];

/** Runs in the page: build N items, connect them, and time what Haven adds. */
async function inPage([count, keystrokes]) {
  await import('/dist/cdn/faq.js');
  await customElements.whenDefined('haven-faq');
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const build = (tag) => {
    const root = document.createElement(tag);
    if (tag === 'haven-faq') root.setAttribute('searchable', '');
    for (let i = 0; i < count; i++) {
      const details = document.createElement('details');
      details.id = `q-${i}`;
      const summary = document.createElement('summary');
      summary.textContent = `Question ${i}: can I call the hotline about signs ${i % 7 === 0 ? 'asesoría' : 'help'}?`;
      const answer = document.createElement('p');
      answer.textContent = `Answer ${i}. Anyone can call; it is confidential and not the police. Example text for item ${i}.`;
      details.append(summary, answer);
      root.append(details);
    }
    return root;
  };
  // Baseline: the same markup in a plain <div> (what the page costs without Haven).
  const plain = build('div');
  await frame();
  let start = performance.now();
  document.body.append(plain);
  plain.getBoundingClientRect();
  const baseline = (await frame()) - start;
  plain.remove();

  const faq = build('haven-faq');
  await frame();
  start = performance.now();
  document.body.append(faq);
  await faq.updateComplete;
  faq.getBoundingClientRect();
  const upgrade = (await frame()) - start;

  const input = faq.shadowRoot.querySelector('input[type="search"]');
  const perKeystroke = [];
  const perKeystrokeSync = [];
  for (const value of keystrokes) {
    await frame();
    start = performance.now();
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await faq.updateComplete;
    perKeystrokeSync.push(performance.now() - start);
    perKeystroke.push((await frame()) - start);
  }
  faq.remove();
  return { baseline, upgrade, perKeystroke, perKeystrokeSync };
}

export async function faqBench() {
  const browser = await launch();
  const site = await serve({ '/dist/': 'dist', '/bench/': 'bench' });
  const rows = [];
  try {
    for (const count of [100, 500]) {
      const runs = [];
      for (let run = 0; run < 5; run++) {
        const page = await quietPage(browser);
        await page.goto(`${site.origin}/bench/pages/blank.html`);
        runs.push(await page.evaluate(inPage, [count, KEYSTROKES]));
        await page.close();
      }
      const all = (key) => runs.flatMap((run) => [].concat(run[key]));
      rows.push({
        items: count,
        upgradeToPaintP50Ms: percentile(all('upgrade'), 0.5),
        plainMarkupToPaintP50Ms: percentile(all('baseline'), 0.5),
        filterWorkPerKeystrokeP50Ms: percentile(all('perKeystrokeSync'), 0.5),
        filterWorkPerKeystrokeP95Ms: percentile(all('perKeystrokeSync'), 0.95),
        keystrokeToPaintP50Ms: percentile(all('perKeystroke'), 0.5),
        keystrokeToPaintP95Ms: percentile(all('perKeystroke'), 0.95),
        keystrokes: KEYSTROKES.length * runs.length,
      });
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return rows;
}
