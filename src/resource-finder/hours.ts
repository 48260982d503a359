/**
 * Opening hours, checked against "now" in the service's own time zone, so a person in
 * another zone sees the truth about the service; and described in the reader's language.
 * Reading them from the data is in hours-read.ts (with the other readers, a lazy chunk).
 */

/** One weekly opening: on `days` (0 = Sunday … 6 = Saturday), from `opens` to `closes` in minutes after midnight. */
export interface OpeningRule {
  days: number[];
  opens: number;
  /** Less than or equal to `opens` for a span past midnight (e.g. 22:00–06:00). */
  closes: number;
}

export interface Hours {
  rules: OpeningRule[];
  /** How the data said it (an `hours` cell or an HSDS schedule description), shown as written. */
  text?: string;
  /** An IANA zone such as `America/Chicago`. */
  timeZone?: string;
  /** A fixed offset from UTC in minutes, when the data gives one instead of a zone. */
  offset?: number;
}

const DAY_CODES = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'];

export function dayIndex(code: string): number {
  return DAY_CODES.indexOf(code.trim().slice(0, 2).toLowerCase());
}

// Intl formatters are slow to construct (a fraction of a millisecond each): one per time
// zone, reused, keeps reading 10,000 records and rendering each page of cards fast.
const zoneFormats = new Map<string | undefined, Intl.DateTimeFormat | null>();

function zoneFormat(timeZone: string | undefined): Intl.DateTimeFormat | null {
  let format = zoneFormats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    } catch {
      format = null;
    }
    zoneFormats.set(timeZone, format);
  }
  return format;
}

const weekdayFormats = new Map<string, Intl.DateTimeFormat>();

/** Whether `zone` is an IANA time zone this browser knows. */
export function isTimeZone(zone: string): boolean {
  return zoneFormat(zone) !== null;
}

/** Day of week and minutes after midnight at `date` in a zone or at a fixed offset. */
export function localTime(date: Date, { timeZone, offset }: { timeZone?: string; offset?: number }): { day: number; minute: number } {
  if (offset !== undefined && !timeZone) {
    const shifted = new Date(date.getTime() + offset * 60_000);
    return { day: shifted.getUTCDay(), minute: shifted.getUTCHours() * 60 + shifted.getUTCMinutes() };
  }
  const parts = (zoneFormat(timeZone) ?? zoneFormat(undefined)!).formatToParts(date);
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? '';
  return { day: dayIndex(part('weekday')), minute: (Number(part('hour')) % 24) * 60 + Number(part('minute')) };
}

/**
 * True or false when the rules say; undefined when there are none. With neither a zone
 * nor an offset in the data, the `fallbackZone` (the finder's `time-zone`) or the
 * device's own zone is used.
 */
export function isOpenAt(hours: Hours | undefined, date: Date, fallbackZone?: string): boolean | undefined {
  if (!hours?.rules.length) return undefined;
  const zone = hours.timeZone ?? (hours.offset === undefined ? fallbackZone : undefined);
  const { day, minute } = localTime(date, { timeZone: zone, offset: hours.offset });
  const yesterday = (day + 6) % 7;
  return hours.rules.some(({ days, opens, closes }) =>
    closes > opens
      ? days.includes(day) && minute >= opens && minute < closes
      : (days.includes(day) && minute >= opens) || (days.includes(yesterday) && minute < closes),
  );
}

/** Rules as short readable text in a language, e.g. "Mon–Fri 09:00–17:00". */
export function describeRules(rules: OpeningRule[], lang: string): string {
  let weekday = weekdayFormats.get(lang);
  if (!weekday) weekdayFormats.set(lang, (weekday = new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' })));
  // 2023-01-01 was a Sunday.
  const dayName = (day: number) => weekday.format(Date.UTC(2023, 0, 1 + day));
  const time = (value: number) => `${String(Math.floor(value / 60) % 24).padStart(2, '0')}:${String(value % 60).padStart(2, '0')}`;
  return rules
    .map(({ days, opens, closes }) => {
      if (days.length === 7 && opens === 0 && closes === 1440) return '24/7';
      const sorted = [...days].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
      const consecutive = sorted.every((day, index) => index === 0 || day === (sorted[index - 1] + 1) % 7);
      const dayText = consecutive && sorted.length > 2
        ? `${dayName(sorted[0])}–${dayName(sorted.at(-1)!)}`
        : sorted.map(dayName).join(', ');
      return `${days.length === 7 ? '' : `${dayText} `}${time(opens)}–${time(closes)}`;
    })
    .join('; ');
}
