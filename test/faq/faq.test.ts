import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../../src/faq.js';
// Loaded by the element on demand; loaded here so a test's first keystroke does not wait for the dev server.
import '../../src/faq/search.js';
import type { HavenFaq } from '../../src/faq/faq.js';
import { HOTLINE_PRESETS } from '../../src/hotline-banner/presets.js';
import { captureWarnings, expectAccessible, nextAnnouncement } from '../helpers/index.js';

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const items = (el: HavenFaq) => [...el.querySelectorAll<HTMLElement>(':scope > .haven-faq-item')];
const buttons = (el: HavenFaq) => [...el.querySelectorAll<HTMLButtonElement>('.haven-faq-button')];
const panelOf = (button: HTMLButtonElement) => document.getElementById(button.getAttribute('aria-controls')!)!;
const part = (el: HavenFaq, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const expanded = (el: HavenFaq) => buttons(el).map((button) => button.getAttribute('aria-expanded'));
const tick = () => new Promise((resolve) => setTimeout(resolve));
const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

const ITEMS = html`
  <details id="q-what" class="partner-item" data-topic="basics">
    <summary>What is this page?</summary>
    <p>An example answer about <em>asesoría</em> for this test.</p>
  </details>
  <details id="q-call">
    <summary>Can I call someone?</summary>
    <p>Yes: call 555-0100 (a fictitious number).</p>
    <p id="deep-inside">A second paragraph, deep inside the answer.</p>
  </details>
  <details>
    <summary><h3>¿Qué es la asesoría legal?</h3></summary>
    <p>Una respuesta de ejemplo.</p>
  </details>
`;
const DETAILS = html`<haven-faq>${ITEMS}</haven-faq>`;

const wrappers: HTMLElement[] = [];
/**
 * Render a plain wrapper (lang, dir, several FAQs). Not open-wc's fixture, which waits for an
 * animation frame: a background tab never gets one when test files run side by side.
 */
async function wrap(template: TemplateResult): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  wrappers.push(container);
  render(template, container);
  for (const el of container.querySelectorAll('haven-faq')) await el.updateComplete;
  return container.firstElementChild as HTMLElement;
}

/** A settled FAQ: upgraded, rendered, and done with a deep link on arrival (after a task). */
async function faq(template: TemplateResult = DETAILS): Promise<HavenFaq> {
  const el = await fixture<HavenFaq>(template);
  await el.updateComplete;
  await tick();
  await el.updateComplete;
  return el;
}

/** For `src` and `preset`, which load asynchronously. */
async function loaded(template: TemplateResult): Promise<HavenFaq> {
  const el = await faq(template);
  await waitUntil(() => el.querySelector('.haven-faq-item') || part(el, 'help'), 'questions or an error', { timeout: 5000 });
  await el.updateComplete;
  await tick();
  return el;
}

async function type(el: HavenFaq, query: string): Promise<void> {
  const input = part(el, 'search-input') as HTMLInputElement;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await waitUntil(() => (el as unknown as { query: string }).query === query);
  // The search module loads on first use; then the filter runs and Lit re-renders.
  await new Promise((resolve) => setTimeout(resolve, 20));
  await el.updateComplete;
}

afterEach(() => {
  fixtureCleanup();
  wrappers.splice(0).forEach((container) => container.remove());
  clearHash();
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
});

