// A new page, once the whole browser has gone quiet.
//
// In headless Chromium each new page opens a new window, and that window's own interface
// (a WebUI renderer of the browser's, not the page's) starts with it: about 1.2 s of CPU in
// its first second, measured on this 2-core machine. Work timed in that second shares the CPU
// with it, so a page's tasks took up to twice as long as they do once it is done. The bench
// times Haven, not the browser's window starting: each timed page waits for the quiet first.

/** CPU the whole browser may use while quiet, per {@link WINDOW_MS} (10% of one core). */
const QUIET_CPU_MS = 25;
const WINDOW_MS = 250;
/** Go on anyway after this long (a browser busy with something else is still measured). */
const MOST_MS = 10_000;

/** Seconds of CPU each browser process has used so far (the DevTools protocol's own count), by process id. */
async function browserCpu(session) {
  const { processInfo } = await session.send('SystemInfo.getProcessInfo');
  return new Map(processInfo.map((process) => [process.id, process.cpuTime]));
}

/**
 * Milliseconds of CPU used between two counts: by processes still running, and by new ones since they
 * started. (A process that ended, say the page closed just before, takes its whole count out of a sum,
 * which would look like quiet.)
 */
function used(before, now) {
  let seconds = 0;
  for (const [id, cpu] of now) seconds += Math.max(0, cpu - (before.get(id) ?? 0));
  return seconds * 1000;
}

/**
 * Resolves once the browser has used under {@link QUIET_CPU_MS} in two windows running, or after
 * {@link MOST_MS} (said on stderr, as the figures that follow were timed beside something else).
 */
async function untilQuiet(browser) {
  const session = await browser.newBrowserCDPSession();
  const start = performance.now();
  try {
    let quiet = 0;
    let before = await browserCpu(session);
    while (quiet < 2) {
      if (performance.now() - start >= MOST_MS) {
        console.error(`# the browser did not go quiet within ${MOST_MS / 1000} s; timing anyway`);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));
      const now = await browserCpu(session);
      quiet = used(before, now) <= QUIET_CPU_MS ? quiet + 1 : 0;
      before = now;
    }
  } finally {
    await session.detach();
  }
}

/** A new page of `owner` (a browser or a context), returned once the browser is quiet. */
export async function quietPage(owner) {
  const page = await owner.newPage();
  await untilQuiet(page.context().browser());
  return page;
}
