// Property tests for the finder's readers: any input becomes a DataSet or a DataError (never
// another exception), every record holds only clean strings and safe links, and CSV and JSON
// read the same rows the same way. fast-check prints the seed and the shrunk counterexample.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { safeUrl } from '../../src/core/safe-url.js';
import { DataError, readJson, readText, type DataSet } from '../../src/resource-finder/load.js';
import { text, type ServiceRecord } from '../../src/resource-finder/normalize.js';

const RUNS = { numRuns: 120 };
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Read, and turn the outcome into a value: the DataSet, or the DataError. Anything else fails the property. */
async function outcome(read: () => DataSet | Promise<DataSet>): Promise<DataSet | DataError> {
  try {
    return await read();
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(DataError);
    return error as DataError;
  }
}

/** Every string anywhere in a record. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** What every record the readers produce must be, whatever the input was. */
function expectClean(set: DataSet): void {
  const ids = new Set<string>();
  for (const record of set.records) {
    expect(ids.has(record.id), `unique id ${record.id}`).to.equal(false);
    ids.add(record.id);
    expect(record.name.trim()).to.not.equal('');
    expect(record.name.length).to.be.at.most(200);
    for (const value of strings(record)) expect(value, JSON.stringify(value)).to.not.match(INVISIBLE);
    if (record.website !== undefined) expect(safeUrl(record.website, ['https:', 'http:'])).to.equal(record.website);
    if (record.email !== undefined) expect(record.email).to.match(/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/);
    for (const phone of record.phones) expect(phone.href).to.match(phone.kind === 'text' ? /^sms:\+?\d{2,}$/ : /^tel:\+?\d{2,}$/);
    if (record.latitude !== undefined) expect(Math.abs(record.latitude)).to.be.at.most(90);
    if (record.longitude !== undefined) expect(Math.abs(record.longitude)).to.be.at.most(180);
    if (record.confidential) expect([record.address, record.city]).to.deep.equal([undefined, undefined]);
    expect(record).to.not.have.property('dropped');
  }
  expect(set.records.length).to.be.at.most(set.total);
}

// Values a column may hold in a partner's file: typical, hostile and broken.
const cell = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    'javascript:alert(1)', ' JaVa\tScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)',
    '<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', '\u202e1010-555-618', 'Example\u0000\u0007\u001b',
    'n/a', 'string', '"816-555-0101"', 'example.org', 'https://example.org/help', 'a@example.org', '816-555-0101',
    'Mo-Fr 09:00-17:00', 'yes', 'virtual', 'inactive', '2026-01-02', '39.1', '-94.58', '1e999', '-0', '',
  ),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const COLUMNS = ['id', 'name', 'organization', 'description', 'categories', 'populations', 'languages', 'phone', 'text', 'tty', 'website', 'url', 'email', 'address', 'city', 'state', 'zip', 'latitude', 'longitude', 'hours', 'timezone', 'free', 'fees', 'confidential', 'location_type', 'status', 'verified', 'minimum_age', 'maximum_age', 'next_steps', 'alert', 'Name', 'PHONE NUMBER'];
const flatRow = fc.dictionary(fc.constantFrom(...COLUMNS), cell, { maxKeys: 10 });
const hsdsItem = fc.record(
  {
    name: cell,
    id: cell,
    url: cell,
    email: cell,
    status: cell,
    phones: fc.array(fc.record({ number: cell, type: fc.constantFrom('voice', 'text', 'textphone', 'fax', 'x') }), { maxLength: 2 }),
    organization: fc.option(fc.record({ name: cell, website: cell }), { nil: undefined }),
    service_at_locations: fc.array(fc.record({ id: cell, location: fc.record({ latitude: cell, longitude: cell, location_type: cell, url: cell }) }, { requiredKeys: [] }), { maxLength: 2 }),
  },
  { requiredKeys: ['phones'] },
);
const data = fc.oneof(
  fc.array(flatRow, { maxLength: 6 }),
  fc.array(hsdsItem, { maxLength: 4 }),
  fc.record({ contents: fc.array(fc.oneof(flatRow, hsdsItem), { maxLength: 4 }) }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.anything({ maxDepth: 2 }),
);

describe('finder readers (property)', () => {
  it('readJson: any value gives a DataSet of clean records or a DataError, never another exception', async () => {
    await fc.assert(
      fc.asyncProperty(data, async (value) => {
        const result = await outcome(() => readJson(value));
        if (!(result instanceof DataError)) expectClean(result);
      }),
      RUNS,
    );
  });

  it('readText: any text (JSON, truncated JSON, CSV, or neither) gives a DataSet or a DataError', async () => {
    const source = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      data.map((value) => JSON.stringify(value) ?? ''),
      fc.tuple(data.map((value) => JSON.stringify(value) ?? ''), fc.nat()).map(([json, cut]) => json.slice(0, cut % (json.length + 1))),
      fc.array(fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { maxLength: 5 }), { maxLength: 5 }).map((rows) => ['name,phone,website', ...rows.map((row) => row.join(','))].join('\n')),
    );
    await fc.assert(
      fc.asyncProperty(source, fc.constantFrom('json' as const, 'csv' as const, 'auto' as const), async (body, kind) => {
        const result = await outcome(() => readText(body, kind));
        if (!(result instanceof DataError)) expectClean(result);
      }),
      RUNS,
    );
  });

  it('CSV and JSON agree: the same rows written either way are read into the same records', async () => {
    const value = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }), cell.filter((item): item is string => typeof item === 'string'));
    const rows = fc.array(
      fc.record({ name: value, phone: value, website: value, city: value, categories: value, latitude: value, longitude: value, hours: value }),
      { minLength: 1, maxLength: 5 },
    );
    const csvField = (field: string) => (/[",\n\r]/.test(field) || field !== field.trim() ? `"${field.replace(/"/g, '""')}"` : field);
    await fc.assert(
      fc.asyncProperty(rows, async (list) => {
        const columns = Object.keys(list[0]);
        const csv = [columns.join(','), ...list.map((row) => columns.map((column) => csvField(row[column as keyof typeof row])).join(','))].join('\n');
        const fromJson = await outcome(() => readText(JSON.stringify(list), 'json'));
        const fromCsv = await outcome(() => readText(csv, 'csv'));
        const records = (result: DataSet | DataError): ServiceRecord[] | string => (result instanceof DataError ? result.reason : result.records);
        expect(records(fromCsv)).to.deep.equal(records(fromJson));
      }),
      RUNS,
    );
  });

  it('text(): cleaning twice changes nothing, and the result has no invisible characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.integer({ min: 2, max: 80 }), (value, max) => {
        const once = text(value, max);
        if (once === undefined) return;
        expect(text(once, max)).to.equal(once);
        expect(once).to.not.match(INVISIBLE);
        expect(once.length).to.be.at.most(max);
      }),
      { numRuns: 500 },
    );
  });
});
