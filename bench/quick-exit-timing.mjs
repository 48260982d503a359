// How fast the quick exit leaves, measured inside the page (Chromium, playwright-core).
// The end-to-end tests use it to LOG the figures and to assert order and same-task
// behaviour; `npm run bench` repeats it to report medians and p95 against the issue's
// budgets (navigation call ≤ 5 ms after the activating event; first frame with the
// content hidden ≤ 16 ms). Timings are never asserted in `npm test`.

/**
 * Runs in every document before its own scripts (page.addInitScript). Reports, through the
 * `__havenExitTiming` binding:
 * - `activate`: a click, or a Shift/Escape key-up (capture phase on window: before any handler);
 * - `frame`: each animation frame after it until one has the page content hidden;
 * - `navigate`: the Navigation API's `navigate` event, fired synchronously inside
 *   `location.replace()`/`assign()` — the moment of the navigation call;
 * - `haven-exit`: the element's event;
 * - `paint`: the click's Event Timing entry (start + duration = the next frame presented).
 * `sameTask` is true while still in the activating event's task (a 0 ms timer has not run).
 */
export function exitTimingScript() {
  // The time is taken before `extra` is computed: checking visibility forces a style pass.
  const report = (name, extra = () => ({})) => {
    const t = performance.now();
    window.__havenExitTiming?.({ name, t, ...extra() });
  };
  const contentHidden = () => Boolean(document.body) && !document.body.checkVisibility();
  let sameTask = false;
  let watching = false;
  const watchFrames = () => {
    if (watching) return;
    watching = true;
    const next = () =>
      requestAnimationFrame((frameTime) => {
        const hidden = contentHidden();
        report('frame', () => ({ frameTime, hidden }));
        if (hidden) watching = false;
        else next();
      });
    next();
  };
  const activate = (event) => {
    sameTask = true;
    setTimeout(() => (sameTask = false));
    report('activate', () => ({ type: event.type, key: event.key, eventTime: event.timeStamp }));
    watchFrames();
  };
  addEventListener('click', activate, true);
  addEventListener('keyup', (event) => (event.key === 'Shift' || event.key === 'Escape') && activate(event), true);
  addEventListener('keydown', (event) => event.key === 'Escape' && activate(event), true);
  window.navigation?.addEventListener('navigate', (event) =>
    report('navigate', () => ({
      sameTask,
      hidden: contentHidden(),
      title: document.title,
      referrerPolicy: [...document.querySelectorAll('meta[name="referrer"]')].at(-1)?.content ?? null,
      url: event.destination.url,
      type: event.navigationType,
    })),
  );
  addEventListener('haven-exit', (event) => report('haven-exit', () => ({ sameTask, detail: event.detail, target: event.target.localName })));
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'click') report('paint', () => ({ startTime: entry.startTime, presented: entry.startTime + entry.duration }));
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) report('paint', () => ({ startTime: entry.startTime, presented: entry.startTime + entry.duration }));
    }).observe({ type: 'first-input', buffered: true });
  } catch {
    // Event Timing is Chromium-only; the frame marks remain.
  }
}

/** Install the timing script and binding on a page; returns the live list of reports. */
export async function instrumentExit(page) {
  const entries = [];
  await page.exposeFunction('__havenExitTiming', (entry) => {
    entries.push(entry);
  });
  await page.addInitScript(exitTimingScript);
  return entries;
}

/**
 * Turn the reports of one exit into figures (ms). `activateToNavigate`: the activating
 * event's timestamp (when the input arrived) to the navigation call; `handlingToNavigate`:
 * from the first listener running to the navigation call (Haven's own work). `activateToHiddenFrame`: to the start of the
 * first animation frame whose content is hidden. `activateToPresented`: to the next frame
 * presented after the click (Event Timing, 8 ms granularity; clicks only).
 */
export function summarizeExit(entries) {
  const navigate = entries.find((entry) => entry.name === 'navigate');
  const activations = entries.filter((entry) => entry.name === 'activate' && (!navigate || entry.t <= navigate.t));
  const activate = activations.at(-1);
  const frames = entries.filter((entry) => entry.name === 'frame' && activate && entry.t >= activate.t);
  const firstHidden = frames.find((entry) => entry.hidden);
  const exit = entries.find((entry) => entry.name === 'haven-exit');
  const paint = entries.find((entry) => entry.name === 'paint' && activate && Math.abs(entry.startTime - activate.eventTime) < 1);
  return {
    activation: activate?.type,
    activateToNavigate: navigate && activate ? navigate.t - activate.eventTime : undefined,
    handlingToNavigate: navigate && activate ? navigate.t - activate.t : undefined,
    activateToHiddenFrame: firstHidden && activate ? firstHidden.frameTime - activate.eventTime : undefined,
    activateToPresented: paint && activate ? paint.presented - activate.eventTime : undefined,
    firstFrameHidden: frames.length ? frames[0].hidden : undefined,
    navigation: navigate,
    exitEvent: exit,
  };
}

/** One line for logs, e.g. "click→navigate 0.6 ms, click→hidden frame 9.8 ms". */
export function formatExit(summary) {
  const ms = (value) => (value === undefined ? 'n/a' : `${value.toFixed(1)} ms`);
  return `${summary.activation}→navigation call ${ms(summary.activateToNavigate)} (${ms(summary.handlingToNavigate)} of it handling), →first frame with content hidden ${ms(summary.activateToHiddenFrame)}, →next frame presented ${ms(summary.activateToPresented)}`;
}
