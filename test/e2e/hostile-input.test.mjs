// Hostile and broken input: every public attribute of every element, and the finder's and
// FAQ's data, fed empty, wrong-type, out-of-range, huge and script-like values. One table,
// one test per line. Every case also checks, without saying so in its line: no uncaught
// error, no console error, no script run (the `window.__pwned` canary every payload sets
// stays unset, no dialog opens), and no markup from the input in the element (no <img>,
// <iframe>, <object>, <embed> or on* handler anywhere in its shadow trees).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { resolvePath } from '../../scripts/serve.mjs';
import { FIXTURES, elementReady, launch, serve } from './harness.mjs';

const BANNER = 'haven-hotline-banner';
const EXIT = 'haven-quick-exit';
const TIPS = 'haven-quick-exit-tips';
const FAQ = 'haven-faq';
const FINDER = 'haven-resource-finder';

// Payloads. Each one, if it ever ran, would set the canary (or open a dialog).
const IMG = '<img src=x onerror="window.__pwned=1">';
const BREAKOUT = '"><script>window.__pwned=1</script>';
const SVG = '<svg onload="window.__pwned=1"></svg>';
const JS_URL = 'javascript:window.__pwned=1';
const JS_URL_DISGUISED = ' \tJaVa\nScRiPt:window.__pwned=1';
const DATA_URL = 'data:text/html,<script>window.__pwned=1</script>';
const VBS_URL = 'vbscript:msgbox(1)';
const HUGE = 'x'.repeat(100_000);
const RLO = '\u202e';
const CONTROLS = '\u0001\u0007\u001b\u007f\u0085';

const HOTLINE = '1-888-373-7888';
const DEFAULT_EXIT = 'https://www.wikipedia.org/';
const FAQ_SEARCH = async (page) => page.locator(`${FAQ} input[type="search"]`).fill('zqxjv');

/** A data file the test site serves from memory (`body` may be a function, called once, before its case). */
const file = (body, type = 'application/json; charset=utf-8') => ({ file: true, body, type });
/** An inline data block, as a partner pastes it inside the finder. */
const inline = (type, text) => ({ inline: true, type, text });
const json = (value) => JSON.stringify(value);

/** Three fictitious services near Kansas City, for cases about the finder's attributes. */
const SERVICES = file(json([
  { id: 'a', name: 'Example Shelter', phone: '816-555-0101', zip: '64106', latitude: 39.1, longitude: -94.58, hours: 'Mo-Su 00:00-24:00', languages: 'en;es', categories: 'Shelter' },
  { id: 'b', name: 'Example Legal Clinic', phone: '913-555-0102', zip: '66044', latitude: 38.97, longitude: -95.24, categories: 'Legal help', free: 'yes' },
  { id: 'c', name: 'Example Phone Line', phone: '555-0103', categories: 'Counseling' },
]));

/** Text fields a partner's feed can fill, each with a different payload. */
const SCRIPTED_ROW = {
  id: 's1',
  name: `Example ${IMG}`,
  organization: BREAKOUT,
  description: `${SVG} <iframe src="${JS_URL}"></iframe>`,
  categories: `${IMG};Shelter`,
  populations: BREAKOUT,
  languages: `<b>es</b>`,
  hours: IMG,
  fees: BREAKOUT,
  eligibility: IMG,
  next_steps: `<a href="${JS_URL}">apply</a>`,
  alert: `<script>window.__pwned=1</script>`,
  address: IMG,
  city: BREAKOUT,
  phone: '816-555-0110',
};

/**
 * A big but well-formed flat JSON file: fictitious rows until `bytes` is reached (50 MB is
 * about 35,000 rows). Made at test time, never committed. The finder reads it, and warns the
 * partner about its size (README: no hard limit; a warning above 10 MB).
 */
