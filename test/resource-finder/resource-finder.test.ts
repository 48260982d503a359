import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/resource-finder.js';
import { HavenResourceFinder } from '../../src/resource-finder/resource-finder.js';
import { captureWarnings, expectAccessible, nextAnnouncement, preventNavigation } from '../helpers/index.js';

const FIXTURES = new URL('./fixtures/', import.meta.url).href;
const ZIPS = `${FIXTURES}zips/`;
const HSDS = `${FIXTURES}services.hsds.json`;

const $ = (el: HavenResourceFinder, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: HavenResourceFinder, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const names = (el: HavenResourceFinder) => $$(el, '[part="card-name"]').map(text);
/** A card's facts as "Label: value" lines (the colon is drawn by CSS). */
const facts = (node: Element) => [...node.querySelectorAll('[part="details"] > div')].map((row) => `${text(row.querySelector('dt'))}: ${text(row.querySelector('dd'))}`).join('\n');
const heading = (el: HavenResourceFinder) => text($(el, '[part="heading"]'));
const card = (el: HavenResourceFinder, name: string) => $$(el, '[part="card"]').find((node) => text(node.querySelector('[part="card-name"]')) === name)!;

async function finder(template: ReturnType<typeof html>): Promise<HavenResourceFinder> {
  const el = await fixture<HavenResourceFinder>(template);
  await el.ready;
  return el;
}

/** Inline flat JSON as a partner would paste it. */
function inline(records: unknown[], attributes = ''): Promise<HavenResourceFinder> {
  const holder = document.createElement('div');
  // The first of two same-named attributes wins: a test's own zip-base comes first.
  holder.innerHTML = `<haven-resource-finder ${attributes} zip-base="${ZIPS}"><script type="application/json"></script></haven-resource-finder>`;
  holder.querySelector('script')!.textContent = JSON.stringify(records);
  return finder(html`${holder.firstElementChild}`);
}

async function type(el: HavenResourceFinder, selector: string, value: string): Promise<void> {
  const input = $(el, selector) as HTMLInputElement;
  input.focus();
  input.value = '';
  await sendKeys({ type: value });
  await el.updateComplete;
}

async function submit(el: HavenResourceFinder): Promise<void> {
  ($(el, 'button[type="submit"]') as HTMLButtonElement).click();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await el.updateComplete;
}

afterEach(() => {
  fixtureCleanup();
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
});

describe('<haven-resource-finder> with no data', () => {
  it('shows the national hotlines from the banner presets (the embedded default)', async () => {
    const el = await finder(html`<haven-resource-finder></haven-resource-finder>`);
    expect(heading(el)).to.equal('Help lines you can contact now');
    const banners = $$(el, 'haven-hotline-banner');
    expect(banners.map((banner) => banner.getAttribute('preset'))).to.deep.equal(['us-trafficking', 'us-988']);
    await (banners[0] as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(banners[0].shadowRoot!.querySelector('[part~="call"]')!.getAttribute('href')).to.equal('tel:+18883737888');
    expect($(el, 'form')).to.equal(null);
    await expectAccessible(el);
  });

  it('shows the chosen hotline first, with the same country\'s others', async () => {
    const el = await finder(html`<haven-resource-finder hotline="us-988"></haven-resource-finder>`);
    expect($$(el, 'haven-hotline-banner').map((banner) => banner.getAttribute('preset'))).to.deep.equal(['us-988', 'us-trafficking']);
  });
});

describe('<haven-resource-finder> with an HSDS file from src', () => {
  it('shows the first page of results before any query, one card per service at a location', async () => {
    const el = await finder(html`<haven-resource-finder src=${HSDS} zip-base=${ZIPS}></haven-resource-finder>`);
    expect(heading(el)).to.equal('4 services');
    expect(names(el)).to.deep.equal(['Fictitious Riverside Shelter', 'Fictitious Riverside Shelter', 'Asesoría legal ficticia', 'Fictitious Food Pantry']);
    await expectAccessible(el);
  });

  it('shows organisation, address, hours, languages, eligibility, cost, next steps and call/text/TTY links', async () => {
    const el = await finder(html`<haven-resource-finder src=${HSDS} zip-base=${ZIPS}></haven-resource-finder>`);
    const shelter = $$(el, '[part="card"]')[0];
    expect(text(shelter.querySelector('[part="organization"]'))).to.equal('Example Crossroads Network');
    const details = facts(shelter);
    expect(details).to.contain('Address: 100 Example Street, Kansas City, MO 64106');
    expect(details).to.contain('Languages: Spanish');
    expect(details).to.contain('Who can use it: Adults and families. Ages 18 and up');
    expect(details).to.contain('Cost: Free of charge.');
    expect(details).to.contain('How to get help: Call first');
    const legal = card(el, 'Asesoría legal ficticia');
    const links = [...legal.querySelectorAll('[part~="action"][href]')].map((a) => [text(a), a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Call 913-555-0102 ext. 12', 'tel:9135550102'],
      ['Text 913-555-0103', 'sms:9135550103'],
      ['TTY 913-555-0104', 'tel:9135550104'],
    ]);
  });

  it('opens websites in the same tab with rel="noopener noreferrer"', async () => {
    const el = await finder(html`<haven-resource-finder src=${HSDS} zip-base=${ZIPS}></haven-resource-finder>`);
    const site = $$(el, '[part~="website"]')[0] as HTMLAnchorElement;
    expect(site.getAttribute('href')).to.equal('https://example.org/shelter');
    expect(site.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(site.hasAttribute('target')).to.equal(false);
    expect($$(el, '[target]')).to.deep.equal([]);
  });

  it('never shows the address of a confidential (virtual) location', async () => {
    const el = await finder(html`<haven-resource-finder src=${HSDS} zip-base=${ZIPS}></haven-resource-finder>`);
    const hidden = $$(el, '[part="card"]')[1];
    expect(text(hidden)).to.contain('Address kept private for safety');
    expect(el.shadowRoot!.textContent).not.to.contain('Hidden Lane');
    expect(el.shadowRoot!.textContent).not.to.contain('Secretville');
  });

  it('shows "Open now" from HSDS schedules (24/7 here) and no open/closed badge for a closed service', async () => {
    const el = await finder(html`<haven-resource-finder src=${HSDS} zip-base=${ZIPS}></haven-resource-finder>`);
    expect(text($$(el, '[part="card"]')[0].querySelector('[part="badges"]'))).to.contain('Open now');
    expect(text(card(el, 'Fictitious Food Pantry').querySelector('[part="badges"]'))).not.to.match(/Open now|Closed now/);
  });

  it('fires haven-results once the data is shown', async () => {
    const el = document.createElement('haven-resource-finder');
    el.setAttribute('src', HSDS);
    const results = oneEvent(el, 'haven-results');
    document.body.append(el);
    try {
      expect((await results).detail).to.deep.equal({ count: 4, shown: 4 });
    } finally {
      el.remove();
    }
  });

  it('shows "Temporarily closed" and the alert, and flags listings checked over a year ago', async () => {
    const el = await finder(html`<haven-resource-finder src=${HSDS} zip-base=${ZIPS}></haven-resource-finder>`);
    const pantry = card(el, 'Fictitious Food Pantry');
    expect(text(pantry.querySelector('[part="badges"]'))).to.contain('Temporarily closed');
    expect(text(pantry.querySelector('[part="alert"]'))).to.equal('Closed for repairs until further notice.');
    const legal = card(el, 'Asesoría legal ficticia');
    expect(text(legal.querySelector('[part="verified"]'))).to.match(/checked on Jan 15, 2020\. Last checked over a year ago/);
  });

  it('sorts by distance from the `near` ZIP, with the radius in the heading', async () => {
    const el = await finder(html`<haven-resource-finder src=${HSDS} zip-base=${ZIPS} near="66044" radius="100"></haven-resource-finder>`);
    expect(heading(el)).to.equal('4 services within 100 mi of 66044');
    expect(names(el)[0]).to.equal('Asesoría legal ficticia');
    expect(text(card(el, 'Asesoría legal ficticia').querySelector('.distance'))).to.match(/^0\.\d mi away$/);
    // The confidential location: "serves your area", never an exact distance.
    const badges = $$(el, '[part="card"]').map((node) => text(node.querySelector('.distance')));
    expect(badges).to.include('Serves your area');
    // No location: listed after the located services.
    expect(names(el).at(-1)).to.equal('Fictitious Food Pantry');
  });

  it('makes no request but the data and its ZIP chunk, and writes no storage or cookie', async () => {
    performance.clearResourceTimings();
    await finder(html`<haven-resource-finder src=${HSDS} zip-base=${ZIPS} near="64106"></haven-resource-finder>`);
    const requests = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(requests.filter((path) => path.includes('/fixtures/'))).to.deep.equal(
      [new URL(HSDS).pathname, new URL(`${ZIPS}641.json`).pathname].filter((path) => requests.includes(path)),
    );
    expect(requests.every((path) => !path.includes('geocod'))).to.equal(true);
    expect(performance.getEntriesByType('resource').every((entry) => entry.name.startsWith(location.origin))).to.equal(true);
    expect(sessionStorage.length + localStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
  });
});

describe('<haven-resource-finder> searching', () => {
  it('draws the first five cards before the next frame and the rest five at a time after it; updateComplete waits for all', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ name: `Example shelter ${i + 1}`, phone: `816-555-01${String(i).padStart(2, '0')}` }));
    const el = await inline(rows, 'page-size="12"');
    expect($$(el, '[part="card"]')).to.have.length(12);
    const query = $(el, '#query') as HTMLInputElement;
    query.value = 'shelter 2';
    // The card count each time the results change, and whether a frame had come by then. Observed, not
    // sampled at a frame: on a busy machine the rest may be drawn by the 100 ms fallback before a frame comes.
    const drawn: { cards: number; afterFrame: boolean }[] = [];
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    const observer = new MutationObserver(() => drawn.push({ cards: $$(el, '[part="card"]').length, afterFrame: framed }));
    observer.observe($(el, '[part="results"]')!, { childList: true, subtree: true });
    query.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    observer.disconnect();
    // "Shelter 2" and "Shelter 20"–"29": 11 results, all on the first page.
    expect(drawn.map(({ cards }) => cards).filter((cards, i, all) => cards !== all[i - 1])).to.deep.equal([5, 10, 11]);
    expect(drawn[0].afterFrame).to.equal(false, 'the first five are drawn in the keystroke\'s own task');
    expect($$(el, '[part="card"]')).to.have.length(11);
    expect(heading(el)).to.match(/11/);
    // An update with nothing new to rank (a card copied, "Show more") draws every card at once.
    const during = new Promise((resolve) => requestAnimationFrame(() => resolve($$(el, '[part="card"]').length)));
    el.requestUpdate();
    expect(await during).to.equal(11);
  });

  it('keeps every card, and focus, when the results change while focus is on a card', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({ name: `Example shelter ${i + 1}`, phone: `816-555-01${String(i).padStart(2, '0')}`, zip: '64106' }));
    const el = await inline(rows, 'page-size="12"');
    const eighth = $$(el, '[part="card"]')[7].querySelector<HTMLElement>('a, button')!;
    eighth.focus();
    const cards = new Promise((resolve) => requestAnimationFrame(() => resolve($$(el, '[part="card"]').length)));
    el.setAttribute('near', '64106');
    expect(await cards).to.equal(12);
    // The ZIP is looked up, and the rows placed by theirs: results in distance order, ranked again.
    for (let waited = 0; !/away/.test(text($$(el, '[part="card"]')[0])) && waited < 3000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
    expect(text($$(el, '[part="card"]')[0])).to.match(/away/);
    expect($$(el, '[part="card"]')).to.have.length(12);
    expect(el.shadowRoot!.activeElement).to.equal(eighth);
  });

  const RECORDS = [
    { id: 'a', name: 'Example Emergency Shelter', categories: 'Shelter', languages: 'es', free: 'yes', lat: 39.1, lon: -94.58 },
    { id: 'b', name: 'Asesoría legal de ejemplo', categories: 'Legal help', languages: 'es', lat: 38.95, lon: -95.23 },
    { id: 'c', name: 'Example Food Pantry', categories: 'Food', lat: 39.2, lon: -94.6 },
    { id: 'd', name: 'Example Clinic', categories: 'Health', lat: 40.75, lon: -74.0 },
  ];

  it('updates results as a person types, forgiving typos ("sheltr")', async () => {
    const el = await inline(RECORDS);
    await type(el, '#query', 'sheltr');
    expect(names(el)).to.deep.equal(['Example Emergency Shelter']);
    expect(heading(el)).to.equal('1 service');
  });

  it('ranks again for a new index only when there are words to search with it', async () => {
    const el = await inline(RECORDS);
    const state = el as unknown as { index?: { search(query: string): number[] }; results: unknown[] };
    const drawn = state.results;
    // No words: an index arriving changes nothing shown, so 4 results are not ranked again.
    state.index = { search: () => [2] };
    await el.updateComplete;
    expect(state.results === drawn).to.equal(true, 'the same results, not ranked again');
    expect(names(el)).to.have.length(4);
    // With words, the index is what finds them: a new one ranks again.
    await type(el, '#query', 'example');
    expect(names(el)).to.deep.equal(['Example Food Pantry']);
    state.index = { search: () => [3, 0] };
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Example Clinic', 'Example Emergency Shelter']);
  });

  it('moved in the page after its data is shown but before its index is built, builds the index (typos still match) and tells the page', async () => {
    const holder = document.createElement('div');
    holder.innerHTML = `<haven-resource-finder zip-base="${ZIPS}"><script type="application/json"></script></haven-resource-finder>`;
    holder.querySelector('script')!.textContent = JSON.stringify(RECORDS);
    const el = holder.firstElementChild as HavenResourceFinder;
    const place = await fixture<HTMLElement>(html`<div></div>`);
    place.append(el);
    await el.updateComplete;
    // The form is drawn with the data; the index starts in a later task. Moved in between:
    const moved = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!$(el, 'form')) return;
        observer.disconnect();
        el.remove();
        setTimeout(() => {
          place.append(el);
          resolve();
        });
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    });
    const results = oneEvent(el, 'haven-results');
    await moved;
    await el.ready;
    expect((el as unknown as { index?: unknown }).index !== undefined).to.equal(true, 'the index was built');
    expect((await results).detail).to.deep.equal({ count: 4, shown: 4 });
    await type(el, '#query', 'sheltr');
    expect(names(el)).to.deep.equal(['Example Emergency Shelter']);
    expect($(el, '#query-basic')).to.equal(null);
  });

  it('when typing pauses: announces the count and fires haven-search and haven-results', async () => {
    const el = await inline(RECORDS);
    const search = oneEvent(el, 'haven-search');
    const results = oneEvent(el, 'haven-results');
    await type(el, '#query', 'food');
    expect((await search).detail).to.deep.equal({ query: 'food', filters: {}, count: 1 });
    expect((await results).detail).to.deep.equal({ count: 1, shown: 1 });
    expect(await nextAnnouncement()).to.equal('1 service');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#query'), 'focus stays in the field while typing');
  });

  it('is accent-insensitive ("asesoria" finds "Asesoría legal")', async () => {
    const el = await inline(RECORDS);
    await type(el, '#query', 'asesoria');
    expect(names(el)).to.deep.equal(['Asesoría legal de ejemplo']);
  });

  it('on submit: announces the count, moves focus to the results heading, fires haven-search without any location', async () => {
    const el = await inline(RECORDS);
    await type(el, '#query', 'example');
    await type(el, '#zip', '64106');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const event = oneEvent(el, 'haven-search');
    await submit(el);
    const { detail } = await event;
    expect(detail).to.deep.equal({ query: 'example', filters: {}, count: 2 });
    expect(JSON.stringify(detail)).not.to.contain('641');
    expect(await nextAnnouncement()).to.equal('2 services within 25 mi of 64106');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="heading"]'));
  });

  it('typing a 5-digit ZIP looks it up and sorts nearest first; an unknown one says so', async () => {
    const el = await inline(RECORDS);
    await type(el, '#zip', '66044');
    // The ZIP's chunk is fetched: wait for it (a busy machine can take a while), not a fixed time.
    await waitUntil(() => $(el, '#sort'), 'the ZIP is looked up', { timeout: 5000 });
    await el.updateComplete;
    expect(names(el)[0]).to.equal('Asesoría legal de ejemplo');
    await type(el, '#zip', '64199');
    await waitUntil(() => $(el, 'form [part="message"]'), 'the unknown ZIP is looked up', { timeout: 5000 });
    await el.updateComplete;
    expect(text($(el, 'form [part="message"]'))).to.equal('ZIP code 64199 was not found. Check it, or try a nearby one.');
  });

  it('sorts a spreadsheet without coordinates by distance using each row\'s ZIP', async () => {
    const el = await inline(
      [{ name: 'Far row', zip: '66044' }, { name: 'No place' }, { name: 'Near row', zip: '64106' }],
      'near="64111" radius="100"',
    );
    expect(names(el)).to.deep.equal(['Near row', 'Far row', 'No place']);
  });

  it('a ZIP that is not 5 digits gets a plain message on submit', async () => {
    const el = await inline(RECORDS);
    await type(el, '#zip', '641');
    await submit(el);
    expect(text($(el, 'form [part="message"]'))).to.equal('Enter a 5-digit ZIP code.');
    expect($(el, '#zip')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('switches between nearest first and best match (data order with no words)', async () => {
    const el = await inline(RECORDS, 'near="64106" radius="100"');
    expect(names(el)).to.deep.equal(['Example Emergency Shelter', 'Example Food Pantry', 'Asesoría legal de ejemplo']);
    const sort = $(el, '#sort') as HTMLSelectElement;
    sort.value = 'relevance';
    sort.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Example Emergency Shelter', 'Asesoría legal de ejemplo', 'Example Food Pantry']);
  });

  it('"Use my location" is opt-in, rounds the position, and never puts it in events', async () => {
    const el = await inline(RECORDS);
    const geolocation = navigator.geolocation;
    let options: PositionOptions | undefined;
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: {
        getCurrentPosition: (ok: PositionCallback, _fail: unknown, given: PositionOptions) => {
          options = given;
          ok({ coords: { latitude: 38.951234, longitude: -95.231234 } } as GeolocationPosition);
        },
      },
    });
    try {
      const event = oneEvent(el, 'haven-search');
      [...el.shadowRoot!.querySelectorAll('button')].find((button) => text(button) === 'Use my location')!.click();
      const { detail } = await event;
      expect(options!.enableHighAccuracy).to.equal(false);
      expect(JSON.stringify(detail)).not.to.match(/38\.9|95\.2/);
      expect(heading(el)).to.equal('1 service within 25 mi of your location');
      expect(names(el)).to.deep.equal(['Asesoría legal de ejemplo']);
      expect(($(el, '#zip') as HTMLInputElement).value).to.equal('');
    } finally {
      Object.defineProperty(navigator, 'geolocation', { configurable: true, value: geolocation });
    }
  });

  it('filters by type of help, language and free, built from the data', async () => {
    const el = await inline(RECORDS);
    const options = (id: string) => [...(($(el, id) as HTMLSelectElement).options)].map((option) => option.textContent!.trim());
    expect(options('#category')).to.deep.equal(['Any', 'Food', 'Health', 'Legal help', 'Shelter']);
    expect(options('#language')).to.deep.equal(['Any', 'Spanish']);
    const category = $(el, '#category') as HTMLSelectElement;
    category.value = 'Legal help';
    category.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Asesoría legal de ejemplo']);
    expect(text($(el, 'summary'))).to.equal('Filters (1 on)');
    ($(el, '#free') as HTMLInputElement).click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal([]);
    await expectAccessible(el);
  });

  it('with no results: says so, offers a wider radius and clearing filters, and shows the hotline', async () => {
    const el = await inline(RECORDS, 'near="64106" radius="10"');
    await type(el, '#query', 'clinic');
    expect(text($(el, '[part="message"]'))).to.equal('No services match your search.');
    const widen = [...el.shadowRoot!.querySelectorAll('button')].find((button) => text(button).startsWith('Search within'))!;
    expect(text(widen)).to.equal('Search within 25 mi');
    const hotline = $(el, 'haven-hotline-banner[variant="compact"][preset="us-trafficking"]');
    expect(hotline).to.exist;
    expect($(el, '[part="results"]')!.checkVisibility()).to.equal(false, 'no empty list shown');
    await expectAccessible(el);
    await type(el, '#query', 'pantry');
    expect(names(el)).to.deep.equal(['Example Food Pantry']);
    // "No results" is kept, hidden, while there are results: not seen, not read, not in the tab order.
    expect($(el, '[part="message"]')!.checkVisibility()).to.equal(false);
    expect(hotline!.checkVisibility()).to.equal(false);
    expect([...el.shadowRoot!.querySelectorAll('button')].filter((button) => button.checkVisibility()).map(text)).to.not.include('Search within 25 mi');
    await expectAccessible(el);
    await type(el, '#query', 'asesoria');
    expect(names(el)).to.deep.equal([]);
    expect($(el, '[part="message"]')!.checkVisibility()).to.equal(true);
    expect($(el, 'haven-hotline-banner[variant="compact"]')).to.equal(hotline, 'the same hotline, not built again');
    widen.click();
    await el.updateComplete;
    expect(text($(el, '[part="message"]'))).to.equal('No services match your search.');
    const wider = [...el.shadowRoot!.querySelectorAll('button')].find((button) => text(button).startsWith('Search within'))!;
    wider.click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Asesoría legal de ejemplo']);
  });

  it('draws "no results" ahead, hidden, once the index is ready and the page idle: a word that finds nothing only shows it', async () => {
    const el = await inline(RECORDS);
    await waitUntil(() => $(el, '.none haven-hotline-banner'), '"no results" drawn ahead', { timeout: 5000 });
    const hotline = $(el, '.none haven-hotline-banner')!;
    expect(hotline.checkVisibility()).to.equal(false, 'not seen, not read while there are results');
    expect(names(el).length).to.equal(RECORDS.length);
    await type(el, '#query', 'zzzqqq');
    expect($(el, '.none [part="message"]')!.checkVisibility()).to.equal(true);
    expect($(el, '.none haven-hotline-banner') === hotline).to.equal(true, 'the hotline drawn ahead, not a new one');
  });
});

