import { expect } from '@open-wc/testing';
import {
  EscapeTwiceDetector,
  ShiftTripleDetector,
  hasOpenOverlay,
  isEditable,
  type KeyInput,
} from '../../src/quick-exit/shortcuts.js';

/** A tiny keyboard: plain objects with just the fields the detectors read. */
function keyboard(detector: { handle(event: KeyInput): number | undefined }) {
  let now = 1000;
  let shift = false;
  const results: (number | undefined)[] = [];
  const send = (event: Partial<KeyInput> & { type: string; key: string }) => {
    const result = detector.handle({ timeStamp: now, shiftKey: shift, ...event } as KeyInput);
    results.push(result);
    return result;
  };
  return {
    results,
    wait(ms: number) {
      now += ms;
    },
    down(key: string, extra: Partial<KeyInput> = {}) {
      if (key === 'Shift') shift = true;
      return send({ type: 'keydown', key, code: extra.code ?? (key === 'Shift' ? 'ShiftLeft' : `Key${key.toUpperCase()}`), ...extra });
    },
    up(key: string, extra: Partial<KeyInput> = {}) {
      const result = send({ type: 'keyup', key, code: extra.code ?? (key === 'Shift' ? 'ShiftLeft' : `Key${key.toUpperCase()}`), ...extra });
      if (key === 'Shift') shift = false;
      return result;
    },
    /** Press and release Shift on its own. */
    shift(code = 'ShiftLeft', extra: Partial<KeyInput> = {}) {
      this.down('Shift', { code, ...extra });
      return this.up('Shift', { code, ...extra });
    },
    /** Type text the way a keyboard sends it: Shift held for capitals. */
    type(text: string) {
      let last: number | undefined;
      for (const char of text) {
        const capital = char !== char.toLowerCase();
        if (capital) this.down('Shift');
        this.down(char);
        this.up(char);
        if (capital) last = this.up('Shift');
        this.wait(80);
      }
      return last;
    },
  };
}

