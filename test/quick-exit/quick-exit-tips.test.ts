import { emulateMedia } from '@web/test-runner-commands';
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/quick-exit.js';
import type { HavenQuickExitTips } from '../../src/quick-exit/quick-exit-tips.js';
import { expectAccessible } from '../helpers/index.js';

const part = (el: HavenQuickExitTips, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
const tips = (el: HavenQuickExitTips) => [...part(el, 'list').querySelectorAll('li')].map((li) => li.textContent!.trim());

async function render(template: unknown): Promise<HavenQuickExitTips> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('haven-quick-exit-tips')!;
  await el.updateComplete;
  return el;
}

afterEach(() => fixtureCleanup());

describe('<haven-quick-exit-tips>', () => {
  it('is a closed "Browse more safely" disclosure that opens', async () => {
    const el = await render(html`<haven-quick-exit-tips></haven-quick-exit-tips>`);
    const details = part(el, 'base') as HTMLDetailsElement;
    expect(details.localName).to.equal('details');
    expect(details.open).to.equal(false);
    expect(part(el, 'summary').textContent!.trim()).to.equal('Browse more safely');
    part(el, 'summary').click();
    await waitUntil(() => el.open, 'the toggle event updates open');
    expect(el.hasAttribute('open')).to.equal(true);
  });

  it('is honest: says history is not erased and Back may show earlier pages, never that it deletes anything', async () => {
    const el = await render(html`<haven-quick-exit-tips open></haven-quick-exit-tips>`);
    const all = tips(el).join(' ');
    expect(all).to.contain('does not erase your browsing history');
    expect(all).to.contain('Back may still show earlier pages');
    expect(all).to.contain('private or incognito');
    expect(all).to.contain('Ctrl+W').and.contain('⌘W');
    expect(all).to.contain('spyware');
    expect(all).to.match(/device the person you are worried about cannot check/);
    expect(all).to.not.match(/erases|clears your history|deletes your history|cannot go back|blocks? (the )?back/i);
  });

  it('mentions the shortcut the quick exit on the page really uses', async () => {
    let el = await render(html`<haven-quick-exit-tips open></haven-quick-exit-tips><haven-quick-exit href="https://weather.example.org/"></haven-quick-exit>`);
    expect(tips(el).join(' ')).to.contain('Shift 3 times').and.not.contain('Escape');
    fixtureCleanup();
    el = await render(html`<haven-quick-exit href="https://weather.example.org/" shortcut="escape"></haven-quick-exit><haven-quick-exit-tips open></haven-quick-exit-tips>`);
    expect(tips(el).join(' ')).to.contain('Escape twice').and.not.contain('Shift');
    fixtureCleanup();
    el = await render(html`<haven-quick-exit href="https://weather.example.org/" shortcut="none"></haven-quick-exit><haven-quick-exit-tips open></haven-quick-exit-tips>`);
    expect(tips(el).join(' ')).to.not.match(/Shift|Escape/);
  });

  it('speaks Spanish, and every line can be re-worded with i18n-*', async () => {
    let el = await render(html`<haven-quick-exit-tips lang="es" open></haven-quick-exit-tips>`);
    expect(part(el, 'summary').textContent!.trim()).to.equal('Navegue con más seguridad');
    expect(tips(el).join(' ')).to.contain('no borra su historial');
    fixtureCleanup();
    el = await render(html`<haven-quick-exit-tips open i18n-tips-title="Stay safer online" i18n-tip-device="Use a library computer if you can."></haven-quick-exit-tips>`);
    expect(part(el, 'summary').textContent!.trim()).to.equal('Stay safer online');
    expect(tips(el)).to.include('Use a library computer if you can.');
  });

  describe('accessibility (axe)', () => {
    afterEach(() => emulateMedia({ forcedColors: 'none', colorScheme: 'light' }));
    for (const lang of ['en', 'es']) {
      it(`open and closed, ${lang}`, async () => {
        const el = await render(html`<haven-quick-exit-tips lang=${lang}></haven-quick-exit-tips>`);
        await expectAccessible(el);
        el.open = true;
        await el.updateComplete;
        await expectAccessible(el);
        expect(part(el, 'summary').getBoundingClientRect().height).to.be.at.least(44);
      });
    }
    it('right to left, dark scheme and forced colors', async () => {
      await emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
      const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar"><haven-quick-exit-tips open></haven-quick-exit-tips></div>`);
      await wrapper.querySelector('haven-quick-exit-tips')!.updateComplete;
      await expectAccessible(wrapper);
    });
  });
});
