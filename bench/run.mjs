// `npm run bench` (after `npm run build`): every budget, measured the same way each time,
// beside the alternatives, in headless Chromium. Prints the tables, writes
// bench/results.json, and regenerates the figures block in README.md (never hand-edit it).
//   npm run bench                 all sections
//   npm run bench -- sizes finder only the named sections
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { launch } from '../test/e2e/harness.mjs';
import { faqBench } from './sections/faq.mjs';
import { finder } from './sections/finder.mjs';
import { pageImpact } from './sections/page-impact.mjs';
import { quickExitBench } from './sections/quick-exit.mjs';
import { sizes } from './sections/sizes.mjs';

const KB = (bytes) => (bytes / 1024).toFixed(2);
const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : '—');
const only = process.argv.slice(2);
const wanted = (name) => !only.length || only.includes(name);

if (!existsSync(new URL('../dist/cdn/haven.js', import.meta.url))) {
  console.error('Run `npm run build` first.');
  process.exit(1);
}

async function environment() {
  const browser = await launch();
  const chromium = browser.version();
  await browser.close();
  let commit;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    commit = undefined;
  }
  return {
    date: new Date().toISOString(),
    chromium,
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model?.trim(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    commit,
    load: os.loadavg()[0].toFixed(2),
  };
}

const env = await environment();
const header = `${env.date.slice(0, 10)}, Chromium ${env.chromium}, ${env.cores} cores (${env.cpu}), ${env.memoryGiB} GiB, Node ${env.node}, commit ${env.commit}`;
console.log(`Haven bench — ${header}\n`);
const results = { environment: env };
const markdown = [`Measured ${header}.`, ''];
const table = (rows) => {
  const keys = Object.keys(rows[0] ?? {});
  return [`| ${keys.join(' | ')} |`, `| ${keys.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${keys.map((key) => row[key]).join(' | ')} |`)].join('\n');
};
const show = (title, rows) => {
  console.log(title);
  console.table(rows);
  markdown.push(`**${title}**`, '', table(rows), '');
};

if (wanted('sizes')) {
  results.sizes = await sizes();
  show('1. Sizes (minified; compressed bytes)', results.sizes.rows.map((r) => ({ group: r.group, what: r.name, 'gzip KB': KB(r.gzip), 'brotli KB': KB(r.brotli) })));
  show(
    'Size budgets (gzip)',
    results.sizes.budgets.map((b) => ({ budget: b.label, issue: `#${b.issue}`, KB: KB(b.size), 'issue limit KB': KB(b.limit), status: b.status })),
  );
}

if (wanted('page')) {
  results.pageImpact = await pageImpact();
  const p = results.pageImpact;
  show(`2. Page impact: all four elements, CPU throttled ${p.cpuThrottling}×, median of ${p.runs} loads`, [
    {
      'TBT with Haven ms': ms(p.tbtWithHavenMs),
      'TBT without ms': ms(p.tbtWithoutMs),
      'TBT added ms': ms(p.tbtAddedMs),
      'CLS with Haven': p.clsWithHaven.toFixed(4),
      'CLS without': p.clsWithout.toFixed(4),
      'all four upgraded ms': ms(p.allUpgradedMs),
    },
  ]);
}

if (wanted('exit')) {
  results.quickExit = await quickExitBench();
  const q = results.quickExit;
  show(`3. Quick exit: ${q.runs} runs (budget: navigation ≤ 5 ms, hidden frame ≤ 16 ms p95)`, [
    {
      'click → navigation call p50 ms': ms(q.navigationP50Ms),
      'p95 ms': ms(q.navigationP95Ms),
      'click → first hidden frame p50 ms': ms(q.hiddenFrameP50Ms),
      'p95 ms ': ms(q.hiddenFrameP95Ms),
      'baseline: click → next frame, no exit p50 ms': ms(q.baselineFrameP50Ms),
    },
  ]);
}