describe('<haven-resource-finder> no results, then results', () => {
  it('moves focus from the hidden "no results" to the results heading when results come on their own', async () => {
    const el = await inline(
      [{ name: 'Example Legal Aid', categories: 'Legal help', lat: 38.95, lon: -95.23 }],
      'near="64106" radius="10"',
    );
    await waitUntil(() => $(el, '.none:not([hidden])'), 'nothing within 10 mi', { timeout: 5000 });
    const banner = $(el, '.none haven-hotline-banner') as HTMLElement & { updateComplete: Promise<unknown> };
    await banner.updateComplete;
    banner.shadowRoot!.querySelector<HTMLElement>('[part~="call"]')!.focus();
    expect(el.shadowRoot!.activeElement).to.equal(banner);
    // Not a person's action in the form: the partner's page widens the radius.
    el.setAttribute('radius', '100');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Example Legal Aid']);
    // Compared as a boolean: chai would inspect two elements for its message, for minutes.
    expect(el.shadowRoot!.activeElement === $(el, '[part="heading"]')).to.equal(true, 'the heading has focus');
    // And back: focus on a card when the list empties moves to the heading too.
    $(el, '[part="card"]')!.querySelector<HTMLElement>('a, button')!.focus();
    el.setAttribute('radius', '10');
    await el.updateComplete;
    expect(names(el)).to.deep.equal([]);
    expect(el.shadowRoot!.activeElement === $(el, '[part="heading"]')).to.equal(true, 'the heading has focus');
  });
});

