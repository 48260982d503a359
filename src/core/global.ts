import { registerTranslation } from './i18n.js';
import { VERSION } from './version.js';

export interface HavenGlobal {
  version: string;
  registerTranslation: typeof registerTranslation;
}

declare global {
  interface Window {
    /** Set by every Haven entry point, so script-tag users can call `Haven.registerTranslation`. */
    Haven?: HavenGlobal;
  }
}

/** Expose `window.Haven` for partners who use a script tag and no bundler. */
export function exposeHavenGlobal(): void {
  // Importing on a server (React or Vue server rendering, Node) must not throw: no window there.
  if (typeof window === 'undefined') return;
  // The first copy on the page keeps its version; the strings registry is shared anyway.
  window.Haven ??= { version: VERSION, registerTranslation };
}
