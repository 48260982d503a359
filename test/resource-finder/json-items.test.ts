// The splitter that lets a JSON array be read item by item as it downloads: cut anywhere,
// its items must parse to exactly what JSON.parse gives for the whole text, and anything
// JSON.parse refuses must be refused too (here, or when the items are parsed).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { JsonArraySplitter } from '../../src/resource-finder/json-items.js';
import { DataError, readJson, readText } from '../../src/resource-finder/load.js';

/** Split `text` into pieces at `cuts` (positions, any order), feed them, and parse the items. */
function splitAt(text: string, cuts: number[]): unknown[] {
  const splitter = new JsonArraySplitter();
  const items: string[] = [];
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    items.push(...splitter.push(text.slice(from, cut)));
    from = cut;
  }
  items.push(...splitter.push(text.slice(from)));
  splitter.end();
  return JSON.parse(`[${items.join(',')}]`);
}

/** JSON text with awkward strings: escaped quotes, backslashes at every position, brackets inside. */
const awkward = fc.stringMatching(/^[a-z"\\[\]{},: \n\u00e9\u{1F600}]{0,12}$/u);
const value = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, awkward, fc.integer(), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(awkward, tie('value'), { maxKeys: 4 }),
})).value;

describe('JsonArraySplitter', () => {
  it('cut at any points, gives items that parse to what JSON.parse gives for the whole array', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 8 }), fc.boolean(), fc.array(fc.nat(), { maxLength: 6 }), (array, pretty, cuts) => {
        const text = JSON.stringify(array, null, pretty ? 2 : undefined);
        expect(splitAt(text, cuts.map((cut) => cut % (text.length + 1)))).to.deep.equal(array);
      }),
      { numRuns: 400 },
    );
  });

  it('handles a backslash that ends one piece and escapes the first character of the next', () => {
    const text = JSON.stringify([{ name: 'a "quoted" \\ name' }, 'tail']);
    for (let cut = 0; cut <= text.length; cut++) expect(splitAt(text, [cut])).to.deep.equal([{ name: 'a "quoted" \\ name' }, 'tail']);
  });

  it('reads [] as no items, and refuses what is not one closed array', () => {
    expect(splitAt(' [ ] ', [2])).to.deep.equal([]);
    const refused = (text: string) => expect(() => splitAt(text, [1]), text).to.throw();
    for (const text of ['', '{"contents": []}', '[1, 2', '[1] 2', '[1}', '[1,]', '[,1]', '[1,,2]', '[1 2]', '"[1]"']) refused(text);
  });

  it('splits a 20 MB string arriving in 64 KB pieces (rescanning it for each piece would exceed the test timeout many times over)', () => {
    const text = JSON.stringify([{ description: 'x\\"y'.repeat(5_000_000) }, 'after']);
    const splitter = new JsonArraySplitter();
    const items: string[] = [];
    for (let from = 0; from < text.length; from += 65_536) items.push(...splitter.push(text.slice(from, from + 65_536)));
    splitter.end();
    expect(items.length).to.equal(2);
    expect(JSON.parse(items[0]).description).to.have.length(20_000_000);
    expect(JSON.parse(items[1])).to.equal('after');
  });
});

describe('reading a JSON array item by item', () => {
  it('gives the same data set as parsing it whole', async () => {
    const rows = Array.from({ length: 1_234 }, (_, i) => ({ id: `row-${i % 1000}`, name: i % 97 ? `Example ${i}` : '', phone: `816-555-01${String(i % 100).padStart(2, '0')}` }));
    const whole = readJson(rows, JSON.stringify(rows).length);
    expect(await readText(JSON.stringify(rows))).to.deep.equal(whole);
  });

  it('names the item a partner must fix when one is malformed', async () => {
    const items = Array.from({ length: 600 }, (_, i) => JSON.stringify({ name: `Example ${i}` }));
    items[456] = '{"name": "Example 456" "phone": "816-555-0100"}';
    const error = await readText(`[${items.join(',')}]`).catch((caught) => caught);
    expect(error).to.be.instanceOf(DataError);
    expect(error.reason).to.equal('malformed');
    expect(error.message).to.match(/^the JSON could not be read \(item 457: /);
  });
});
