import { expect } from '@open-wc/testing';
import { DataError, LARGE_DATA, fetchData, readJson, readText } from '../../src/resource-finder/load.js';
import { describeProblems } from '../../src/resource-finder/problems.js';
import { finishRecord, languageKey, text, website } from '../../src/resource-finder/normalize.js';
import type { ServiceRecord } from '../../src/resource-finder/normalize.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const fixture = async (name: string) => (await fetch(new URL(name, FIXTURES))).text();
const byId = (records: ServiceRecord[], id: string) => records.find((record) => record.id === id)!;

describe('HSDS 3.0: services with nested service_at_locations', () => {
  let records: ServiceRecord[];
  let skipped: Record<string, number>;
  before(async () => {
    const set = await readText(await fixture('services.hsds.json'));
    records = set.records;
    skipped = set.skipped as Record<string, number>;
    expect(set.format).to.equal('hsds');
  });

  it('makes one record per service at a location, and one for a service with no location', () => {
    expect(records.map((record) => record.id)).to.deep.equal(['sal-shelter-downtown', 'sal-shelter-confidential', 'sal-legal', 'svc-closed']);
  });

  it('reads name, organisation, description, taxonomy terms, languages and the address', () => {
    const shelter = byId(records, 'sal-shelter-downtown');
    expect(shelter.name).to.equal('Fictitious Riverside Shelter');
    expect(shelter.organization).to.equal('Example Crossroads Network');
    expect(shelter.categories).to.deep.equal(['Shelter']);
    expect(shelter.populations).to.deep.equal(['Families']);
    expect(shelter.languages).to.deep.equal(['es']);
    expect(shelter.address).to.deep.equal({ street: '100 Example Street', city: 'Kansas City', state: 'MO', zip: '64106' });
    expect(shelter.city).to.equal('Kansas City');
    expect([shelter.latitude, shelter.longitude]).to.deep.equal([39.1, -94.58]);
    expect(shelter.website).to.equal('https://example.org/shelter');
    expect(shelter.free).to.equal(true);
    expect(shelter.minimumAge).to.equal(18);
    expect(shelter.nextSteps).to.match(/^Call first/);
    expect(shelter.verified).to.equal('2026-06-01');
  });

  it('removes the extra quotes real feeds put around phone numbers', () => {
    expect(byId(records, 'sal-shelter-downtown').phones).to.deep.equal([
      { kind: 'call', number: '816-555-0101', href: 'tel:8165550101', extension: undefined },
    ]);
  });

  it('sorts phones by type: voice → call, text → SMS, textphone → TTY; fax is left out', () => {
    const phones = byId(records, 'sal-legal').phones;
    expect(phones.map((phone) => [phone.kind, phone.href])).to.deep.equal([
      ['call', 'tel:9135550102'],
      ['text', 'sms:9135550103'],
      ['tty', 'tel:9135550104'],
    ]);
    expect(phones[0].extension).to.equal('12');
  });

  it('treats a virtual (or redacted) location as confidential: no address, no city', () => {
    const hidden = byId(records, 'sal-shelter-confidential');
    expect(hidden.confidential).to.equal(true);
    expect(hidden.address).to.equal(undefined);
    expect(hidden.city).to.equal(undefined);
    expect(JSON.stringify(hidden)).not.to.contain('Hidden Lane');
    expect(JSON.stringify(hidden)).not.to.contain('Secretville');
  });

  it('reads coordinates given as strings, and drops placeholder strings such as "fees_description"', () => {
    const legal = byId(records, 'sal-legal');
    expect([legal.latitude, legal.longitude]).to.deep.equal([38.95, -95.23]);
    expect(legal.fees).to.equal(undefined);
  });

  it('reads weekly schedules, with the offset written on opens_at or a bare-number timezone', () => {
    expect(byId(records, 'sal-legal').hours).to.deep.include({ offset: -360 });
    expect(byId(records, 'sal-legal').hours!.rules).to.deep.equal([{ days: [1, 2, 3, 4, 5], opens: 540, closes: 1020 }]);
    expect(byId(records, 'sal-shelter-downtown').hours).to.deep.include({ offset: -360 });
  });

  it('shows temporarily closed services with their alert, and hides defunct ones', () => {
    const pantry = byId(records, 'svc-closed');
    expect(pantry.status).to.equal('temporarily closed');
    expect(pantry.alert).to.match(/repairs/);
    expect(records.some((record) => record.name.startsWith('Defunct'))).to.equal(false);
  });

  it('counts what it skipped and why', () => {
    expect(skipped).to.deep.equal({ 'hidden-status': 1, 'no-name': 1 });
  });
});