describe('<haven-faq> with light-DOM <details>', () => {
  it('enhances each <details> in place in the light DOM into a heading whose only child is a button', async () => {
    const el = await faq();
    expect(el.querySelector('details')).to.equal(null);
    expect(items(el)).to.have.length(3);
    for (const item of items(el)) {
      expect(item.parentElement).to.equal(el);
      const heading = item.firstElementChild!;
      expect(heading.localName).to.equal('h3');
      expect(heading.children).to.have.length(1);
      const button = heading.firstElementChild as HTMLButtonElement;
      expect(button.localName).to.equal('button');
      expect(button.type).to.equal('button');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const panel = panelOf(button);
      expect(panel.getRootNode()).to.equal(document);
      expect(item.contains(panel)).to.equal(true);
      expect(panel.hasAttribute('role')).to.equal(false);
    }
    expect(text(buttons(el)[0])).to.equal('What is this page?');
    // A heading inside <summary> is unwrapped: a button cannot hold a heading.
    expect(buttons(el)[2].querySelector('h3')).to.equal(null);
    expect(text(buttons(el)[2])).to.equal('¿Qué es la asesoría legal?');
  });

  it('keeps the id, classes and data attributes, and the answer nodes themselves', async () => {
    const before = await wrap(html`<div>${DETAILS}</div>`);
    const el = before.querySelector('haven-faq')!;
    await el.updateComplete;
    const item = document.getElementById('q-what')!;
    expect(item.classList.contains('partner-item')).to.equal(true);
    expect(item.dataset.topic).to.equal('basics');
    expect(text(item.querySelector('.haven-faq-answer em'))).to.equal('asesoría');
    expect(document.getElementById('deep-inside')).to.not.equal(null);
  });

  it('closed answers use hidden="until-found" (findable), never inert', async () => {
    const el = await faq();
    for (const button of buttons(el)) {
      const panel = panelOf(button);
      expect(panel.getAttribute('hidden')).to.equal('until-found');
      expect(panel.hidden).to.equal('until-found' as unknown as boolean);
      expect(panel.closest('[inert]')).to.equal(null);
    }
  });

  it('starts a <details open> answer open', async () => {
    const el = await faq(html`<haven-faq>
      <details><summary>One</summary>A</details>
      <details open><summary>Two</summary>B</details>
    </haven-faq>`);
    expect(expanded(el)).to.deep.equal(['false', 'true']);
    expect(panelOf(buttons(el)[1]).hasAttribute('hidden')).to.equal(false);
  });

  it('opens and closes on click, firing haven-toggle { id, open }', async () => {
    const el = await faq();
    const [first] = buttons(el);
    setTimeout(() => first.click());
    const opened = (await oneEvent(el, 'haven-toggle')) as CustomEvent;
    expect(opened.detail).to.deep.equal({ id: 'q-what', open: true });
    expect(first.getAttribute('aria-expanded')).to.equal('true');
    expect(panelOf(first).hasAttribute('hidden')).to.equal(false);
    setTimeout(() => first.click());
    const closed = (await oneEvent(el, 'haven-toggle')) as CustomEvent;
    expect(closed.detail).to.deep.equal({ id: 'q-what', open: false });
    expect(panelOf(first).getAttribute('hidden')).to.equal('until-found');
  });

  it('enhances questions added after upgrade', async () => {
    const el = await faq();
    const details = document.createElement('details');
    details.innerHTML = '<summary>Added later?</summary><p>Yes.</p>';
    el.append(details);
    await waitUntil(() => items(el).length === 4);
    expect(text(buttons(el)[3])).to.equal('Added later?');
  });
});

describe('<haven-faq> with <section> items', () => {
  const SECTIONS = html`<haven-faq>
    <section id="s-one"><h2>First question</h2><p>First answer.</p></section>
    <section id="s-two"><h2>Second question</h2><p>Second answer.</p></section>
  </haven-faq>`;

  it('keeps each <section> element, and its heading level unless heading-level is set', async () => {
    const wrapper = await wrap(html`<div>${SECTIONS}</div>`);
    const section = wrapper.querySelector('section')!;
    const el = wrapper.querySelector('haven-faq')!;
    await el.updateComplete;
    expect(items(el)[0]).to.equal(section);
    expect(section.querySelector('h2 > button.haven-faq-button')).to.not.equal(null);
    expect(text(section.querySelector('.haven-faq-answer'))).to.equal('First answer.');
    expect(panelOf(buttons(el)[0]).getAttribute('hidden')).to.equal('until-found');
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(section.querySelector('h4 > button')).to.not.equal(null);
  });

  it('ignores children that are not questions', async () => {
    const el = await faq(html`<haven-faq><p>Intro text.</p><section><p>No heading</p></section><details><summary>Q</summary>A</details></haven-faq>`);
    expect(items(el)).to.have.length(1);
    expect(text(el.querySelector(':scope > p'))).to.equal('Intro text.');
  });
});