describe('ShiftTripleDetector', () => {
  it('completes on the third bare Shift press', () => {
    const keys = keyboard(new ShiftTripleDetector());
    expect(keys.shift()).to.equal(1);
    keys.wait(300);
    expect(keys.shift()).to.equal(2);
    keys.wait(300);
    expect(keys.shift()).to.equal(3);
  });

  it('starts over after completing', () => {
    const detector = new ShiftTripleDetector();
    const keys = keyboard(detector);
    keys.shift();
    keys.shift();
    keys.shift();
    expect(detector.count).to.equal(0);
    expect(keys.shift()).to.equal(1);
  });

  it('counts on release, not on press', () => {
    const keys = keyboard(new ShiftTripleDetector());
    expect(keys.down('Shift')).to.equal(undefined);
    expect(keys.up('Shift')).to.equal(1);
  });

  it('does not exit when a person types "Hello World, I Am OK" in a form', () => {
    const detector = new ShiftTripleDetector();
    const keys = keyboard(detector);
    keys.type('Hello World, I Am OK');
    expect(keys.results).to.not.include(3);
    expect(detector.count).to.equal(0);
  });

  it('never counts Shift used as a modifier, even when released last', () => {
    const keys = keyboard(new ShiftTripleDetector());
    for (let index = 0; index < 4; index++) {
      keys.down('Shift');
      keys.down('A');
      keys.up('A');
      expect(keys.up('Shift')).to.equal(undefined);
    }
  });

  it('never counts Shift pressed with Ctrl, Alt or Meta (a keyboard shortcut)', () => {
    const keys = keyboard(new ShiftTripleDetector());
    for (const modifier of ['ctrlKey', 'altKey', 'metaKey'] as const) {
      expect(keys.shift('ShiftLeft', { [modifier]: true })).to.equal(undefined);
    }
  });

  it('any other key starts the count over', () => {
    const detector = new ShiftTripleDetector();
    const keys = keyboard(detector);
    keys.shift();
    keys.shift();
    expect(keys.down('a')).to.equal(0);
    keys.up('a');
    expect(keys.shift()).to.equal(1);
    expect(keys.shift()).to.equal(2);
    expect(keys.down('Control', { code: 'ControlLeft' })).to.equal(0);
  });

  it('at most 5 s between presses: a slower press starts a new sequence', () => {
    const keys = keyboard(new ShiftTripleDetector());
    keys.shift();
    keys.wait(4900);
    expect(keys.shift()).to.equal(2);
    keys.wait(5100);
    expect(keys.shift()).to.equal(1);
  });

  it('takes a custom timeout', () => {
    const keys = keyboard(new ShiftTripleDetector(2000));
    keys.shift();
    keys.wait(2500);
    expect(keys.shift()).to.equal(1);
    keys.wait(1500);
    expect(keys.shift()).to.equal(2);
  });

  it('reports expiry once the timeout has passed, and starts over', () => {
    const detector = new ShiftTripleDetector();
    const keys = keyboard(detector);
    keys.shift();
    expect(detector.expire(1000 + 4000)).to.equal(false);
    expect(detector.expire(1000 + 5001)).to.equal(true);
    expect(detector.count).to.equal(0);
    expect(detector.expire(1000 + 9000)).to.equal(false);
  });

  it('Left and Right Shift count the same', () => {
    const keys = keyboard(new ShiftTripleDetector());
    expect(keys.shift('ShiftLeft')).to.equal(1);
    expect(keys.shift('ShiftRight')).to.equal(2);
    expect(keys.shift('ShiftLeft')).to.equal(3);
  });

  it('pressing both Shifts together is one press and does not break the sequence', () => {
    const keys = keyboard(new ShiftTripleDetector());
    keys.shift();
    keys.down('Shift', { code: 'ShiftLeft' });
    keys.down('Shift', { code: 'ShiftRight' });
    expect(keys.up('Shift', { code: 'ShiftLeft' })).to.equal(undefined);
    expect(keys.up('Shift', { code: 'ShiftRight' })).to.equal(2);
    expect(keys.shift()).to.equal(3);
  });

  it('holding Shift (auto-repeat) is still one press', () => {
    const keys = keyboard(new ShiftTripleDetector());
    keys.down('Shift');
    keys.down('Shift', { repeat: true });
    keys.down('Shift', { repeat: true });
    expect(keys.up('Shift')).to.equal(1);
  });

  it('ignores Shift during IME composition, and composition starts the count over', () => {
    const detector = new ShiftTripleDetector();
    const keys = keyboard(detector);
    keys.shift();
    keys.shift();
    expect(keys.down('Shift', { isComposing: true })).to.equal(0);
    expect(keys.up('Shift', { isComposing: true })).to.equal(undefined);
    keys.down('Process', { keyCode: 229 });
    expect(keys.up('Shift', { keyCode: 229 })).to.equal(undefined);
    expect(detector.count).to.equal(0);
  });

  it('ignores a key-up whose key-down it never saw (Shift held before the page had focus)', () => {
    const keys = keyboard(new ShiftTripleDetector());
    expect(keys.up('Shift')).to.equal(undefined);
  });

  it('reset() forgets held keys, e.g. when the window loses focus mid-press', () => {
    const detector = new ShiftTripleDetector();
    const keys = keyboard(detector);
    keys.shift();
    keys.down('Shift');
    detector.reset();
    expect(detector.count).to.equal(0);
    expect(keys.up('Shift')).to.equal(undefined);
    expect(keys.shift()).to.equal(1);
  });

  it('bare Shift presses count wherever focus is, so a person filling a form can still leave', () => {
    // The detector never looks at the target: an input is no hiding place for the exit.
    const keys = keyboard(new ShiftTripleDetector());
    keys.type('my address is');
    keys.shift();
    keys.shift();
    expect(keys.shift()).to.equal(3);
  });
});

