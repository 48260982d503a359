/**
 * Opening hours: parsed once from HSDS schedules or an `hours` column like
 * `Mo-Fr 09:00-17:00; Sa 10:00-14:00`, then checked against "now" in the service's
 * own time zone, so a person in another zone sees the truth about the service.
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
const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6];

function dayIndex(code: string): number {
  return DAY_CODES.indexOf(code.trim().slice(0, 2).toLowerCase());
}

/** `9:00`, `09:00:00`, `0900` → minutes; `24:00` → 1440. */
function minutes(value: string): number | undefined {
  const match = /^(\d{1,2}):?(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value.trim());
  if (!match) return undefined;
  const total = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && total <= 1440 ? total : undefined;
}

/** `Mo-Fr`, `Mo,We,Fr`, `Sa-Mo` (wrapping) → day indexes; undefined if unreadable. */
function parseDays(spec: string): number[] | undefined {
  const days = new Set<number>();
  for (const part of spec.split(',')) {
    const [from, to] = part.split('-').map(dayIndex);
    if (from < 0 || (to !== undefined && to < 0)) return undefined;
    for (let day = from; ; day = (day + 1) % 7) {
      days.add(day);
      if (to === undefined || day === to) break;
    }
  }
  return [...days];
}

/**
 * A simple subset of OpenStreetMap's `opening_hours`: `24/7`; `Mo-Fr 09:00-17:00`;
 * several times (`Mo-Fr 09:00-12:00,13:00-17:00`); rules separated by `;`; `off`.
 * Returns the rules it understood; an unreadable rule is left out (never guessed).
 */
export function parseHoursText(value: string): OpeningRule[] {
  const rules: OpeningRule[] = [];
  for (const rule of value.split(/[;\n]/)) {
    const trimmed = rule.trim();
    if (!trimmed) continue;
    if (/^24\s*\/\s*7$/.test(trimmed)) {
      rules.push({ days: ALL_DAYS, opens: 0, closes: 1440 });
      continue;
    }
    const match = /^([A-Za-z]{2}(?:\s*[-,]\s*[A-Za-z]{2})*)\s+(.+)$/.exec(trimmed);
    const days = match && parseDays(match[1].replace(/\s/g, ''));
    if (!match || !days || /^(off|closed)$/i.test(match[2].trim())) continue;
    for (const span of match[2].split(',')) {
      const [opens, closes] = span.split(/[-–]/).map((time) => minutes(time ?? ''));
      if (opens !== undefined && closes !== undefined) rules.push({ days, opens, closes });
    }
  }
  return rules;
}

/** `09:00-05:00` or `17:00Z` → { time, offset }; a time with no zone has no offset. */
function timeWithOffset(value: unknown): { time?: number; offset?: number } {
  if (typeof value !== 'string') return {};
  const match = /^\s*(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?\s*$/i.exec(value);
  if (!match) return {};
  let offset: number | undefined;
  if (match[2]) {
    const zone = match[2].toUpperCase();
    if (zone === 'Z') offset = 0;
    else {
      const [, sign, hours, mins] = /([+-])(\d{2}):?(\d{2})/.exec(zone)!;
      offset = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(mins));
    }
  }
  return { time: minutes(match[1]), offset };
}

/**
 * Weekly HSDS schedules (`freq` WEEKLY or absent, `byday`, `opens_at`, `closes_at`).
 * Monthly and yearly rules are too rare to be worth their code here: they give no
 * "open now" rather than a wrong one. `timezone` is a UTC offset in hours (HSDS 3.0);
 * an offset written on `opens_at` wins.
 */
export function hoursFromHsdsSchedules(schedules: unknown): Hours | undefined {
  if (!Array.isArray(schedules)) return undefined;
  const rules: OpeningRule[] = [];
  const texts: string[] = [];
  let offset: number | undefined;
  for (const schedule of schedules) {
    if (!schedule || typeof schedule !== 'object') continue;
    const { freq, byday, opens_at: opensAt, closes_at: closesAt, timezone, description } = schedule as Record<string, unknown>;
    if (typeof description === 'string' && description.trim()) texts.push(description.trim());
    if (freq !== undefined && freq !== null && String(freq).toUpperCase() !== 'WEEKLY') continue;
    const opens = timeWithOffset(opensAt);
    const closes = timeWithOffset(closesAt);
    if (opens.time === undefined || closes.time === undefined) continue;
    const days = typeof byday === 'string' && byday.trim() ? parseDays(byday.replace(/\s/g, '')) : ALL_DAYS;
    if (!days) continue;
    rules.push({ days, opens: opens.time, closes: closes.time });
    const zoneHours = typeof timezone === 'number' ? timezone : Number.parseFloat(String(timezone ?? ''));
    offset ??= opens.offset ?? (Number.isFinite(zoneHours) && Math.abs(zoneHours) <= 14 ? zoneHours * 60 : undefined);
  }
  if (!rules.length && !texts.length) return undefined;
  return { rules, text: texts.join(' ') || undefined, offset };
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
