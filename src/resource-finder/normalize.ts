/**
 * The one record every reader produces. Partner data is checked here, once: strings are
 * trimmed, de-quoted and capped, placeholders dropped, links passed through the one
 * safe-URL check, coordinates range-checked. The rest of the finder trusts these types.
 */
import { safeUrl, telHref } from '../core/safe-url.js';
import { foldText } from '../core/text.js';
import { isTimeZone, type Hours } from './hours.js';
import { parseHoursText } from './hours-read.js';

export type PhoneKind = 'call' | 'text' | 'tty';

export interface Phone {
  kind: PhoneKind;
  /** As written in the data (quotes removed). */
  number: string;
  /** A `tel:` or `sms:` URL from the number's digits. */
  href: string;
  extension?: string;
}

export interface Address {
  street?: string;
  city?: string;
  state?: string;
  zip?: string;
}

export interface ServiceRecord {
  /** Unique within one data set: one record per service at a location. */
  id: string;
  name: string;
  organization?: string;
  description?: string;
  categories: string[];
  populations: string[];
  /** ISO codes where the data gives or names them (`es`), otherwise the name as written. */
  languages: string[];
  phones: Phone[];
  /** http(s) only, already safe. */
  website?: string;
  email?: string;
  /** Never set for a confidential record. */
  address?: Address;
  /** Never set for a confidential record: search must not reveal a hidden place. */
  city?: string;
  latitude?: number;
  longitude?: number;
  /** Confidential locations show no address and only a coarse "serves your area". */
  confidential: boolean;
  status: 'active' | 'temporarily closed';
  alert?: string;
  hours?: Hours;
  free?: boolean;
  fees?: string;
  eligibility?: string;
  minimumAge?: number;
  maximumAge?: number;
  nextSteps?: string;
  /** `YYYY-MM-DD`. */
  verified?: string;
}

/** A record being assembled by a reader, before the final checks. */
export type RecordDraft = Partial<Omit<ServiceRecord, 'status' | 'confidential'>> & {
  status?: string;
  confidential?: boolean;
  /** Links the data held but that could not be used (`['website', 'javascript:…']`), for the partner's console. */
  dropped?: [string, string][];
};

/** Why a record could not be used (counted for the partner's console summary). */
export type SkipReason = 'not-an-object' | 'no-name' | 'hidden-status';

export const MAX_TEXT = 2000;
export const MAX_NAME = 200;

// What generated or half-filled feeds put in typed fields ("string", the field's own
// name as in the HSDS examples: `"fees": "fees_description"`).
const PLACEHOLDERS = new Set(['', 'null', 'undefined', 'n/a', 'na', 'string', 'tbd', 'todo', '-', '--', 'value', 'name', 'description', 'code']);
const PLACEHOLDER_LENGTH = Math.max(...[...PLACEHOLDERS].map((word) => word.length));

// Control characters, and bidi embeddings, overrides and isolates: invisible, and an
// override (U+202E) makes "816-555-0101" read as another number than the one dialled.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** Text that needs cleaning: a quote or space at the start, a space at the end, two spaces, other whitespace, invisible characters. */
const UNCLEAN = new RegExp(`^[\\s"'“]|\\s$| {2}|[^\\S ]|${INVISIBLE.source}`);

/**
 * A clean string or undefined: control and bidi-override characters are removed, numbers
 * become text, surrounding quotes (`"\"+1 …\""`) and whitespace go, placeholders are
 * dropped, and very long text is cut.
 */
export function text(value: unknown, max = MAX_TEXT, strict = true): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  if (typeof value !== 'string') return undefined;
  // Ordinary text (most of a 10,000-record feed) passes one test and needs no cleaning.
  let cleaned = value;
  if (UNCLEAN.test(value)) {
    const visible = value.replace(INVISIBLE, '');
    cleaned = /\s\s|[^\S ]/.test(visible) ? visible.replace(/\s+/g, ' ').trim() : visible.trim();
    while (/^["'“]/.test(cleaned) && /^"[^"]*"$|^'[^']*'$|^“[^“”]*”$/.test(cleaned) && cleaned.length > 1) cleaned = cleaned.slice(1, -1).trim();
  }
  // A snake_case word in a sentence field is a column name left as a value.
  if ((cleaned.length <= PLACEHOLDER_LENGTH && PLACEHOLDERS.has(cleaned.toLowerCase())) || (strict && /^[a-z]+(_[a-z]+)+$/.test(cleaned))) return undefined;
  return cleaned.length > max ? `${cleaned.slice(0, max - 1)}…` : cleaned;
}

/**
 * `value`; when it is undefined although the data held something (`raw`), that is noted in
 * `dropped` as `[field, raw]`, so the partner hears which links were left out.
 */
export function noteDropped<T>(dropped: [string, string][], field: string, raw: unknown, value: T | undefined): T | undefined {
  const written = value === undefined && text(raw, 500, false);
  if (written) dropped.push([field, written]);
  return value;
}

/** A list from an array of strings/objects with `name`, or a `;`/`|`-separated string. */
export function list(value: unknown, pick: (item: Record<string, unknown>) => unknown = (item) => item.name): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[;|]/) : [];
  const out: string[] = [];
  for (const item of items) {
    const name = text(item && typeof item === 'object' ? pick(item as Record<string, unknown>) : item, 80, false);
    if (name && !out.some((seen) => seen.toLowerCase() === name.toLowerCase())) out.push(name);
  }
  return out;
}

