import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/quick-exit.js';
import { DEFAULT_DESTINATION } from '../../src/quick-exit/destination.js';
import { EXIT_SCREEN_TAG } from '../../src/quick-exit/exit-page.js';
import { hasExited, joinExit } from '../../src/quick-exit/exit-registry.js';
import type { HavenQuickExit } from '../../src/quick-exit/quick-exit.js';
import { captureWarnings, expectAccessible, nextAnnouncement } from '../helpers/index.js';
import { catchNavigations, comeBack } from './helpers.js';

const DESTINATION = 'https://weather.example.org/today';
const button = (el: HavenQuickExit) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
const base = (el: HavenQuickExit) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
const skipLink = () => document.getElementById('haven-quick-exit-skip-link') as HTMLAnchorElement | null;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function quickExit(template = html`<haven-quick-exit href=${DESTINATION}></haven-quick-exit>`): Promise<HavenQuickExit> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('haven-quick-exit')!;
  await el.updateComplete;
  return el;
}

/** Every `haven-exit` on the page, in order. */
function exitEvents() {
  const events: CustomEvent[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent);
  document.addEventListener('haven-exit', listener);
  return { events, stop: () => document.removeEventListener('haven-exit', listener) };
}

/** The accessible name as a screen reader gets it: visible words plus visually hidden ones. */
function accessibleName(el: HavenQuickExit): string {
  return text(button(el));
}

let navigations: ReturnType<typeof catchNavigations>;
let exits: ReturnType<typeof exitEvents>;
beforeEach(() => {
  navigations = catchNavigations();
  exits = exitEvents();
});
afterEach(async () => {
  navigations.restore();
  exits.stop();
  comeBack();
  fixtureCleanup();
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
  await sendKeys({ up: 'Shift' }).catch(() => undefined);
});

