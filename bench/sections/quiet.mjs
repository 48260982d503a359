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

/** Seconds of CPU every browser process has used so far (the DevTools protocol's own count). */
async function browserCpu(session) {
  const { processInfo } = await session.send('SystemInfo.getProcessInfo');
  return processInfo.reduce((sum, process) => sum + process.cpuTime, 0);
}

/** Resolves once the browser has used under {@link QUIET_CPU_MS} in two windows running; returns how long that took. */
export async function untilQuiet(browser) {
  const session = await browser.newBrowserCDPSession();
  const start = performance.now();
  try {
    let quiet = 0;
    let before = await browserCpu(session);
    while (quiet < 2 && performance.now() - start < MOST_MS) {
      await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));
      const now = await browserCpu(session);
      quiet = (now - before) * 1000 <= QUIET_CPU_MS ? quiet + 1 : 0;
      before = now;
    }
  } finally {
    await session.detach();
  }
  return performance.now() - start;
}

/** A new page of `owner` (a browser or a context), returned once the browser is quiet. */
export async function quietPage(owner) {
  const page = await owner.newPage();
  await untilQuiet(page.context().browser());
  return page;
}
