/**
 * Opening hours read once from HSDS schedules or an `hours` column like
 * `Mo-Fr 09:00-17:00; Sa 10:00-14:00` (part of the readers' lazy chunk).
 */
import { dayIndex, type Hours, type OpeningRule } from './hours.js';

const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6];

/** `9:00`, `09:00:00`, `0900` → minutes; `24:00` → 1440. */
function minutes(value: string): number | undefined {
  const match = /^(\d{1,2}):?(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value.trim());
  if (!match) return undefined;
  const total = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && total <= 1440 ? total : undefined;
}

/** Feeds repeat a few day patterns thousands of times: each is read once (the arrays are never changed). */
const daysRead = new Map<string, number[] | undefined>();

/** `Mo-Fr`, `Mo,We,Fr`, `Sa-Mo` (wrapping) → day indexes; undefined if unreadable. */
function parseDays(spec: string): number[] | undefined {
  if (daysRead.has(spec)) return daysRead.get(spec);
  const days = readDays(spec);
  if (daysRead.size < 500) daysRead.set(spec, days);
  return days;
}

function readDays(spec: string): number[] | undefined {
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