describe('<haven-quick-exit> control', () => {
  it('renders one button whose name says it is an emergency exit', async () => {
    const el = await quickExit();
    expect(button(el).localName).to.equal('button');
    expect(accessibleName(el)).to.equal('Exit this site (emergency exit)');
    const hint = el.shadowRoot!.getElementById(button(el).getAttribute('aria-describedby')!)!;
    expect(text(hint)).to.equal('Opens a neutral website at once. Or press Shift 3 times.');
  });

  it('hides the light-DOM fallback link once upgraded, so the exit is not shown twice', async () => {
    const el = await quickExit(html`<haven-quick-exit href=${DESTINATION}
      ><a href=${DESTINATION} rel="nofollow noreferrer noopener">Exit this site</a></haven-quick-exit
    >`);
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
  });

  it('a click navigates once, with replace, to the destination', async () => {
    const el = await quickExit();
    button(el).click();
    expect(navigations.urls).to.deep.equal([DESTINATION]);
    expect(navigations.kinds).to.deep.equal(['replace']);
  });

  it('history="push" uses an ordinary navigation', async () => {
    const el = await quickExit(html`<haven-quick-exit href=${DESTINATION} history="push"></haven-quick-exit>`);
    button(el).click();
    expect(navigations.kinds).to.deep.equal(['push']);
  });

  it('Enter and Space on the focused button exit (real key presses)', async () => {
    for (const key of ['Enter', 'Space']) {
      const el = await quickExit();
      button(el).focus();
      await sendKeys({ press: key });
      expect(navigations.urls, key).to.deep.equal([DESTINATION]);
      navigations.urls.length = 0;
      comeBack();
      fixtureCleanup();
    }
  });

  it('hides the page and fires haven-exit after the navigation started, in the same task, without the page address', async () => {
    const el = await quickExit();
    let hiddenAtNavigation: boolean | undefined;
    const navigation = (window as unknown as { navigation: EventTarget }).navigation;
    const check = () => (hiddenAtNavigation = !document.body.checkVisibility());
    navigation.addEventListener('navigate', check, { once: true });
    let sameTask = true;
    setTimeout(() => (sameTask = false));
    button(el).click();
    expect(hiddenAtNavigation).to.equal(true);
    expect(exits.events).to.have.length(1);
    expect(sameTask).to.equal(true);
    const [event] = exits.events;
    expect(event.target === el, 'target').to.equal(true);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ via: 'button' });
    expect(JSON.stringify(event.detail)).to.not.contain(location.host);
    expect(document.querySelector(EXIT_SCREEN_TAG)!.textContent).to.equal('Loading.');
    expect(document.title).to.equal('Loading');
  });

  it('exits only once however often it is pressed', async () => {
    const el = await quickExit();
    button(el).click();
    button(el).click();
    expect(navigations.urls).to.have.length(1);
    expect(exits.events).to.have.length(1);
  });

  it('two elements on one page share the exit: one navigation, one event on the one clicked', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <haven-quick-exit href="https://one.example.org/"></haven-quick-exit>
      <haven-quick-exit href="https://two.example.org/" position="inline" skip-link="off"></haven-quick-exit>
    </div>`);
    const [first, second] = [...wrapper.querySelectorAll('haven-quick-exit')];
    await Promise.all([first.updateComplete, second.updateComplete]);
    button(second).click();
    button(first).click();
    expect(navigations.urls).to.deep.equal(['https://two.example.org/']);
    expect(exits.events.map((event) => event.target === second)).to.deep.equal([true]);
  });

  it('a second copy of Haven on the page (CDN + npm) shares the listeners, the skip link and the one exit', async () => {
    // A query string makes the dev server load the registry module a second time.
    const copy: typeof import('../../src/quick-exit/exit-registry.js') = await import(`../../src/quick-exit/exit-registry.ts?copy=${Date.now()}`);
    expect(copy.joinExit === joinExit, 'a separate module instance').to.equal(false);
    const el = await quickExit();
    const other = Object.assign(document.createElement('div'), {
      exitOptions: () => ({ href: 'https://two.example.org/', history: 'replace' as const, title: 'Loading', message: 'Loading.' }),
      exitShortcuts: () => ['shift'],
      exitShortcutTimeout: () => 5000,
      exitSkipLink: () => 'Second skip link',
      exitProgress: () => undefined,
      exitReset: () => undefined,
    });
    document.body.append(other);
    copy.joinExit(other);
    try {
      expect(document.querySelectorAll('#haven-quick-exit-skip-link')).to.have.length(1);
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      expect(navigations.urls, 'one set of listeners: one navigation').to.have.length(1);
      copy.exitVia(other, 'button');
      button(el).click();
      expect(navigations.urls, 'one exit').to.have.length(1);
      expect(copy.hasExited()).to.equal(true);
    } finally {
      copy.leaveExit(other);
      other.remove();
    }
  });

  it('comes back usable from the back-forward cache: no screen, own title, and it can exit again', async () => {
    const el = await quickExit();
    const title = document.title;
    button(el).click();
    expect(hasExited()).to.equal(true);
    comeBack();
    expect(hasExited()).to.equal(false);
    expect(document.body.checkVisibility()).to.equal(true);
    expect(document.querySelector(EXIT_SCREEN_TAG)).to.equal(null);
    expect(document.title).to.equal(title);
    button(el).click();
    expect(navigations.urls).to.have.length(2);
  });

  it('makes no network request and writes no storage or cookie', async () => {
    const before = performance.getEntriesByType('resource').length;
    await quickExit();
    expect(performance.getEntriesByType('resource').length).to.equal(before);
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
  });
});

describe('<haven-quick-exit> shortcuts', () => {
  const pressShift = () => sendKeys({ press: 'Shift' });

  it('Shift pressed 3 times exits through the first element in document order', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <haven-quick-exit href="https://one.example.org/"></haven-quick-exit>
      <haven-quick-exit href="https://two.example.org/" position="bottom"></haven-quick-exit>
    </div>`);
    const [first] = wrapper.querySelectorAll('haven-quick-exit');
    await first.updateComplete;
    await pressShift();
    await pressShift();
    expect(navigations.urls).to.deep.equal([]);
    await pressShift();
    expect(navigations.urls).to.deep.equal(['https://one.example.org/']);
    expect(exits.events.map((event) => [event.target === first, event.detail.via])).to.deep.equal([[true, 'shift']]);
  });

  it('counts down in a polite status message and shows a three-step indicator', async () => {
    const el = await quickExit();
    const indicator = el.shadowRoot!.querySelector('[part="indicator"]')!;
    expect(indicator.checkVisibility()).to.equal(false);
    await pressShift();
    expect(await nextAnnouncement()).to.equal('Shift, press 2 more times to exit.');
    await el.updateComplete;
    expect(indicator.getAttribute('aria-hidden')).to.equal('true');
    expect(indicator.checkVisibility()).to.equal(true);
    expect([...indicator.children].map((dot) => dot.className)).to.deep.equal(['on', '', '']);
    await pressShift();
    expect(await nextAnnouncement()).to.equal('Shift, press 1 more time to exit.');
    expect(document.getElementById('haven-announcer')!.getAttribute('aria-live')).to.equal('polite');
  });

  it('says when the sequence timed out (shortcut-timeout), and a late third press does not exit', async () => {
    const el = await quickExit(html`<haven-quick-exit href=${DESTINATION} shortcut-timeout="1000"></haven-quick-exit>`);
    await pressShift();
    await pressShift();
    const announcer = () => document.getElementById('haven-announcer')?.textContent;
    await waitUntil(() => announcer() === 'Exit shortcut timed out.', 'the expiry is announced', { timeout: 4000 });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="indicator"]')!.checkVisibility()).to.equal(false);
    await pressShift();
    expect(navigations.urls).to.deep.equal([]);
  });

  it('does not exit when a person types "Hello World, I Am OK" in a form', async () => {
    await quickExit();
    const input = await fixture<HTMLInputElement>(html`<input aria-label="Message" />`);
    input.focus();
    for (const char of 'Hello World, I Am OK') {
      if (char === ' ') await sendKeys({ press: 'Space' });
      else if (char !== char.toLowerCase()) {
        // Capitals the way a keyboard sends them: Shift held as a modifier.
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: `Key${char}` });
        await sendKeys({ up: 'Shift' });
      }
      else await sendKeys({ type: char });
    }
    expect(input.value).to.equal('Hello World, I Am OK');
    expect(navigations.urls).to.deep.equal([]);
  });

  it('bare Shift 3 times in a form field still exits (a form is no trap)', async () => {
    await quickExit();
    const input = await fixture<HTMLInputElement>(html`<input aria-label="Name" />`);
    input.focus();
    await sendKeys({ type: 'ana' });
    await pressShift();
    await pressShift();
    await pressShift();
    expect(navigations.urls).to.deep.equal([DESTINATION]);
  });

  it('shortcut="none" turns shortcuts off', async () => {
    await quickExit(html`<haven-quick-exit href=${DESTINATION} shortcut="none"></haven-quick-exit>`);
    for (let index = 0; index < 4; index++) await pressShift();
    for (let index = 0; index < 3; index++) await sendKeys({ press: 'Escape' });
    expect(navigations.urls).to.deep.equal([]);
  });

  it('shortcut="escape": Escape twice exits, but not from a text field or while a dialog is open', async () => {
    const el = await quickExit(html`<haven-quick-exit href=${DESTINATION} shortcut="escape"></haven-quick-exit>`);
    const hint = el.shadowRoot!.getElementById('hint')!;
    expect(text(hint)).to.contain('Or press Escape twice.').and.not.contain('Shift');
    for (let index = 0; index < 3; index++) await pressShift();
    expect(navigations.urls, 'Shift is off').to.deep.equal([]);

    const input = await fixture<HTMLInputElement>(html`<input aria-label="Search" />`);
    input.focus();
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    expect(navigations.urls, 'stands aside in a text field').to.deep.equal([]);

    const dialog = await fixture<HTMLDialogElement>(html`<dialog><button>Close</button></dialog>`);
    dialog.showModal();
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    expect(navigations.urls, 'the first Escape closes the dialog and does not count').to.deep.equal([]);

    input.blur();
    document.body.focus();
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    expect(navigations.urls).to.deep.equal([DESTINATION]);
    expect(exits.events[0].detail).to.deep.equal({ via: 'escape' });
  });

  it('shortcut="shift escape" turns both on', async () => {
    await quickExit(html`<haven-quick-exit href=${DESTINATION} shortcut="shift escape"></haven-quick-exit>`);
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    expect(navigations.urls).to.have.length(1);
  });
});

