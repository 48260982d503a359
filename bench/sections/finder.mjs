// 4. Finder: synthetic HSDS files of 1k, 10k and 100k records. Data received → searchable,
// the longest main-thread task while loading (and, in one more load, traced, the most CPU time one task used),
// and query → results painted; beside the same queries over the same records with Fuse.js and a
// naive lowercase `includes`.
//
// The finder reads a file as it downloads. From a loopback server the bytes could all be
// here at once, and reading sets the pace, so "received → searchable" is given two ways:
// beyond the download (finder added → searchable, less the time the same file takes to
// download with nothing read), and from the last byte (the request's responseEnd).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { generateHsds } from '../generate-hsds.mjs';
import { TEXT_QUERIES, ZIP_QUERIES } from '../queries.mjs';
import { serve } from '../../test/e2e/harness.mjs';
import { launchPlain } from './plain-browser.mjs';
import { quietPage } from './quiet.mjs';
import { percentile } from './stats.mjs';

// Same-origin script (the data is read in the worker), and at 10k also a script from
// another origin, as from a public CDN (read in a worker started from a blob: URL of its checked code).
// `FINDER_RUNS=10000,10000-cdn npm run bench -- finder` measures only those (while tuning).
const RUNS = [
  { count: 1000, cdn: false },
  { count: 10000, cdn: false },
  { count: 10000, cdn: true },
  { count: 100000, cdn: false },
].filter(({ count, cdn }) => !process.env.FINDER_RUNS || process.env.FINDER_RUNS.split(',').includes(`${count}${cdn ? '-cdn' : ''}`));

function dataFile(count) {
  const dir = new URL('../data/', import.meta.url);
  const file = new URL(`hsds-${count}.json`, dir);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, JSON.stringify(generateHsds(count, 1)));
  }
  return `/bench/data/hsds-${count}.json`;
}

/** Runs in the page: load, index, then time every query three ways. */
async function inPage([src, textQueries, zipQueries]) {
  const longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });
  await customElements.whenDefined('haven-resource-finder');
  // The file's download alone, with nothing read: what a page could not be faster than.
  const downloadStart = performance.now();
  await (await fetch(src, { cache: 'no-store' })).arrayBuffer();
  const downloadMs = performance.now() - downloadStart;
  await new Promise((resolve) => setTimeout(resolve, 100));
  const finder = document.createElement('haven-resource-finder');
  finder.setAttribute('src', src);
  finder.setAttribute('zip-base', '/dist/cdn/zips/');
  const added = performance.now();
  document.body.append(finder);
  await finder.ready;
  // `ready` settles when data is loaded and indexed: wait for the index itself too.
  while (!finder.index) await new Promise((resolve) => setTimeout(resolve, 5));
  const searchable = performance.now();
  // The file's last byte: the browser's record of the request (responseEnd), in its reader worker or here.
  // The file is read as it arrives, so on a fast link reading sets the pace of the download itself.
  const received = performance.getEntriesByName('haven-finder:received').at(-1).startTime;
  const inWorker = performance.getEntriesByType('resource').filter((resource) => resource.name.endsWith(src)).length < 2;
  const loadTasks = longTasks.filter((task) => task.start + task.duration > added && task.start < searchable);
  // The element's User Timing marks: every record read, then the first results shown.
  const mark = (name) => performance.getEntriesByName(`haven-finder:${name}`).at(-1)?.startTime;
  const read = mark('read');
  // The keystroke is handled at the start of a frame (inside a requestAnimationFrame callback):
  // "first painted" is a task queued from that same frame, so it runs once the frame's style,
  // layout and paint are done. It is the page's own work for the keystroke: the wait for the
  // display's next refresh (0–16.7 ms on a 60 Hz screen, whatever the page does) is not in it.
  // The finder draws its first 5 cards in that frame and the rest of the page of results (up
  // to 20) five more in each later frame: "all painted" is after the frame that follows `updateComplete`, counted
  // from the keystroke, with the frame-rate limit off (on a 60 Hz screen, up to 16.7 ms more).
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const task = () => new Promise((resolve) => setTimeout(resolve, 0));
  const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  }));
  const query = finder.shadowRoot.querySelector('#query');
  const zip = finder.shadowRoot.querySelector('#zip');
  const painted = [];
  const allPainted = [];
  for (const text of textQueries) {
    await frame();
    await task();
    const [start, first] = await new Promise((resolve) => requestAnimationFrame(() => {
      const typed = performance.now();
      query.value = text;
      query.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve([typed, performance.now()]);
      channel.port2.postMessage(null);
    }));
    painted.push(first - start);
    await finder.updateComplete;
    allPainted.push((await afterPaint()) - start);
  }
  query.value = '';
  query.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  const zipPainted = [];
  for (const code of zipQueries) {
    await frame();
    await task();
    const start = performance.now();
    zip.value = code;
    zip.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    while (finder.origin?.label !== code && performance.now() - start < 5000) await new Promise((resolve) => setTimeout(resolve, 1));
    await finder.updateComplete;
    zipPainted.push((await afterPaint()) - start);
  }

  // Search alone, three ways, over the very same normalised records.
  const records = finder.data.records;
  const { default: Fuse } = await import('/node_modules/fuse.js/dist/fuse.mjs');
  const fuseStart = performance.now();
  const fuse = new Fuse(records, { keys: ['name', 'organization', 'description', 'categories', 'city'], threshold: 0.3, ignoreLocation: true });
  const fuseIndexMs = performance.now() - fuseStart;
  const haystacks = records.map((r) => [r.name, r.organization, r.description, r.categories.join(' '), r.city].join(' ').toLowerCase());
  const time = (fn) => textQueries.map((text) => {
    const start = performance.now();
    fn(text);
    return performance.now() - start;
  });
  const haven = time((text) => finder.index.search(text));
  const fuseTimes = time((text) => fuse.search(text));
  const naive = time((text) => haystacks.filter((hay) => hay.includes(text.toLowerCase())));
  return {
    records: records.length,
    inWorker,
    downloadMs,
    addedToSearchableMs: searchable - added,
    beyondDownloadMs: searchable - added - downloadMs,
    receivedToSearchableMs: searchable - received,
    readToSearchableMs: searchable - read,
    longestTaskWhileLoadingMs: Math.max(0, ...loadTasks.map((task) => task.duration)),
    // The page's clock at these two moments, to find the same span in the trace (mostCpuInOneTask).
    addedAt: added,
    searchableAt: searchable,
    painted,
    allPainted,
    zipPainted,
    searchOnly: { haven, fuse: fuseTimes, naive },
    fuseIndexMs,
  };
}

