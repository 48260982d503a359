/**
 * The one string registry for every Haven element.
 *
 * Strings are flat `key → text` maps per language. Keys are kebab-case so that the
 * per-instance override attribute is simply `i18n-<key>`. `{name}` placeholders are
 * filled from the values passed to {@link translate}.
 */
export type Strings = Record<string, string>;

interface SharedRegistry {
  strings: Map<string, Strings>;
  listeners: Set<() => void>;
}
// Kept on the global object so that two copies of Haven on one page (the CDN build and
// an npm copy) share one set of strings: registerTranslation from either reaches both.
const shared = globalThis as typeof globalThis & { [key: symbol]: SharedRegistry | undefined };
const REGISTRY_KEY = Symbol.for('haven-widgets.i18n');
const { strings: registry, listeners } = (shared[REGISTRY_KEY] ??= { strings: new Map(), listeners: new Set() });

/** The language every lookup finally falls back to. */
export const FALLBACK_LANG = 'en';

function normalizeLang(lang: string): string {
  return lang.trim().toLowerCase().replace(/_/g, '-');
}

/**
 * Add or extend the strings for a language (e.g. `registerTranslation('fr', {...})`).
 * Elements already on the page re-render with the new strings.
 */
export function registerTranslation(lang: string, strings: Strings): void {
  if (typeof lang !== 'string' || !lang.trim() || !strings || typeof strings !== 'object') {
    console.warn('Haven: registerTranslation(lang, strings) needs a language code and an object of strings.');
    return;
  }
  const key = normalizeLang(lang);
  const merged: Strings = { ...registry.get(key) };
  for (const [name, text] of Object.entries(strings)) {
    if (typeof text === 'string') merged[name] = text;
  }
  registry.set(key, merged);
  listeners.forEach((listener) => listener());
}

/** Called whenever translations change; returns an unsubscribe function. */
export function onTranslationsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The language of a node: its nearest `lang` attribute, crossing shadow-root
 * boundaries, then `<html lang>`; `en` when none is set.
 */
export function resolveLang(node: Element): string {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element) {
      const lang = current.closest('[lang]')?.getAttribute('lang');
      if (lang) return normalizeLang(lang);
    }
    const root: Node = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return normalizeLang(document.documentElement.lang || FALLBACK_LANG);
}

/** `es-MX` → [`es-mx`, `es`, `en`]: the chain a lookup walks. */
export function langChain(lang: string): string[] {
  const chain = [normalizeLang(lang)];
  const base = chain[0].split('-')[0];
  if (base && base !== chain[0]) chain.push(base);
  if (!chain.includes(FALLBACK_LANG)) chain.push(FALLBACK_LANG);
  return chain;
}

/** The best language we hold strings for, e.g. `es-MX` → `es`, `fr` → `en`. */
export function supportedLang(lang: string): string {
  return langChain(lang).find((code) => registry.has(code)) ?? FALLBACK_LANG;
}

/** Fill `{name}` placeholders. Values are plain text; nothing here becomes markup. */
export function format(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

/** Look a key up for a language, walking the regional fallback chain. */
export function translate(
  lang: string,
  key: string,
  values?: Record<string, string | number>,
): string {
  for (const code of langChain(lang)) {
    const text = registry.get(code)?.[key];
    if (text !== undefined) return format(text, values);
  }
  return key;
}
