import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { elementWithAttributes, page } from './story-helpers.js';

type Args = Record<string, unknown>;

/** A `<script>` child with inline data, as a partner would paste it. */
function inlineData(type: 'application/json' | 'text/csv', body: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = type;
  script.textContent = body;
  return script;
}

const FALLBACK = () => {
  const note = document.createElement('p');
  note.textContent = 'The service directory needs JavaScript. Call 1-888-373-7888 for help.';
  return note;
};

const ADVERSARIAL = JSON.stringify([
  {
    id: 'nasty',
    name: '<img src=x onerror=alert(1)> Example “quoted” shelter',
    description: `<script>alert(1)</script> ${'A very long description that goes on and on. '.repeat(20)}`,
    website: 'javascript:alert(1)',
    phone: '816-555-0130',
    categories: 'Shelter',
  },
  { id: 'rtl', name: 'مأوى المثال', organization: 'منظمة مثال', description: 'خدمة خيالية للاختبار.', phone: '816-555-0131', languages: 'ar' },
  { id: 'emoji', name: '🏠 Example Hogar 💜', description: 'Servicio ficticio.', languages: 'es', free: 'yes' },
]);

const meta: Meta<Args> = {
  title: 'Components/Resource finder',
  component: 'haven-resource-finder',
  render: (args) => elementWithAttributes('haven-resource-finder', args, [FALLBACK()]),
  argTypes: {
    units: { control: 'inline-radio', options: ['mi', 'km'] },
    hotline: { control: 'select', options: ['us-trafficking', 'us-988', 'ca-trafficking', 'uk-modern-slavery', 'mx-trafficking'] },
  },
  args: { src: '/data/kc-services.hsds.json', 'zip-base': '/zips/', 'time-zone': 'America/Chicago' },
  parameters: {
    docs: {
      description: {
        component:
          'Find local help by need, language and distance, privately. Reads Open Referral HSDS 3.0, flat JSON or CSV; search, filters, ZIP lookup and distance all run on the device. **All listings here are fictitious.** In Storybook, `zip-base="/zips/"` points at a few test ZIP chunks (641xx, 660xx, 10001); the CDN build finds its own beside the script.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = { name: 'HSDS data (fictitious Kansas City)' };
export const NearZip: Story = { name: 'Near a ZIP (66044), nearest first', args: { near: '66044', radius: 50 } };
export const Kilometres: Story = { name: 'Near a ZIP, in kilometres', args: { near: '64106', units: 'km', radius: 10 } };
export const NoResults: Story = {
  name: 'No results (offers a wider radius and the hotline)',
  args: { near: '10001', radius: 5 },
};
export const NoData: Story = { name: 'No data: national hotlines', args: { src: undefined } };
export const LoadError: Story = {
  name: 'Data that cannot be read',
  args: { src: undefined },
  render: (args) => elementWithAttributes('haven-resource-finder', args, [inlineData('application/json', '[{"name": "broken",')]),
};
export const InlineCsv: Story = {
  name: 'Inline CSV',
  args: { src: undefined },
  render: (args) =>
    elementWithAttributes('haven-resource-finder', args, [
      inlineData(
        'text/csv',
        'name,organization,categories,languages,phone,text,hours,free,verified\n' +
          '"Example Shelter, East",Example Network,Shelter,en;es,816-555-0132,816-555-0133,24/7,yes,2026-09-01\n' +
          'Example Legal Clinic,Example Legal Aid,Legal help,es,816-555-0134,,Mo-Fr 09:00-17:00,yes,2024-01-10\n',
      ),
    ]),
};
export const Paged: Story = { name: 'Paging (page-size 3)', args: { 'page-size': 3 } };
export const ReportLinks: Story = { name: 'Report a problem (report-url)', args: { 'report-url': 'https://example.org/report' } };
export const Adversarial: Story = {
  name: 'Hostile and unusual data (markup, javascript:, RTL, emoji)',
  args: { src: undefined },
  render: (args) => elementWithAttributes('haven-resource-finder', args, [inlineData('application/json', ADVERSARIAL)]),
};
export const Spanish: Story = { name: 'Español', args: { lang: 'es', near: '64106' } };
export const RightToLeft: Story = {
  name: 'Right to left (Arabic page, English strings)',
  render: (args) => page(elementWithAttributes('haven-resource-finder', args), { lang: 'ar', dir: 'rtl' }),
};
