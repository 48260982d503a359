import { expect } from '@open-wc/testing';
import { EXIT_SCREEN_TAG, exitPage, undoExit, type ExitOptions } from '../../src/quick-exit/exit-page.js';

const options: ExitOptions = { href: 'https://weather.example.org/', history: 'replace', title: 'Loading', message: 'Loading.' };

/** A stand-in for `location` that records what the page looked like at the moment of navigation. */
function fakeLocation() {
  const calls: { method: string; url: string; bodyShown: boolean; title: string; referrer: string | undefined }[] = [];
  const record = (method: string) => (url: string) => {
    calls.push({
      method,
      url,
      bodyShown: document.body.checkVisibility(),
      title: document.title,
      referrer: [...document.querySelectorAll<HTMLMetaElement>('meta[name="referrer"]')].at(-1)?.content,
    });
  };
  return { calls, replace: record('replace'), assign: record('assign') };
}

describe('exitPage (the page-level exit mechanics)', () => {
  let titleBefore: string;
  beforeEach(() => {
    titleBefore = document.title;
    document.title = 'Help with trafficking — Example coalition';
  });
  afterEach(() => {
    undoExit();
    document.querySelectorAll('meta[name="referrer"], .fixture').forEach((node) => node.remove());
    sessionStorage.clear();
    document.title = titleBefore;
  });

  it('hides the page, sets a neutral title and drops the referrer before it navigates with replace', () => {
    const location = fakeLocation();
    exitPage(options, location);
    expect(location.calls).to.have.length(1);
    const [call] = location.calls;
    expect(call.method).to.equal('replace');
    expect(call.url).to.equal('https://weather.example.org/');
    expect(call.bodyShown, 'page content hidden at the moment of navigation').to.equal(false);
    expect(call.title).to.equal('Loading');
    expect(call.referrer).to.equal('no-referrer');
  });

  it('uses an ordinary navigation with history "push"', () => {
    const location = fakeLocation();
    exitPage({ ...options, history: 'push' }, location);
    expect(location.calls.map((call) => call.method)).to.deep.equal(['assign']);
  });

  it('removes the storage keys Haven wrote, and only those, in the same task as the navigation call', () => {
    sessionStorage.setItem('haven:banner-dismissed:us-988', '1');
    sessionStorage.setItem('partner-cart', 'keep');
    exitPage(options, fakeLocation());
    expect(Object.keys(sessionStorage)).to.deep.equal(['partner-cart']);
  });

  it('removes them even when the navigation call throws', () => {
    sessionStorage.setItem('haven:x', '1');
    const throwing = {
      replace: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      assign: () => undefined,
    };
    expect(() => exitPage(options, throwing)).to.throw();
    expect(sessionStorage.length).to.equal(0);
  });

  it('covers the viewport with a blank screen in the browser colours that says "Loading." as an alert', () => {
    exitPage(options, fakeLocation());
    const screen = document.querySelector(EXIT_SCREEN_TAG)!;
    expect(screen.parentElement === document.documentElement, 'child of <html>').to.equal(true);
    expect(screen.getAttribute('role')).to.equal('alert');
    expect(screen.textContent).to.equal('Loading.');
    const box = screen.getBoundingClientRect();
    expect([box.top, box.left, box.width, box.height]).to.deep.equal([0, 0, innerWidth, innerHeight]);
    const style = getComputedStyle(screen);
    const probe = document.createElement('div');
    probe.style.color = 'Canvas';
    probe.style.backgroundColor = 'CanvasText';
    document.documentElement.append(probe);
    expect(style.backgroundColor).to.equal(getComputedStyle(probe).color);
    expect(style.color).to.equal(getComputedStyle(probe).backgroundColor);
    probe.remove();
  });

  it('hides everything (fixed bars, cookie banners) and closes a modal dialog, so the screen is on top and not inert', () => {
    const banner = document.createElement('div');
    banner.className = 'fixture';
    banner.textContent = 'We use cookies';
    banner.style.cssText = 'position:fixed;bottom:0;z-index:2147483647';
    const dialog = document.createElement('dialog');
    dialog.className = 'fixture';
    dialog.textContent = 'A modal';
    document.body.append(banner, dialog);
    dialog.showModal();
    exitPage(options, fakeLocation());
    expect(banner.checkVisibility()).to.equal(false);
    expect(dialog.checkVisibility()).to.equal(false);
    expect(dialog.open).to.equal(false);
    expect(document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.localName).to.equal(EXIT_SCREEN_TAG);
  });

  it('keeps going to the destination when a step fails (here: the title cannot be set)', () => {
    const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'title')!;
    Object.defineProperty(document, 'title', {
      configurable: true,
      get: () => 'x',
      set: () => {
        throw new Error('frozen');
      },
    });
    const location = fakeLocation();
    try {
      exitPage(options, location);
    } finally {
      delete (document as { title?: string }).title;
      Object.defineProperty(Document.prototype, 'title', descriptor);
    }
    expect(location.calls).to.have.length(1);
    expect(location.calls[0].bodyShown).to.equal(false);
  });

  it('undoExit() shows the page again with its own title (a person came Back on purpose)', () => {
    exitPage(options, fakeLocation());
    undoExit();
    expect(document.body.checkVisibility()).to.equal(true);
    expect(document.querySelector(EXIT_SCREEN_TAG)).to.equal(null);
    expect(document.title).to.equal('Help with trafficking — Example coalition');
  });
});