if (wanted('finder')) {
  results.finder = await finder();
  show(
    '4. Finder: synthetic HSDS (budget at 10k: received → searchable ≤ 500 ms, no task > 50 ms, query → painted p95 ≤ 16 ms; 100k: p95 ≤ 50 ms). The file is read as it downloads: "from the last byte" is the budget\'s measure where the network is slower than reading; "beyond the download" where the file could arrive at once',
    results.finder.map((r) => ({
      records: r.records,
      loads: r.loads,
      'script from': r.fromCdn ? 'CDN (other origin)' : 'same origin',
      'read in': r.inWorker ? 'worker' : 'page',
      'download alone ms': ms(r.downloadMs),
      'added → searchable ms': ms(r.addedToSearchableMs),
      'received → searchable ms: beyond the download / from the last byte': `${ms(r.beyondDownloadMs)} / ${ms(r.receivedToSearchableMs)}`,
      'all read → searchable ms': ms(r.readToSearchableMs),
      'longest task while loading ms (0: none of 50 ms or more, the only ones browsers report): median (worst)': `${ms(r.longestTaskWhileLoadingMs)} (${ms(r.longestTaskAnyLoadMs)})`,
      'one more load, traced: most CPU in one task while loading ms (thread time; its longest task, wall)': `${ms(r.mostCpuInOneTaskMs)} (${ms(r.tracedLongestTaskMs)})`,
      'query → first 5 painted p50/p95 ms (the keystroke\'s frame, no display wait)': `${ms(r.queryToPaintP50Ms)} / ${ms(r.queryToPaintP95Ms)}`,
      'query → whole first page (≤ 20) painted p50/p95 ms (five more per frame, frame-rate limit off)': `${ms(r.queryToAllPaintedP50Ms)} / ${ms(r.queryToAllPaintedP95Ms)}`,
      'ZIP → painted p50/p95 ms (frame-rate limit off)': `${ms(r.zipToPaintP50Ms)} / ${ms(r.zipToPaintP95Ms)}`,
      'search only p50: Haven / Fuse.js / includes ms': `${ms(r.searchOnlyP50Ms.haven)} / ${ms(r.searchOnlyP50Ms.fuse)} / ${ms(r.searchOnlyP50Ms.naive)}`,
      'Fuse.js ÷ Haven': r.fuseOverHaven.toFixed(1),
      'includes ÷ Haven': r.naiveOverHaven.toFixed(2),
    })),
  );
}

if (wanted('faq')) {
  results.faq = await faqBench();
  show(
    '5. FAQ (budget: 100 items ≤ 16 ms; filter at 500 items ≤ 8 ms per keystroke)',
    results.faq.map((r) => ({
      items: r.items,
      'upgrade → painted p50 ms': ms(r.upgradeToPaintP50Ms),
      'baseline: plain markup → painted ms': ms(r.plainMarkupToPaintP50Ms),
      'filter work per keystroke p50/p95 ms': `${ms(r.filterWorkPerKeystrokeP50Ms)} / ${ms(r.filterWorkPerKeystrokeP95Ms)}`,
      'keystroke → painted p50/p95 ms': `${ms(r.keystrokeToPaintP50Ms)} / ${ms(r.keystrokeToPaintP95Ms)}`,
    })),
  );
}

writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log('Wrote bench/results.json');

// The README shows the latest full run, generated here so nobody edits the figures by hand.
if (!only.length) {
  const readme = new URL('../README.md', import.meta.url);
  const text = readFileSync(readme, 'utf8');
  const block = `<!-- bench:start (generated by npm run bench) -->\n${markdown.join('\n')}\n<!-- bench:end -->`;
  const next = text.replace(/<!-- bench:start[\s\S]*?<!-- bench:end -->/, block);
  if (next !== text) {
    writeFileSync(readme, next);
    console.log('Updated the figures in README.md');
  }
}
