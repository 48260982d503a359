/**
 * Open Referral HSDS 3.0 → {@link RecordDraft}s: one per service at a location.
 * Reads a `service` with nested `service_at_locations`, or a `service_at_location` with
 * nested `service` and `location`. Field names follow the HSDS 3.0 schemas; the quirks
 * real feeds have (quoted phone numbers, placeholders, times without zones, a bare
 * number as `timezone`, missing objects) are tolerated by the helpers in normalize.ts.
 */
import { hoursFromHsdsSchedules } from './hours-read.js';
import { email, isoDate, list, noteDropped, number, phone, text, website, type Address, type Phone, type PhoneKind, type RecordDraft } from './normalize.js';

type Json = Record<string, unknown>;

const object = (value: unknown): Json | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
const array = (value: unknown): Json[] => (Array.isArray(value) ? value.map(object).filter((item): item is Json => !!item) : []);

/** HSDS phone types follow RFC 6350: `text` is SMS, `textphone` is TTY; fax and pager are not for people. */
const PHONE_KINDS: Record<string, PhoneKind | undefined> = { voice: 'call', cell: 'call', text: 'text', textphone: 'tty', video: 'call', fax: undefined, pager: undefined };

function phones(dropped: [string, string][], ...sources: unknown[]): Phone[] {
  const out: Phone[] = [];
  for (const item of sources.flatMap(array)) {
    const type = String(item.type ?? 'voice').toLowerCase();
    const kind = type in PHONE_KINDS ? PHONE_KINDS[type] : 'call';
    const parsed = kind && noteDropped(dropped, 'phone', item.number, phone(item.number, kind, item.extension));
    if (parsed && !out.some((seen) => seen.href === parsed.href && seen.kind === parsed.kind)) out.push(parsed);
  }
  return out;
}

function address(location: Json | undefined): Address | undefined {
  const addresses = array(location?.addresses);
  const chosen = addresses.find((item) => item.address_type === 'physical') ?? addresses[0];
  if (!chosen) return undefined;
  const street = [text(chosen.address_1, 200), text(chosen.address_2, 200)].filter(Boolean).join(', ');
  return {
    street: street || undefined,
    city: text(chosen.city, 100),
    state: text(chosen.state_province, 60),
    zip: text(chosen.postal_code, 20),
  };
}

/** Taxonomy terms become categories, except terms from a population/audience taxonomy. */
function terms(attributes: unknown): { categories: string[]; populations: string[] } {
  const categories: string[] = [];
  const populations: string[] = [];
  for (const attribute of array(attributes)) {
    const term = object(attribute.taxonomy_term);
    const name = text(term?.name, 80, false);
    if (!name) continue;
    const taxonomy = `${term?.taxonomy ?? ''} ${object(term?.taxonomy_detail)?.name ?? ''} ${attribute.link_type ?? ''}`;
    (/population|audience|eligib|served/i.test(taxonomy) ? populations : categories).push(name);
  }
  return { categories: list(categories), populations: list(populations) };
}

/** Free when every cost option is 0 or the fee text says so; not free when any costs money. */
function free(service: Json): boolean | undefined {
  const amounts = array(service.cost_options).map((option) => number(option.amount, 0, Infinity)).filter((amount) => amount !== undefined);
  if (amounts.some((amount) => amount! > 0)) return false;
  if (amounts.length) return true;
  const fees = text(service.fees_description) ?? text(service.fees);
  return fees && /\b(free|no (cost|charge|fee)s?|gratis|gratuito|sin costo)\b/i.test(fees) ? true : undefined;
}

function fromService(service: Json, at: Json | undefined, index: number): RecordDraft {
  const location = object(at?.location);
  const organization = object(service.organization);
  const locationType = String(location?.location_type ?? '').toLowerCase();
  const place = address(location);
  const { categories, populations } = terms([...array(service.attributes), ...array(at?.attributes)]);
  const schedules = [at?.schedules, service.schedules, location?.schedules].find((value) => array(value).length);
  const dropped: [string, string][] = [];
  const draft: RecordDraft = {
    id: text(at?.id, 200) ?? (text(service.id, 200) && `${text(service.id, 200)}${location ? `@${text(location.id, 200) ?? index}` : ''}`),
    name: service.name as string,
    organization: text(organization?.name, 200) ?? text(service.organization_name, 200),
    description: text(at?.description) ? `${text(service.description) ?? ''} ${text(at?.description)}`.trim() : text(service.description),
    categories,
    populations,
    languages: list([...array(service.languages), ...array(location?.languages)], (item) => item.code ?? item.name),
    phones: phones(dropped, at?.phones, location?.phones, service.phones, organization?.phones),
    website: noteDropped(dropped, 'website', service.url, website(service.url)) ?? website(location?.url) ?? website(organization?.website),
    email: noteDropped(dropped, 'email', service.email, email(service.email)) ?? email(organization?.email),
    address: place,
    latitude: number(location?.latitude, -90, 90),
    longitude: number(location?.longitude, -180, 180),
    confidential: locationType === 'virtual' || locationType === 'redacted',
    status: service.status as string,
    alert: text(service.alert, 500),
    hours: hoursFromHsdsSchedules(array(schedules)),
    free: free(service),
    fees: text(service.fees_description, 500) ?? text(service.fees, 500),
    eligibility: text(service.eligibility_description, 500),
    minimumAge: number(service.minimum_age, 0, 130),
    maximumAge: number(service.maximum_age, 0, 130),
    nextSteps: text(service.application_process, 500),
    verified: isoDate(service.assured_date),
  };
  // Only rows with something left out carry the key: records stay the same shape otherwise.
  if (dropped.length) draft.dropped = dropped;
  return draft;
}

/** Does this object look like HSDS (as opposed to a flat row)? */
export function isHsds(item: unknown): boolean {
  const record = object(item);
  return !!record && (!!object(record.service) || Array.isArray(record.service_at_locations) || !!object(record.organization)
    || Array.isArray(record.phones) || Array.isArray(record.schedules));
}

/**
 * One HSDS item → drafts: a service gives one per `service_at_locations` entry (or one
 * with no location); a service_at_location gives one.
 */
export function readHsdsItem(item: Json, index: number): RecordDraft[] {
  const service = object(item.service);
  if (service) return [fromService(service, item, index)];
  const locations = array(item.service_at_locations);
  return locations.length ? locations.map((at, offset) => fromService(item, at, index + offset)) : [fromService(item, undefined, index)];
}
