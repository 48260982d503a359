/**
 * Attribute parsing shared by every element. An invalid value is never an error:
 * it warns once (naming the element and attribute) and the default is used.
 */
const warned = new WeakMap<Element, Set<string>>();

/** Warn in the console once per element, attribute and value. */
export function warnOnce(element: Element, attribute: string, message: string): void {
  const seen = warned.get(element) ?? new Set<string>();
  warned.set(element, seen);
  const key = `${attribute}\u0000${message}`;
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(`Haven <${element.localName}> ${attribute}: ${message}`);
}

/** Shorten what a partner typed before quoting it back in a warning. */
export function quote(value: unknown): string {
  const text = String(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

/** One of a fixed set of keywords (case-insensitive), else the default. */
export function parseEnum<T extends string>(
  element: Element,
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === null || value === undefined) return fallback;
  const normalized = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(normalized)) return normalized as T;
  warnOnce(
    element,
    attribute,
    `${quote(value)} is not one of ${allowed.join(', ')}; using "${fallback}".`,
  );
  return fallback;
}

/** A finite number within [min, max], else the default. */
export function parseNumber(
  element: Element,
  attribute: string,
  value: string | number | null | undefined,
  { min = -Infinity, max = Infinity, fallback, integer = false }:
    { min?: number; max?: number; fallback: number; integer?: boolean },
): number {
  if (value === null || value === undefined || value === '') return fallback;
  const number = typeof value === 'number' ? value : Number(String(value).trim());
  if (Number.isFinite(number) && number >= min && number <= max && (!integer || Number.isInteger(number))) {
    return number;
  }
  warnOnce(
    element,
    attribute,
    `${quote(value)} is not ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}; using ${fallback}.`,
  );
  return fallback;
}

/** `on`/`off` style switches whose default is on (e.g. `skip-link="off"`). */
export function parseSwitch(
  element: Element,
  attribute: string,
  value: string | null | undefined,
  fallback: boolean,
): boolean {
  if (value === null || value === undefined) return fallback;
  const normalized = value.trim().toLowerCase();
  if (['', 'on', 'true', 'yes'].includes(normalized)) return true;
  if (['off', 'false', 'no'].includes(normalized)) return false;
  warnOnce(element, attribute, `${quote(value)} is not "on" or "off"; using "${fallback ? 'on' : 'off'}".`);
  return fallback;
}