/** What the trace records: every task of every thread, with its CPU time, and the page's User Timing marks. */
const TRACE_CATEGORIES = ['disabled-by-default-devtools.timeline', 'blink.user_timing'];

/**
 * The most CPU time (thread time) one task of the page's main thread used while loading: the work the
 * page itself did in its longest stretch. The longtask API reports wall time, which on a busy 2-core
 * machine includes time the thread waited for a core; this tells the two apart. The page's main thread
 * is the one that set the finder's `haven-finder:read` mark; its clock maps to the trace's by that mark.
 */
function mostCpuInOneTask(events, { addedAt, searchableAt }) {
  const read = events.find((event) => event.name === 'haven-finder:read' && event.args?.data?.navigationId);
  if (!read) return undefined;
  const toTrace = (pageMs) => read.ts + (pageMs - read.args.data.startTime) * 1000;
  const [from, to] = [toTrace(addedAt), toTrace(searchableAt)];
  const tasks = events.filter((event) => event.name === 'RunTask' && event.ph === 'X' && event.pid === read.pid && event.tid === read.tid && event.ts + event.dur > from && event.ts < to);
  // No task, or no thread time recorded: the trace did not work, which is not "no CPU".
  if (!tasks.length || tasks.some((task) => task.tdur === undefined)) return undefined;
  return Math.max(...tasks.map((task) => task.tdur / 1000));
}

// Frames as fast as the page can make them: a 60 Hz screen's wait for the next refresh
// (0–16.7 ms, whatever the page does) would otherwise be counted in every "painted" time.
export const UNTHROTTLED_FRAMES = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

const REPEAT = 3;