describe('<haven-quick-exit> skip link', () => {
  it('inserts one visually hidden link as the first element of <body>, even with two quick exits', async () => {
    await fixture(html`<div>
      <haven-quick-exit href="https://one.example.org/"></haven-quick-exit>
      <haven-quick-exit href="https://two.example.org/" position="bottom"></haven-quick-exit>
    </div>`);
    const link = skipLink()!;
    expect(document.querySelectorAll('#haven-quick-exit-skip-link')).to.have.length(1);
    expect(document.body.firstElementChild === link, 'first in <body>').to.equal(true);
    expect(link.getAttribute('href')).to.equal('https://one.example.org/');
    expect(link.textContent).to.equal('Emergency exit: leave this site now');
    expect(link.getAttribute('style')).to.contain('clip-path');
    const box = link.getBoundingClientRect();
    expect(box.width * box.height).to.be.at.most(1);
  });

  // That Tab reaches it first on a freshly loaded page is checked end to end (test/e2e).
  it('shows on focus as a 44 px target at the top, and hides again on blur', async () => {
    await quickExit();
    const link = skipLink()!;
    link.focus();
    const box = link.getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    expect(box.width).to.be.at.least(44);
    expect(box.top).to.equal(0);
    await expectAccessible(link);
    link.blur();
    expect(link.getBoundingClientRect().width).to.be.at.most(1);
  });

  it('exits through the same path, with haven-exit { via: "skip-link" }', async () => {
    const el = await quickExit();
    skipLink()!.focus();
    await sendKeys({ press: 'Enter' });
    expect(navigations.urls).to.deep.equal([DESTINATION]);
    expect(navigations.kinds).to.deep.equal(['replace']);
    expect(exits.events.map((event) => [event.target === el, event.detail.via])).to.deep.equal([[true, 'skip-link']]);
  });

  it('skip-link="off" inserts none; the link leaves with the last element that wants it', async () => {
    const el = await quickExit(html`<haven-quick-exit href=${DESTINATION} skip-link="off"></haven-quick-exit>`);
    expect(skipLink()).to.equal(null);
    el.removeAttribute('skip-link');
    await el.updateComplete;
    expect(skipLink()).to.not.equal(null);
    el.remove();
    expect(skipLink()).to.equal(null);
  });

  it('speaks the language of the page', async () => {
    document.documentElement.lang = 'es';
    await quickExit();
    expect(skipLink()!.textContent).to.equal('Salida de emergencia: salir de este sitio ahora');
  });
});

