import { expect } from '@open-wc/testing';
import { activeFilters, matchesFilters, rankResults } from '../../src/resource-finder/filters.js';
import { facetsOf } from '../../src/resource-finder/facets.js';
import { coarsen, distanceKm } from '../../src/resource-finder/geo.js';
import { lookupZip, placeByZip, ZipLookupError } from '../../src/resource-finder/zip-lookup.js';
import { describeRules, isOpenAt } from '../../src/resource-finder/hours.js';
import { hoursFromHsdsSchedules, parseHoursText } from '../../src/resource-finder/hours-read.js';
import { readJson } from '../../src/resource-finder/load.js';
import { foldText } from '../../src/core/text.js';
import { buildSearchIndex } from '../../src/resource-finder/search.js';
import { prepareFormats, warmFormats } from '../../src/resource-finder/formats.js';
import { yieldsDuring } from '../helpers/index.js';

const ZIPS = new URL('./fixtures/zips/', import.meta.url).href;

describe('opening hours', () => {
  it('parses "Mo-Fr 09:00-17:00; Sa 10:00-14:00" and 24/7', () => {
    expect(parseHoursText('Mo-Fr 09:00-17:00; Sa 10:00-14:00')).to.deep.equal([
      { days: [1, 2, 3, 4, 5], opens: 540, closes: 1020 },
      { days: [6], opens: 600, closes: 840 },
    ]);
    expect(parseHoursText('24/7')).to.deep.equal([{ days: [0, 1, 2, 3, 4, 5, 6], opens: 0, closes: 1440 }]);
  });

  it('parses split times, day lists, wrapping ranges, and ignores "off" and nonsense', () => {
    expect(parseHoursText('Mo,We 09:00-12:00,13:00-17:00')).to.deep.equal([
      { days: [1, 3], opens: 540, closes: 720 },
      { days: [1, 3], opens: 780, closes: 1020 },
    ]);
    expect(parseHoursText('Sa-Mo 10:00-12:00')[0].days).to.deep.equal([6, 0, 1]);
    expect(parseHoursText('Su off; call us; Xx 09:00-10:00')).to.deep.equal([]);
  });

  it('is open at 10:00 on a Tuesday in the service\'s zone, whatever the device\'s zone', () => {
    const hours = { rules: parseHoursText('Mo-Fr 09:00-17:00'), timeZone: 'America/Chicago' };
    // 2026-03-03 is a Tuesday; 16:00 UTC is 10:00 in Chicago (CST, UTC−6).
    expect(isOpenAt(hours, new Date('2026-03-03T16:00:00Z'))).to.equal(true);
    // 14:00 UTC is 08:00 in Chicago: not yet open (though 09:00 in New York).
    expect(isOpenAt(hours, new Date('2026-03-03T14:00:00Z'))).to.equal(false);
    expect(isOpenAt({ ...hours, timeZone: 'America/New_York' }, new Date('2026-03-03T14:00:00Z'))).to.equal(true);
  });

  it('follows daylight saving time through the IANA zone', () => {
    const hours = { rules: parseHoursText('Mo-Fr 09:00-17:00'), timeZone: 'America/Chicago' };
    // 2026-07-07 (Tuesday): CDT is UTC−5, so 14:30 UTC is 09:30.
    expect(isOpenAt(hours, new Date('2026-07-07T14:30:00Z'))).to.equal(true);
  });

  it('handles spans past midnight (Fr 22:00-06:00 is open early Saturday)', () => {
    const hours = { rules: parseHoursText('Fr 22:00-06:00'), timeZone: 'UTC' };
    expect(isOpenAt(hours, new Date('2026-03-07T03:00:00Z'))).to.equal(true);
    expect(isOpenAt(hours, new Date('2026-03-07T07:00:00Z'))).to.equal(false);
  });

  it('reads HSDS schedules: byday, opens_at with an offset, a bare-number timezone', () => {
    const withOffset = hoursFromHsdsSchedules([{ freq: 'WEEKLY', byday: 'MO,TU', opens_at: '09:00-05:00', closes_at: '17:00-05:00' }])!;
    expect(withOffset).to.deep.include({ offset: -300 });
    // Monday 2026-03-02 15:00 UTC = 10:00 at UTC−5.
    expect(isOpenAt(withOffset, new Date('2026-03-02T15:00:00Z'))).to.equal(true);
    const bareNumber = hoursFromHsdsSchedules([{ byday: 'MO', opens_at: '10:00:00', closes_at: '18:00:00', timezone: 3 }])!;
    expect(bareNumber.offset).to.equal(180);
    // Monday 08:00 UTC = 11:00 at UTC+3.
    expect(isOpenAt(bareNumber, new Date('2026-03-02T08:00:00Z'))).to.equal(true);
  });

  it('uses the fallback zone for times with no zone, and says nothing for monthly rules', () => {
    const noZone = hoursFromHsdsSchedules([{ byday: 'TU', opens_at: '09:00', closes_at: '10:00' }]);
    expect(isOpenAt(noZone, new Date('2026-03-03T15:30:00Z'), 'America/Chicago')).to.equal(true);
    const monthly = hoursFromHsdsSchedules([{ freq: 'MONTHLY', byday: '2MO', opens_at: '09:00', closes_at: '10:00', description: 'Second Monday' }]);
    expect(monthly!.rules).to.deep.equal([]);
    expect(monthly!.text).to.equal('Second Monday');
    expect(isOpenAt(monthly, new Date())).to.equal(undefined);
  });

  it('describes rules in the reader\'s language', () => {
    expect(describeRules(parseHoursText('Mo-Fr 09:00-17:00'), 'en')).to.equal('Mon–Fri 09:00–17:00');
    expect(describeRules(parseHoursText('Mo-Fr 09:00-17:00'), 'es')).to.match(/^lun.*vie.* 09:00–17:00$/);
  });
});