describe('<haven-faq> heading levels', () => {
  for (const level of [2, 3, 4, 5, 6]) {
    it(`heading-level="${level}" makes h${level} questions`, async () => {
      const el = await faq(html`<haven-faq heading-level=${level}><details><summary>Q</summary>A</details></haven-faq>`);
      expect(el.querySelector('.haven-faq-heading')!.localName).to.equal(`h${level}`);
    });
  }

  it('warns once on a bad value and uses h3', async () => {
    const warnings = captureWarnings();
    let el: HavenFaq;
    try {
      el = await faq(html`<haven-faq heading-level="99"><details><summary>Q</summary>A</details><details><summary>R</summary>B</details></haven-faq>`);
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(el!.querySelectorAll('h3.haven-faq-heading')).to.have.length(2);
    const relevant = warnings.messages.filter((message) => message.includes('heading-level'));
    expect(relevant).to.have.length(1);
    expect(relevant[0]).to.contain('<haven-faq>').and.contain('"99"');
  });
});

describe('<haven-faq> ids', () => {
  it('gives an item without an id a stable slug of its question', async () => {
    const el = await faq();
    expect(items(el)[2].id).to.equal('que-es-la-asesoria-legal');
    expect(panelOf(buttons(el)[2]).id).to.equal('que-es-la-asesoria-legal-answer');
  });

  it('keeps every id unique across two FAQs on one page', async () => {
    const wrapper = await wrap(html`<div>
      <haven-faq><details><summary>Same question?</summary>A</details><details><summary>Same question?</summary>B</details></haven-faq>
      <haven-faq><details><summary>Same question?</summary>C</details></haven-faq>
    </div>`);
    for (const el of wrapper.querySelectorAll('haven-faq')) await el.updateComplete;
    const ids = [...wrapper.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(ids.filter((id) => !id.endsWith('-answer'))).to.deep.equal(['same-question', 'same-question-2', 'same-question-3']);
  });

  it('warns when a partner id is used twice, and makes the second unique', async () => {
    const warnings = captureWarnings();
    let wrapper: HTMLElement;
    try {
      wrapper = await wrap(html`<div>
        <haven-faq><details id="dup"><summary>One</summary>A</details></haven-faq>
        <haven-faq><details id="dup"><summary>Two</summary>B</details></haven-faq>
      </div>`);
      for (const el of wrapper.querySelectorAll('haven-faq')) await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect([...wrapper!.querySelectorAll('.haven-faq-item')].map((item) => item.id)).to.deep.equal(['dup', 'dup-2']);
    expect(warnings.messages.some((message) => message.includes('"dup"'))).to.equal(true);
  });

  it('warns, naming the question, when an id from src is already used, and makes it unique', async () => {
    const warnings = captureWarnings();
    let el: HavenFaq;
    try {
      el = await loaded(html`<haven-faq src="/test/faq/fixtures/repeated-ids.json"></haven-faq>`);
    } finally {
      warnings.restore();
    }
    expect(items(el!).map((item) => item.id)).to.deep.equal(['same', 'same-2']);
    expect(warnings.messages).to.deep.equal(['Haven <haven-faq> src: "Two?": id "same" is already used on the page; using "same-2".']);
  });
});

describe('<haven-faq> keyboard (WAI-ARIA accordion)', () => {
  it('Enter and Space toggle the focused question', async () => {
    const el = await faq();
    buttons(el)[0].focus();
    await sendKeys({ press: 'Enter' });
    expect(expanded(el)[0]).to.equal('true');
    await sendKeys({ press: 'Space' });
    expect(expanded(el)[0]).to.equal('false');
  });

  it('Down, Up, Home and End move focus between questions (wrapping) and never open or close', async () => {
    const el = await faq();
    const [first, second, third] = buttons(el);
    first.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(document.activeElement === second, 'focus').to.equal(true);
    await sendKeys({ press: 'End' });
    expect(document.activeElement === third, 'focus').to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    expect(document.activeElement === first, 'focus').to.equal(true);
    await sendKeys({ press: 'ArrowUp' });
    expect(document.activeElement === third, 'focus').to.equal(true);
    await sendKeys({ press: 'Home' });
    expect(document.activeElement === first, 'focus').to.equal(true);
    expect(expanded(el)).to.deep.equal(['false', 'false', 'false']);
  });

  it('Tab reaches the copy-link button of an open answer', async () => {
    const el = await faq();
    buttons(el)[0].click();
    buttons(el)[0].focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === items(el)[0].querySelector('.haven-faq-copy'), 'focus').to.equal(true);
  });
});

describe('<haven-faq> show all / hide all', () => {
  it('opens and closes every answer, and its state follows every single toggle', async () => {
    const el = await faq();
    const toggle = part(el, 'toggle-all')!;
    expect(text(toggle)).to.equal('Show all answers');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal(['true', 'true', 'true']);
    expect(text(toggle)).to.equal('Hide all answers');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    buttons(el)[1].click();
    await el.updateComplete;
    expect(text(toggle)).to.equal('Show all answers');
    buttons(el)[1].click();
    await el.updateComplete;
    expect(text(toggle)).to.equal('Hide all answers');
    toggle.click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal(['false', 'false', 'false']);
  });

  it('fires haven-toggle for each answer it opens', async () => {
    const el = await faq();
    const events: unknown[] = [];
    el.addEventListener('haven-toggle', (event) => events.push((event as CustomEvent).detail));
    part(el, 'toggle-all')!.click();
    expect(events).to.deep.equal([
      { id: 'q-what', open: true },
      { id: 'q-call', open: true },
      { id: 'que-es-la-asesoria-legal', open: true },
    ]);
  });
});

describe('<haven-faq single>', () => {
  it('keeps at most one answer open and has no show-all button', async () => {
    const el = await faq(html`<haven-faq single>
      <details open><summary>One</summary>A</details>
      <details open><summary>Two</summary>B</details>
      <details><summary>Three</summary>C</details>
    </haven-faq>`);
    expect(expanded(el)).to.deep.equal(['true', 'false', 'false']);
    expect(part(el, 'toggle-all')).to.equal(null);
    const events: unknown[] = [];
    el.addEventListener('haven-toggle', (event) => events.push((event as CustomEvent).detail.open));
    buttons(el)[2].click();
    expect(expanded(el)).to.deep.equal(['false', 'false', 'true']);
    expect(events).to.deep.equal([false, true]);
  });
});

describe('<haven-faq> find-in-page and deep links', () => {
  it('opens a closed answer when the browser reveals it (beforematch), as find-in-page does', async () => {
    const el = await faq();
    const events: unknown[] = [];
    el.addEventListener('haven-toggle', (event) => events.push((event as CustomEvent).detail));
    // Fragment navigation into hidden="until-found" content fires beforematch synchronously.
    location.hash = '#deep-inside';
    expect(expanded(el)[1]).to.equal('true');
    expect(panelOf(buttons(el)[1]).hasAttribute('hidden')).to.equal(false);
    expect(events[0]).to.deep.equal({ id: 'q-call', open: true });
  });

  it('opens on a synthetic beforematch too (the handler, not the browser, opens it)', async () => {
    const el = await faq();
    panelOf(buttons(el)[0]).dispatchEvent(new Event('beforematch', { bubbles: true }));
    expect(expanded(el)[0]).to.equal('true');
    expect(part(el, 'toggle-all')).to.not.equal(null);
  });

  it('a #question-id present before upgrade opens the question, focuses its button and scrolls to it', async () => {
    location.hash = '#q-call';
    await oneEvent(window, 'hashchange');
    const calls: unknown[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) {
      calls.push([this.id, options]);
    };
    try {
      const el = await faq();
      expect(expanded(el)).to.deep.equal(['false', 'true', 'false']);
      expect(document.activeElement === buttons(el)[1], 'focus').to.equal(true);
      expect(calls).to.deep.equal([['q-call', { block: 'start', behavior: 'smooth' }]]);
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });

  it('follows a hash change after upgrade, scrolling instantly when reduced motion is asked for', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const calls: unknown[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) {
      calls.push([this.id, options]);
    };
    try {
      const el = await faq();
      location.hash = '#q-what';
      await oneEvent(window, 'hashchange');
      await tick();
      expect(expanded(el)[0]).to.equal('true');
      expect(document.activeElement === buttons(el)[0], 'focus').to.equal(true);
      expect(calls).to.deep.equal([['q-what', { block: 'start', behavior: 'instant' }]]);
    } finally {
      Element.prototype.scrollIntoView = original;
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('keeps a scroll margin above questions for sticky headers (--haven-scroll-margin)', async () => {
    const el = await faq();
    expect(getComputedStyle(items(el)[0]).scrollMarginTop).to.equal('16px');
    el.style.setProperty('--haven-scroll-margin', '80px');
    expect(getComputedStyle(items(el)[0]).scrollMarginTop).to.equal('80px');
  });

  it('ignores a hash that is not one of its questions, and a malformed one', async () => {
    location.hash = '#%E0%A4%A';
    const el = await faq();
    location.hash = '#somewhere-else';
    await tick();
    expect(expanded(el)).to.deep.equal(['false', 'false', 'false']);
  });

  it('copies a link to the question and says so', async () => {
    const el = await faq();
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void written.push(value) } });
    try {
      buttons(el)[1].click();
      const copy = items(el)[1].querySelector<HTMLButtonElement>('.haven-faq-copy')!;
      expect(text(copy)).to.equal('Copy link to this question');
      copy.click();
      expect(await nextAnnouncement()).to.equal('Link copied');
      expect(written).to.deep.equal([new URL('#q-call', location.href).href]);
      await el.updateComplete;
      expect(text(copy)).to.equal('Link copied');
      expect(location.hash).to.equal('');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });
});

describe('<haven-faq searchable>', () => {
  const SEARCHABLE = html`<haven-faq searchable>
    <details id="s-a"><summary>¿Qué es la asesoría legal?</summary><p>Ayuda con trámites.</p></details>
    <details id="s-b"><summary>Is the hotline confidential?</summary><p>Yes, it is confidential.</p></details>
    <details id="s-c"><summary>Who can call?</summary><p>Anyone can call for advice (Asesoria).</p></details>
  </haven-faq>`;

  it('has a labelled search box', async () => {
    const el = await faq(SEARCHABLE);
    const input = part(el, 'search-input') as HTMLInputElement;
    expect(input.type).to.equal('search');
    expect(text(el.shadowRoot!.querySelector(`label[for="${input.id}"]`))).to.equal('Search these questions');
  });

  it('filters as the person types, ignoring case and accents, and opens the matches', async () => {
    const el = await faq(SEARCHABLE);
    await type(el, 'ASESORIA');
    expect(items(el).map((item) => item.hidden)).to.deep.equal([false, true, false]);
    expect(expanded(el)).to.deep.equal(['true', 'false', 'true']);
    await type(el, 'confidencial');
    expect(items(el).map((item) => item.hidden)).to.deep.equal([true, true, true]);
    await type(el, 'hotline confidential');
    expect(items(el).map((item) => item.hidden)).to.deep.equal([true, false, true]);
  });

  it('a single letter filters but does not open or highlight', async () => {
    const el = await faq(SEARCHABLE);
    await type(el, 'q');
    expect(items(el).map((item) => item.hidden)).to.deep.equal([false, true, true]);
    expect(expanded(el)).to.deep.equal(['false', 'false', 'false']);
    expect(CSS.highlights.get('haven-faq-match')?.size ?? 0).to.equal(0);
  });

  it('highlights the matches with the CSS Custom Highlight API', async () => {
    const el = await faq(SEARCHABLE);
    await type(el, 'asesoria');
    const ranges = [...CSS.highlights.get('haven-faq-match')!].map((range) => range.toString());
    expect(ranges).to.deep.equal(['asesoría', 'Asesoria']);
    await type(el, '');
    expect(CSS.highlights.get('haven-faq-match')!.size).to.equal(0);
  });

  it('announces the number of matches politely once typing pauses', async () => {
    const el = await faq(SEARCHABLE);
    await type(el, 'call');
    await new Promise((resolve) => setTimeout(resolve, 520));
    expect(await nextAnnouncement()).to.equal('1 question matches.');
    await type(el, 'confidential');
    await type(el, 'a');
    await new Promise((resolve) => setTimeout(resolve, 520));
    expect(await nextAnnouncement()).to.equal('3 questions match.');
  });

  it('shows the hotline when nothing matches', async () => {
    const el = await faq(SEARCHABLE);
    await type(el, 'zzzz');
    expect(items(el).every((item) => item.hidden)).to.equal(true);
    expect(text(part(el, 'message'))).to.equal('No questions match your search. You can still talk to someone:');
    const banner = part(el, 'help')!.querySelector('haven-hotline-banner')!;
    expect(customElements.get('haven-hotline-banner')).to.not.equal(undefined);
    expect(banner.getAttribute('variant')).to.equal('compact');
    await banner.updateComplete;
    expect(banner.shadowRoot!.querySelector('[part~="call"]')!.getAttribute('href')).to.equal('tel:+18883737888');
    expect(part(el, 'toggle-all')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 520));
    expect(await nextAnnouncement()).to.equal('No questions match your search. You can still talk to someone:');
  });

  it('restores what the person had open when the search is cleared', async () => {
    const el = await faq(SEARCHABLE);
    buttons(el)[1].click();
    await type(el, 'asesoria');
    expect(expanded(el)).to.deep.equal(['true', 'false', 'true']);
    await type(el, '');
    expect(items(el).every((item) => !item.hidden)).to.equal(true);
    expect(expanded(el)).to.deep.equal(['false', 'true', 'false']);
  });

  it('with single, opens only the first match', async () => {
    const el = await faq(html`<haven-faq searchable single>
      <details><summary>Call one</summary>A</details><details><summary>Call two</summary>B</details>
    </haven-faq>`);
    await type(el, 'call');
    expect(expanded(el)).to.deep.equal(['true', 'false']);
  });

  it('never puts the query in the URL or in storage', async () => {
    const el = await faq(SEARCHABLE);
    const before = location.href;
    await type(el, 'confidential');
    part(el, 'search-input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(location.href).to.equal(before);
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
  });

  it('a deep link to a question the search hid clears the search', async () => {
    const el = await faq(SEARCHABLE);
    await type(el, 'asesoria');
    location.hash = '#s-b';
    await oneEvent(window, 'hashchange');
    await tick();
    expect(items(el).every((item) => !item.hidden)).to.equal(true);
    expect((part(el, 'search-input') as HTMLInputElement).value).to.equal('');
    expect(expanded(el)[1]).to.equal('true');
  });
});

describe('<haven-faq structured-data>', () => {
  const jsonLd = (root: Element) => [...root.querySelectorAll('script[type="application/ld+json"]')];

  it('adds exactly one FAQPage JSON-LD block built from the rendered text', async () => {
    const el = await faq(html`<haven-faq structured-data>
      <details><summary>What is <em>this</em>?</summary><p>An answer.</p><p>More   text.</p></details>
      <details><summary>Second?</summary>Yes.</details>
    </haven-faq>`);
    await waitUntil(() => jsonLd(el).length === 1);
    const data = JSON.parse(jsonLd(el)[0].textContent!);
    expect(data['@type']).to.equal('FAQPage');
    expect(data['@context']).to.equal('https://schema.org');
    expect(data.inLanguage).to.equal('en');
    expect(data.mainEntity).to.deep.equal([
      { '@type': 'Question', name: 'What is this?', acceptedAnswer: { '@type': 'Answer', text: 'An answer. More text.' } },
      { '@type': 'Question', name: 'Second?', acceptedAnswer: { '@type': 'Answer', text: 'Yes.' } },
    ]);
    expect(data.mainEntity[0].acceptedAnswer.text).not.to.contain('Copy link');
  });

  it('stays one block per FAQ through changes, and goes away when switched off', async () => {
    const wrapper = await wrap(html`<div lang="es">
      <haven-faq structured-data><details><summary>Uno</summary>A</details></haven-faq>
      <haven-faq structured-data><details><summary>Dos</summary>B</details></haven-faq>
      <haven-faq><details><summary>Tres</summary>C</details></haven-faq>
    </div>`);
    const [first] = wrapper.querySelectorAll('haven-faq');
    await waitUntil(() => jsonLd(wrapper).length === 2);
    expect(JSON.parse(jsonLd(first)[0].textContent!).inLanguage).to.equal('es');
    const details = document.createElement('details');
    details.innerHTML = '<summary>Nueva</summary>D';
    first.append(details);
    await waitUntil(() => JSON.parse(jsonLd(first)[0].textContent!).mainEntity.length === 2);
    expect(jsonLd(wrapper)).to.have.length(2);
    first.removeAttribute('structured-data');
    await waitUntil(() => jsonLd(wrapper).length === 1);
  });

  it('adds none unless asked', async () => {
    const el = await faq();
    await tick();
    expect(jsonLd(el)).to.have.length(0);
  });
});

describe('<haven-faq src>', () => {
  it('loads questions from JSON, keeping only safe markup', async () => {
    (window as { pwned?: boolean }).pwned = false;
    const el = await loaded(html`<haven-faq src="/test/faq/fixtures/faq.json"></haven-faq>`);
    expect(items(el).map((item) => item.id)).to.deep.equal(['json-first', 'json-markup', 'can-i-call-555-0100']);
    expect(items(el)[0].querySelectorAll('.haven-faq-answer > p')).to.have.length(2);
    const answer = items(el)[1].querySelector('.haven-faq-answer')!;
    expect(answer.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/guide');
    expect(answer.querySelectorAll('a')).to.have.length(1);
    expect(answer.querySelector('script, img, [onerror]')).to.equal(null);
    expect(answer.querySelector('li > strong')).to.not.equal(null);
    await tick();
    expect((window as { pwned?: boolean }).pwned).to.equal(false);
    expect(buttons(el)[1].closest('h3')).to.not.equal(null);
  });

  it('deep-links into questions that arrive from src', async () => {
    location.hash = '#json-markup';
    await oneEvent(window, 'hashchange');
    const el = await loaded(html`<haven-faq src="/test/faq/fixtures/faq.json"></haven-faq>`);
    expect(expanded(el)).to.deep.equal(['false', 'true', 'false']);
    expect(document.activeElement === buttons(el)[1], 'focus').to.equal(true);
  });

  for (const [name, src] of [
    ['a missing file', '/test/faq/fixtures/missing.json'],
    ['JSON that is not a list of questions', '/test/faq/fixtures/not-an-array.json'],
    ['a javascript: URL', 'javascript:alert(1)'],
  ]) {
    it(`${name}: shows a plain message and the hotline, and warns in the console`, async () => {
      const warnings = captureWarnings();
      let el: HavenFaq;
      try {
        el = await loaded(html`<haven-faq src=${src}></haven-faq>`);
      } finally {
        warnings.restore();
      }
      expect(text(part(el!, 'message'))).to.equal('The questions could not be loaded. You can still talk to someone:');
      const banner = part(el!, 'help')!.querySelector('haven-hotline-banner')!;
      await banner.updateComplete;
      expect(banner.shadowRoot!.querySelector('[part~="call"]')).to.not.equal(null);
      expect(warnings.messages.some((message) => message.includes('<haven-faq> src'))).to.equal(true);
      await expectAccessible(el!);
    });
  }

  it('shows the hotline of the hotline attribute', async () => {
    const warnings = captureWarnings();
    let el: HavenFaq;
    try {
      el = await loaded(html`<haven-faq src="/test/faq/fixtures/missing.json" hotline="ca-trafficking"></haven-faq>`);
    } finally {
      warnings.restore();
    }
    const banner = part(el!, 'help')!.querySelector('haven-hotline-banner')!;
    expect(banner.getAttribute('preset')).to.equal('ca-trafficking');
  });
});

describe('<haven-faq> built-in questions (preset="trafficking-basics")', () => {
  it('shows 6–10 plain-language questions when it has no content', async () => {
    const el = await loaded(html`<haven-faq></haven-faq>`);
    expect(items(el).length).to.be.within(6, 10);
    const questions = buttons(el).map(text);
    expect(questions).to.include('What is human trafficking?');
    expect(questions).to.include('Is the hotline the police or immigration?');
    expect(questions).to.include('Is it confidential?');
  });

  it('takes every number from the hotline preset, as links', async () => {
    const el = await loaded(html`<haven-faq></haven-faq>`);
    const preset = HOTLINE_PRESETS['us-trafficking'];
    const links = [...el.querySelectorAll<HTMLAnchorElement>('.haven-faq-answer a')];
    const call = links.find((link) => link.textContent === preset.phone)!;
    expect(call.getAttribute('href')).to.equal(`tel:${preset.dial}`);
    expect(links.some((link) => link.textContent === preset.sms && link.href.startsWith('sms:'))).to.equal(true);
    expect(links.some((link) => link.textContent === preset.emergency)).to.equal(true);
    expect(text(el)).to.contain(`Text ${preset.smsKeyword} to ${preset.sms}`);
  });

  it('is in Spanish on a Spanish page, with the same ids, and switches with the language', async () => {
    const wrapper = await wrap(html`<div lang="es-MX"><haven-faq></haven-faq></div>`);
    const el = wrapper.querySelector('haven-faq')!;
    await waitUntil(() => items(el).length > 0);
    expect(buttons(el).map(text)).to.include('¿Qué es la trata de personas?');
    expect(items(el)[0].lang).to.equal('es');
    const ids = items(el).map((item) => item.id);
    wrapper.setAttribute('lang', 'en');
    el.requestUpdate();
    await waitUntil(() => text(buttons(el)[0]) === 'What is human trafficking?');
    expect(items(el).map((item) => item.id)).to.deep.equal(ids);
    expect(text(part(el, 'toggle-all'))).to.equal('Show all answers');
  });

  it('adds the built-in questions after the partner’s own when preset is set', async () => {
    const el = await loaded(html`<haven-faq preset="trafficking-basics"><details><summary>Our own question</summary>A</details></haven-faq>`);
    await waitUntil(() => items(el).length > 1);
    expect(text(buttons(el)[0])).to.equal('Our own question');
    expect(text(buttons(el)[1])).to.equal('What is human trafficking?');
  });

  it('warns on an unknown preset and uses trafficking-basics', async () => {
    const warnings = captureWarnings();
    let el: HavenFaq;
    try {
      el = await loaded(html`<haven-faq preset="nope"></haven-faq>`);
    } finally {
      warnings.restore();
    }
    expect(items(el!).length).to.be.above(5);
    expect(warnings.messages.some((message) => message.includes('preset') && message.includes('"nope"'))).to.equal(true);
  });
});

describe('<haven-faq> languages and strings', () => {
  it('speaks Spanish with lang="es"', async () => {
    const el = await faq(html`<haven-faq lang="es" searchable><details><summary>Uno</summary>A</details><details><summary>Dos</summary>B</details></haven-faq>`);
    expect(text(part(el, 'toggle-all'))).to.equal('Mostrar todas las respuestas');
    expect(text(el.shadowRoot!.querySelector('label'))).to.equal('Buscar en estas preguntas');
    buttons(el)[0].click();
    await el.updateComplete;
    expect(text(el.querySelector('.haven-faq-copy'))).to.equal('Copiar el enlace a esta pregunta');
  });

  it('uses i18n-* attributes, also for the copy-link buttons in the light DOM', async () => {
    const el = await faq(html`<haven-faq i18n-faq-show-all="Open everything" i18n-faq-copy-link="Link"><details><summary>Uno</summary>A</details><details><summary>Dos</summary>B</details></haven-faq>`);
    expect(text(part(el, 'toggle-all'))).to.equal('Open everything');
    expect(text(el.querySelector('.haven-faq-copy'))).to.equal('Link');
  });
});

describe('<haven-faq> print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints every answer and hides the tools', async () => {
    const el = await faq(html`<haven-faq searchable>${ITEMS}<details><summary>Q</summary><p>Printed answer.</p></details><details><summary>R</summary>B</details></haven-faq>`);
    await emulateMedia({ media: 'print' });
    for (const button of buttons(el)) {
      const panel = panelOf(button);
      expect(getComputedStyle(panel).display).to.equal('block');
      expect(getComputedStyle(panel).contentVisibility).to.equal('visible');
      expect(panel.querySelector('.haven-faq-answer')!.getClientRects().length).to.be.above(0);
    }
    expect(getComputedStyle(part(el, 'tools')!).display).to.equal('none');
    expect(getComputedStyle(el.querySelector('.haven-faq-copy')!).display).to.equal('none');
  });
});

describe('<haven-faq> layout', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('gives questions, copy links and tools at least 44 px', async () => {
    const el = await faq(html`<haven-faq searchable>${ITEMS}<details><summary>Q</summary>A</details><details><summary>R</summary>B</details></haven-faq>`);
    buttons(el)[0].click();
    await el.updateComplete;
    const targets = [...buttons(el), el.querySelector('.haven-faq-copy')!, part(el, 'toggle-all')!, part(el, 'search-input')!];
    for (const target of targets) expect(target.getBoundingClientRect().height, target.className).to.be.at.least(44);
  });

  it('shows state by the shape of its icon (a chevron that turns), also in forced colors', async () => {
    const el = await faq();
    for (const forcedColors of ['none', 'active'] as const) {
      await emulateMedia({ forcedColors });
      const { borderBottomStyle, transform: closed } = getComputedStyle(buttons(el)[0], '::after');
      buttons(el)[0].click();
      const open = getComputedStyle(buttons(el)[0], '::after').transform;
      expect(borderBottomStyle).to.equal('solid');
      expect(closed).to.not.equal(open);
      buttons(el)[0].click();
    }
    await emulateMedia({ forcedColors: 'none' });
  });

  it('draws borders and the focus ring in the page’s text colour, whatever colour scheme the device prefers', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await faq(html`<haven-faq searchable style="color: rgb(20, 23, 31)">${ITEMS}</haven-faq>`);
      buttons(el)[0].focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(getComputedStyle(part(el, 'search-input')!).borderTopColor).to.equal('rgb(20, 23, 31)');
      expect(getComputedStyle(buttons(el)[1]).outlineColor).to.equal('rgb(20, 23, 31)');
      expect(getComputedStyle(buttons(el)[1]).outlineStyle).to.equal('solid');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('fits a 320 px screen without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    await loaded(html`<haven-faq searchable lang="es"></haven-faq>`);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('stores nothing, anywhere', async () => {
    const el = await faq();
    part(el, 'toggle-all')!.click();
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
  });
});

describe('<haven-faq> accessibility (axe, WCAG 2.2 A/AA + target-size)', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('closed', async () => expectAccessible(await faq()));
  it('open', async () => {
    const el = await faq();
    part(el, 'toggle-all')!.click();
    await el.updateComplete;
    await expectAccessible(el);
  });
  it('searching', async () => {
    const el = await faq(html`<haven-faq searchable>${ITEMS}<details><summary>Asesoría</summary>Sí.</details></haven-faq>`);
    await type(el, 'asesoria');
    await expectAccessible(el);
  });
  it('nothing found (with the hotline)', async () => {
    const el = await faq(html`<haven-faq searchable><details><summary>Q</summary>A</details></haven-faq>`);
    await type(el, 'zzzz');
    await (part(el, 'help')!.querySelector('haven-hotline-banner') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await expectAccessible(el);
  });
  it('Spanish built-in questions', async () => expectAccessible(await loaded(html`<haven-faq lang="es" searchable></haven-faq>`)));
  it('sections', async () =>
    expectAccessible(await faq(html`<haven-faq heading-level="2"><section><h2>Q</h2><p>A</p></section><section><h2>R</h2><p>B</p></section></haven-faq>`)));
  it('right-to-left', async () => {
    const wrapper = await wrap(html`<div dir="rtl" lang="ar"><haven-faq searchable>${ITEMS}<details><summary>سؤال</summary>جواب</details></haven-faq></div>`);
    const el = wrapper.querySelector('haven-faq')!;
    await el.updateComplete;
    part(el, 'toggle-all')!.click();
    await el.updateComplete;
    expect(getComputedStyle(buttons(el)[0]).direction).to.equal('rtl');
    await expectAccessible(wrapper);
  });
  it('dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const wrapper = await wrap(html`<div style="color-scheme:dark;background:#10141d;color:#f3f5fa">${DETAILS}</div>`);
    await wrapper.querySelector('haven-faq')!.updateComplete;
    await expectAccessible(wrapper);
  });
});
