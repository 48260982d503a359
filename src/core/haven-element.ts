import { LitElement } from 'lit';
import { format, onTranslationsChanged, resolveLang, supportedLang, translate } from './i18n.js';

const elements = new Set<HavenElement>();
let htmlLangObserver: MutationObserver | undefined;

function refreshAll(): void {
  elements.forEach((element) => element.requestUpdate());
}
onTranslationsChanged(refreshAll);

/**
 * The thin base every Haven element extends: a guarded `define`, the one i18n lookup
 * (`i18n-<key>` attribute → registered strings for the nearest `lang` → English), and
 * re-rendering when the language or strings change.
 */
export class HavenElement extends LitElement {
  /**
   * Define the tag unless something already did: a page may load `haven.js` and a
   * per-component file, or the CDN build and an npm copy.
   */
  static define(tag: string): void {
    if (!customElements.get(tag)) customElements.define(tag, this);
  }

  private attributeObserver?: MutationObserver;

  /** The page language as this element sees it (nearest `lang`), e.g. `es-mx`. */
  get resolvedLang(): string {
    return resolveLang(this);
  }

  /** The language whose strings are used, e.g. `es` for `es-MX`. */
  get stringsLang(): string {
    return supportedLang(this.resolvedLang);
  }

  /** The one lookup for user-facing text. */
  protected t(key: string, values?: Record<string, string | number>): string {
    const override = this.getAttribute(`i18n-${key}`);
    if (override !== null && override.trim()) return format(override, values);
    return translate(this.resolvedLang, key, values);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    elements.add(this);
    if (!htmlLangObserver) {
      htmlLangObserver = new MutationObserver(refreshAll);
      htmlLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
    }
    // `i18n-*` names are open-ended, so they cannot be observedAttributes.
    this.attributeObserver ??= new MutationObserver((records) => {
      if (records.some(({ attributeName }) => attributeName === 'lang' || attributeName?.startsWith('i18n-'))) {
        this.requestUpdate();
      }
    });
    this.attributeObserver.observe(this, { attributes: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    elements.delete(this);
    this.attributeObserver?.disconnect();
  }
}
