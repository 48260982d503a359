/**
 * Haven's own Trusted Types policy, `haven` (API.md: the only name besides Lit's `lit-html`).
 * It does three narrow things: hands markup from data to an inert parser, whose output is
 * copied node by node through a whitelist before anything reaches the page; passes
 * text that is checked to be JSON into JSON-LD data blocks, which never run; and lets
 * the finder start its own reader worker: a same-origin `reader-worker.js`, or a `blob:` URL
 * this copy of Haven made from that file's code after checking it against its build hash
 * ({@link workerBlobs}), and nothing else. Created once per page and shared by every copy of
 * Haven (a page may load the CDN build and an npm copy).
 */
export type HavenPolicy = Pick<TrustedTypePolicy, 'createHTML' | 'createScript'> & Partial<Pick<TrustedTypePolicy, 'createScriptURL'>>;

const KEY = Symbol.for('haven-widgets.trusted-types');
const shared = globalThis as typeof globalThis & { [KEY]?: HavenPolicy | null };

/**
 * The `blob:` URLs of reader-worker code whose hash this copy of Haven checked, while they live:
 * the only `blob:` URLs the `haven` policy turns into script URLs. Kept in Haven's modules, not on
 * the page's globals: only worker-client.ts adds to it, a blob it made from checked code, and it
 * removes it once that worker is done. (Where another copy of Haven made the shared policy, this
 * copy's blobs are refused, and its finder reads on the page.)
 */
export const workerBlobs = new Set<string>();

/**
 * The policy; `undefined` where the browser has no Trusted Types (plain strings work), `null`
 * where the page's `trusted-types` directive does not allow `haven` (callers fall back).
 */
export function havenPolicy(): HavenPolicy | null | undefined {
  if (!window.trustedTypes) return undefined;
  if (shared[KEY] === undefined) {
    try {
      shared[KEY] = window.trustedTypes.createPolicy('haven', {
        createHTML: (markup: string) => markup,
        createScript: (json: string) => {
          JSON.parse(json);
          return json;
        },
        createScriptURL: (url: string) => {
          const parsed = new URL(url);
          const own = parsed.origin === location.origin && parsed.pathname.endsWith('/reader-worker.js');
          if (!own && !workerBlobs.has(url)) throw new TypeError(`Haven starts only its own worker, not ${url}`);
          return url;
        },
      });
    } catch {
      shared[KEY] = null;
    }
  }
  return shared[KEY];
}
