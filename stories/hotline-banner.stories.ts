import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { elementWithAttributes, page } from './story-helpers.js';

type Args = Record<string, unknown>;

const fallback = () => {
  const link = document.createElement('a');
  link.href = 'tel:+18883737888';
  link.textContent = 'Call 1-888-373-7888';
  return [link, document.createTextNode(' or text HELP to 233733')];
};

const meta: Meta<Args> = {
  title: 'Components/Hotline banner',
  component: 'haven-hotline-banner',
  render: (args) => elementWithAttributes('haven-hotline-banner', args, fallback()),
  argTypes: {
    preset: { control: 'select', options: ['us-trafficking', 'ca-trafficking', 'uk-modern-slavery', 'mx-trafficking', 'us-988'] },
    variant: { control: 'inline-radio', options: ['inline', 'compact', 'sticky-top', 'sticky-bottom'] },
    'dismiss-storage': { control: 'inline-radio', options: ['none', 'session'] },
  },
  args: { preset: 'us-trafficking', variant: 'inline' },
  parameters: {
    docs: {
      description: {
        component:
          'The hotline, one tap away: call, text, chat and TTY, a copy-number button, and an emergency line that cannot be removed. Makes no network request and stores nothing unless `dismiss-storage="session"`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const Canada: Story = { args: { preset: 'ca-trafficking' } };
export const UnitedKingdom: Story = { name: 'United Kingdom', args: { preset: 'uk-modern-slavery' } };
export const Mexico: Story = { args: { preset: 'mx-trafficking', lang: 'es' } };
export const Lifeline988: Story = { name: '988 Lifeline', args: { preset: 'us-988' } };
export const Compact: Story = { args: { variant: 'compact' } };
export const StickyTop: Story = {
  name: 'Sticky top',
  args: { variant: 'sticky-top', dismissible: true },
  render: (args) => html`${elementWithAttributes('haven-hotline-banner', args)}
    <p>Scroll: the banner stays at the top and never covers the page's own content.</p>
    ${Array.from({ length: 12 }, (_, index) => html`<p>Page paragraph ${index + 1}.</p>`)}`,
};
export const StickyBottom: Story = {
  name: 'Sticky bottom',
  args: { variant: 'sticky-bottom', dismissible: true },
  render: (args) => html`${Array.from({ length: 12 }, (_, index) => html`<p>Page paragraph ${index + 1}.</p>`)}
    ${elementWithAttributes('haven-hotline-banner', args)}`,
};
export const Dismissible: Story = { args: { dismissible: true } };
export const Spanish: Story = { name: 'Español', args: { lang: 'es' } };
export const RightToLeft: Story = {
  name: 'Right to left (Arabic page, English strings)',
  render: (args) => page(elementWithAttributes('haven-hotline-banner', args), { lang: 'ar', dir: 'rtl' }),
};
export const Dark: Story = {
  name: 'Dark theme',
  parameters: {
    docs: {
      description: {
        story: 'The page’s `color-scheme` decides, as for the browser’s own form controls: `color-scheme: dark` here; `light dark` on a page with a dark style, when the device prefers dark. Or set the `--haven-*` properties.',
      },
    },
  },
  render: (args) => html`<div style="color-scheme:dark;background:#10141d;padding:1rem">
    ${elementWithAttributes('haven-hotline-banner', args)}
  </div>`,
};
export const CustomHotline: Story = {
  name: 'Custom hotline (fictitious numbers)',
  args: {
    name: 'Example City Help Line',
    phone: '555-0100',
    sms: '555-0101',
    'sms-keyword': 'SAFE',
    'chat-url': 'https://example.org/chat',
    tty: '',
    hours: 'Every day, 8am–10pm',
  },
};
export const CustomStrings: Story = {
  name: 'Custom strings (i18n-* attributes)',
  args: {
    'i18n-call': 'Talk to someone: {number}',
    'i18n-copy-number': 'Copy',
    'i18n-emergency': 'Danger right now? Dial {number}.',
    'i18n-about': 'Free, private help, any time of day.',
  },
};