describe('<haven-quick-exit> bad input', () => {
  it('refuses a javascript: href with one warning and exits to the default destination', async () => {
    const warnings = captureWarnings();
    let el: HavenQuickExit;
    try {
      el = await quickExit(html`<haven-quick-exit href="javascript:alert(document.cookie)"></haven-quick-exit>`);
      button(el).click();
    } finally {
      warnings.restore();
    }
    expect(navigations.urls).to.deep.equal([DEFAULT_DESTINATION]);
    const hrefWarnings = warnings.messages.filter((message) => message.includes(' href:'));
    expect(hrefWarnings).to.have.length(1);
    expect(hrefWarnings[0]).to.contain('<haven-quick-exit>').and.contain('javascript:alert');
  });

  it('warns once and uses the default for an unknown history, position, shortcut or timeout', async () => {
    const warnings = captureWarnings();
    let el: HavenQuickExit;
    try {
      el = await quickExit(html`<haven-quick-exit
        href=${DESTINATION}
        history="forget"
        position="left"
        shortcut="ctrl"
        shortcut-timeout="-4"
        skip-link="maybe"
      ></haven-quick-exit>`);
      el.requestUpdate();
      await el.updateComplete;
      button(el).click();
    } finally {
      warnings.restore();
    }
    for (const attribute of ['history', 'position', 'shortcut', 'shortcut-timeout', 'skip-link']) {
      expect(warnings.messages.filter((message) => message.includes(` ${attribute}:`)), attribute).to.have.length(1);
    }
    expect(navigations.kinds).to.deep.equal(['replace']);
    expect(base(el!).classList.contains('top')).to.equal(true);
    expect(text(el!.shadowRoot!.getElementById('hint'))).to.contain('Shift');
    expect(skipLink()).to.not.equal(null);
  });

  it('defining the tags twice (a second copy of Haven) does not throw', async () => {
    const { HavenQuickExit: Element } = await import('../../src/quick-exit/quick-exit.js');
    expect(() => Element.define('haven-quick-exit')).not.to.throw();
  });
});

