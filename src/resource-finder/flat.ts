/**
 * Flat rows (a JSON array of simple objects, or CSV rows) → {@link RecordDraft}s.
 * Column names are case-insensitive; spaces and hyphens count as underscores; HSDS-style
 * names are accepted as aliases (README: "Flat JSON and CSV columns").
 */
import { email, hoursFromText, isoDate, list, noteDropped, number, phone, text, website, yesNo, type Phone, type RecordDraft } from './normalize.js';

/** Documented column → accepted aliases (the first name is the documented one). */
export const COLUMNS = {
  id: ['id'],
  name: ['name', 'service_name'],
  organization: ['organization', 'organization_name', 'organisation'],
  description: ['description'],
  categories: ['categories', 'category', 'service_type', 'service_types'],
  populations: ['populations', 'population'],
  languages: ['languages', 'language'],
  phone: ['phone', 'phone_number'],
  text: ['text', 'sms'],
  tty: ['tty'],
  website: ['website', 'url'],
  email: ['email'],
  address: ['address', 'address_1', 'street'],
  city: ['city'],
  state: ['state', 'state_province'],
  zip: ['zip', 'postal_code', 'zip_code'],
  latitude: ['latitude', 'lat'],
  longitude: ['longitude', 'lon', 'lng'],
  hours: ['hours', 'opening_hours'],
  timezone: ['timezone', 'time_zone'],
  free: ['free'],
  fees: ['fees', 'fees_description'],
  confidential: ['confidential'],
  location_type: ['location_type'],
  status: ['status'],
  verified: ['verified', 'assured_date'],
  eligibility: ['eligibility', 'eligibility_description'],
  minimum_age: ['minimum_age', 'min_age'],
  maximum_age: ['maximum_age', 'max_age'],
  next_steps: ['next_steps', 'application_process'],
  alert: ['alert'],
} as const;

type Column = keyof typeof COLUMNS;

const ALIASES = new Map<string, Column>(
  (Object.entries(COLUMNS) as [Column, readonly string[]][]).flatMap(([column, names]) => names.map((name) => [name, column] as [string, Column])),
);

/** Row keys → documented column names (unknown columns are ignored). */
function columns(row: Record<string, unknown>): Partial<Record<Column, unknown>> {
  const out: Partial<Record<Column, unknown>> = {};
  for (const [key, value] of Object.entries(row)) {
    const column = ALIASES.get(key.trim().toLowerCase().replace(/[\s-]+/g, '_'));
    if (column && out[column] === undefined) out[column] = value;
  }
  return out;
}

export function readFlatRow(row: Record<string, unknown>): RecordDraft {
  const cell = columns(row);
  const dropped: [string, string][] = [];
  const phones = [
    noteDropped(dropped, 'phone', cell.phone, phone(cell.phone, 'call')),
    noteDropped(dropped, 'text', cell.text, phone(cell.text, 'text')),
    noteDropped(dropped, 'tty', cell.tty, phone(cell.tty, 'tty')),
  ]
    .filter((item): item is Phone => !!item);
  const locationType = text(cell.location_type, 20)?.toLowerCase();
  const street = text(cell.address, 200);
  const city = text(cell.city, 100);
  const state = text(cell.state, 60);
  const zip = text(cell.zip, 20);
  const draft: RecordDraft = {
    id: text(cell.id, 200),
    name: cell.name as string,
    organization: text(cell.organization, 200),
    description: text(cell.description),
    categories: list(cell.categories),
    populations: list(cell.populations),
    languages: list(cell.languages),
    phones,
    website: noteDropped(dropped, 'website', cell.website, website(cell.website)),
    email: noteDropped(dropped, 'email', cell.email, email(cell.email)),
    address: { street, city, state, zip },
    latitude: number(cell.latitude, -90, 90),
    longitude: number(cell.longitude, -180, 180),
    confidential: yesNo(cell.confidential) === true || locationType === 'virtual' || locationType === 'redacted',
    status: cell.status as string,
    alert: text(cell.alert, 500),
    hours: hoursFromText(cell.hours, cell.timezone),
    free: yesNo(cell.free),
    fees: text(cell.fees, 500),
    eligibility: text(cell.eligibility, 500),
    minimumAge: number(cell.minimum_age, 0, 130),
    maximumAge: number(cell.maximum_age, 0, 130),
    nextSteps: text(cell.next_steps, 500),
    verified: isoDate(cell.verified),
  };
  // Only rows with something left out carry the key: records stay the same shape otherwise.
  if (dropped.length) draft.dropped = dropped;
  return draft;
}