describe('EscapeTwiceDetector', () => {
  it('completes on the second Escape within 1 s', () => {
    const keys = keyboard(new EscapeTwiceDetector());
    expect(keys.down('Escape')).to.equal(1);
    keys.wait(400);
    expect(keys.down('Escape')).to.equal(2);
  });

  it('two presses more than 1 s apart do not exit', () => {
    const keys = keyboard(new EscapeTwiceDetector());
    keys.down('Escape');
    keys.wait(1200);
    expect(keys.down('Escape')).to.equal(1);
  });

  it('stands aside in an editable field or with a dialog or menu open', () => {
    const detector = new EscapeTwiceDetector();
    const event = { type: 'keydown', key: 'Escape', timeStamp: 10 };
    expect(detector.handle(event, true)).to.equal(undefined);
    expect(detector.handle({ ...event, timeStamp: 20 }, true)).to.equal(undefined);
    expect(detector.handle({ ...event, timeStamp: 30 })).to.equal(1);
    expect(detector.handle({ ...event, timeStamp: 40 }, true)).to.equal(0);
  });

  it('does not count an Escape another handler already used, a held key, or Escape with modifiers', () => {
    const keys = keyboard(new EscapeTwiceDetector());
    keys.down('Escape');
    expect(keys.down('Escape', { defaultPrevented: true })).to.equal(0);
    keys.down('Escape');
    expect(keys.down('Escape', { repeat: true })).to.equal(0);
    keys.down('Escape');
    expect(keys.down('Escape', { ctrlKey: true })).to.equal(0);
    keys.down('Escape');
    expect(keys.down('Escape', { isComposing: true })).to.equal(0);
  });

  it('another key in between starts over; key-ups are ignored', () => {
    const keys = keyboard(new EscapeTwiceDetector());
    keys.down('Escape');
    expect(keys.up('Escape')).to.equal(undefined);
    expect(keys.down('a')).to.equal(0);
    expect(keys.down('Escape')).to.equal(1);
  });
});

describe('isEditable and hasOpenOverlay', () => {
  afterEach(() => document.querySelectorAll('.fixture').forEach((node) => node.remove()));

  const add = <T extends HTMLElement>(node: T): T => {
    node.classList.add('fixture');
    document.body.append(node);
    return node;
  };

  it('text fields, textareas, selects and contenteditable are editable; buttons and checkboxes are not', () => {
    expect(isEditable(document.createElement('input'))).to.equal(true);
    const search = document.createElement('input');
    search.type = 'search';
    expect(isEditable(search)).to.equal(true);
    expect(isEditable(document.createElement('textarea'))).to.equal(true);
    expect(isEditable(document.createElement('select'))).to.equal(true);
    const editable = add(document.createElement('div'));
    editable.contentEditable = 'true';
    expect(isEditable(editable)).to.equal(true);
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    expect(isEditable(checkbox)).to.equal(false);
    expect(isEditable(document.createElement('button'))).to.equal(false);
    expect(isEditable(document)).to.equal(false);
    expect(isEditable(null)).to.equal(false);
  });

  it('sees an open dialog, a shown menu or popover, and an expanded control — not hidden ones', () => {
    expect(hasOpenOverlay()).to.equal(false);
    const dialog = add(document.createElement('dialog'));
    expect(hasOpenOverlay()).to.equal(false);
    dialog.show();
    expect(hasOpenOverlay()).to.equal(true);
    dialog.close();
    const menu = add(document.createElement('ul'));
    menu.setAttribute('role', 'menu');
    menu.hidden = true;
    expect(hasOpenOverlay()).to.equal(false);
    menu.hidden = false;
    menu.append(document.createElement('li'));
    menu.firstElementChild!.textContent = 'item';
    expect(hasOpenOverlay()).to.equal(true);
    menu.remove();
    const button = add(document.createElement('button'));
    button.setAttribute('aria-expanded', 'true');
    button.focus();
    expect(hasOpenOverlay()).to.equal(true);
  });
});
