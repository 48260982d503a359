import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import '../../src/hotline-banner.js';
import { registerTranslation } from '../../src/core/i18n.js';
import { HavenHotlineBanner } from '../../src/hotline-banner/hotline-banner.js';
import { HOTLINE_PRESETS } from '../../src/hotline-banner/presets.js';
import { captureWarnings, expectAccessible, nextAnnouncement, preventNavigation } from '../helpers/index.js';

const part = (el: HavenHotlineBanner, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function banner(template = html`<haven-hotline-banner></haven-hotline-banner>`): Promise<HavenHotlineBanner> {
  const el = await fixture<HavenHotlineBanner>(template);
  await el.updateComplete;
  return el;
}

afterEach(() => {
  fixtureCleanup();
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
});

describe('<haven-hotline-banner> default (US National Human Trafficking Hotline)', () => {
  it('shows the hotline name, a tel: call link and the emergency line', async () => {
    const el = await banner();
    expect(text(part(el, 'name'))).to.equal('National Human Trafficking Hotline');
    const call = part(el, 'call') as HTMLAnchorElement;
    expect(call.getAttribute('href')).to.equal('tel:+18883737888');
    expect(text(call)).to.equal('Call 1-888-373-7888');
    expect(text(part(el, 'emergency'))).to.equal('In immediate danger, call 911.');
    expect(part(el, 'emergency')!.querySelector('a')!.getAttribute('href')).to.equal('tel:911');
  });

  it('always shows "Text HELP to 233733" as words, with the keyword prefilled where phones allow', async () => {
    const el = await banner();
    const sms = part(el, 'text') as HTMLAnchorElement;
    expect(text(sms)).to.equal('Text HELP to 233733');
    expect(sms.getAttribute('href')).to.equal('sms:233733?&body=HELP');
  });

  it('offers live chat and TTY through 711', async () => {
    const el = await banner();
    expect(part(el, 'chat')!.getAttribute('href')).to.match(/^https:\/\/humantraffickinghotline\.org\//);
    expect(part(el, 'chat')!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(part(el, 'chat')!.hasAttribute('target')).to.equal(false);
    expect(part(el, 'tty')!.getAttribute('href')).to.equal('tel:711');
    expect(text(part(el, 'tty'))).to.equal('TTY: dial 711');
  });

  it('says it is 24/7, confidential and not law enforcement or immigration', async () => {
    const about = text(part(await banner(), 'about'));
    expect(about).to.contain('Open 24/7');
    expect(about).to.contain('Confidential');
    expect(about).to.contain('200+');
    expect(about).to.contain('Not law enforcement or immigration');
  });

  it('names the call link with its visible words (label in name)', async () => {
    const el = await banner();
    expect(part(el, 'call')!.hasAttribute('aria-label')).to.equal(false);
    expect(part(el, 'copy')!.hasAttribute('aria-label')).to.equal(false);
  });

  it('hides the light-DOM fallback once upgraded (no slot renders it)', async () => {
    const el = await banner(html`<haven-hotline-banner><a href="tel:+18883737888">Call 1-888-373-7888</a> or text HELP to 233733</haven-hotline-banner>`);
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
  });

  it('makes no network request and writes no storage or cookie', async () => {
    const before = performance.getEntriesByType('resource').length;
    await banner();
    expect(performance.getEntriesByType('resource').length).to.equal(before);
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
  });
});

describe('<haven-hotline-banner> presets', () => {
  const expected = {
    'ca-trafficking': { call: 'tel:+18339001010', text: false, chat: true, tty: false, emergency: 'tel:911' },
    'uk-modern-slavery': { call: 'tel:08000121700', text: false, chat: false, tty: false, emergency: 'tel:999' },
    'mx-trafficking': { call: 'tel:8005533000', text: false, chat: false, tty: false, emergency: 'tel:911' },
    'us-988': { call: 'tel:988', text: true, chat: true, tty: false, emergency: 'tel:911' },
  } as const;

  for (const [preset, want] of Object.entries(expected)) {
    it(`${preset}: links and only the channels it has`, async () => {
      const el = await banner(html`<haven-hotline-banner preset=${preset}></haven-hotline-banner>`);
      expect(part(el, 'call')!.getAttribute('href')).to.equal(want.call);
      expect(!!part(el, 'text'), 'text').to.equal(want.text);
      expect(!!part(el, 'chat'), 'chat').to.equal(want.chat);
      expect(!!part(el, 'tty'), 'tty').to.equal(want.tty);
      expect(part(el, 'emergency')!.querySelector('a')!.getAttribute('href')).to.equal(want.emergency);
    });
  }

  it('988 shows "Text 988" with no keyword', async () => {
    const el = await banner(html`<haven-hotline-banner preset="us-988"></haven-hotline-banner>`);
    expect(text(part(el, 'text'))).to.equal('Text 988');
    expect(part(el, 'text')!.getAttribute('href')).to.equal('sms:988');
  });

  it('every preset carries its source and a verified-on date', () => {
    for (const [id, preset] of Object.entries(HOTLINE_PRESETS)) {
      expect(preset.source, id).to.match(/^https:\/\//);
      expect(Number.isNaN(Date.parse(preset.verifiedOn)), id).to.equal(false);
    }
  });

  it('warns when a preset is more than 180 days past its verified-on date', async () => {
    const { warnIfStale } = await import('../../src/hotline-banner/hotline.js');
    const warnings = captureWarnings();
    try {
      const later = new Date(Date.parse(HOTLINE_PRESETS['uk-modern-slavery'].verifiedOn) + 181 * 86_400_000);
      warnIfStale('uk-modern-slavery', later);
      warnIfStale('uk-modern-slavery', later);
      const fresh = new Date(Date.parse(HOTLINE_PRESETS['mx-trafficking'].verifiedOn) + 10 * 86_400_000);
      warnIfStale('mx-trafficking', fresh);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('uk-modern-slavery').and.contain(HOTLINE_PRESETS['uk-modern-slavery'].source);
  });
});

describe('<haven-hotline-banner> overrides', () => {
  it('overrides every field by attribute', async () => {
    const el = await banner(html`<haven-hotline-banner
      name="Example Help Line"
      phone="555-0100"
      sms="555-0101"
      sms-keyword="SAFE"
      chat-url="https://example.org/chat"
      tty="555-0102"
      hours="Mon–Fri 9–5"
      emergency="112"
    ></haven-hotline-banner>`);
    expect(text(part(el, 'name'))).to.equal('Example Help Line');
    expect(part(el, 'call')!.getAttribute('href')).to.equal('tel:5550100');
    expect(text(part(el, 'call'))).to.equal('Call 555-0100');
    expect(part(el, 'text')!.getAttribute('href')).to.equal('sms:5550101?&body=SAFE');
    expect(text(part(el, 'text'))).to.equal('Text SAFE to 555-0101');
    expect(part(el, 'chat')!.getAttribute('href')).to.equal('https://example.org/chat');
    expect(part(el, 'tty')!.getAttribute('href')).to.equal('tel:5550102');
    expect(text(part(el, 'about'))).to.equal('Mon–Fri 9–5');
    expect(text(part(el, 'emergency'))).to.equal('In immediate danger, call 112.');
  });

  it('drops the preset description once the partner swaps in their own hotline', async () => {
    const el = await banner(html`<haven-hotline-banner phone="555-0100" hours=""></haven-hotline-banner>`);
    expect(part(el, 'about')).to.equal(null);
  });

  it('an empty sms, chat-url or tty hides that channel', async () => {
    const el = await banner(html`<haven-hotline-banner sms="" chat-url="" tty=""></haven-hotline-banner>`);
    expect(part(el, 'text')).to.equal(null);
    expect(part(el, 'chat')).to.equal(null);
    expect(part(el, 'tty')).to.equal(null);
    expect(part(el, 'call')).to.not.equal(null);
  });

  it('reacts to attribute changes after upgrade', async () => {
    const el = await banner();
    el.setAttribute('preset', 'uk-modern-slavery');
    await el.updateComplete;
    expect(part(el, 'call')!.getAttribute('href')).to.equal('tel:08000121700');
    el.phone = '555-0199';
    await el.updateComplete;
    expect(part(el, 'call')!.getAttribute('href')).to.equal('tel:5550199');
  });
});

describe('<haven-hotline-banner> bad input', () => {
  it('warns once and falls back on an unknown variant or preset', async () => {
    const warnings = captureWarnings();
    let el: HavenHotlineBanner;
    try {
      el = await banner(html`<haven-hotline-banner variant="nope" preset="atlantis"></haven-hotline-banner>`);
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(warnings.messages.filter((m) => m.includes('variant'))).to.have.length(1);
    expect(warnings.messages.filter((m) => m.includes('preset'))).to.have.length(1);
    expect(warnings.messages.join()).to.contain('<haven-hotline-banner>').and.contain('"nope"');
    expect(part(el!, 'base')!.classList.contains('inline')).to.equal(true);
    expect(part(el!, 'call')!.getAttribute('href')).to.equal('tel:+18883737888');
  });

  it('refuses a javascript: chat URL and a phone with no digits, keeping the hotline', async () => {
    const warnings = captureWarnings();
    let el: HavenHotlineBanner;
    try {
      el = await banner(html`<haven-hotline-banner chat-url="javascript:alert(1)" phone=${"<img src=x onerror=alert(1)>"} emergency="help"></haven-hotline-banner>`);
    } finally {
      warnings.restore();
    }
    expect(part(el!, 'chat')!.getAttribute('href')).to.equal(HOTLINE_PRESETS['us-trafficking'].chatUrl);
    expect(part(el!, 'call')!.getAttribute('href')).to.equal('tel:18883737888');
    expect(part(el!, 'emergency')!.querySelector('a')!.getAttribute('href')).to.equal('tel:911');
    expect(el!.shadowRoot!.querySelector('img')).to.equal(null);
    expect(warnings.messages.some((m) => m.includes('chat-url'))).to.equal(true);
    expect(warnings.messages.some((m) => m.includes('phone'))).to.equal(true);
    expect(warnings.messages.some((m) => m.includes('emergency'))).to.equal(true);
  });

  it('refuses overrides with control or direction-override characters, which could make a number read backwards', async () => {
    const warnings = captureWarnings();
    let el: HavenHotlineBanner;
    try {
      el = await banner(html`<haven-hotline-banner phone=${'\u202e8887-373-888-1'} name=${'Example\u0007 Line'} hours=${'Mon–Fri\n  9am–5pm'}></haven-hotline-banner>`);
    } finally {
      warnings.restore();
    }
    expect(part(el!, 'call')!.textContent).to.contain('1-888-373-7888').and.not.contain('\u202e');
    expect(part(el!, 'name')!.textContent).to.equal('National Human Trafficking Hotline');
    expect(part(el!, 'about')!.textContent).to.contain('9am–5pm');
    expect(warnings.messages.filter((m) => /(phone|name): .* holds control or direction-override characters; using the preset's\.$/.test(m))).to.have.length(2);
    expect(warnings.messages.some((m) => m.includes('hours'))).to.equal(false);
  });

  it('defining the tag twice (a second copy of Haven) does not throw', () => {
    expect(() => HavenHotlineBanner.define('haven-hotline-banner')).not.to.throw();
    class SecondCopy extends HavenHotlineBanner {}
    expect(() => SecondCopy.define('haven-hotline-banner')).not.to.throw();
    expect(customElements.get('haven-hotline-banner')).to.equal(HavenHotlineBanner);
  });
});

describe('<haven-hotline-banner> languages', () => {
  it('speaks Spanish with lang="es" on the element', async () => {
    const el = await banner(html`<haven-hotline-banner lang="es"></haven-hotline-banner>`);
    expect(text(part(el, 'call'))).to.equal('Llame al 1-888-373-7888');
    expect(text(part(el, 'name'))).to.equal('Línea Nacional Contra la Trata de Personas');
    expect(text(part(el, 'emergency'))).to.equal('En peligro inmediato, llame al 911.');
  });

  it('follows <html lang="es"> and regional codes like es-MX', async () => {
    document.documentElement.lang = 'es-MX';
    const el = await banner();
    expect(text(part(el, 'copy'))).to.equal('Copiar número');
  });

  it('follows the nearest ancestor lang, and re-renders when it changes', async () => {
    const wrapper = await fixture(html`<div lang="es"><haven-hotline-banner></haven-hotline-banner></div>`);
    const el = wrapper.querySelector('haven-hotline-banner')!;
    await el.updateComplete;
    expect(text(part(el, 'chat'))).to.equal('Chatear en línea');
    el.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(text(part(el, 'chat'))).to.equal('Chat online');
  });

  it('falls back to English for a language it does not have', async () => {
    const el = await banner(html`<haven-hotline-banner lang="de"></haven-hotline-banner>`);
    expect(text(part(el, 'chat'))).to.equal('Chat online');
  });

  it('uses per-instance i18n-* attributes, and the emergency number survives re-wording', async () => {
    const el = await banner(html`<haven-hotline-banner
      i18n-copy-number="Copy"
      i18n-emergency="Danger now? Dial {number} right away."
      i18n-about="Our own words."
    ></haven-hotline-banner>`);
    expect(text(part(el, 'copy'))).to.equal('Copy');
    expect(text(part(el, 'emergency'))).to.equal('Danger now? Dial 911 right away.');
    expect(text(part(el, 'about'))).to.equal('Open 24/7. Our own words.');
    el.setAttribute('i18n-emergency', 'Emergencies:');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(text(part(el, 'emergency'))).to.equal('Emergencies: 911');
  });

  it('registerTranslation adds a language, also through window.Haven', async () => {
    const el = await banner(html`<haven-hotline-banner lang="fr"></haven-hotline-banner>`);
    registerTranslation('fr', { chat: 'Clavarder en ligne' });
    await el.updateComplete;
    expect(text(part(el, 'chat'))).to.equal('Clavarder en ligne');
    window.Haven!.registerTranslation('fr', { 'copy-number': 'Copier le numéro' });
    await el.updateComplete;
    expect(text(part(el, 'copy'))).to.equal('Copier le numéro');
    expect(window.Haven!.version).to.match(/^\d+\.\d+\.\d+/);
  });
});

describe('<haven-hotline-banner> events, copy and dismiss', () => {
  let restoreNavigation: () => void;
  beforeEach(() => (restoreNavigation = preventNavigation()));
  afterEach(() => restoreNavigation());

  for (const channel of ['call', 'text', 'chat', 'tty'] as const) {
    it(`fires haven-contact { channel: "${channel}" }`, async () => {
      const el = await banner();
      setTimeout(() => part(el, channel)!.click());
      const event = (await oneEvent(el, 'haven-contact')) as CustomEvent;
      expect(event.detail).to.deep.equal({ channel });
      expect(event.composed).to.equal(true);
    });
  }

  it('copies the number, says "Copied" and fires haven-contact { channel: "copy" }', async () => {
    const el = await banner();
    const written: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (value: string) => void written.push(value) },
    });
    try {
      setTimeout(() => part(el, 'copy')!.click());
      const event = (await oneEvent(el, 'haven-contact')) as CustomEvent;
      expect(event.detail).to.deep.equal({ channel: 'copy' });
      expect(written).to.deep.equal(['1-888-373-7888']);
      await el.updateComplete;
      expect(text(part(el, 'copy'))).to.equal('Copied');
      expect(await nextAnnouncement()).to.equal('Number copied: 1-888-373-7888');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('falls back to the legacy copy route when the Clipboard API refuses', async () => {
    const el = await banner();
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    let copiedText = '';
    const onCopy = (event: Event) => (copiedText = (event.target as HTMLTextAreaElement).value ?? '');
    document.addEventListener('copy', onCopy);
    try {
      part(el, 'copy')!.click();
      const said = await nextAnnouncement();
      // execCommand may or may not be allowed headless; either way the person hears the number.
      expect(said).to.contain('1-888-373-7888');
      if (said.startsWith('Number copied')) expect(copiedText).to.equal('1-888-373-7888');
    } finally {
      document.removeEventListener('copy', onCopy);
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('dismisses in memory only by default, and fires haven-dismiss', async () => {
    const el = await banner(html`<haven-hotline-banner dismissible preset="mx-trafficking"></haven-hotline-banner>`);
    setTimeout(() => part(el, 'dismiss')!.click());
    await oneEvent(el, 'haven-dismiss');
    expect(el.hidden).to.equal(true);
    expect(sessionStorage.length).to.equal(0);
    const again = await banner(html`<haven-hotline-banner dismissible preset="mx-trafficking"></haven-hotline-banner>`);
    expect(again.hidden).to.equal(true);
  });

  it('remembers dismissal in sessionStorage only with dismiss-storage="session"', async () => {
    const el = await banner(html`<haven-hotline-banner dismissible dismiss-storage="session" preset="us-988"></haven-hotline-banner>`);
    part(el, 'dismiss')!.click();
    expect(Object.keys(sessionStorage).some((key) => key.startsWith('haven:'))).to.equal(true);
    expect(localStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
    sessionStorage.clear();
  });

  it('is not dismissible unless asked', async () => {
    expect(part(await banner(), 'dismiss')).to.equal(null);
  });
});

describe('<haven-hotline-banner> layout', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const variant of ['sticky-top', 'sticky-bottom'] as const) {
    for (const lang of ['en', 'es']) {
      it(`${variant} (${lang}) covers at most 15% of a 360×640 screen and reserves its space`, async () => {
        await setViewport({ width: 360, height: 640 });
        const el = await banner(html`<haven-hotline-banner variant=${variant} lang=${lang} dismissible></haven-hotline-banner>`);
        const box = el.getBoundingClientRect();
        expect(box.height, `height ${box.height}`).to.be.at.most(640 * 0.15);
        expect(getComputedStyle(el).position).to.equal('sticky');
        expect(document.documentElement.scrollWidth).to.be.at.most(360);
      });
    }
  }

  it('gives call and copy at least 44×44 px in every variant', async () => {
    for (const variant of ['inline', 'compact', 'sticky-top', 'sticky-bottom']) {
      const el = await banner(html`<haven-hotline-banner variant=${variant}></haven-hotline-banner>`);
      for (const name of ['call', 'copy']) {
        const box = part(el, name)!.getBoundingClientRect();
        expect(box.width, `${variant} ${name}`).to.be.at.least(44);
        expect(box.height, `${variant} ${name}`).to.be.at.least(44);
      }
    }
  });

  it('fits a 320 px screen without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    await banner(html`<haven-hotline-banner lang="es"></haven-hotline-banner>`);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});

describe('<haven-hotline-banner> accessibility (axe, WCAG 2.2 A/AA + target-size)', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  it('default', async () => expectAccessible(await banner()));
  it('Spanish', async () => expectAccessible(await banner(html`<haven-hotline-banner lang="es"></haven-hotline-banner>`)));
  it('right-to-left', async () => {
    const wrapper = await fixture(html`<div dir="rtl" lang="ar"><haven-hotline-banner dismissible></haven-hotline-banner></div>`);
    const el = wrapper.querySelector('haven-hotline-banner')!;
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
    await expectAccessible(wrapper);
  });
  it('compact', async () => expectAccessible(await banner(html`<haven-hotline-banner variant="compact"></haven-hotline-banner>`)));
  it('sticky at 360 px', async () => {
    await setViewport({ width: 360, height: 640 });
    await expectAccessible(await banner(html`<haven-hotline-banner variant="sticky-bottom" dismissible></haven-hotline-banner>`));
  });
  // Dark colours need a page that says it has a dark style (`color-scheme: light dark`).
  it('dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(await banner(html`<haven-hotline-banner style="color-scheme: light dark" dismissible></haven-hotline-banner>`));
  });
  it('dark, compact, 988', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(await banner(html`<haven-hotline-banner style="color-scheme: light dark" variant="compact" preset="us-988"></haven-hotline-banner>`));
  });
  it('follows the page’s colour scheme: a device that prefers dark on a page with no dark style keeps light colours', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const lightPage = await banner();
    expect(getComputedStyle(part(lightPage, 'base')!).backgroundColor).to.equal('rgb(238, 242, 248)');
    const darkPage = await banner(html`<haven-hotline-banner style="color-scheme: light dark"></haven-hotline-banner>`);
    expect(getComputedStyle(part(darkPage, 'base')!).backgroundColor).to.equal('rgb(27, 33, 48)');
  });
});