describe('HSDS 3.0: service_at_location lists and wrappers', () => {
  it('reads { contents: [...] } of service_at_location records with nested service and location', async () => {
    const { records, format } = await readText(await fixture('sal-list.hsds.json'));
    expect(format).to.equal('hsds');
    expect(records.map((record) => record.name)).to.deep.equal(['Example Counseling Center', 'Example Job Training']);
    expect(records[0].id).to.equal('sal-a');
    expect(records[0].description).to.equal('Counseling for survivors. Walk-in hours at the east office.');
    expect(records[0].address?.city).to.equal('Independence');
    expect(records[1].address).to.equal(undefined);
  });

  it('tolerates missing optional objects and out-of-range coordinates (the spec examples use 100/101)', () => {
    const { records } = readJson([{ name: 'Example Service', phones: null, organization: null, service_at_locations: [{ location: { latitude: 100, longitude: 101, addresses: null } }] }]);
    expect(records).to.have.length(1);
    expect(records[0].latitude).to.equal(undefined);
    expect(records[0].phones).to.deep.equal([]);
  });

  it('reads a single service object as one service', () => {
    const { records } = readJson({ name: 'Lone Example', service_at_locations: [] });
    expect(records.map((record) => record.name)).to.deep.equal(['Lone Example']);
  });
});

describe('flat JSON', () => {
  it('reads documented columns case-insensitively, with HSDS-style aliases', () => {
    const { records, format } = readJson([
      { Name: 'Example Hotline Office', organization_name: 'Example Org', Category: 'Legal help; Shelter', language: 'Spanish|fr', phone_number: '(816) 555-0110', sms: '816-555-0111', url: 'https://example.org', address_1: '1 Test St', state_province: 'MO', postal_code: '64106', lat: '39.1', lng: -94.5, free: 'Yes', assured_date: '2026-01-02', min_age: 12, status: 'Active' },
    ]);
    expect(format).to.equal('flat');
    const [record] = records;
    expect(record).to.deep.include({ name: 'Example Hotline Office', organization: 'Example Org', website: 'https://example.org/', free: true, verified: '2026-01-02', minimumAge: 12, latitude: 39.1, longitude: -94.5 });
    expect(record.categories).to.deep.equal(['Legal help', 'Shelter']);
    expect(record.languages).to.deep.equal(['es', 'fr']);
    expect(record.phones.map((phone) => phone.href)).to.deep.equal(['tel:8165550110', 'sms:8165550111']);
    expect(record.address).to.deep.equal({ street: '1 Test St', city: undefined, state: 'MO', zip: '64106' });
  });

  it('takes confidential from the column or from location_type, and then keeps no address', () => {
    const { records } = readJson([
      { name: 'A', address: '1 Secret Rd', city: 'Hideaway', confidential: 'yes' },
      { name: 'B', address: '2 Secret Rd', location_type: 'redacted' },
    ]);
    expect(records.map((record) => [record.confidential, record.address, record.city])).to.deep.equal([
      [true, undefined, undefined],
      [true, undefined, undefined],
    ]);
  });

  it('never lets an unsafe link through: javascript:, data: and mailto: websites are dropped', () => {
    const { records } = readJson([
      { name: 'A', website: 'javascript:alert(1)' },
      { name: 'B', website: 'data:text/html,<script>alert(1)</script>' },
      { name: 'C', website: ' JaVa\tScRiPt:alert(1)' },
      { name: 'D', website: 'mailto:a@example.org' },
    ]);
    expect(records.map((record) => record.website)).to.deep.equal([undefined, undefined, undefined, undefined]);
  });

  it('keeps markup in data as plain text (it is rendered as text later), and caps huge text', () => {
    const { records } = readJson([{ name: '<img src=x onerror=alert(1)>', description: 'x'.repeat(50_000) }]);
    expect(records[0].name).to.equal('<img src=x onerror=alert(1)>');
    expect(records[0].description!.length).to.equal(2000);
  });

  it('gives repeated ids a unique key', () => {
    const { records } = readJson([{ id: '1', name: 'A' }, { id: '1', name: 'B' }]);
    expect(new Set(records.map((record) => record.id)).size).to.equal(2);
  });
});

