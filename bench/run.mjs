// `npm run bench` (after `npm run build`): every budget, measured the same way each time,
// beside the alternatives, in headless Chromium. Prints one table and writes
// bench/results.json. Timings are reported next to a baseline from the same run.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { launch } from '../test/e2e/harness.mjs';
import { sizes } from './sections/sizes.mjs';

const KB = (bytes) => (bytes / 1024).toFixed(2);

async function environment() {
  const browser = await launch();
  const chromium = browser.version();
  await browser.close();
  return {
    date: new Date().toISOString(),
    chromium,
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model?.trim(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    commit: (() => {
      try {
        return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
      } catch {
        return undefined;
      }
    })(),
  };
}

const env = await environment();
console.log(`Haven bench — ${env.date.slice(0, 10)}, Chromium ${env.chromium}, ${env.cores} cores (${env.cpu}), Node ${env.node}\n`);

const results = { environment: env };

results.sizes = await sizes();
console.log('1. Sizes (minified; bytes compressed)');
console.table(results.sizes.rows.map((r) => ({ group: r.group, what: r.name, 'gzip KB': KB(r.gzip), 'brotli KB': KB(r.brotli) })));
console.log('Size budgets');
console.table(results.sizes.budgets.map((b) => ({ budget: b.label, issue: `#${b.issue}`, 'KB': KB(b.size), 'limit KB': KB(b.limit), status: b.status })));

writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWrote bench/results.json');
