// Large synthetic Open Referral HSDS 3.0 files for the resource finder's benchmarks.
//
//   node bench/generate-hsds.mjs --count 10000 --seed 1 > bench/data/hsds-10k.json
//   node bench/generate-hsds.mjs --count 100000 --seed 1 --out bench/data/hsds-100k.json
//
// Deterministic for a seed. Everything is visibly fictitious: "Example …" names,
// 555-01xx numbers, example.org sites, "Sample Street" addresses. About 10% of
// locations are confidential (virtual), 3% temporarily closed, 2% inactive.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** mulberry32: small, fast, good enough for test data. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// City centres only (public knowledge); every address is made up.
const METROS = [
  ['Kansas City', 'MO', '641', 39.0997, -94.5786, -6],
  ['Chicago', 'IL', '606', 41.8781, -87.6298, -6],
  ['Houston', 'TX', '770', 29.7604, -95.3698, -6],
  ['Atlanta', 'GA', '303', 33.749, -84.388, -5],
  ['Denver', 'CO', '802', 39.7392, -104.9903, -7],
  ['Los Angeles', 'CA', '900', 34.0522, -118.2437, -8],
];
const TYPES = ['Shelter', 'Legal help', 'Food', 'Health care', 'Counseling', 'Job training', 'Housing', 'Case management', 'Transportation', 'Immigration help'];
const POPULATIONS = ['Youth', 'Adults', 'Families', 'Women', 'Men', 'LGBTQ+', 'Survivors of trafficking', 'Immigrants'];
const LANGUAGES = [['English', 'en'], ['Spanish', 'es'], ['Vietnamese', 'vi'], ['Arabic', 'ar'], ['French', 'fr'], ['Somali', 'so']];
const ADJECTIVES = ['Riverside', 'Harbor', 'Summit', 'Prairie', 'Maple', 'Lantern', 'Bridge', 'Cedar', 'Open Door', 'Compass', 'Northstar', 'Willow'];
const NOUNS = ['Center', 'House', 'Network', 'Project', 'Alliance', 'Collective', 'Services', 'Outreach'];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export function generateHsds(count, seed = 1) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const some = (list, max) => [...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => pick(list)))];
  const phone = (area, n) => `${area}-555-01${String(n % 100).padStart(2, '0')}`;
  const services = [];
  for (let i = 0; i < count; i++) {
    const [city, state, zip3, lat, lon, offset] = pick(METROS);
    const type = pick(TYPES);
    const id = `example-service-${i + 1}`;
    const virtual = rand() < 0.1;
    const statusRoll = rand();
    const opens = 7 + Math.floor(rand() * 4);
    const days = rand() < 0.2 ? DAYS : DAYS.slice(0, 5);
    services.push({
      id,
      name: `Example ${pick(ADJECTIVES)} ${type} ${pick(NOUNS)} ${i + 1}`,
      description: `Fictitious ${type.toLowerCase()} service for benchmarks. Serves ${some(POPULATIONS, 2).join(' and ').toLowerCase()} in the ${city} area.`,
      url: `https://example.org/services/${i + 1}`,
      email: `service${i + 1}@example.org`,
      status: statusRoll < 0.02 ? 'inactive' : statusRoll < 0.05 ? 'temporarily closed' : 'active',
      fees_description: rand() < 0.7 ? 'Free of charge.' : 'Sliding scale fees.',
      eligibility_description: 'Anyone in the service area.',
      minimum_age: rand() < 0.3 ? 18 : undefined,
      assured_date: new Date(Date.UTC(2024, 0, 1) + Math.floor(rand() * 1000) * 86_400_000).toISOString().slice(0, 10),
      organization: { id: `example-org-${i % 500}`, name: `Example ${pick(ADJECTIVES)} ${pick(NOUNS)}` },
      languages: some(LANGUAGES, 3).map(([name, code], n) => ({ id: `${id}-lang-${n}`, name, code })),
      attributes: [
        { id: `${id}-type`, taxonomy_term: { id: `type-${type}`, name: type, taxonomy: 'Service type' } },
        ...some(POPULATIONS, 2).map((name, n) => ({ id: `${id}-pop-${n}`, taxonomy_term: { id: `pop-${name}`, name, taxonomy: 'Population served' } })),
      ],
      phones: [{ id: `${id}-phone`, number: phone(816, i), type: 'voice' }],
      schedules: [{ id: `${id}-schedule`, freq: 'WEEKLY', byday: days.join(','), opens_at: `${String(opens).padStart(2, '0')}:00`, closes_at: `${opens + 8}:00`, timezone: offset }],
      service_at_locations: [
        {
          id: `${id}-at-1`,
          location: {
            id: `${id}-location`,
            location_type: virtual ? 'virtual' : 'physical',
            latitude: Math.round((lat + (rand() - 0.5) * 0.6) * 1e5) / 1e5,
            longitude: Math.round((lon + (rand() - 0.5) * 0.6) * 1e5) / 1e5,
            addresses: virtual
              ? []
              : [{ id: `${id}-address`, address_1: `${100 + (i % 900)} Sample Street`, city, state_province: state, postal_code: `${zip3}${String(i % 100).padStart(2, '0')}`, country: 'US', address_type: 'physical' }],
          },
        },
      ],
    });
  }
  return services;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : fallback;
  };
  const count = Number(option('count', '10000'));
  const seed = Number(option('seed', '1'));
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    console.error('Usage: node bench/generate-hsds.mjs --count 10000 --seed 1 [--out file.json]');
    process.exit(2);
  }
  const json = JSON.stringify(generateHsds(count, seed));
  const out = option('out');
  if (out) writeFileSync(out, json);
  else process.stdout.write(json);
}