describe('search (lazily loaded index on MiniSearch\'s radix tree)', () => {
  const { records } = readJson([
    { name: 'Example Emergency Shelter', categories: 'Shelter', description: 'Beds tonight', city: 'Kansas City' },
    { name: 'Asesoría legal de ejemplo', categories: 'Legal help', description: 'Abogados', city: 'Olathe' },
    { name: 'Example Food Pantry', categories: 'Food', description: 'Groceries and a shelter referral list' },
    { name: 'Example Clinic', organization: 'Sheltering Arms Example', categories: 'Health' },
  ]);
  let index: Awaited<ReturnType<typeof buildSearchIndex>>;
  before(async () => {
    index = await buildSearchIndex(records, { sliceMs: 1 });
  });
  const names = (query: string) => index.search(query).map((position) => records[position].name);

  it('forgives typos: "sheltr" finds the shelter first', () => {
    expect(names('sheltr')[0]).to.equal('Example Emergency Shelter');
  });

  it('matches prefixes as a person types', () => {
    expect(names('pant')).to.deep.equal(['Example Food Pantry']);
  });

  it('ignores case and accents both ways', () => {
    expect(names('ASESORIA')).to.deep.equal(['Asesoría legal de ejemplo']);
    expect(names('abogádos')).to.deep.equal(['Asesoría legal de ejemplo']);
    expect(foldText('Ñandú')).to.equal('nandu');
  });

  it('ranks a name match above a description match', () => {
    expect(names('shelter')[0]).to.equal('Example Emergency Shelter');
    expect(names('shelter')).to.include('Example Food Pantry');
  });

  it('falls back to any word for several words from the same typo-tolerant lookups, not a second search', async () => {
    // Each typo-tolerant search looks up every word of four letters or more in the radix tree's typo search.
    const { default: SearchableMap } = await import('minisearch/SearchableMap');
    const original = SearchableMap.prototype.fuzzyGet;
    let lookups = 0;
    SearchableMap.prototype.fuzzyGet = function (...args: Parameters<typeof original>) {
      lookups++;
      return original.apply(this, args);
    };
    try {
      expect(names('pantry zzzqqq')).to.deep.equal(['Example Food Pantry']);
      expect(lookups).to.equal(2, 'each word looked up with typos once: every word, else any word');
      lookups = 0;
      expect(names('zzzqqq')).to.deep.equal([]);
      expect(lookups).to.equal(1, 'for one word "any word" is the same search');
    } finally {
      SearchableMap.prototype.fuzzyGet = original;
    }
  });

  it('looks for typos only when the words as typed find few services', async () => {
    const { records: many } = readJson([
      ...Array.from({ length: 5 }, (_, i) => ({ name: `Example legal clinic ${i}` })),
      { name: 'Example regal theatre' },
    ]);
    const lookalikes = await buildSearchIndex(many);
    const found = (query: string) => lookalikes.search(query).map((position) => many[position].name);
    expect(found('legal')).to.have.length(5).and.not.include('Example regal theatre');
    expect(found('legl')).to.have.length(5);
    expect(found('regal')).to.deep.equal(['Example regal theatre', ...Array.from({ length: 5 }, (_, i) => `Example legal clinic ${i}`)]);
  });

  it('searches city and categories; all words must match, else any', () => {
    expect(names('legal olathe')).to.deep.equal(['Asesoría legal de ejemplo']);
    expect(names('food zzzz')).to.deep.equal(['Example Food Pantry']);
  });

  it('ranks a word as typed above a longer word it starts, and a service matching more words first', async () => {
    const { records: some } = readJson([
      { name: 'Example Legality Review' },
      { name: 'Example Legal Aid' },
      { name: 'Example Pantry' },
      { name: 'Example Legal Pantry' },
    ]);
    const small = await buildSearchIndex(some);
    const found = (query: string) => small.search(query).map((position) => some[position].name);
    expect(found('legal')).to.deep.equal(['Example Legal Aid', 'Example Legal Pantry', 'Example Legality Review']);
    // No service has every word: any word, those with more of them first.
    expect(found('pantry legal zzzz')[0]).to.equal('Example Legal Pantry');
    // A word typed twice counts once.
    expect(found('pantry pantry legal zzzz')).to.deep.equal(found('pantry legal zzzz'));
  });

  it('splits words at punctuation, in the data and in the query', async () => {
    const { records: some } = readJson([{ name: 'Example Open-Door Center', description: 'Food, clothing & beds' }]);
    const small = await buildSearchIndex(some);
    for (const query of ['door', 'open door', 'open-door', 'clothing', '"beds"']) expect(small.search(query), query).to.deep.equal([0]);
  });

  it('takes a pasted paragraph or bare punctuation without failing', () => {
    expect(index.search(Array.from({ length: 300 }, () => 'shelter').join(' '))[0]).to.equal(0);
    expect(index.search('?!…')).to.deep.equal([]);
  });

  it('indexes 10,000 records in slices that yield to the page (timing logged, not asserted)', async () => {
    const many = readJson(Array.from({ length: 10_000 }, (_, i) => ({ name: `Example service ${i}`, description: `Help number ${i} shelter food legal` }))).records;
    const started = performance.now();
    const { result: big, yields } = await yieldsDuring(() => buildSearchIndex(many));
    console.log(`# indexed 10,000 records in ${Math.round(performance.now() - started)} ms`);
    expect(yields).to.be.greaterThan(0);
    expect(big.search('service 9999')[0]).to.equal(9999);
  });

  it('stops building when aborted', async () => {
    const controller = new AbortController();
    const many = readJson(Array.from({ length: 20_000 }, (_, i) => ({ name: `Example ${i}` }))).records;
    const building = buildSearchIndex(many, { signal: controller.signal, sliceMs: 1 });
    controller.abort(new Error('gone'));
    const error = await building.catch((caught) => caught);
    expect(error.message).to.equal('gone');
  });
});

