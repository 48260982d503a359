import { EXIT_SCREEN_TAG, exitPage, prepareExit, undoExit, type ExitOptions } from './exit-page.js';
import { EscapeTwiceDetector, ShiftTripleDetector, hasOpenOverlay, isEditable } from './shortcuts.js';

/** How an exit was started; the only thing `haven-exit` tells the partner. */
export type ExitVia = 'button' | 'skip-link' | 'shift' | 'escape';
export type ShortcutKind = 'shift' | 'escape';

/**
 * What a `<haven-quick-exit>` offers the page-level machinery. Several elements (and two
 * copies of Haven) share one registry: one set of listeners, one skip link, one exit.
 */
export interface ExitMember extends HTMLElement {
  exitOptions(): ExitOptions;
  /** The shortcuts this element turns on. */
  exitShortcuts(): readonly string[];
  /** Milliseconds allowed between Shift presses. */
  exitShortcutTimeout(): number;
  /** The skip link's words when this element wants one, else `undefined`. */
  exitSkipLink(): string | undefined;
  /** Show shortcut progress: `count` of `presses`, or that the sequence timed out. */
  exitProgress(kind: ShortcutKind, count: number, presses: number, expired: boolean): void;
  /** Back from the back-forward cache: clear any exit state. */
  exitReset(): void;
}

interface Registry {
  members: Set<ExitMember>;
  exited: boolean;
  listening: boolean;
  shift: ShiftTripleDetector;
  escape: EscapeTwiceDetector;
  timer?: ReturnType<typeof setTimeout>;
  skip?: HTMLAnchorElement;
  skipOwner?: ExitMember;
}

// On the global object, like the i18n registry: two copies of Haven on one page (the CDN
// build and an npm copy) still share one set of listeners, one skip link and one exit.
const shared = globalThis as typeof globalThis & { [key: symbol]: Registry | undefined };
const registry = (shared[Symbol.for('haven-widgets.quick-exit')] ??= {
  members: new Set(),
  exited: false,
  listening: false,
  shift: new ShiftTripleDetector(),
  escape: new EscapeTwiceDetector(),
});

