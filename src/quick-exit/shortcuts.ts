/**
 * Keyboard shortcuts for the quick exit, as plain state machines fed with key events.
 * They read only the fields below, so tests can drive them with plain objects.
 */
export interface KeyInput {
  type: string;
  key: string;
  code?: string;
  repeat?: boolean;
  isComposing?: boolean;
  keyCode?: number;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  defaultPrevented?: boolean;
  /** Milliseconds on the `performance.now()` clock (a KeyboardEvent's own `timeStamp`). */
  timeStamp: number;
}

export const SHIFT_PRESSES = 3;
export const SHIFT_TIMEOUT = 5000;
export const ESCAPE_PRESSES = 2;
export const ESCAPE_TIMEOUT = 1000;

/** Keys typed through an input method editor (Japanese, Chinese, Korean…) are words, not shortcuts. */
const composing = (event: KeyInput) => event.isComposing || event.key === 'Process' || event.keyCode === 229;
const modified = (event: KeyInput) => Boolean(event.ctrlKey || event.altKey || event.metaKey);

/** Counts presses of one key that must come at most `timeout` ms apart. */
abstract class PressCounter {
  /** Presses so far in the current sequence. */
  count = 0;
  protected last = -Infinity;

  constructor(
    public timeout: number,
    readonly presses: number,
  ) {}

  /** Count a press at `time`: the new count, or `presses` when complete (then start over). */
  protected press(time: number): number {
    if (time - this.last > this.timeout) this.count = 0;
    this.last = time;
    if (++this.count < this.presses) return this.count;
    this.reset();
    return this.presses;
  }

  /** True (and starts over) when the last press is more than `timeout` ms before `now`. */
  expire(now: number): boolean {
    if (!this.count || now - this.last <= this.timeout) return false;
    this.count = 0;
    return true;
  }

  reset(): void {
    this.count = 0;
  }
}

/**
 * Shift pressed on its own `presses` times, at most `timeout` ms apart. A press counts when
 * every Shift key is released and nothing else was pressed meanwhile, so Shift used as a
 * modifier (typing "Hello World") never counts; any other key starts over; Left and Right
 * Shift are the same key, and holding both is one press.
 */
export class ShiftTripleDetector extends PressCounter {
  private held = new Set<string>();
  private used = false;

  constructor(timeout = SHIFT_TIMEOUT, presses = SHIFT_PRESSES) {
    super(timeout, presses);
  }

  /**
   * Feed a `keydown` or `keyup`. Returns the count after a press or a reset, `presses` when
   * the sequence is complete (the detector then starts over), otherwise `undefined`.
   */
  handle(event: KeyInput): number | undefined {
    const before = this.count;
    if (composing(event)) {
      this.used = true;
      this.count = 0;
    } else if (event.key !== 'Shift') {
      if (event.type === 'keydown') {
        // Shift + another key is a capital letter or a shortcut, never an exit press.
        this.used = true;
        this.count = 0;
      }
    } else if (event.type === 'keydown') {
      if (!this.held.size) this.used = modified(event);
      this.held.add(event.code || 'Shift');
    } else if (event.type === 'keyup' && this.held.delete(event.code || 'Shift') && !this.held.size && !this.used) {
      return this.press(event.timeStamp);
    }
    return this.count === before ? undefined : this.count;
  }

  /** Forget everything, e.g. when the window loses focus and key-ups may never arrive. */
  override reset(): void {
    super.reset();
    this.held.clear();
    this.used = false;
  }
}

/**
 * Escape pressed twice within `timeout` ms. Escape already means "close" and "stop loading",
 * so this stands aside (and starts over) whenever the key may be doing something else.
 */
export class EscapeTwiceDetector extends PressCounter {
  constructor(timeout = ESCAPE_TIMEOUT, presses = ESCAPE_PRESSES) {
    super(timeout, presses);
  }

  /**
   * Feed a `keydown`; `standAside` is true when focus is in an editable field or a dialog
   * or menu is open. Returns the count after a press or a reset, `presses` when complete.
   */
  handle(event: KeyInput, standAside = false): number | undefined {
    if (event.type !== 'keydown') return undefined;
    const before = this.count;
    if (
      event.key !== 'Escape' ||
      event.repeat ||
      event.defaultPrevented ||
      composing(event) ||
      modified(event) ||
      standAside
    ) {
      this.count = 0;
    } else {
      return this.press(event.timeStamp);
    }
    return this.count === before ? undefined : this.count;
  }
}

const NOT_TEXT = /^(button|checkbox|color|file|hidden|image|radio|range|reset|submit)$/;

/** A field where Escape may mean "undo" or "clear": text inputs, textareas, selects, contenteditable. */
export function isEditable(node: unknown): boolean {
  if (!(node instanceof HTMLElement)) return false;
  if (node.isContentEditable || node instanceof HTMLTextAreaElement || node instanceof HTMLSelectElement) return true;
  return node instanceof HTMLInputElement && !NOT_TEXT.test(node.type);
}

/** A dialog, menu or popover is showing, or the focused control says it has opened something. */
export function hasOpenOverlay(root: Document = document): boolean {
  const open = root.querySelectorAll(
    'dialog[open],[aria-modal="true"],[role="dialog"],[role="alertdialog"],[role="menu"],[popover]',
  );
  for (const element of open) if (element.getClientRects().length) return true;
  return root.activeElement?.getAttribute('aria-expanded') === 'true';
}