describe('<haven-quick-exit> languages', () => {
  it('speaks Spanish on a page with lang="es"', async () => {
    const el = await quickExit(html`<haven-quick-exit href=${DESTINATION} lang="es"></haven-quick-exit>`);
    expect(accessibleName(el)).to.equal('Salir de este sitio (salida de emergencia)');
    expect(text(el.shadowRoot!.getElementById('hint'))).to.equal('Abre enseguida un sitio web neutral. O pulse Mayús 3 veces.');
    await sendKeys({ press: 'Shift' });
    expect(await nextAnnouncement()).to.equal('Mayús: pulse 2 veces más para salir.');
    button(el).click();
    expect(document.title).to.equal('Cargando');
    expect(document.querySelector(EXIT_SCREEN_TAG)!.textContent).to.equal('Cargando.');
  });

  it('takes per-instance words from i18n-* attributes', async () => {
    const el = await quickExit(html`<haven-quick-exit
      href=${DESTINATION}
      i18n-exit="Leave now"
      i18n-exit-emergency="(quick exit)"
      i18n-exit-message="One moment."
      i18n-skip-link="Quick exit"
    ></haven-quick-exit>`);
    expect(accessibleName(el)).to.equal('Leave now (quick exit)');
    expect(skipLink()!.textContent).to.equal('Quick exit');
    button(el).click();
    expect(document.querySelector(EXIT_SCREEN_TAG)!.textContent).to.equal('One moment.');
  });
});

