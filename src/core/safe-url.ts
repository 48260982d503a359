/**
 * The one check every string passes before it becomes an `href`.
 * Partners' data and attributes are typed by people in a hurry; a `javascript:`
 * or `data:` URL must never reach a link.
 */
export const SAFE_PROTOCOLS = ['http:', 'https:', 'tel:', 'sms:', 'mailto:'] as const;
export type SafeProtocol = (typeof SAFE_PROTOCOLS)[number];

const WEB_PROTOCOLS: readonly SafeProtocol[] = ['http:', 'https:'];

/** Where there is no document (the finder's reader worker), the page's base URL it was given. */
let workerBase: string | undefined;
export function setBaseUri(base: string): void {
  workerBase = base;
}

/**
 * Returns the normalised URL when its scheme is one of `allowed`, otherwise `undefined`.
 * Relative URLs resolve against the document, so `faq.json` and `/help` are fine.
 */
export function safeUrl(
  value: unknown,
  allowed: readonly SafeProtocol[] = SAFE_PROTOCOLS,
): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Browsers drop surrounding controls/spaces and tabs/newlines anywhere before parsing,
  // so "java\tscript:" is javascript:. Any other control or bidi override is refused.
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  // eslint-disable-next-line no-control-regex
  if (!cleaned || /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(cleaned)) return undefined;
  let url: URL;
  try {
    url = new URL(cleaned, globalThis.document?.baseURI ?? workerBase);
  } catch {
    return undefined;
  }
  if (!(allowed as readonly string[]).includes(url.protocol)) return undefined;
  // `tel:`, `sms:` and `mailto:` paths keep a space inside as it is ("tel: 555"): encode it, so
  // no href carries a space a person cannot see.
  return url.href.replaceAll(' ', '%20');
}

/** `http:` or `https:` only: for destinations we navigate to. */
export function isSafeHttpUrl(value: unknown): boolean {
  return safeUrl(value, WEB_PROTOCOLS) !== undefined;
}

/**
 * Digits and a leading `+` only, for `tel:` and `sms:` links built from phone numbers. Made of
 * nothing else, the link is already what {@link safeUrl} would return (a property test holds it to
 * that), so it is not parsed again: a feed of 10,000 services has tens of thousands of numbers, and
 * parsing them as URLs was the largest single cost of reading one.
 */
export function telHref(number: string, scheme: 'tel:' | 'sms:' = 'tel:'): string | undefined {
  const digits = number.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /\d{2,}/.test(digits) ? scheme + digits : undefined;
}
