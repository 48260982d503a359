// Property tests for the quick exit's shortcut detectors, against a plain model of the rule:
// Shift pressed on its own 3 times, each release at most `timeout` ms after the previous one,
// nothing else pressed in between; Escape pressed twice within its timeout. fast-check prints
// the seed and the shrunk key sequence on failure.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ESCAPE_TIMEOUT, EscapeTwiceDetector, SHIFT_TIMEOUT, ShiftTripleDetector, type KeyInput } from '../../src/quick-exit/shortcuts.js';

const RUNS = { numRuns: 300 };

/** One thing a person does: a bare Shift press (held `hold` ms), another key, or a pause. */
type Step =
  | { kind: 'shift'; code: 'ShiftLeft' | 'ShiftRight'; hold: number }
  | { kind: 'other'; key: string }
  | { kind: 'wait'; ms: number };

const shiftPress = fc.record({ kind: fc.constant('shift' as const), code: fc.constantFrom('ShiftLeft' as const, 'ShiftRight' as const), hold: fc.integer({ min: 0, max: 400 }) });
const otherKey = fc.record({ kind: fc.constant('other' as const), key: fc.constantFrom('a', 'A', 'Enter', 'Control', 'Alt', 'Tab', ' ', 'Escape', 'ArrowDown', '1') });
const pause = (max: number) => fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max }) });

/** Feed the steps to a detector; returns the indexes of the steps that completed the shortcut. */
function runShift(steps: Step[], timeout = SHIFT_TIMEOUT): number[] {
  const detector = new ShiftTripleDetector(timeout);
  let now = 10_000;
  const done: number[] = [];
  const send = (event: Omit<KeyInput, 'timeStamp'>) => detector.handle({ ...event, timeStamp: now });
  steps.forEach((step, index) => {
    if (step.kind === 'wait') now += step.ms;
    else if (step.kind === 'other') {
      send({ type: 'keydown', key: step.key, code: `Key${step.key}` });
      send({ type: 'keyup', key: step.key, code: `Key${step.key}` });
    } else {
      send({ type: 'keydown', key: 'Shift', code: step.code });
      now += step.hold;
      if (send({ type: 'keyup', key: 'Shift', code: step.code }) === 3) done.push(index);
    }
  });
  return done;
}

/** The rule, written plainly: which steps should complete the Shift shortcut. */
function modelShift(steps: Step[], timeout = SHIFT_TIMEOUT): number[] {
  let now = 10_000;
  let count = 0;
  let last = -Infinity;
  const done: number[] = [];
  steps.forEach((step, index) => {
    if (step.kind === 'wait') now += step.ms;
    else if (step.kind === 'other') count = 0;
    else {
      now += step.hold;
      count = now - last > timeout ? 1 : count + 1;
      last = now;
      if (count === 3) {
        done.push(index);
        count = 0;
      }
    }
  });
  return done;
}

