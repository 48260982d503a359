/**
 * Haven's own Trusted Types policy, `haven` (API.md: the only name besides Lit's `lit-html`).
 * It does two narrow things: hands markup from data to an inert parser, whose output is
 * copied node by node through a whitelist before anything reaches the page; and passes
 * text that is checked to be JSON into JSON-LD data blocks, which never run. Created once
 * per page and shared by every copy of Haven (a page may load the CDN build and an npm copy).
 */
export type HavenPolicy = Pick<TrustedTypePolicy, 'createHTML' | 'createScript'>;

const KEY = Symbol.for('haven-widgets.trusted-types');
const shared = globalThis as typeof globalThis & { [key: symbol]: HavenPolicy | null | undefined };

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
      });
    } catch {
      shared[KEY] = null;
    }
  }
  return shared[KEY];
}