describe('<haven-resource-finder> paging', () => {
  const MANY = Array.from({ length: 5 }, (_, i) => ({ id: `r${i}`, name: `Example service ${i + 1}` }));

  it('shows page-size results, then "Show more" moves focus to the first new one and announces it', async () => {
    const el = await inline(MANY, 'page-size="2"');
    expect(names(el)).to.deep.equal(['Example service 1', 'Example service 2']);
    const more = $(el, '[part~="more"]')!;
    expect(text(more)).to.equal('Show more (3 more)');
    const results = oneEvent(el, 'haven-results');
    more.click();
    expect((await results).detail).to.deep.equal({ count: 5, shown: 4 });
    await el.updateComplete;
    expect(names(el)).to.have.length(4);
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '[part="card-name"]')[2]);
    expect(await nextAnnouncement()).to.equal('Showing 4 of 5');
    $(el, '[part~="more"]')!.click();
    await el.updateComplete;
    expect(names(el)).to.have.length(5);
    expect($(el, '[part~="more"]')).to.equal(null);
  });
});

describe('<haven-resource-finder> errors', () => {
  it('a missing file: plain message, hotline visible, one console warning naming src', async () => {
    const warnings = captureWarnings();
    try {
      const el = await finder(html`<haven-resource-finder src="${FIXTURES}missing.json"></haven-resource-finder>`);
      expect(text($(el, '[part="message"]'))).to.equal('The list of services could not be loaded right now. You can still get help:');
      expect($(el, 'haven-hotline-banner[variant="compact"]')).to.exist;
      expect(warnings.messages.filter((message) => message.includes('<haven-resource-finder> src:'))).to.have.length(1);
      expect(warnings.messages.join()).to.contain('404');
      await expectAccessible(el);
    } finally {
      warnings.restore();
    }
  });

  it('malformed JSON, wrong shape and a javascript: src are errors, never crashes', async () => {
    const warnings = captureWarnings();
    try {
      const holder = document.createElement('div');
      holder.innerHTML = '<haven-resource-finder><script type="application/json">[{"name": </script></haven-resource-finder>';
      const broken = await finder(html`${holder.firstElementChild}`);
      expect($(broken, '.problem')).to.exist;
      const shape = await inline({ not: 'a list' } as unknown as unknown[]);
      expect($(shape, '.problem')).to.exist;
      const unsafe = await finder(html`<haven-resource-finder src="javascript:alert(1)"></haven-resource-finder>`);
      expect($(unsafe, '.problem')).to.exist;
      expect(warnings.messages.join('\n')).to.match(/could not load "javascript:alert\(1\)": "javascript:alert\(1\)" is not an http\(s\) URL/);
    } finally {
      warnings.restore();
    }
  });

  it('skipped records are summarised in one console warning', async () => {
    const warnings = captureWarnings();
    try {
      const el = await inline([{ name: 'Kept' }, { description: 'no name' }, 7, { name: 'Old', status: 'defunct' }]);
      expect(names(el)).to.deep.equal(['Kept']);
      expect(warnings.messages).to.deep.equal([
        'Haven <haven-resource-finder> script: read 1 of 4 records; skipped 1 without a name, 1 not an object, 1 inactive or defunct (hidden).',
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('ZIP chunks that cannot be fetched: a plain message, results still shown unsorted', async () => {
    const warnings = captureWarnings();
    try {
      const el = await inline([{ name: 'Example A' }], 'near="64106" zip-base="http://127.0.0.1:9/zips/"');
      expect(names(el)).to.deep.equal(['Example A']);
      expect(text($(el, 'form [part="message"]'))).to.match(/^ZIP codes cannot be looked up right now/);
      expect(warnings.messages.join()).to.contain('zip-base');
    } finally {
      warnings.restore();
    }
  });

  it('invalid attributes warn once and use the default', async () => {
    const warnings = captureWarnings();
    try {
      const el = await inline([{ name: 'Example A', lat: 39.1, lon: -94.58 }], 'units="furlongs" page-size="-3" radius="far" hotline="nope" near="64106"');
      expect(heading(el)).to.equal('1 service within 25 mi of 64106');
      for (const attribute of ['units', 'page-size', 'radius']) {
        expect(warnings.messages.filter((message) => message.startsWith(`Haven <haven-resource-finder> ${attribute}:`))).to.have.length(1);
      }
    } finally {
      warnings.restore();
    }
  });
});

describe('<haven-resource-finder> hostile attributes and data', () => {
  it('a malformed lang (en-<x>) warns and formats in English instead of breaking the render', async () => {
    const warnings = captureWarnings();
    try {
      const el = await inline([{ name: 'Example A', verified: '2026-01-02' }], 'lang="en-<x>"');
      expect(names(el)).to.deep.equal(['Example A']);
      expect(text($(el, '[part="verified"]'))).to.contain('Jan 2, 2026');
      expect(warnings.messages).to.deep.equal(['Haven <haven-resource-finder> lang: "en-<x>" is not a language tag.']);
    } finally {
      warnings.restore();
    }
  });

  it('an invalid near warns, says so in the form, and still shows the results', async () => {
    const warnings = captureWarnings();
    try {
      const el = await inline([{ name: 'Example A' }], 'near="<b>"');
      expect(names(el)).to.deep.equal(['Example A']);
      expect(text($(el, 'form [part="message"]'))).to.equal('Enter a 5-digit ZIP code.');
      expect(warnings.messages).to.deep.equal(['Haven <haven-resource-finder> near: "<b>" is not a 5-digit ZIP code.']);
    } finally {
      warnings.restore();
    }
  });

  it('a report-email with a direction override warns and gives no report link', async () => {
    const warnings = captureWarnings();
    try {
      const el = await inline([{ name: 'Example A' }], 'report-email="listings\u202e@example.org"');
      expect($(el, '[part="report"]')).to.equal(null);
      expect(warnings.messages.filter((message) => message.includes('report-email:'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('names the records whose links were left out and the ids repeated, in one warning each', async () => {
    const warnings = captureWarnings();
    try {
      const el = await inline([
        { id: 'x', name: 'Example A', website: 'javascript:alert(1)' },
        { id: 'x', name: 'Example B', phone: '816-555-0101' },
      ]);
      expect(names(el)).to.deep.equal(['Example A', 'Example B']);
      expect(warnings.messages).to.deep.equal([
        'Haven <haven-resource-finder> script: left out 1 unsafe or unusable link: record 1 "Example A" website "javascript:alert(1)".',
        'Haven <haven-resource-finder> script: 1 record repeats an id ("x"); each was given a unique one.',
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('an empty list warns and shows the hotline', async () => {
    const warnings = captureWarnings();
    try {
      const el = await inline([]);
      expect($(el, 'haven-hotline-banner')).to.exist;
      expect(warnings.messages).to.deep.equal(['Haven <haven-resource-finder> script: the data holds no records; the hotline is shown instead.']);
    } finally {
      warnings.restore();
    }
  });
});

describe('<haven-resource-finder> adversarial data', () => {
  const NASTY = [
    {
      id: 'x',
      name: '<img src=x onerror="window.pwned=1">',
      description: '<script>window.pwned=2</script> ' + 'Long words '.repeat(200),
      website: 'javascript:window.pwned=3',
      phone: 'javascript:alert(1)',
      text: '816-555-0112',
      categories: 'مأوى',
      organization: 'منظمة مثال',
      address: 'x'.repeat(300),
    },
    { id: 'y', name: '🏠 Example Hogar 💜', description: 'שירות לדוגמה' },
  ];

  it('renders markup and script strings from data as text, and no unsafe link exists', async () => {
    const el = await inline(NASTY);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(names(el)[0]).to.equal('<img src=x onerror="window.pwned=1">');
    const hrefs = $$(el, 'a[href]').map((a) => a.getAttribute('href')!);
    expect(hrefs).to.deep.equal(['sms:8165550112']);
    expect(hrefs.some((href) => /^javascript:/i.test(href))).to.equal(false);
  });

  it('shortens huge text, marks right-to-left text for the browser, keeps emoji', async () => {
    const el = await inline(NASTY);
    expect(text($$(el, '[part="description"]')[0]).length).to.be.at.most(320);
    expect($$(el, '[part="organization"]')[0].getAttribute('dir')).to.equal('auto');
    expect(names(el)[1]).to.equal('🏠 Example Hogar 💜');
  });

  it('fits a 320 px screen with no horizontal scroll', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await inline(NASTY);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expectAccessible(el);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<haven-resource-finder> languages and direction', () => {
  const RECORDS = [{ id: 'a', name: 'Example Shelter', phone: '816-555-0113', languages: 'en;es', hours: 'Mo-Fr 09:00-17:00', verified: '2026-01-10' }];

  it('is in Spanish on a page with lang="es"', async () => {
    document.documentElement.lang = 'es';
    const el = await inline(RECORDS);
    expect(heading(el)).to.equal('1 servicio');
    expect(text($(el, 'label[for="query"]'))).to.equal('¿Con qué necesita ayuda?');
    expect(text($(el, '[part~="call"]'))).to.equal('Llame al 816-555-0113');
    expect(facts($(el, '[part="card"]')!)).to.equal('Horario: lun–vie 09:00–17:00\nIdiomas: inglés, español');
    await expectAccessible(el);
  });

  it('is accessible with forced colors (Windows High Contrast)', async () => {
    await emulateMedia({ forcedColors: 'active' });
    try {
      const el = await inline(RECORDS);
      await expectAccessible(el);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('is accessible right to left', async () => {
    document.documentElement.dir = 'rtl';
    const el = await inline(RECORDS);
    await expectAccessible(el);
  });
});

describe('<haven-resource-finder> per card', () => {
  it('"Copy as text" copies the name, numbers and details, and announces it', async () => {
    const el = await inline([{ name: 'Example Shelter', phone: '816-555-0114', address: '1 Test St', city: 'Kansas City' }]);
    const clipboard = navigator.clipboard;
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void (copied = value) } });
    try {
      $(el, '[part~="copy"]')!.click();
      expect(await nextAnnouncement()).to.equal('Example Shelter copied.');
      expect(copied).to.equal('Example Shelter\nCall 816-555-0114\nAddress: 1 Test St, Kansas City');
      await el.updateComplete;
      expect(text($(el, '[part~="copy"]'))).to.equal('Copied');
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
  });

  it('links "Report a problem" to the partner\'s page or email, and sends nothing itself', async () => {
    const stop = preventNavigation();
    try {
      const page = await inline([{ id: 'e1', name: 'Example' }], 'report-url="https://example.org/report"');
      expect($(page, '[part="report"] a')!.getAttribute('href')).to.equal('https://example.org/report?listing=e1&name=Example');
      const mail = await inline([{ id: 'e1', name: 'Example' }], 'report-email="listings@example.org"');
      expect($(mail, '[part="report"] a')!.getAttribute('href')).to.equal('mailto:listings@example.org?subject=Problem%20with%20listing%3A%20Example');
      const none = await inline([{ id: 'e1', name: 'Example' }], 'report-url="javascript:alert(1)"');
      expect($(none, '[part="report"]')).to.equal(null);
    } finally {
      stop();
    }
  });
});

describe('<haven-resource-finder> URL', () => {
  const RECORDS = [{ name: 'Example Shelter', categories: 'Shelter' }, { name: 'Example Clinic', categories: 'Health' }];
  let start: string;
  beforeEach(() => (start = location.href));
  afterEach(() => history.replaceState(history.state, '', start));

  it('leaves the URL alone by default', async () => {
    const length = history.length;
    const el = await inline(RECORDS, 'near="64106"');
    await type(el, '#query', 'shelter');
    await submit(el);
    expect(location.href).to.equal(start);
    expect(history.length).to.equal(length);
  });

  it('with sync-url, mirrors words and filters with replaceState, never the ZIP', async () => {
    const length = history.length;
    const el = await inline(RECORDS, 'sync-url near="64106"');
    await type(el, '#query', 'shelter');
    await submit(el);
    const url = new URL(location.href);
    expect(url.searchParams.get('haven-q')).to.equal('shelter');
    expect(location.href).not.to.contain('64106');
    expect(history.length).to.equal(length);
  });

  it('with sync-url, starts from the words in the URL', async () => {
    history.replaceState(history.state, '', `${location.pathname}?haven-q=clinic&haven-type=Health`);
    const el = await inline(RECORDS, 'sync-url');
    expect(($(el, '#query') as HTMLInputElement).value).to.equal('clinic');
    expect(names(el)).to.deep.equal(['Example Clinic']);
  });
});