/** A finite number (from a number or a numeric string) within a range. */
export function number(value: unknown, min: number, max: number): number | undefined {
  const parsed = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(text(value)) : NaN;
  return Number.isFinite(parsed) && parsed >= min && parsed <= max ? parsed : undefined;
}

/** `yes`/`true`/`1`/`sí` → true, `no`/`false`/`0` → false, anything else undefined. */
export function yesNo(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const word = text(value)?.toLowerCase();
  if (word === undefined) return undefined;
  if (['yes', 'y', 'true', '1', 'sí', 'si', 'x'].includes(word)) return true;
  if (['no', 'n', 'false', '0'].includes(word)) return false;
  return undefined;
}

/** A phone from a number as written; undefined when it has no digits to dial. */
export function phone(value: unknown, kind: PhoneKind = 'call', extension?: unknown): Phone | undefined {
  const written = text(value, 40);
  if (!written) return undefined;
  const href = telHref(written, kind === 'text' ? 'sms:' : 'tel:');
  if (!href) return undefined;
  const ext = text(extension, 10);
  return { kind, number: written, href, extension: ext && /^\d+$/.test(ext) ? ext : undefined };
}

/** An http(s) website only; a bare `example.org` gets `https://`. */
export function website(value: unknown): string | undefined {
  const written = text(value, 500);
  if (!written) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(written) || written.startsWith('/') ? written : `https://${written}`;
  return safeUrl(withScheme, ['https:', 'http:']);
}

export function email(value: unknown): string | undefined {
  const written = text(value, 200);
  return written && /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(written) ? written : undefined;
}

/** `2024-03-01`, `2024-03-01T…`, or anything Date can read → `YYYY-MM-DD`. */
export function isoDate(value: unknown): string | undefined {
  const written = text(value, 40);
  if (!written) return undefined;
  const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(written) ? `${written}T00:00:00Z` : written);
  return Number.isFinite(time) ? new Date(time).toISOString().slice(0, 10) : undefined;
}

/** Hours from an `hours` text cell and an optional IANA zone. */
export function hoursFromText(value: unknown, zone?: unknown): Hours | undefined {
  const written = text(value, 300);
  if (!written) return undefined;
  const timeZone = text(zone, 60);
  const rules = parseHoursText(written);
  // Rules that were understood are shown in the reader's language; anything else as written.
  return { rules, text: rules.length ? undefined : written, timeZone: timeZone && isTimeZone(timeZone) ? timeZone : undefined };
}

/** Language names and codes as one key where this browser can tell (`Spanish`, `es` → `es`). */
const COMMON_LANGUAGES = 'en es fr ar zh vi ko tl ru pt ht so sw am ti fa ur hi pl uk ja de it hmn my ne km lo bn pa ps prs rw'.split(' ');
let namesToCodes: Map<string, string> | undefined;
export function languageKey(value: string): string {
  const trimmed = value.trim();
  if (/^[a-z]{2,3}(-[a-z0-9]+)?$/i.test(trimmed)) return trimmed.toLowerCase();
  if (!namesToCodes) {
    namesToCodes = new Map();
    for (const lang of ['en', 'es']) {
      try {
        const names = new Intl.DisplayNames([lang], { type: 'language' });
        for (const code of COMMON_LANGUAGES) namesToCodes.set(names.of(code)!.toLowerCase(), code);
      } catch {
        // Older browsers: names stay as written.
      }
    }
  }
  const folded = foldText(trimmed);
  return namesToCodes.get(trimmed.toLowerCase()) ?? namesToCodes.get(folded) ?? trimmed;
}

/**
 * The final check on a draft: a name is required, inactive and defunct services are
 * hidden, a confidential record loses its address and city.
 */
export function finishRecord(draft: RecordDraft, fallbackId: string): ServiceRecord | SkipReason {
  const name = text(draft.name, MAX_NAME);
  if (!name) return 'no-name';
  const status = (text(draft.status, 40, false) ?? 'active').toLowerCase().replace(/[_-]/g, ' ');
  if (status === 'inactive' || status === 'defunct') return 'hidden-status';
  const confidential = draft.confidential === true;
  const latitude = number(draft.latitude, -90, 90);
  const longitude = number(draft.longitude, -180, 180);
  const located = latitude !== undefined && longitude !== undefined && !(latitude === 0 && longitude === 0);
  const { address } = draft;
  const kept = confidential || !address || !(address.street || address.city || address.state || address.zip) ? undefined : address;
  // The draft is the reader's own object: finished in place, with no copy for each of 10,000 records.
  const record = draft as ServiceRecord;
  record.id = text(draft.id, 200) ?? fallbackId;
  record.name = name;
  record.categories = draft.categories ?? [];
  record.populations = draft.populations ?? [];
  record.languages = [...new Set((draft.languages ?? []).map(languageKey))];
  record.phones = draft.phones ?? [];
  record.address = kept;
  record.city = confidential ? undefined : draft.city ?? kept?.city;
  record.latitude = located ? latitude : undefined;
  record.longitude = located ? longitude : undefined;
  record.confidential = confidential;
  record.status = status === 'temporarily closed' ? 'temporarily closed' : 'active';
  return record;
}
