import { expect } from '@open-wc/testing';

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] }[];
}
declare global {
  interface Window {
    axe?: { run(context: unknown, options: unknown): Promise<AxeResult> };
  }
}

// WCAG 2.0/2.1/2.2 A and AA, with the 24×24 target-size rule switched on.
import { AXE_OPTIONS } from '../axe-options.mjs';

/** Run axe over an element (shadow DOM included) and fail with readable violations. */
export async function expectAccessible(element: Element): Promise<void> {
  if (!window.axe) await import('axe-core/axe.min.js' as string);
  const { violations } = await window.axe!.run({ include: [element] }, AXE_OPTIONS);
  const report = violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`)
    .join('\n');
  expect(violations.length, report).to.equal(0);
}

/** Collect console.warn calls until `restore()`. */
export function captureWarnings(): { messages: string[]; restore(): void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** Stop links from navigating the test page away while their click handlers still run. */
export function preventNavigation(): () => void {
  const stop = (event: Event) => event.preventDefault();
  document.addEventListener('click', stop);
  return () => document.removeEventListener('click', stop);
}

/**
 * Wait for the shared announcer to speak, and return what it said. It speaks 50 ms after
 * `announce()`; on a busy machine the work before that call can take longer, so an empty
 * region is polled for up to 2 s more.
 */
export async function nextAnnouncement(): Promise<string> {
  const said = () => document.getElementById('haven-announcer')?.textContent ?? '';
  await new Promise((resolve) => setTimeout(resolve, 80));
  for (let waited = 0; !said() && waited < 2000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
  return said();
}

/** Counts how often `work` gave the page back through scheduler.yield (which Chromium has). */
export async function yieldsDuring<T>(work: () => Promise<T>): Promise<{ result: T; yields: number }> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  let yields = 0;
  const original = scheduler?.yield;
  if (scheduler && original) scheduler.yield = () => (yields++, original.call(scheduler));
  try {
    return { result: await work(), yields };
  } finally {
    if (scheduler && original) scheduler.yield = original;
  }
}
