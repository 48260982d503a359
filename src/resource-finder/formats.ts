/**
 * The finder's number, date and language-name formatters, made once per language and
 * options. A page's first Intl objects load the browser's locale data: 40–70 ms on a
 * 2-core machine. In Chromium the page and its workers share that data (one process), so the
 * reader worker loads it first ({@link warmFormats}) while the data downloads, and the page's
 * own formatters then cost under a millisecond each. Elsewhere (or with no worker) the page's
 * {@link prepareFormats}, one formatter per idle moment, is what keeps it out of the first drawing.
 */
import { toUnits, type Units } from './geo.js';
import { whenIdle } from './scheduler.js';

// Intl objects are slow to construct; a page of cards reuses one per language and option set.
const formats = new Map<string, Intl.NumberFormat | Intl.DisplayNames | Intl.DateTimeFormat>();
function reuse<T extends Intl.NumberFormat | Intl.DisplayNames | Intl.DateTimeFormat>(key: string, create: () => T): T {
  let format = formats.get(key) as T | undefined;
  if (!format) formats.set(key, (format = create()));
  return format;
}

export function formatDistance(km: number, units: Units, lang: string): string {
  const value = toUnits(km, units);
  const digits = value < 10 ? 1 : 0;
  return reuse(`${lang}|${units}|${digits}`, () =>
    new Intl.NumberFormat(lang, { style: 'unit', unit: units === 'mi' ? 'mile' : 'kilometer', maximumFractionDigits: digits }),
  ).format(value);
}

export function languageName(code: string, lang: string): string {
  if (!/^[a-z]{2,3}(-[a-z0-9]+)?$/.test(code)) return code;
  try {
    return reuse(`names|${lang}`, () => new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' })).of(code) ?? code;
  } catch {
    return code;
  }
}

export const dateFormat = (lang: string) => reuse(`date|${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }));

/** What the form and the first cards format first, in an order that loads the locale data in pieces: likely subtags, dates, the rest. */
const steps = (lang: string, units: Units) => [() => new Intl.Locale(lang).maximize(), () => dateFormat(lang).format(0), () => formatDistance(1, units, lang), () => languageName('en', lang)];

function run(step: () => unknown): void {
  try {
    step();
  } catch {
    // A malformed language is the finder's to report, when it draws.
  }
}

/** In the reader worker: load the locale data the page's formatters need, all at once (a worker has no page to hold up). */
export function warmFormats(lang: string, units: Units): void {
  steps(lang, units).forEach(run);
}

/**
 * On the page: make the formatters ahead of time, one per idle task, while the data downloads,
 * so the locale data never loads in the task that first draws the form and the cards.
 */
export function prepareFormats(lang: string, units: Units): void {
  const left = steps(lang, units);
  const next = () => {
    run(left.shift()!);
    if (left.length) whenIdle(next);
  };
  whenIdle(next);
}