function bigFile(bytes) {
  const description = 'Example description of a fictitious service, repeated to look like a real feed. '.repeat(16);
  const rows = [];
  let size = 2;
  for (let index = 0; size < bytes; index++) {
    const row = json({
      id: `big-${index}`,
      name: `Example Service ${index}`,
      phone: `816-555-01${String(index % 100).padStart(2, '0')}`,
      city: 'Kansas City',
      state: 'MO',
      zip: '64106',
      categories: 'Shelter;Legal help',
      languages: 'en;es',
      hours: 'Mo-Fr 09:00-17:00',
      description,
    });
    rows.push(row);
    size += row.length + 1;
  }
  return Buffer.from(`[${rows.join(',')}]`);
}
const FIFTY_MB = 50 * 1024 * 1024;
/**
 * A card's own links. Scoped to the cards: "no results", with the hotline's call link, is drawn
 * ahead (hidden) once the page is idle, so an unscoped `[part~="call"]` finds it or not by timing.
 */
const CARD_LINKS = '[part="card"] :is([part~="website"], [part~="email"], [part~="call"])';


// component  hostile input (attributes; `file()` is served as a URL, `$children` goes inside)   expectations
// `warn`: the attribute (or a pattern) a `Haven <tag> attribute: …` warning must name, once; `null`: none.
// `hotline`: the hotline number is visible. `shows`/`hides`: text in the element. `has`/`lacks`: a selector
// anywhere in its trees. `prop`: a property's value. `act`: what a person does first.
const CASES = [
  // <haven-hotline-banner>
  [BANNER, { preset: '' }, { warn: 'preset', hotline: true }],
  [BANNER, { preset: IMG }, { warn: 'preset', hotline: true }],
  [BANNER, { preset: HUGE }, { warn: /preset: "x{57}\.\.\." is not one of/, hotline: true }],
  [BANNER, { preset: 'US-988 ' }, { warn: null, hotline: '988' }],
  [BANNER, { name: IMG }, { warn: null, hotline: true, shows: '<img src=x onerror=' }],
  [BANNER, { name: HUGE }, { warn: /name: .* is too long/, hotline: true, shows: 'National Human Trafficking Hotline' }],
  [BANNER, { name: `Example${RLO}enilotoH` }, { warn: /name: .*control or direction/, hotline: true, shows: 'National Human Trafficking Hotline' }],
  [BANNER, { phone: 'call us' }, { warn: /phone: "call us" is not a phone number/, hotline: true }],
  [BANNER, { phone: JS_URL }, { warn: 'phone', hotline: true }],
  [BANNER, { phone: `${RLO}8887-373-888-1` }, { warn: /phone: .*control or direction/, hotline: true }],
  [BANNER, { phone: '5'.repeat(100_000) }, { warn: /phone: .* is too long/, hotline: true }],
  [BANNER, { phone: '' }, { warn: null, hotline: true }],
  [BANNER, { sms: IMG }, { warn: 'sms', hotline: true, lacks: '[part~="text"]' }],
  [BANNER, { sms: '' }, { warn: null, hotline: true, lacks: '[part~="text"]' }],
  [BANNER, { 'sms-keyword': BREAKOUT }, { warn: null, hotline: true, shows: '<script>window.__pwned=1</script>' }],
  [BANNER, { 'sms-keyword': HUGE }, { warn: 'sms-keyword', hotline: true, shows: 'HELP' }],
  [BANNER, { 'chat-url': JS_URL }, { warn: 'chat-url', hotline: true, has: '[part~="chat"][href^="https://humantraffickinghotline.org/"]' }],
  [BANNER, { 'chat-url': JS_URL_DISGUISED }, { warn: 'chat-url', hotline: true, lacks: 'a[href*="cript:"]' }],
  [BANNER, { 'chat-url': DATA_URL }, { warn: 'chat-url', hotline: true, lacks: 'a[href^="data:"]' }],
  [BANNER, { 'chat-url': VBS_URL }, { warn: 'chat-url', hotline: true, lacks: 'a[href^="vbscript:"]' }],
  [BANNER, { tty: SVG }, { warn: 'tty', hotline: true, lacks: '[part~="tty"]' }],
  [BANNER, { hours: IMG }, { warn: null, hotline: true, shows: '<img src=x onerror=' }],
  [BANNER, { hours: HUGE }, { warn: 'hours', hotline: true }],
  [BANNER, { emergency: JS_URL }, { warn: 'emergency', hotline: true, has: '[part="emergency"] a[href="tel:911"]' }],
  [BANNER, { emergency: '' }, { warn: null, hotline: true, has: '[part="emergency"] a[href="tel:911"]' }],
  [BANNER, { variant: 'sticky-sideways' }, { warn: 'variant', hotline: true, has: '[part="base"].inline' }],
  [BANNER, { variant: '' }, { warn: 'variant', hotline: true }],
  [BANNER, { dismissible: 'false' }, { warn: null, hotline: true, has: '[part="dismiss"]' }],
  [BANNER, { dismissible: '', 'dismiss-storage': 'localStorage' }, { warn: 'dismiss-storage', hotline: true }],
  [BANNER, { 'i18n-call': `${IMG} {number}` }, { warn: null, hotline: true, shows: '<img src=x onerror=' }],
  [BANNER, { 'i18n-emergency': 'Danger? No number here.' }, { warn: null, hotline: true, has: '[part="emergency"] a[href="tel:911"]' }],
  [BANNER, { lang: `en-${BREAKOUT}` }, { warn: null, hotline: true }],
  [BANNER, { lang: HUGE }, { warn: null, hotline: true }],

  // <haven-quick-exit>
  [EXIT, { href: JS_URL }, { warn: 'href', prop: ['destination', DEFAULT_EXIT], has: '[part="button"]' }],
  [EXIT, { href: JS_URL_DISGUISED }, { warn: 'href', prop: ['destination', DEFAULT_EXIT] }],
  [EXIT, { href: DATA_URL }, { warn: 'href', prop: ['destination', DEFAULT_EXIT] }],
  [EXIT, { href: VBS_URL }, { warn: 'href', prop: ['destination', DEFAULT_EXIT] }],
  [EXIT, { href: '' }, { warn: 'href', prop: ['destination', DEFAULT_EXIT] }],
  [EXIT, { href: '#' }, { warn: 'href', prop: ['destination', DEFAULT_EXIT] }],
  [EXIT, { href: `https://example.org/?q=${HUGE}` }, { warn: null, prop: ['destination', `https://example.org/?q=${HUGE}`] }],
  [EXIT, { href: `https://example.org/${RLO}lmth.exe` }, { warn: 'href', prop: ['destination', DEFAULT_EXIT] }],
  [EXIT, { history: 'pop' }, { warn: 'history', has: '[part="button"]' }],
  [EXIT, { shortcut: IMG }, { warn: 'shortcut', shows: 'Shift' }],
  [EXIT, { shortcut: '' }, { warn: 'shortcut', shows: 'Shift' }],
  [EXIT, { 'shortcut-timeout': '-5' }, { warn: 'shortcut-timeout', has: '[part="button"]' }],
  [EXIT, { 'shortcut-timeout': 'soon' }, { warn: 'shortcut-timeout', has: '[part="button"]' }],
  [EXIT, { 'shortcut-timeout': '1e999' }, { warn: 'shortcut-timeout', has: '[part="button"]' }],
  [EXIT, { position: BREAKOUT }, { warn: 'position', has: '[part="base"].top' }],
  [EXIT, { 'skip-link': 'maybe' }, { warn: 'skip-link', has: '[part="button"]' }],
  [EXIT, { 'i18n-exit': IMG }, { warn: null, shows: '<img src=x onerror=' }],
  [EXIT, { lang: `es-${BREAKOUT}` }, { warn: null, shows: 'Salir' }],
  [TIPS, { open: BREAKOUT }, { warn: null, has: 'details[open]' }],

  // <haven-faq>
  [FAQ, { 'heading-level': '99' }, { warn: 'heading-level', has: 'h3 > button' }],
  [FAQ, { 'heading-level': 'two' }, { warn: 'heading-level', has: 'h3 > button' }],
  [FAQ, { 'heading-level': '2.5' }, { warn: 'heading-level', has: 'h3 > button' }],
  [FAQ, { preset: IMG }, { warn: 'preset', has: 'h3 > button' }],
  [FAQ, { preset: HUGE }, { warn: 'preset', has: 'h3 > button' }],
  [FAQ, { searchable: '', hotline: BREAKOUT }, { act: FAQ_SEARCH, warn: 'hotline', hotline: true }],
  [FAQ, { searchable: 'false', single: 'no' }, { act: FAQ_SEARCH, warn: null, hotline: true }],
  [FAQ, { searchable: '' }, { act: async (page) => page.locator(`${FAQ} input[type="search"]`).fill(IMG), warn: null, hotline: true }],
  [FAQ, { src: JS_URL }, { warn: 'src', hotline: true }],
  [FAQ, { src: DATA_URL }, { warn: 'src', hotline: true }],
  [FAQ, { src: VBS_URL }, { warn: 'src', hotline: true }],
  [FAQ, { src: '/data/missing.json' }, { warn: /src: .*HTTP 404/, http404: true, hotline: true }],
  [FAQ, { src: file('') }, { warn: 'src', hotline: true }],
  [FAQ, { src: file('[{"id": "a", "question": "Cut') }, { warn: 'src', hotline: true }],
  [FAQ, { src: file(json({ question: 'Not in a list', answer: 'No.' })) }, { warn: /src: .*expected a JSON array/, hotline: true }],
  [FAQ, { src: file(json([1, 'two', { question: 3, answer: [] }])) }, { warn: /src: entry 0 needs/, hotline: true }],
  [FAQ, { src: file(json([{ id: `${BREAKOUT}`, question: `${IMG} Is it free?`, answer: `<p>Yes, <strong>free</strong>.</p><script>window.__pwned=1</script>${IMG}<a href="${JS_URL}">more</a><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>${SVG}<a href="https://example.org/" onclick="window.__pwned=1">ok</a>` }])) }, { warn: /src: ".*Is it free\?": answer markup left out: <script>, onerror, <img>, a link to "javascript:.*, <iframe>, onload, <svg>, onclick \(answers may use p ul ol li a em strong br\)/, shows: '<img src=x onerror=', has: '.haven-faq-answer strong', lacks: 'a[href^="javascript:"], a[onclick], .haven-faq-answer script' }],
  [FAQ, { src: file(json([{ id: 'same', question: 'One?', answer: 'One.' }, { id: 'same', question: 'Two?', answer: 'Two.' }])) }, { warn: /src: "Two\?": id "same" is already used on the page; using "same-2"/, has: '#same, #same-2' }],
  [FAQ, { 'structured-data': '', src: file(json([{ question: 'Closing tags?', answer: '</script><script>window.__pwned=1</script>' }])) }, { warn: null, has: 'script[type="application/ld+json"]' }],
  [FAQ, { lang: `es-${BREAKOUT}`, 'structured-data': '' }, { warn: null, shows: '¿', has: 'script[type="application/ld+json"]' }],
  [FAQ, { src: file(json([{ question: `Right${RLO}to-left?`, answer: `Control${CONTROLS} characters.` }])) }, { warn: null, has: 'h3 > button' }],

  // <haven-resource-finder>: attributes
  [FINDER, { src: JS_URL }, { warn: /src: could not load "javascript:.*is not an http\(s\) URL/, shows: 'could not be loaded', hotline: true }],
  [FINDER, { src: JS_URL_DISGUISED }, { warn: 'src', shows: 'could not be loaded', hotline: true }],
  [FINDER, { src: DATA_URL }, { warn: 'src', shows: 'could not be loaded', hotline: true }],
  [FINDER, { src: VBS_URL }, { warn: 'src', shows: 'could not be loaded', hotline: true }],
  [FINDER, { src: '' }, { warn: null, hotline: true }],
  [FINDER, { src: '/data/missing.json' }, { warn: /src: .*404/, http404: true, shows: 'could not be loaded', hotline: true }],
  [FINDER, { src: SERVICES, near: IMG }, { warn: 'near', shows: 'Enter a 5-digit ZIP code', has: '[part="card"]' }],
  [FINDER, { src: SERVICES, near: '64106', radius: '-5' }, { warn: 'radius', shows: 'within 25 mi' }],
  [FINDER, { src: SERVICES, near: '64106', radius: HUGE }, { warn: 'radius', shows: 'within 25 mi' }],
  [FINDER, { src: SERVICES, near: '64106', units: 'furlongs' }, { warn: 'units', shows: 'within 25 mi' }],
  [FINDER, { src: SERVICES, near: '64106', 'zip-base': JS_URL }, { warn: 'zip-base', shows: 'within 25 mi' }],
  [FINDER, { hotline: IMG }, { warn: 'hotline', hotline: true }],
  [FINDER, { src: SERVICES, 'page-size': '0' }, { warn: 'page-size', has: '[part="card"]' }],
  [FINDER, { src: SERVICES, 'page-size': '1e9' }, { warn: 'page-size', has: '[part="card"]' }],
  [FINDER, { src: SERVICES, 'report-url': JS_URL }, { warn: 'report-url', has: '[part="card"]', lacks: '[part="report"]' }],
  [FINDER, { src: SERVICES, 'report-email': IMG }, { warn: 'report-email', has: '[part="card"]', lacks: '[part="report"]' }],
  [FINDER, { src: SERVICES, 'report-email': `listings${RLO}@example.org` }, { warn: 'report-email', lacks: '[part="report"]' }],
  [FINDER, { src: SERVICES, 'time-zone': 'Mars/Olympus_Mons' }, { warn: 'time-zone', has: '[part="card"]' }],
  [FINDER, { src: SERVICES, 'heading-level': '7' }, { warn: 'heading-level', has: '[part="heading"][aria-level="2"]' }],
  [FINDER, { src: SERVICES, 'sync-url': '', $query: `?haven-q=${encodeURIComponent(IMG)}&haven-type=${encodeURIComponent(BREAKOUT)}` }, { warn: null, shows: 'No services match', hotline: true }],
  [FINDER, { src: SERVICES, lang: `en-${BREAKOUT}` }, { warn: 'lang', has: '[part="card"]' }],

  // <haven-resource-finder>: data files
  [FINDER, { src: file('') }, { warn: /src: could not load .*JSON could not be read/, shows: 'could not be loaded', hotline: true }],
  [FINDER, { src: file('', 'text/csv') }, { warn: /src: could not load .*CSV/, shows: 'could not be loaded', hotline: true }],
  [FINDER, { src: file('[]') }, { warn: /src: the data holds no records; the hotline is shown instead\./, shows: 'No services match', hotline: true }],
  [FINDER, { src: file('name,phone\n', 'text/csv') }, { warn: /src: the data holds no records; the hotline is shown instead\./, shows: 'No services match', hotline: true }],
  [FINDER, { src: file('[{"name": "Example", "phone": "816-555-01') }, { warn: /src: could not load .*JSON could not be read/, shows: 'could not be loaded', hotline: true }],
  [FINDER, { src: file(json({ services: [{ name: 'Example' }] })) }, { warn: /src: could not load .*expected an array/, shows: 'could not be loaded', hotline: true }],
  [FINDER, { src: file('"just a string"') }, { warn: /src: could not load .*expected an array/, shows: 'could not be loaded', hotline: true }],
  [FINDER, { src: file(json([1, null, 'row', [], { phone: '816-555-0100' }])) }, { warn: /src: could not load .*none of the 5 records/, shows: 'could not be loaded', hotline: true }],
  [FINDER, { src: file(json([{ name: 'Example Good' }, { phone: '816-555-0100' }, 7])) }, { warn: /src: read 1 of 3 records; skipped 1 without a name, 1 not an object/, has: '[part="card"]' }],
  [FINDER, { src: file(json([SCRIPTED_ROW])) }, { warn: null, shows: ['Example <img src=x onerror=', '<script>window.__pwned=1</script>', '<iframe src='], has: '[part="card"]' }],
  [FINDER, { src: file(json([{ name: 'Example JS', website: JS_URL }, { name: 'Example Data', website: DATA_URL, email: `a@b.c${IMG}` }, { name: 'Example VB', url: VBS_URL, phone: JS_URL }])) }, { warn: /src: left out 5 unsafe or unusable links: record 1 "Example JS" website "javascript:.*; record 2 "Example Data" website "data:.*; record 2 "Example Data" email .*; and 2 more\./, has: '[part="card"]', lacks: CARD_LINKS }],
  [FINDER, { src: file(json([{ service: { id: 'h1', name: 'Example HSDS', url: JS_URL, email: IMG, phones: [{ number: IMG }] }, location: { id: 'l1', url: DATA_URL } }])) }, { warn: /src: left out .*record 1 "Example HSDS" website/, has: '[part="card"]', lacks: CARD_LINKS }],
  [FINDER, { src: file(json([{ name: `Example${CONTROLS}Controls`, phone: `816${CONTROLS}-555-0104`, description: `Line\u0000one\u000bline\u2028two` }])) }, { warn: null, shows: ['ExampleControls', 'Call 816-555-0104'], hides: '\u0007' }],
  [FINDER, { src: file(json([{ name: `Example ${RLO}retlehS`, phone: `${RLO}4010-555-618`, city: `${RLO}ytiC` }])) }, { warn: null, shows: ['Example retlehS', 'Call 4010-555-618'], hides: RLO }],
  [FINDER, { src: file(json([{ id: 'dup', name: 'Example One' }, { id: 'dup', name: 'Example Two' }, { id: 'dup', name: 'Example Three' }])) }, { warn: /src: 2 records repeat an id \("dup"\); each was given a unique one\./, shows: ['Example One', 'Example Two', 'Example Three'] }],
  [FINDER, { src: file(`name,website,phone\n"Example =HYPERLINK(""${JS_URL}"")",${JS_URL},=1+1\n"Example CSV ${IMG.replaceAll('"', '""')}",https://example.org,816-555-0105\n`, 'text/csv') }, { warn: /src: left out .*website/, shows: ['Example =HYPERLINK(', 'Example CSV <img'], has: '[part~="website"][href="https://example.org/"]' }],
  [FINDER, { src: file(() => bigFile(FIFTY_MB)) }, { warn: /src: the data is 5\d\.\d MB/, has: '[part="card"]', timeout: 60_000 }],

  // <haven-resource-finder>: inline data
  [FINDER, { $children: inline('application/json', json([SCRIPTED_ROW]).replaceAll('</', '<\\/')) }, { warn: null, shows: 'Example <img src=x onerror=', has: '[part="card"]' }],
  [FINDER, { $children: inline('application/json', '') }, { warn: /script: could not load the inline data: the JSON could not be read/, hotline: true }],
  [FINDER, { $children: inline('application/json', '[{"name": "Example"') }, { warn: 'script', shows: 'could not be loaded', hotline: true }],
  [FINDER, { $children: inline('application/json', '{"name": 5}') }, { warn: 'script', shows: 'could not be loaded', hotline: true }],
  [FINDER, { $children: inline('text/csv', 'name,phone\n"Example, unclosed,816-555-0106\n') }, { warn: /script: .*quoted field is not closed/, hotline: true }],
  [FINDER, { $children: inline('text/csv', 'title,phone\nExample,816-555-0107\n') }, { warn: /script: .*no "name" column/, hotline: true }],
  [FINDER, { $children: inline('text/csv', `name,website\nExample Inline,${VBS_URL}\n`) }, { warn: /script: left out 1 unsafe or unusable link: record 1 "Example Inline" website "vbscript:/, has: '[part="card"]', lacks: '[part~="website"]' }],
];

/** "attr="value"" for a test name, long values shortened, control characters made visible. */
function describeInput(input) {
  const show = (value) => {
    if (value?.file) return `file(${typeof value.body === 'function' ? '50 MB' : JSON.stringify(String(value.body).slice(0, 50))}${value.type.startsWith('text/csv') ? ', csv' : ''})`;
    if (value?.inline) return `<script type="${value.type}">${JSON.stringify(value.text.slice(0, 40))}`;
    const text = JSON.stringify(String(value)).slice(1, -1);
    return `"${text.length > 48 ? `${text.slice(0, 45)}…(${String(value).length} chars)` : text}"`;
  };
  return Object.entries(input).map(([name, value]) => (name.startsWith('$') ? show(value) : `${name}=${show(value)}`)).join(' ');
}

function describeExpectations(expect) {
  const parts = [expect.warn === null ? 'no warning' : `warns (${expect.warn instanceof RegExp ? 'pattern' : expect.warn})`];
  if (expect.hotline) parts.push('hotline visible');
  if (expect.prop) parts.push(`${expect.prop[0]} is ${expect.prop[1] === DEFAULT_EXIT ? 'the default' : 'that URL'}`);
  if (expect.act) parts.push('after a search');
  return parts.join(', ');
}

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The page for case `index`: the CDN bundle and one element, its files served from memory. */
function casePage(index, [tag, input], files) {
  let attributes = '';
  let children = '';
  let fileCount = 0;
  for (const [name, value] of Object.entries(input)) {
    if (name === '$children') children = `<script type="${value.type}">\n${value.text}\n</script>`;
    else if (name.startsWith('$')) continue;
    else if (value?.file) {
      const path = `/data/${index}/${fileCount++}${value.type.startsWith('text/csv') ? '.csv' : '.json'}`;
      files.set(path, value);
      attributes += ` ${name}="${path}"`;
    } else attributes += ` ${name}="${escapeAttribute(value)}"`;
  }
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Hostile input ${index}</title>
<script type="module" src="/dist/cdn/haven.js"></script></head>
<body><main><h1>Case ${index}</h1><${tag}${attributes}>${children}</${tag}></main></body>
</html>`;
}

/**
 * In the page: what the case expects but is not (yet) there. Walks the element's light DOM and
 * every shadow tree below it, nested banners included.
 */
function missing({ tag, expect, hotline }) {
  const element = document.querySelector(tag);
  if (!element?.shadowRoot) return ['the element upgraded'];
  const all = [];
  const walk = (root) => {
    for (const node of root.querySelectorAll('*')) {
      all.push(node);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(element);
  walk(element.shadowRoot);
  const query = (selector) => all.filter((node) => node.matches(selector));
  const text = [element, element.shadowRoot, ...all.map((node) => node.shadowRoot).filter(Boolean)]
    .map((root) => root.textContent).join(' ');
  const problems = [];
  const markup = query('img, iframe, object, embed, frame').concat(all.filter((node) => [...node.attributes].some(({ name }) => name.startsWith('on'))));
  if (markup.length) problems.push(`markup from input: ${markup.map((node) => node.outerHTML.slice(0, 80)).join(' | ')}`);
  if (hotline) {
    const links = query('a[href^="tel:"]').filter((link) => link.textContent.includes(hotline) && link.checkVisibility() && link.getBoundingClientRect().width > 0);
    if (!links.length) problems.push(`hotline ${hotline} visible`);
  }
  for (const wanted of [expect.shows ?? []].flat()) if (!text.includes(wanted)) problems.push(`shows ${JSON.stringify(wanted)}`);
  if (expect.hides && text.includes(expect.hides)) problems.push(`hides ${JSON.stringify(expect.hides)}`);
  if (expect.has && !query(expect.has).length) problems.push(`has ${expect.has}`);
  if (expect.lacks && query(expect.lacks).length) problems.push(`lacks ${expect.lacks}: ${query(expect.lacks).map((node) => node.outerHTML.slice(0, 80)).join(' | ')}`);
  if (expect.prop && element[expect.prop[0]] !== expect.prop[1]) problems.push(`${expect.prop[0]} is ${JSON.stringify(expect.prop[1])}, not ${JSON.stringify(element[expect.prop[0]])}`);
  return problems;
}

const tick = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const CONCURRENCY = 3;

/**
 * A few long-lived tabs that take turns with the cases: a new tab costs a renderer process,
 * which on a busy machine is most of a case's time. Each case still gets a new document
 * (and leaves through about:blank, so nothing of it is counted for the next case).
 */
function tabPool(context) {
  const idle = [];
  const waiting = [];
  async function open() {
    const page = await context.newPage();
    const tab = { page, seen: undefined };
    page.on('request', (request) => tab.seen?.requests.push(request.url()));
    page.on('pageerror', (error) => tab.seen?.errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') tab.seen?.errors.push(message.text());
      if (message.type() === 'warning') tab.seen?.warnings.push(message.text());
    });
    page.on('dialog', (dialog) => {
      tab.seen?.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    return tab;
  }
  return {
    async take() {
      const tab = idle.pop() ?? (idle.length + waiting.length < CONCURRENCY ? await open() : await new Promise((resolve) => waiting.push(resolve)));
      tab.seen = { requests: [], errors: [], warnings: [], dialogs: [] };
      return tab;
    },
    async give(tab, healthy) {
      tab.seen = undefined;
      let next = tab;
      try {
        if (!healthy) throw new Error('start again');
        await tab.page.goto('about:blank');
      } catch {
        await tab.page.close().catch(() => {});
        next = await open();
      }
      const resolve = waiting.shift();
      if (resolve) resolve(next);
      else idle.push(next);
    },
  };
}

describe('hostile and broken input: no crash, no script, a warning, a sensible render, the hotline', { concurrency: CONCURRENCY }, () => {
  let browser;
  let site;
  let tabs;
  const pages = new Map();
  const files = new Map();
  const bodies = new Map();
  const dist = new Map();

  before(async () => {
    browser = await launch();
    tabs = tabPool(await browser.newContext());
    site = await serve(undefined, {}, {
      async onRequest(request, response) {
        const path = request.url.split('?')[0];
        if (pages.has(path)) {
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
          response.end(pages.get(path));
        } else if (files.has(path)) {
          const { type } = files.get(path);
          response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
          response.end(bodies.get(path));
        } else if (path.startsWith('/dist/') && path.endsWith('.js')) {
          // The bundle does not change during the run: let the browser cache it (and its compiled code).
          const file = resolvePath(path, FIXTURES);
          if (!file) return;
          if (!dist.has(file)) dist.set(file, await readFile(file));
          response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'max-age=3600' });
          response.end(dist.get(file));
        }
      },
    });
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  CASES.forEach((line, index) => {
    const [tag, input, expect] = line;
    const path = `/case/${index}`;
    pages.set(path, casePage(index, line, files));
    const wait = expect.timeout ?? 15_000;
    it(`${tag} ${describeInput(input)} → ${describeExpectations(expect)}`, { timeout: wait + 20_000 }, async () => {
      // A big file is made before the page asks for it, so the server answers at once.
      for (const [filePath, { body }] of files) {
        if (filePath.startsWith(`/data/${index}/`) && !bodies.has(filePath)) bodies.set(filePath, typeof body === 'function' ? body() : body);
      }
      const tab = await tabs.take();
      const { page, seen } = tab;
      let healthy = false;
      try {
        await page.goto(`${site.origin}${path}${input.$query ?? ''}`);
        await elementReady(page, tag, wait);
        if (expect.act) await expect.act(page);

        const hotline = expect.hotline === true ? HOTLINE : expect.hotline;
        const wanted = expect.warn === null ? undefined : expect.warn instanceof RegExp ? expect.warn : new RegExp(`^Haven <${tag}> ${expect.warn}: `);
        const deadline = Date.now() + wait;
        let problems;
        for (;;) {
          problems = await page.evaluate(missing, { tag, expect: { ...expect, act: undefined, warn: undefined }, hotline });
          if (wanted && seen.warnings.filter((message) => message.startsWith(`Haven <${tag}> `) && wanted.test(message)).length !== 1) {
            problems.push(`one warning matching ${wanted}`);
          }
          if (!problems.length || Date.now() > deadline) break;
          await tick(100);
        }
        // Anything late (a handler, a second warning) has had a moment to show itself.
        await tick(150);
        const haven = seen.warnings.filter((message) => message.startsWith('Haven <'));
        assert.deepEqual(problems, [], `warnings: ${JSON.stringify(haven)}`);
        if (expect.warn === null) assert.deepEqual(haven, [], 'no warning for a valid value');
        const errors = expect.http404 ? seen.errors.filter((message) => !/status of 404/.test(message)) : seen.errors;
        assert.deepEqual(errors, [], 'no uncaught error and no console error');
        assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no payload ran');
        assert.deepEqual(seen.dialogs, [], 'no dialog opened');
        assert.deepEqual(seen.requests.filter((url) => /\/x$/.test(url) || !url.startsWith(site.origin)), [], 'no request made by markup from the input');
        healthy = true;
      } finally {
        await tabs.give(tab, healthy);
      }
    });
  });

  it('has one line per case, at least 60, covering every public attribute of every element', async () => {
    assert.ok(CASES.length >= 60, `${CASES.length} cases`);
    const manifest = JSON.parse(await readFile(new URL('../../dist/custom-elements.json', import.meta.url), 'utf8'));
    const untested = [];
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.tagName) continue;
        for (const { name } of declaration.attributes ?? []) {
          if (!CASES.some(([tag, input]) => tag === declaration.tagName && name in input)) untested.push(`${declaration.tagName} ${name}`);
        }
      }
    }
    assert.deepEqual(untested, []);
  });
});