describe('CSV', () => {
  it('reads a spreadsheet export with a BOM, CRLF, quoted commas, newlines and "" escapes', async () => {
    const { records, format, skipped } = await readText(await fixture('services.csv'));
    expect(format).to.equal('csv');
    expect(records.map((record) => record.name)).to.deep.equal(['Example Clinic, East', 'Example Safe House']);
    expect(records[0].description).to.equal('Checkups, vaccines and "walk-in" care.');
    expect(records[0].categories).to.deep.equal(['Health', 'Medical']);
    expect(records[0].languages).to.deep.equal(['es', 'en']);
    expect(records[0].website).to.equal('https://example.org/clinic');
    expect(records[0].hours!.rules).to.deep.equal([{ days: [1, 2, 3, 4, 5], opens: 480, closes: 1080 }]);
    expect(records[1].confidential).to.equal(true);
    expect(records[1].address).to.equal(undefined);
    expect(records[1].phones.map((phone) => phone.kind)).to.deep.equal(['call', 'text']);
    expect(skipped).to.deep.equal({ 'no-name': 1 });
  });

  it('refuses CSV with an unclosed quote instead of swallowing rows', async () => {
    const error = await readText('name,description\n"Example,broken\nOther,row\n', 'csv').catch((caught) => caught);
    expect(error).to.be.instanceOf(DataError);
    expect(error.reason).to.equal('malformed');
  });

  it('refuses CSV without a name column', async () => {
    const error = await readText('title,phone\nA,555-0100\n', 'csv').catch((caught) => caught);
    expect(error.reason).to.equal('malformed');
    expect(error.message).to.contain('"name"');
  });
});

