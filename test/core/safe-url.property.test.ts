// Property tests for the one safe-URL check: whatever string comes in, only the allowed
// schemes come out. fast-check prints the seed and the shrunk counterexample on failure.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SAFE_PROTOCOLS, safeUrl, telHref, type SafeProtocol } from '../../src/core/safe-url.js';

const RUNS = { numRuns: 300 };
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0020\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Strings that look like URLs some of the time: schemes, hosts, paths, and any character at all. */
const urlish = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.webUrl(),
  fc.tuple(
    fc.constantFrom('http', 'https', 'tel', 'sms', 'mailto', 'javascript', 'data', 'vbscript', 'file', 'blob', 'ftp', 'about', ''),
    fc.constantFrom(':', '://', ':/', '', ':\\\\'),
    fc.string({ unit: 'binary-ascii', maxLength: 30 }),
  ).map(([scheme, separator, rest]) => scheme + separator + rest),
);

/** "javascript" (or vbscript, data) the way an attacker writes it: any case, tabs and newlines inside, controls and spaces before. */
const disguised = fc
  .tuple(
    fc.constantFrom('javascript', 'vbscript', 'data'),
    fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
    fc.array(fc.tuple(fc.nat(10), fc.constantFrom('\t', '\n', '\r')), { maxLength: 4 }),
    fc.string({ unit: fc.integer({ min: 0, max: 0x20 }).map((code) => String.fromCharCode(code)), maxLength: 4 }),
    fc.string({ unit: fc.integer({ min: 0, max: 0x20 }).map((code) => String.fromCharCode(code)), maxLength: 4 }),
    fc.string({ maxLength: 20 }),
  )
  .map(([scheme, upper, inserts, before, after, payload]) => {
    let letters = [...scheme].map((letter, index) => (upper[index] ? letter.toUpperCase() : letter));
    for (const [at, character] of inserts) letters = [...letters.slice(0, at), character, ...letters.slice(at)];
    return `${before}${letters.join('')}:${payload || 'alert(1)'}${after}`;
  });

const protocols = fc.subarray([...SAFE_PROTOCOLS], { minLength: 1 }) as fc.Arbitrary<SafeProtocol[]>;

describe('safeUrl (property)', () => {
  it('returns undefined or a URL whose scheme is one of those allowed', () => {
    fc.assert(
      fc.property(urlish, protocols, (value, allowed) => {
        const result = safeUrl(value, allowed);
        if (result === undefined) return;
        expect(allowed).to.include(new URL(result).protocol);
        expect(result).to.not.match(INVISIBLE);
      }),
      RUNS,
    );
  });

  it('is idempotent: a URL it returned comes back unchanged', () => {
    fc.assert(
      fc.property(urlish, protocols, (value, allowed) => {
        const result = safeUrl(value, allowed);
        if (result !== undefined) expect(safeUrl(result, allowed)).to.equal(result);
      }),
      RUNS,
    );
  });

  it('always refuses javascript:, vbscript: and data:, in any case, with tabs, newlines or controls around or inside', () => {
    fc.assert(
      fc.property(disguised, (value) => {
        expect(safeUrl(value), JSON.stringify(value)).to.equal(undefined);
      }),
      RUNS,
    );
  });

  it('refuses a usable URL once a control or direction-override character is inside it', () => {
    const hidden = fc.constantFrom(...'\u0000\u0001\u0008\u000b\u000c\u001b\u007f\u0085\u009f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069');
    fc.assert(
      fc.property(fc.webUrl(), hidden, fc.nat(), (url, character, position) => {
        const at = 1 + (position % (url.length - 1));
        expect(safeUrl(url.slice(0, at) + character + url.slice(at))).to.equal(undefined);
      }),
      RUNS,
    );
  });

  it('refuses anything that is not a string', () => {
    fc.assert(
      fc.property(fc.anything().filter((value) => typeof value !== 'string'), (value) => {
        expect(safeUrl(value)).to.equal(undefined);
      }),
      RUNS,
    );
  });
});

describe('telHref (property)', () => {
  it('returns undefined or tel:/sms: with digits and at most one leading +, which safeUrl accepts unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('tel:' as const, 'sms:' as const), (value, scheme) => {
        const result = telHref(value, scheme);
        if (result === undefined) return;
        expect(result).to.match(scheme === 'tel:' ? /^tel:\+?\d{2,}$/ : /^sms:\+?\d{2,}$/);
        expect(safeUrl(result)).to.equal(result);
        expect(telHref(result.slice(4), scheme)).to.equal(result);
      }),
      RUNS,
    );
  });

  it('dials the digits of a written number in the order they were written', () => {
    const written = fc
      .array(fc.tuple(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 4 }), fc.constantFrom('-', ' ', '.', ') ', ' (', '')), { minLength: 1, maxLength: 5 })
      .map((groups) => groups.map(([digits, separator]) => digits + separator).join(''))
      .filter((number) => (number.match(/\d/g) ?? []).length >= 2);
    fc.assert(
      fc.property(fc.boolean(), written, (plus, number) => {
        const href = telHref(`${plus ? '+' : ''}${number}`);
        expect(href).to.equal(`tel:${plus ? '+' : ''}${number.replace(/\D/g, '')}`);
        // Not parsed as a URL (telHref builds it from digits alone): exactly what the parser would make of it.
        expect(safeUrl(href)).to.equal(href);
      }),
      RUNS,
    );
  });
});
