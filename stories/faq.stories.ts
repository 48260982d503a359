import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { elementWithAttributes, page } from './story-helpers.js';

type Args = Record<string, unknown>;

/** `<details>` children as a partner writes them (readable before and without JavaScript). */
function details(items: [id: string, question: string, ...paragraphs: string[]][], open = -1): Node[] {
  return items.map(([id, question, ...paragraphs], index) => {
    const element = document.createElement('details');
    element.id = id;
    element.open = index === open;
    const summary = document.createElement('summary');
    summary.textContent = question;
    element.append(summary, ...paragraphs.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
    return element;
  });
}

function sections(items: [id: string, question: string, answer: string][]): Node[] {
  return items.map(([id, question, answer]) => {
    const element = document.createElement('section');
    element.id = id;
    element.append(Object.assign(document.createElement('h3'), { textContent: question }), Object.assign(document.createElement('p'), { textContent: answer }));
    return element;
  });
}

const COALITION = (): Node[] =>
  details([
    ['story-who', 'Who is the Example Coalition?', 'A fictitious network of shelters, legal aid groups and clinics, used to show this component.'],
    ['story-cost', 'Does it cost anything?', 'No. Every service in this example is free and confidential.'],
    ['story-call', 'Can I call someone?', 'Yes: 555-0100 is the example office (a fictitious number).', 'For real help in the United States, the National Human Trafficking Hotline answers day and night.'],
    ['story-asesoria', '¿Ofrecen asesoría legal?', 'Sí, con cita previa. Busque «asesoria» para ver que la búsqueda ignora los acentos.'],
  ]);

const ESPANOL = (): Node[] =>
  details([
    ['historia-quien', '¿Quién es la Coalición de Ejemplo?', 'Una red ficticia de refugios, asesoría legal y clínicas.'],
    ['historia-costo', '¿Cuesta algo?', 'No. Todos los servicios de este ejemplo son gratuitos y confidenciales.'],
    ['historia-llamar', '¿Puedo llamar a alguien?', 'Sí: 555-0101 es la oficina de ejemplo (un número ficticio).'],
  ]);

const meta: Meta<Args> = {
  title: 'Components/FAQ',
  component: 'haven-faq',
  render: (args) => elementWithAttributes('haven-faq', args, COALITION()),
  argTypes: {
    'heading-level': { control: 'select', options: [2, 3, 4, 5, 6] },
    preset: { control: 'select', options: [undefined, 'trafficking-basics'] },
    hotline: { control: 'select', options: ['us-trafficking', 'ca-trafficking', 'uk-modern-slavery', 'mx-trafficking', 'us-988'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'An accessible FAQ accordion that works before JavaScript. Questions written as `<details>` (or `<section>`) are enhanced in place, in the light DOM, so ids, `#` links, find-in-page, crawlers and the page’s own styles keep working. Stores nothing; the search query never leaves the page.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Details: Story = { name: 'From <details> (the main way)' };
export const Sections: Story = {
  name: 'From <section> (answers visible without JavaScript)',
  render: (args) =>
    elementWithAttributes('haven-faq', args, sections([
      ['story-section-who', 'Who is the Example Coalition?', 'A fictitious network used to show this component.'],
      ['story-section-cost', 'Does it cost anything?', 'No. Every service in this example is free.'],
    ])),
};
export const FromJson: Story = {
  name: 'From src JSON',
  args: { src: 'static/faq-example.json', searchable: true },
  render: (args) => elementWithAttributes('haven-faq', args),
};
export const BuiltIn: Story = {
  name: 'Built-in questions (trafficking-basics)',
  render: (args) => elementWithAttributes('haven-faq', args),
};
export const BuiltInSpanish: Story = {
  name: 'Preguntas incluidas (español)',
  args: { lang: 'es', searchable: true },
  render: (args) => elementWithAttributes('haven-faq', args),
};
export const Searchable: Story = { args: { searchable: true } };
export const Single: Story = { name: 'One open at a time (single)', args: { single: true } };
export const OpenOnArrival: Story = {
  name: 'One answer open on arrival (<details open>)',
  render: (args) => elementWithAttributes('haven-faq', args, details([
    ['story-open-one', 'First question?', 'First answer.'],
    ['story-open-two', 'Second question, open?', 'This one was written as <details open>.'],
  ], 1)),
};
export const HeadingLevel: Story = { name: 'Heading level 2', args: { 'heading-level': 2 } };
export const StructuredData: Story = {
  name: 'With FAQPage structured data',
  args: { 'structured-data': true },
  parameters: { docs: { description: { story: 'Adds one `<script type="application/ld+json">` built from the questions as rendered. Search engines show FAQ rich results only for some sites.' } } },
};
export const LoadError: Story = {
  name: 'Questions that cannot be loaded (shows the hotline)',
  args: { src: 'javascript:alert(1)' },
  render: (args) => elementWithAttributes('haven-faq', args),
};
export const Spanish: Story = { name: 'Español', args: { lang: 'es', searchable: true }, render: (args) => elementWithAttributes('haven-faq', args, ESPANOL()) };
export const RightToLeft: Story = {
  name: 'Right to left (Arabic page, English strings)',
  args: { searchable: true },
  render: (args) => page(elementWithAttributes('haven-faq', args, COALITION()), { lang: 'ar', dir: 'rtl' }),
};
export const Dark: Story = {
  name: 'Dark theme',
  args: { searchable: true },
  render: (args) => html`<div
    style="--haven-text:#f3f5fa;--haven-accent:#a8cbff;--haven-border:#9099ad;--haven-focus:#ffd166;background:#10141d;color:#f3f5fa;padding:1rem"
  >
    ${elementWithAttributes('haven-faq', args, COALITION())}
  </div>`,
};
export const CustomStrings: Story = {
  name: 'Custom strings (i18n-* attributes)',
  args: { searchable: true, 'i18n-faq-search-label': 'Find a question', 'i18n-faq-show-all': 'Open every answer', 'i18n-faq-hide-all': 'Close every answer' },
};
