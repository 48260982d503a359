// Chromium driven over the DevTools protocol with only the calls the finder's bench makes.
//
// Playwright turns on the protocol's Network domain in every page and worker, so that it can
// report their requests. With it on, the thread that fetched a response has more work once its
// last byte is in. Measured on this machine for the 15 MB file of 10,000 records: a worker that
// only reads the body then stays busy 120–130 ms, against under 1 ms with no DevTools client
// (the finder's reader worker: 150–210 ms of CPU, in traces). People's browsers do no such work.
// In the finder's load it landed beside the first cards being drawn, and on 2 cores it
// stretched them past 50 ms now and then. So the finder is timed in a browser with no Network domain: this client
// turns on nothing but Page (for the load event), and runs the same in-page code.
//
// It has the shape of the Playwright objects the finder's section and quiet.mjs use:
// `newPage()`, `page.goto()`, `page.evaluate(fn, arg)`, `page.close()`, `page.context().browser()`,
// `browser.newBrowserCDPSession()` and `browser.close()`; and, its own, `browser.startTracing(categories)`
// and `browser.stopTracing()` (the events), for the CPU time of the tasks timed.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, requireChromium } from '../../scripts/chromium.mjs';

/** Launch headless Chromium talking the DevTools protocol over a pipe (`extraArgs`: more switches). */
export async function launchPlain(extraArgs = []) {
  const profile = mkdtempSync(join(tmpdir(), 'haven-bench-'));
  const child = spawn(requireChromium(), [...chromiumArgs, ...extraArgs, '--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const [, , , toBrowser, fromBrowser] = child.stdio;
  let gone;
  const exited = new Promise((resolve) => {
    child.once('exit', resolve);
    // Not started at all (say, no binary): as gone as an exit.
    child.once('error', (error) => resolve(error));
  }).then((reason) => (gone = reason instanceof Error ? reason : new Error('the browser exited')));
  // Writes after the browser has gone fail through `gone`, not as an unhandled stream error.
  toBrowser.on('error', () => {});
  const pending = new Map();
  const listeners = new Set();
  let nextId = 1;
  let buffered = '';
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk) => {
    // Messages are JSON, each ended by a NUL character.
    const parts = (buffered + chunk).split('\0');
    buffered = parts.pop();
    for (const part of parts) {
      const message = JSON.parse(part);
      const waiting = pending.get(message.id);
      if (waiting) {
        pending.delete(message.id);
        if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
        else waiting.resolve(message.result);
      } else if (message.method) {
        for (const listener of listeners) listener(message);
      }
    }
  });
  exited.then(() => {
    for (const { reject, method } of pending.values()) reject(new Error(`${method}: ${gone.message}`));
    for (const listener of listeners) listener.fail(gone);
  });

  /** One protocol call, to the browser (no `sessionId`) or to a page's session. */
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      if (gone) return reject(new Error(`${method}: ${gone.message}`));
      const id = nextId++;
      pending.set(id, { resolve, reject, method });
      toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  /** The next event `method` of a session (rejects if the browser goes first). */
  const next = (method, sessionId) =>
    new Promise((resolve, reject) => {
      if (gone) return reject(gone);
      const listener = (message) => {
        if (message.method !== method || message.sessionId !== sessionId) return;
        listeners.delete(listener);
        resolve(message.params);
      };
      listener.fail = reject;
      listeners.add(listener);
    });

  const browser = {
    async newPage() {
      const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      await send('Page.enable', {}, sessionId);
      return {
        context: () => ({ browser: () => browser }),
        async goto(url) {
          const loaded = next('Page.loadEventFired', sessionId);
          // Not awaited if navigating fails: its rejection when the browser closes must not go unhandled.
          loaded.catch(() => {});
          const { errorText } = await send('Page.navigate', { url }, sessionId);
          if (errorText) throw new Error(`${url}: ${errorText}`);
          await loaded;
        },
        /** `fn(arg)` in the page, awaited; its result comes back as JSON, as with Playwright. */
        async evaluate(fn, arg) {
          const { result, exceptionDetails } = await send(
            'Runtime.evaluate',
            { expression: `(${fn})(${JSON.stringify(arg)})`, awaitPromise: true, returnByValue: true },
            sessionId,
          );
          if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
          return result.value;
        },
        close: () => send('Target.closeTarget', { targetId }),
      };
    },
    /** Record a trace of every process (`categories`: the trace categories) until `stopTracing()`. */
    startTracing: (categories) => send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: categories } }),
    /** Stop the trace and return its events. */
    async stopTracing() {
      const complete = next('Tracing.tracingComplete');
      complete.catch(() => {});
      await send('Tracing.end');
      const { stream } = await complete;
      const chunks = [];
      for (let eof = false; !eof; ) {
        const read = await send('IO.read', { handle: stream, size: 1 << 20 });
        chunks.push(read.base64Encoded ? Buffer.from(read.data, 'base64').toString('utf8') : read.data);
        eof = read.eof;
      }
      await send('IO.close', { handle: stream });
      const trace = JSON.parse(chunks.join(''));
      return Array.isArray(trace) ? trace : trace.traceEvents;
    },
    async newBrowserCDPSession() {
      return { send: (method, params) => send(method, params), detach: async () => {} };
    },
    async close() {
      await Promise.race([send('Browser.close').catch(() => {}), exited]);
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return browser;
}