/** Connected members in document order. */
function inOrder(): ExitMember[] {
  return [...registry.members]
    .filter((member) => member.isConnected)
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** The element a shortcut exits through: the first one in document order that turns it on. */
const ownerOf = (kind: ShortcutKind) => inOrder().find((member) => member.exitShortcuts().includes(kind));

/** Exit once, through `member`'s settings, then tell the page (without its address). */
export function exitVia(member: ExitMember, via: ExitVia): void {
  if (registry.exited) return;
  registry.exited = true;
  clearTimeout(registry.timer);
  // The page's own `onbeforeunload` (the handler property) would ask "Leave site?".
  window.onbeforeunload = null;
  exitPage(member.exitOptions());
  // If the browser asked "Leave site?" and the person stayed, the blank screen exits again.
  document.querySelector(EXIT_SCREEN_TAG)?.addEventListener('click', () => exitVia(member, via));
  member.dispatchEvent(new CustomEvent('haven-exit', { bubbles: true, composed: true, detail: { via } }));
}

/** True once an exit has started on this page (until the person comes Back). */
export const hasExited = () => registry.exited;

function progress(kind: ShortcutKind, count: number | undefined): void {
  const detector = registry[kind];
  const owner = ownerOf(kind);
  if (count === undefined || !owner) return;
  if (count === detector.presses) return exitVia(owner, kind);
  owner.exitProgress(kind, count, detector.presses, false);
  clearTimeout(registry.timer);
  if (count) {
    registry.timer = setTimeout(() => {
      if (detector.expire(performance.now())) owner.exitProgress(kind, 0, detector.presses, true);
    }, detector.timeout + 50);
  }
}

// Capture phase on the document: a page script that stops propagation cannot swallow Shift.
function onShiftKey(event: KeyboardEvent): void {
  const owner = ownerOf('shift');
  if (!owner || registry.exited) return;
  registry.shift.timeout = owner.exitShortcutTimeout();
  progress('shift', registry.shift.handle(event));
}

// Bubble phase on the window: runs after the page's own handlers, so an Escape that closed
// a dialog (defaultPrevented) or was stopped never counts.
function onEscapeKey(event: KeyboardEvent): void {
  if (registry.exited || !ownerOf('escape')) return;
  const standAside = isEditable(event.composedPath()[0]) || hasOpenOverlay();
  progress('escape', registry.escape.handle(event, standAside));
}

function forgetKeys(): void {
  registry.shift.reset();
  registry.escape.reset();
  clearTimeout(registry.timer);
  registry.members.forEach((member) => member.exitProgress('shift', 0, registry.shift.presses, false));
}

function listen(): void {
  if (registry.listening) return;
  registry.listening = true;
  document.addEventListener('keydown', onShiftKey, true);
  document.addEventListener('keyup', onShiftKey, true);
  window.addEventListener('keydown', onEscapeKey);
  // Key-ups never arrive after the window loses focus: start over.
  window.addEventListener('blur', forgetKeys);
  // A "Leave site?" prompt from another script must not hold the exit back. Listeners added
  // after this one are stopped here; one added earlier has already run, and if it asked,
  // the exit stays possible again (the person may answer "Stay").
  window.addEventListener('beforeunload', (event) => {
    if (!registry.exited) return;
    event.stopImmediatePropagation();
    if (event.defaultPrevented || event.returnValue) registry.exited = false;
  }, true);
  window.addEventListener('pageshow', () => {
    if (registry.exited) undoExit();
    registry.exited = false;
    forgetKeys();
    registry.members.forEach((member) => member.exitReset());
  });
}

// The skip link lives in the light DOM, so its styles go through the CSSOM (a strict
// `style-src` blocks style attributes, not `element.style`).
const SKIP_HIDDEN = { position: 'absolute', width: '1px', height: '1px', minHeight: '0', padding: '0', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' };
const SKIP_SHOWN = { position: 'fixed', width: 'auto', height: 'auto', minHeight: '44px', padding: '0.625rem 1rem', overflow: 'visible', clipPath: 'none', whiteSpace: 'normal' };

function skipLink(): HTMLAnchorElement {
  const link = document.createElement('a');
  link.id = 'haven-quick-exit-skip-link';
  link.rel = 'nofollow noreferrer noopener';
  Object.assign(link.style, SKIP_HIDDEN, {
    insetBlockStart: '0',
    insetInlineStart: '0',
    zIndex: '2147483647',
    boxSizing: 'border-box',
    margin: '0',
    background: '#a4161a',
    color: '#ffffff',
    font: '700 1rem/1.5 system-ui, sans-serif',
    textDecoration: 'underline',
    outline: '3px solid #ffffff',
    outlineOffset: '-6px',
  });
  link.addEventListener('focus', () => Object.assign(link.style, SKIP_SHOWN));
  link.addEventListener('blur', () => Object.assign(link.style, SKIP_HIDDEN));
  link.addEventListener('click', (event) => {
    event.preventDefault();
    if (registry.skipOwner) exitVia(registry.skipOwner, 'skip-link');
  });
  return link;
}

/**
 * One skip link per page, first in `<body>`, for the first element that wants one;
 * removed when none does.
 */
export function syncSkipLink(): void {
  const owner = inOrder().find((member) => member.exitSkipLink() !== undefined);
  registry.skipOwner = owner;
  if (!owner || !document.body) {
    registry.skip?.remove();
    registry.skip = undefined;
    return;
  }
  const link = (registry.skip ??= skipLink());
  link.href = owner.exitOptions().href;
  link.textContent = owner.exitSkipLink()!;
  if (document.body.firstChild !== link) document.body.prepend(link);
}

export function joinExit(member: ExitMember): void {
  registry.members.add(member);
  prepareExit();
  listen();
  syncSkipLink();
}

export function leaveExit(member: ExitMember): void {
  registry.members.delete(member);
  syncSkipLink();
}
