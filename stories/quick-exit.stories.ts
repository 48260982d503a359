import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { elementWithAttributes, page } from './story-helpers.js';

type Args = Record<string, unknown>;

const DESTINATION = 'https://example.org/';

const fallback = () => {
  const link = document.createElement('a');
  link.href = DESTINATION;
  link.rel = 'nofollow noreferrer noopener';
  link.textContent = 'Exit this site';
  return [link];
};

/**
 * In Storybook only: cancel the exit's navigation to another site (so the preview is not
 * replaced) and bring the page back after two seconds, the way a person coming Back
 * through the back-forward cache would see it.
 */
let staying = false;
const stayInStorybook: Decorator = (story) => {
  const navigation = (window as unknown as { navigation?: EventTarget }).navigation;
  if (!staying && navigation) {
    staying = true;
    navigation.addEventListener('navigate', (event) => {
      const { destination } = event as Event & { destination: { url: string } };
      if (new URL(destination.url).origin === location.origin) return;
      event.preventDefault();
      setTimeout(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })), 2000);
    });
  }
  return story();
};

const pageText = html`<h2>Help is available</h2>
  <p>Press the exit button, or Shift three times. Storybook cancels the navigation and shows this page again after two seconds.</p>
  <p><label>Try typing Capital Letters here: <input /></label> — Shift used for capitals never counts.</p>`;

// Fixed and top-layer positions get their own frame on the docs page, so they do not stack.
const ownFrame = { docs: { story: { inline: false, height: '220px' } } };

const meta: Meta<Args> = {
  title: 'Components/Quick exit',
  component: 'haven-quick-exit',
  decorators: [stayInStorybook],
  render: (args) => html`${elementWithAttributes('haven-quick-exit', args, fallback())}${pageText}`,
  argTypes: {
    position: { control: 'inline-radio', options: ['top', 'bottom', 'inline'] },
    history: { control: 'inline-radio', options: ['replace', 'push'] },
    shortcut: { control: 'select', options: ['shift', 'escape', 'shift escape', 'none'] },
    'skip-link': { control: 'inline-radio', options: ['on', 'off'] },
  },
  args: { href: DESTINATION, position: 'top', history: 'replace', shortcut: 'shift' },
  parameters: {
    ...ownFrame,
    docs: {
      ...ownFrame.docs,
      description: {
        component:
          'Leave the page at once for a neutral site: the page is hidden in the same task, the destination gets no `Referer`, Haven\'s own storage keys are removed and, by default, Back does not return here. It does not erase browser history — pair it with `<haven-quick-exit-tips>`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Top: Story = { name: 'Top (default)' };
export const Bottom: Story = {
  args: { position: 'bottom' },
  parameters: { docs: { ...ownFrame.docs, description: { story: 'A full-width bar on small screens, in the corner on wide ones.' } } },
};
export const Inline: Story = {
  args: { position: 'inline' },
  parameters: { docs: { story: { inline: true }, description: { story: 'For partners who place the button themselves, e.g. in their own header.' } } },
};
export const EscapeShortcut: Story = { name: 'Shortcut: Escape twice', args: { shortcut: 'escape' } };
export const BothShortcuts: Story = { name: 'Shortcuts: Shift ×3 and Escape ×2', args: { shortcut: 'shift escape' } };
export const NoShortcut: Story = { name: 'No shortcut', args: { shortcut: 'none' } };
export const PushHistory: Story = { name: 'history="push"', args: { history: 'push' } };
export const Spanish: Story = { name: 'Español', args: { lang: 'es' } };
export const RightToLeft: Story = {
  name: 'Right to left (Arabic page, English strings)',
  render: (args) => page(html`${elementWithAttributes('haven-quick-exit', args, fallback())}${pageText}`, { lang: 'ar', dir: 'rtl' }),
};
export const CustomColours: Story = {
  name: 'Custom colours and strings',
  args: {
    'i18n-exit': 'Leave now',
    'i18n-exit-emergency': '(quick exit)',
    'i18n-skip-link': 'Quick exit: leave this site',
  },
  render: (args) => html`<div style="--haven-exit-background:#1f3d7a;--haven-exit-text:#ffffff">
    ${elementWithAttributes('haven-quick-exit', args, fallback())}${pageText}
  </div>`,
};

export const Tips: StoryObj<Args> = {
  name: 'Tips: "Browse more safely"',
  render: (args) => html`<haven-quick-exit href=${DESTINATION} position="inline"></haven-quick-exit>
    ${elementWithAttributes('haven-quick-exit-tips', args)}`,
  parameters: { docs: { story: { inline: true } } },
};
export const TipsOpen: StoryObj<Args> = {
  name: 'Tips, open',
  args: { open: true },
  render: Tips.render,
  parameters: Tips.parameters,
};
export const TipsSpanish: StoryObj<Args> = {
  name: 'Tips, español',
  args: { open: true, lang: 'es' },
  render: (args) => html`<haven-quick-exit href=${DESTINATION} position="inline" lang="es"></haven-quick-exit>
    ${elementWithAttributes('haven-quick-exit-tips', args)}`,
  parameters: Tips.parameters,
};
