import { clearHavenStorage } from '../core/storage.js';

/**
 * The page-level exit, as plain functions. Everything runs synchronously in the task of
 * the click or key press: no `await`, no request, nothing that could be slow or fail
 * between the person's action and the navigation.
 */
export interface ExitOptions {
  /** Destination, already through the safe-URL check. */
  href: string;
  /** `replace` (Back does not return here) or `push` (an ordinary navigation). */
  history: 'replace' | 'push';
  /** Neutral document title while the destination loads. */
  title: string;
  /** Neutral words on the blank screen, read out by screen readers. */
  message: string;
}

/** An unknown element name: no partner stylesheet targets it. */
export const EXIT_SCREEN_TAG = 'haven-exit-screen';

// The element's shadow styles cannot reach the page, so hiding needs a document-level
// sheet. A constructable sheet is CSSOM, which a strict `style-src 'self'` allows; an
// injected <style> or a style attribute it would not.
const HIDE_PAGE = `:root>:not(${EXIT_SCREEN_TAG}){display:none!important}:root{background:Canvas!important;overflow:hidden!important}${EXIT_SCREEN_TAG}{all:initial!important;display:block!important;position:fixed!important;inset:0!important;z-index:2147483647!important;padding:1rem!important;background:Canvas!important;color:CanvasText!important;font:1rem system-ui,sans-serif!important}`;

let sheet: CSSStyleSheet | undefined;
let titleBefore: string | undefined;
let bodyHidden = false;

const safely = (step: () => void) => {
  try {
    step();
  } catch {
    // One step failing (an old browser, a frozen object) must never stop the others.
  }
};

/** Build the stylesheet ahead of time, so the exit itself only has to adopt it. */
export function prepareExit(): void {
  safely(() => {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(HIDE_PAGE);
    }
  });
}

/** Take every element but a blank, full-viewport screen out of rendering. */
export function hidePage(message: string): void {
  prepareExit();
  safely(() => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet!];
  });
  if (!document.adoptedStyleSheets.includes(sheet!)) {
    // No constructable stylesheets: hide the body through the CSSOM instead.
    safely(() => {
      document.body.style.setProperty('display', 'none', 'important');
      bodyHidden = true;
    });
  }
  // A modal dialog would leave the screen inert: not announced, not the top of the page.
  safely(() => document.querySelectorAll<HTMLDialogElement>('dialog[open]').forEach((dialog) => dialog.close()));
  safely(() => {
    const screen = document.createElement(EXIT_SCREEN_TAG);
    document.documentElement.append(screen);
    // Role and words after insertion, so screen readers announce them as a change.
    screen.setAttribute('role', 'alert');
    screen.textContent = message;
  });
}

/** The destination must not learn which page the person left (`rel` covers only links). */
export function blockReferrer(): void {
  const meta = document.createElement('meta');
  meta.name = 'referrer';
  meta.content = 'no-referrer';
  (document.head ?? document.documentElement).append(meta);
}

/**
 * Leave: hide the page, set a neutral title, drop the referrer, navigate, remove Haven's own
 * storage keys. `location` is a parameter only so tests can watch the navigation.
 */
export function exitPage(
  options: ExitOptions,
  location: Pick<Location, 'replace' | 'assign'> = window.location,
): void {
  hidePage(options.message);
  safely(() => {
    titleBefore ??= document.title;
    document.title = options.title;
  });
  safely(blockReferrer);
  try {
    // replace, not assign: Back must not return to this page.
    if (options.history === 'push') location.assign(options.href);
    else location.replace(options.href);
  } finally {
    // Still in this task, so before the page can unload; after the navigation call because
    // the first touch of sessionStorage can block for milliseconds while the request could
    // already be on its way.
    clearHavenStorage();
  }
}

/** Undo the screen and title, for a person who comes Back on purpose (back-forward cache). */
export function undoExit(): void {
  safely(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  });
  document.querySelectorAll(EXIT_SCREEN_TAG).forEach((screen) => screen.remove());
  if (bodyHidden) document.body.style.removeProperty('display');
  bodyHidden = false;
  if (titleBefore !== undefined) document.title = titleBefore;
  titleBefore = undefined;
}