export async function finder() {
  const mounts = { '/dist/': 'dist', '/bench/': 'bench', '/node_modules/': 'node_modules' };
  const site = await serve(mounts);
  const cdn = await serve(mounts, { 'access-control-allow-origin': '*' });
  const rows = [];
  let browser;
  try {
    // Not Playwright's browser: its DevTools Network domain adds work once a 15 MB file is in (plain-browser.mjs).
    browser = await launchPlain(UNTHROTTLED_FRAMES);
    for (const { count, cdn: fromCdn } of RUNS) {
      // This machine's timings vary from one load to the next: up to 10k records, each case is
      // loaded REPEAT times; load figures are the median of the loads, query times are pooled.
      /** One load on a quiet new page; `traced`: with the trace recorded, for `mostCpuInOneTaskMs`. */
      const loadOnce = async (label, traced = false) => {
        const page = await quietPage(browser);
        await page.goto(`${site.origin}/bench/pages/finder.html${fromCdn ? `?cdn=${cdn.origin}` : ''}`);
        console.error(`# finder: ${count} records${fromCdn ? ', script from another origin' : ''}, ${label}…`);
        if (traced) await browser.startTracing(TRACE_CATEGORIES);
        const load = await page.evaluate(inPage, [dataFile(count), TEXT_QUERIES, ZIP_QUERIES]);
        if (traced) load.mostCpuInOneTaskMs = mostCpuInOneTask(await browser.stopTracing(), load);
        await page.close();
        return load;
      };
      const loads = [];
      for (let run = 0; run < (count <= 10000 ? REPEAT : 1); run++) loads.push(await loadOnce(`load ${run + 1}`));
      // One more load, traced, for the CPU time of its tasks (tracing slows a load, so the timed ones are not).
      const tracedLoad = await loadOnce('one more load, traced', true);
      const median = (key) => percentile(loads.map((load) => load[key]), 0.5);
      const pooled = (pick) => loads.flatMap(pick);
      const result = {
        ...loads[0],
        ...Object.fromEntries(['downloadMs', 'addedToSearchableMs', 'beyondDownloadMs', 'receivedToSearchableMs', 'readToSearchableMs', 'longestTaskWhileLoadingMs', 'fuseIndexMs'].map((key) => [key, median(key)])),
        longestTaskAnyLoadMs: Math.max(...loads.map((load) => load.longestTaskWhileLoadingMs)),
        mostCpuInOneTaskMs: tracedLoad.mostCpuInOneTaskMs,
        tracedLongestTaskMs: tracedLoad.longestTaskWhileLoadingMs,
        loads: loads.length,
        painted: pooled((load) => load.painted),
        allPainted: pooled((load) => load.allPainted),
        zipPainted: pooled((load) => load.zipPainted),
        searchOnly: { haven: pooled((load) => load.searchOnly.haven), fuse: pooled((load) => load.searchOnly.fuse), naive: pooled((load) => load.searchOnly.naive) },
      };
      const p = (values, q) => percentile(values, q);
      const ratio = (a, b) => p(a, 0.5) / Math.max(p(b, 0.5), 0.001);
      rows.push({
        records: result.records,
        fromCdn,
        inWorker: result.inWorker,
        downloadMs: result.downloadMs,
        addedToSearchableMs: result.addedToSearchableMs,
        beyondDownloadMs: result.beyondDownloadMs,
        receivedToSearchableMs: result.receivedToSearchableMs,
        readToSearchableMs: result.readToSearchableMs,
        longestTaskWhileLoadingMs: result.longestTaskWhileLoadingMs,
        longestTaskAnyLoadMs: result.longestTaskAnyLoadMs,
        mostCpuInOneTaskMs: result.mostCpuInOneTaskMs,
        tracedLongestTaskMs: result.tracedLongestTaskMs,
        loads: result.loads,
        queryToPaintP50Ms: p(result.painted, 0.5),
        queryToPaintP95Ms: p(result.painted, 0.95),
        queryToAllPaintedP50Ms: p(result.allPainted, 0.5),
        queryToAllPaintedP95Ms: p(result.allPainted, 0.95),
        zipToPaintP50Ms: p(result.zipPainted, 0.5),
        zipToPaintP95Ms: p(result.zipPainted, 0.95),
        searchOnlyP50Ms: { haven: p(result.searchOnly.haven, 0.5), fuse: p(result.searchOnly.fuse, 0.5), naive: p(result.searchOnly.naive, 0.5) },
        searchOnlyP95Ms: { haven: p(result.searchOnly.haven, 0.95), fuse: p(result.searchOnly.fuse, 0.95), naive: p(result.searchOnly.naive, 0.95) },
        fuseOverHaven: ratio(result.searchOnly.fuse, result.searchOnly.haven),
        naiveOverHaven: ratio(result.searchOnly.naive, result.searchOnly.haven),
        fuseIndexMs: result.fuseIndexMs,
        queries: TEXT_QUERIES.length + ZIP_QUERIES.length,
      });
    }
  } finally {
    await browser?.close();
    await Promise.all([site.close(), cdn.close()]);
  }
  return rows;
}
