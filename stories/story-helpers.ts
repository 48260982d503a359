import { html, type TemplateResult } from 'lit';
import manifest from '../dist/custom-elements.json';

interface ManifestDeclaration {
  tagName?: string;
  attributes?: { name: string }[];
}

/** The attribute names the manifest lists for a tag: every attribute becomes a control. */
export function attributesOf(tag: string): string[] {
  for (const module of (manifest as { modules: { declarations?: ManifestDeclaration[] }[] }).modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tag) return (declaration.attributes ?? []).map((attribute) => attribute.name);
    }
  }
  return [];
}

/**
 * Create `<tag>` with every arg that names an attribute (plus `lang`, `dir` and `i18n-*`)
 * set as that attribute, booleans as present/absent: what a designer tunes is exactly
 * what a partner would write.
 */
export function elementWithAttributes(tag: string, args: Record<string, unknown>, children: Node[] = []): HTMLElement {
  const element = document.createElement(tag);
  const names = new Set([...attributesOf(tag), 'lang', 'dir']);
  for (const [name, value] of Object.entries(args)) {
    if (!names.has(name) && !name.startsWith('i18n-')) continue;
    if (value === undefined || value === null || value === false || value === '') continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children);
  return element;
}

/** Wrap a story in a page direction and language, as a partner page would set them. */
export function page(content: unknown, { lang = 'en', dir = 'ltr' } = {}): TemplateResult {
  return html`<div lang=${lang} dir=${dir}>${content}</div>`;
}
