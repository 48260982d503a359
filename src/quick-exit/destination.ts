import { quote, warnOnce } from '../core/attributes.js';
import { isSafeHttpUrl, safeUrl } from '../core/safe-url.js';

/**
 * Where the exit goes when a partner sets no `href`: Wikipedia's portal. Fast everywhere
 * (a global CDN), no sign-in, no personalisation, no ads or third-party trackers, in every
 * language, and nothing about it looks out of place on anyone's screen. Partners should
 * still pick a local neutral site (a local weather or news front page).
 */
export const DEFAULT_DESTINATION = 'https://www.wikipedia.org/';

/**
 * The destination for `href`: http/https only, and not this same page (an "exit" that
 * reloads the page would leave it on screen). Anything else warns once and uses the default.
 */
export function resolveDestination(element: Element, value: string | null | undefined): string {
  if (value === null || value === undefined) return DEFAULT_DESTINATION;
  const url = isSafeHttpUrl(value) ? safeUrl(value, ['http:', 'https:']) : undefined;
  if (url && url.split('#')[0] !== location.href.split('#')[0]) return url;
  warnOnce(
    element,
    'href',
    `${quote(value)} is not an http(s) address of another page; using ${DEFAULT_DESTINATION}.`,
  );
  return DEFAULT_DESTINATION;
}