describe('errors at the boundary', () => {
  it('malformed JSON is a "malformed" DataError', async () => {
    const error = await readText('[{"name": "A",]').catch((caught) => caught);
    expect(error).to.be.instanceOf(DataError);
    expect(error.reason).to.equal('malformed');
  });

  it('the wrong shape (a number, an object without contents) is a "shape" DataError', () => {
    for (const data of [42, { items: [] }, 'text', null]) {
      expect(() => readJson(data)).to.throw(DataError).with.property('reason', 'shape');
    }
  });

  it('records that are all unusable is an "empty" DataError naming why', () => {
    expect(() => readJson([1, 'two', { description: 'no name' }])).to.throw(/2 not an object, 1 without a name/);
  });

  it('an empty array is an empty data set, not an error', () => {
    expect(readJson([]).records).to.deep.equal([]);
  });

  it('fetch: 404 is an "http" error, a missing host is "network"', async () => {
    const missing = await fetchData(new URL('nope.json', FIXTURES).href).catch((caught) => caught);
    expect(missing.reason).to.equal('http');
    expect(missing.message).to.contain('404');
    const offline = await fetchData('http://127.0.0.1:9/data.json').catch((caught) => caught);
    expect(offline.reason).to.equal('network');
  });

  /** fetchData of `url` with a 50 ms limit, `window.fetch` replaced by `fake` meanwhile; the error it rejects with. */
  async function timedOut(url: string, fake: typeof window.fetch): Promise<DataError> {
    const original = window.fetch;
    window.fetch = fake;
    try {
      return await fetchData(url, { timeout: 50 }).then(() => expect.fail('it should have timed out'), (caught) => caught);
    } finally {
      window.fetch = original;
    }
  }
  const piece = () => new TextEncoder().encode('[{"name": "Example"},');
  const json = { headers: { 'content-type': 'application/json' } };

  it('fetch: no answer within the time limit is a "timeout"', async () => {
    const error = await timedOut('https://example.org/slow.json', (_input, init) =>
      new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
    expect(error.reason).to.equal('timeout');
  });

  it('fetch: a body that stops arriving part-way is a "timeout" too', async () => {
    const error = await timedOut('https://example.org/stalls.json', async (_input, init) => new Response(new ReadableStream({
      start(controller) {
        controller.enqueue(piece());
        init!.signal!.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
      },
    }), json));
    expect(error).to.be.instanceOf(DataError);
    expect(error.reason).to.equal('timeout');
  });

  it('fetch: the time limit is for all the waiting together, not for each wait', async () => {
    // Pieces 30 ms apart: each wait is under the 50 ms limit, together they are over it.
    const error = await timedOut('https://example.org/trickles.json', async (_input, init) => new Response(new ReadableStream({
      async pull(controller) {
        await new Promise((resolve) => setTimeout(resolve, 30));
        if (init!.signal!.aborted) return controller.error(init!.signal!.reason);
        controller.enqueue(piece());
      },
    }), json));
    expect(error).to.be.instanceOf(DataError);
    expect(error.reason).to.equal('timeout');
  });

  it('fetch: a .csv URL is read as CSV', async () => {
    const { format } = await fetchData(new URL('services.csv', FIXTURES).href);
    expect(format).to.equal('csv');
  });
});

describe('normalisation helpers', () => {
  it('text(): trims, de-quotes, drops placeholders, keeps real sentences with quotes inside', () => {
    expect(text('  "  +1 816 555 0100 " ')).to.equal('+1 816 555 0100');
    expect(text('"Quoted" and "more"')).to.equal('"Quoted" and "more"');
    expect(text('string')).to.equal(undefined);
    expect(text('wait_time')).to.equal(undefined);
    expect(text(42)).to.equal('42');
  });

  it('website(): adds https:// to a bare domain, refuses other schemes', () => {
    expect(website('example.org/x')).to.equal('https://example.org/x');
    expect(website('ftp://example.org')).to.equal(undefined);
  });

  it('languageKey(): names and codes of the same language become one key', () => {
    expect(['Spanish', 'español', 'es', 'ES'].map(languageKey)).to.deep.equal(['es', 'es', 'es', 'es']);
    expect(languageKey('Klingon')).to.equal('Klingon');
  });

  it('finishRecord(): requires a name and hides inactive services', () => {
    expect(finishRecord({ name: '  ' }, 'x')).to.equal('no-name');
    expect(finishRecord({ name: 'A', status: 'Inactive' }, 'x')).to.equal('hidden-status');
    expect(finishRecord({ name: 'A', status: 'temporarily_closed' }, 'x')).to.deep.include({ status: 'temporarily closed', id: 'x' });
  });
});

describe('invisible characters in data', () => {
  it('removes control characters and direction overrides, which could make a number read backwards', () => {
    expect(text('Example\u0001\u0007\u001b\u007f\u0085 Shelter')).to.equal('Example Shelter');
    expect(text('\u202e1010-555-618')).to.equal('1010-555-618');
    expect(text('a\u2066b\u2069c\u202ad')).to.equal('abcd');
    // Letters and marks that right-to-left text needs stay.
    expect(text('مأوى\u200f مثال')).to.equal('مأوى\u200f مثال');
    const [record] = readJson([{ name: 'Example\u202e Line', phone: '816\u0000-555-0101' }]).records;
    expect(record.name).to.equal('Example Line');
    expect(record.phones[0]).to.deep.include({ number: '816-555-0101', href: 'tel:8165550101' });
  });
});

describe('what the partner is told about the data', () => {
  it('names the records whose links were left out, in flat rows, CSV and HSDS', async () => {
    const flat = readJson([
      { name: 'Example A', website: 'javascript:alert(1)', email: 'not an email', phone: 'call us' },
      { name: 'Example B', website: 'example.org', text: 'n/a' },
      { name: 'Example E', phone: '816-555-0102', text: 'ask at the desk', tty: 'yes' },
    ]);
    // A placeholder ("n/a") is no number and nothing to report; words where a number should be are.
    expect(flat.dropped).to.deep.equal([
      [1, 'Example A', 'phone', 'call us'],
      [1, 'Example A', 'website', 'javascript:alert(1)'],
      [1, 'Example A', 'email', 'not an email'],
      [3, 'Example E', 'text', 'ask at the desk'],
      [3, 'Example E', 'tty', 'yes'],
    ]);
    const csv = await readText('name,url\nExample C,vbscript:msgbox(1)\n', 'csv');
    expect(csv.dropped).to.deep.equal([[1, 'Example C', 'website', 'vbscript:msgbox(1)']]);
    const hsds = readJson([{ name: 'Example D', url: 'data:text/html,x', phones: [{ number: 'none' }, { number: '816-555-0100' }], service_at_locations: [{ id: 'l1' }] }]);
    expect(hsds.dropped).to.deep.equal([[1, 'Example D', 'phone', 'none'], [1, 'Example D', 'website', 'data:text/html,x']]);
    expect(hsds.records[0]).to.not.have.property('dropped');
  });

  it('lists repeated ids, and says so in one sentence', () => {
    const data = readJson([{ id: 'a', name: 'One' }, { id: 'a', name: 'Two' }, { id: 'a', name: 'Three' }, { id: 'b', name: 'Four' }]);
    expect(data.records.map((record) => record.id)).to.deep.equal(['a', 'a+', 'a++', 'b']);
    expect(describeProblems(data)).to.deep.equal(['2 records repeat an id ("a"); each was given a unique one.']);
  });

  it('describes no records, left-out links (the first three) and data over the size warning', async () => {
    expect(describeProblems(readJson([]))).to.deep.equal(['the data holds no records; the hotline is shown instead.']);
    const links = readJson(Array.from({ length: 5 }, (_, index) => ({ name: `Example ${index + 1}`, website: 'javascript:x' })));
    expect(describeProblems(links)).to.deep.equal([
      'left out 5 unsafe or unusable links: record 1 "Example 1" website "javascript:x"; record 2 "Example 2" website "javascript:x"; record 3 "Example 3" website "javascript:x"; and 2 more.',
    ]);
    const large = await readText(JSON.stringify([{ name: 'Example', description: 'x'.repeat(LARGE_DATA) }]));
    expect(describeProblems(large)).to.have.length(1);
    expect(describeProblems(large)[0]).to.match(/^the data is 10\.0 MB; over 10 MB, phones on slow connections wait long/);
    expect(describeProblems(await readText('[{"name": "Small"}]'))).to.deep.equal([]);
  });
});