describe('<haven-quick-exit> layout', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ media: 'screen', forcedColors: 'none', colorScheme: 'light' });
  });

  it('top (default): in the top layer at the top inline-end corner, reserving its own height', async () => {
    const el = await quickExit();
    expect(base(el).matches(':popover-open')).to.equal(true);
    const box = button(el).getBoundingClientRect();
    expect(box.top).to.be.at.most(8);
    expect(innerWidth - box.right).to.be.at.most(8);
    expect(el.getBoundingClientRect().height).to.be.at.least(box.height);
  });

  it('reserves the whole bar when large text makes the button taller, so it covers nothing at rest', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await quickExit(html`<haven-quick-exit href=${DESTINATION} lang="es" style="--haven-font-size: 2rem"></haven-quick-exit>`);
    expect(base(el).getBoundingClientRect().height).to.be.above(60);
    await waitUntil(() => el.getBoundingClientRect().bottom >= base(el).getBoundingClientRect().bottom - 0.5, 'the bar covers the page');
  });

  it('stays reachable above the highest z-index a page uses', async () => {
    const el = await quickExit();
    const cover = await fixture<HTMLElement>(html`<div style="position:fixed;inset:0;z-index:2147483647;background:#fff">Cookie banner</div>`);
    const box = button(el).getBoundingClientRect();
    const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(button(el).contains(hit)).to.equal(true);
    cover.remove();
  });

  it('right to left: the top-left corner', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar"><haven-quick-exit href=${DESTINATION}></haven-quick-exit></div>`);
    const el = wrapper.querySelector('haven-quick-exit')!;
    await el.updateComplete;
    expect(button(el).getBoundingClientRect().left).to.be.at.most(8);
  });

  it('bottom: a full-width bar at the bottom of a small screen', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await quickExit(html`<haven-quick-exit href=${DESTINATION} position="bottom" lang="es"></haven-quick-exit>`);
    const box = button(el).getBoundingClientRect();
    expect(640 - box.bottom).to.be.at.most(8);
    expect(box.width).to.be.at.least(360 - 16);
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
  });

  it('inline: in the flow where the partner put it', async () => {
    const el = await quickExit(html`<haven-quick-exit href=${DESTINATION} position="inline"></haven-quick-exit>`);
    expect(base(el).hasAttribute('popover')).to.equal(false);
    expect(getComputedStyle(base(el)).position).to.equal('static');
    expect(el.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('gives the button at least 44×44 px and at least 7:1 text contrast in every position', async () => {
    for (const position of ['top', 'bottom', 'inline']) {
      const el = await quickExit(html`<haven-quick-exit href=${DESTINATION} position=${position}></haven-quick-exit>`);
      const box = button(el).getBoundingClientRect();
      expect(box.width, position).to.be.at.least(44);
      expect(box.height, position).to.be.at.least(44);
      const style = getComputedStyle(button(el));
      expect(contrast(style.color, style.backgroundColor), position).to.be.at.least(7);
      fixtureCleanup();
    }
  });

  it('fits a 320 px screen in Spanish without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    await quickExit(html`<haven-quick-exit href=${DESTINATION} lang="es"></haven-quick-exit>`);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('is hidden in print', async () => {
    const el = await quickExit();
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('the progress indicator stays visible in forced-colors mode', async () => {
    const el = await quickExit();
    await emulateMedia({ forcedColors: 'active' });
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    const [on, off] = el.shadowRoot!.querySelectorAll('[part="indicator"] span');
    expect(getComputedStyle(on).backgroundColor).to.not.equal(getComputedStyle(off).backgroundColor);
    expect(getComputedStyle(off).borderTopStyle).to.equal('solid');
  });
});

describe('<haven-quick-exit> accessibility (axe, WCAG 2.2 A/AA + target-size)', () => {
  afterEach(async () => {
    await emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
  });

  for (const position of ['top', 'bottom', 'inline']) {
    for (const lang of ['en', 'es']) {
      it(`${position}, ${lang}`, async () => {
        const el = await quickExit(html`<haven-quick-exit href=${DESTINATION} position=${position} lang=${lang}></haven-quick-exit>`);
        await expectAccessible(el);
      });
    }
  }

  it('right to left', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar"><haven-quick-exit href=${DESTINATION}></haven-quick-exit></div>`);
    await wrapper.querySelector('haven-quick-exit')!.updateComplete;
    await expectAccessible(wrapper);
  });

  it('forced colors and dark scheme, with the shortcut indicator showing', async () => {
    await emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    const el = await quickExit();
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    await expectAccessible(el);
  });
});

/** WCAG contrast ratio of two computed `rgb()` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((value) => {
      const channel = Number(value) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