describe('distance and ZIP codes', () => {
  it('measures great-circle distance (Kansas City → Lawrence ≈ 55 km)', () => {
    const km = distanceKm({ latitude: 39.0997, longitude: -94.5786 }, { latitude: 38.9717, longitude: -95.2353 });
    expect(km).to.be.within(56, 60);
    expect(distanceKm({ latitude: 1, longitude: 1 }, { latitude: 1, longitude: 1 })).to.equal(0);
  });

  it('rounds a device position to about 1 km', () => {
    expect(coarsen({ latitude: 39.123456, longitude: -94.987654 })).to.deep.equal({ latitude: 39.12, longitude: -94.99 });
  });

  it('looks a ZIP up in its 3-digit chunk, fetched from the given folder', async () => {
    expect(await lookupZip('64106', ZIPS)).to.deep.equal({ latitude: 39.105, longitude: -94.576 });
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.includes('/zips/'));
    expect(requested.every((name) => name.startsWith(location.origin))).to.equal(true);
    expect(requested.some((name) => name.endsWith('/zips/641.json'))).to.equal(true);
  });

  it('is undefined for an unknown ZIP, a prefix with no chunk, or not a ZIP', async () => {
    expect(await lookupZip('64199', ZIPS)).to.equal(undefined);
    expect(await lookupZip('99999', ZIPS)).to.equal(undefined);
    expect(await lookupZip('6410', ZIPS)).to.equal(undefined);
    expect(await lookupZip('abcde', ZIPS)).to.equal(undefined);
  });

  it('places records that have a ZIP but no coordinates at that ZIP\'s centroid (never confidential ones)', async () => {
    const { records } = readJson([
      { name: 'Row with ZIP', zip: '64106-1234' },
      { name: 'Row with coordinates', zip: '64106', lat: 39, lon: -94 },
      { name: 'Hidden row', zip: '64111', confidential: 'yes' },
      { name: 'Unknown ZIP', zip: '64199' },
    ]);
    expect(await placeByZip(records, ZIPS)).to.equal(1);
    expect(records.map((record) => [record.latitude, record.longitude])).to.deep.equal([
      [39.105, -94.576],
      [39, -94],
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });

  it('throws ZipLookupError when the chunk cannot be fetched', async () => {
    const error = await lookupZip('64106', 'http://127.0.0.1:9/zips/').catch((caught) => caught);
    expect(error).to.be.instanceOf(ZipLookupError);
  });
});

describe('filters and ranking', () => {
  const { records } = readJson([
    { name: 'Near shelter', categories: 'Shelter', populations: 'Youth', languages: 'es', free: 'yes', min_age: 12, max_age: 24, lat: 39.1, lon: -94.58, hours: '24/7' },
    { name: 'Far clinic', categories: 'Health', languages: 'en', free: 'no', lat: 38.95, lon: -95.23, hours: 'Mo 09:00-10:00' },
    { name: 'Phone line', categories: 'Legal help', languages: 'Spanish' },
    { name: 'Hidden house', categories: 'Shelter', confidential: 'yes', lat: 39.11, lon: -94.59 },
  ]);
  const origin = { latitude: 39.1, longitude: -94.58 };
  const names = (results: { record: { name: string } }[]) => results.map((result) => result.record.name);

  it('offers only the options the data has', () => {
    const facets = facetsOf(records);
    expect(facets.categories).to.deep.equal(['Health', 'Legal help', 'Shelter']);
    expect(facets.populations).to.deep.equal(['Youth']);
    expect(facets.languages).to.deep.equal(['en', 'es']);
    expect(facets).to.deep.include({ free: true, hours: true, ages: true });
  });

  it('filters by type, population, language, free, age and open now', () => {
    const match = (filters: object) => records.filter((record) => matchesFilters(record, filters, new Date('2026-03-03T12:00:00Z'), 'UTC')).map((record) => record.name);
    expect(match({ category: 'shelter' })).to.deep.equal(['Near shelter', 'Hidden house']);
    expect(match({ population: 'Youth' })).to.deep.equal(['Near shelter']);
    expect(match({ language: 'es' })).to.deep.equal(['Near shelter', 'Phone line']);
    expect(match({ free: true })).to.deep.equal(['Near shelter']);
    expect(match({ age: 30 })).to.deep.equal(['Far clinic', 'Phone line', 'Hidden house']);
    expect(match({ openNow: true })).to.deep.equal(['Near shelter']);
    expect(activeFilters({ free: true, category: '', language: 'es' })).to.equal(2);
  });

  it('orders by distance from an origin, keeps services with no location after the located ones', () => {
    const results = rankResults(records, { origin });
    expect(names(results)).to.deep.equal(['Near shelter', 'Hidden house', 'Far clinic', 'Phone line']);
    expect(results[0].distanceKm).to.equal(0);
  });

  it('gives confidential places only a coarse distance', () => {
    const hidden = rankResults(records, { origin }).find((result) => result.record.confidential)!;
    expect(hidden.distanceKm).to.equal(8);
  });

  it('leaves out located services beyond the radius', () => {
    expect(names(rankResults(records, { origin, radiusKm: 20 }))).to.deep.equal(['Near shelter', 'Hidden house', 'Phone line']);
  });

  it('keeps relevance order when asked, and search order without an origin', () => {
    const matches = [2, 1, 0];
    expect(names(rankResults(records, { matches }))).to.deep.equal(['Phone line', 'Far clinic', 'Near shelter']);
    expect(names(rankResults(records, { matches, origin, sort: 'relevance' }))).to.deep.equal(['Phone line', 'Far clinic', 'Near shelter']);
    expect(names(rankResults(records, { matches, origin }))).to.deep.equal(['Near shelter', 'Far clinic', 'Phone line']);
  });
});

describe('prepareFormats and warmFormats', () => {
  /** Records the languages of every Intl.DisplayNames made until `restore()`. */
  function spyDisplayNames(): { made: string[]; restore(): void } {
    const original = Intl.DisplayNames;
    const made: string[] = [];
    Intl.DisplayNames = class extends original {
      constructor(locales: string[], options: Intl.DisplayNamesOptions) {
        super(locales, options);
        made.push(String(locales));
      }
    } as typeof Intl.DisplayNames;
    return { made, restore: () => (Intl.DisplayNames = original) };
  }

  it('warmFormats (in the reader worker) makes every formatter at once, and a malformed language breaks nothing', () => {
    const { made, restore } = spyDisplayNames();
    try {
      expect(() => warmFormats('en-<x>', 'mi')).not.to.throw();
      warmFormats('de', 'km');
      expect(made).to.deep.equal(['de']);
    } finally {
      restore();
    }
  });

  it('makes the formatters later, one per task, not in the task that asks (and a malformed language breaks nothing)', async () => {
    const { made, restore } = spyDisplayNames();
    try {
      prepareFormats('fr', 'km');
      prepareFormats('en-<x>', 'mi');
      expect(made).to.deep.equal([]);
      for (let waited = 0; !made.includes('fr') && waited < 3000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(made).to.include('fr');
    } finally {
      restore();
    }
  });
});