describe('ShiftTripleDetector (property)', () => {
  it('completes exactly when the rule says, for any mix of Shift presses, other keys and pauses', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(shiftPress, shiftPress, otherKey, pause(7000)), { maxLength: 30 }), (steps) => {
        expect(runShift(steps)).to.deep.equal(modelShift(steps));
      }),
      RUNS,
    );
  });

  it('three bare presses, each released within the window, complete once, on the third', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 60_000 }), fc.array(fc.tuple(shiftPress, fc.nat()), { minLength: 3, maxLength: 3 }), (timeout, presses) => {
        // Pauses chosen so each release comes at most `timeout` ms after the previous one.
        const steps: Step[] = presses.flatMap(([press, gap], index) => {
          const hold = Math.min(press.hold, timeout);
          const wait = index === 0 ? 0 : gap % (timeout - hold + 1);
          return [{ kind: 'wait', ms: wait }, { ...press, hold }];
        });
        expect(runShift(steps, timeout)).to.deep.equal([5]);
      }),
      RUNS,
    );
  });

  it('never completes when another key comes between the first and the third press', () => {
    fc.assert(
      fc.property(fc.array(shiftPress, { minLength: 3, maxLength: 3 }), otherKey, fc.integer({ min: 1, max: 2 }), (presses, other, at) => {
        const steps: Step[] = [...presses.slice(0, at), other, ...presses.slice(at)];
        expect(runShift(steps)).to.deep.equal([]);
      }),
      RUNS,
    );
  });

  it('never completes when one release comes more than the window after the previous one', () => {
    fc.assert(
      fc.property(fc.array(shiftPress, { minLength: 3, maxLength: 3 }), fc.integer({ min: 1, max: 2 }), fc.integer({ min: SHIFT_TIMEOUT + 1, max: 600_000 }), (presses, at, slow) => {
        const steps: Step[] = [...presses.slice(0, at), { kind: 'wait', ms: slow }, ...presses.slice(at)];
        expect(runShift(steps)).to.deep.equal([]);
      }),
      RUNS,
    );
  });

  it('never counts Shift used with another key held (capitals, shortcuts), whatever the order of releases', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'B', 'Control', '1'), { minLength: 1, maxLength: 3 }), fc.boolean(), fc.integer({ min: 3, max: 6 }), (keys, releaseShiftLast, times) => {
        const detector = new ShiftTripleDetector();
        const results: (number | undefined)[] = [];
        for (let press = 0, now = 0; press < times; press++, now += 100) {
          results.push(detector.handle({ type: 'keydown', key: 'Shift', code: 'ShiftLeft', timeStamp: now }));
          for (const key of keys) results.push(detector.handle({ type: 'keydown', key, timeStamp: now }));
          const ups = [...keys.map((key) => ({ type: 'keyup', key, timeStamp: now })), { type: 'keyup', key: 'Shift', code: 'ShiftLeft', timeStamp: now }];
          for (const event of releaseShiftLast ? ups : ups.reverse()) results.push(detector.handle(event));
        }
        expect(results.filter((result) => result !== undefined && result > 0)).to.deep.equal([]);
      }),
      RUNS,
    );
  });
});

describe('EscapeTwiceDetector (property)', () => {
  type Press = { key: string; wait: number; repeat: boolean; standAside: boolean };
  const press = fc.record({
    key: fc.constantFrom('Escape', 'Escape', 'Escape', 'a', 'Enter', 'Shift'),
    wait: fc.integer({ min: 0, max: 2500 }),
    // Mostly not: a held key's auto-repeat, or focus in a field or an open dialog.
    repeat: fc.nat(9).map((value) => value === 0),
    standAside: fc.nat(9).map((value) => value === 0),
  });

  it('completes exactly when two Escape presses come within the window with nothing else between', () => {
    fc.assert(
      fc.property(fc.array(press, { maxLength: 25 }), (presses: Press[]) => {
        const detector = new EscapeTwiceDetector();
        let now = 10_000;
        let count = 0;
        let last = -Infinity;
        const actual: number[] = [];
        const expected: number[] = [];
        presses.forEach(({ key, wait, repeat, standAside }, index) => {
          now += wait;
          if (detector.handle({ type: 'keydown', key, repeat, timeStamp: now }, standAside) === 2) actual.push(index);
          if (key !== 'Escape' || repeat || standAside) count = 0;
          else {
            count = now - last > ESCAPE_TIMEOUT ? 1 : count + 1;
            last = now;
            if (count === 2) {
              expected.push(index);
              count = 0;
            }
          }
        });
        expect(actual).to.deep.equal(expected);
      }),
      RUNS,
    );
  });

  it('two Escape presses within the window complete once; slower, or with another key between, never', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: ESCAPE_TIMEOUT }), fc.integer({ min: ESCAPE_TIMEOUT + 1, max: 100_000 }), fc.constantFrom('a', 'Tab', 'Enter', ' '), (fast, slow, other) => {
        const run = (events: [string, number][]) => {
          const detector = new EscapeTwiceDetector();
          return events.map(([key, time]) => detector.handle({ type: 'keydown', key, timeStamp: time })).filter((result) => result === 2).length;
        };
        expect(run([['Escape', 0], ['Escape', fast]])).to.equal(1);
        expect(run([['Escape', 0], ['Escape', slow]])).to.equal(0);
        expect(run([['Escape', 0], [other, 1], ['Escape', Math.max(fast, 2)]])).to.equal(0);
      }),
      RUNS,
    );
  });
});
