import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { announce } from '../core/announcer.js';
import { parseEnum, parseNumber, quote, warnOnce } from '../core/attributes.js';
import { copyText } from '../core/clipboard.js';
import { HavenElement } from '../core/haven-element.js';
import { registerTranslation, resolveLang } from '../core/i18n.js';
import { baseStyles } from '../core/styles.js';
import { HavenHotlineBanner } from '../hotline-banner/hotline-banner.js';
import { DEFAULT_PRESET, PRESET_IDS } from '../hotline-banner/presets.js';
import * as en from '../translations/en.js';
import * as es from '../translations/es.js';
import { fetchJson } from './fetch-json.js';
import { faqDocumentStyles, faqStyles } from './faq.styles.js';
import { slugify, uniqueId } from './ids.js';
import { buildItem, enhanceLightItem, setHeadingLevel, showItem, type BuildContext, type FaqEntry, type FaqItem } from './items.js';

type SearchModule = typeof import('./search.js');

registerTranslation('en', en.faq);
registerTranslation('es', es.faq);

/** Built-in question sets. */
export const FAQ_PRESETS = ['trafficking-basics'] as const;
export type FaqPresetId = (typeof FAQ_PRESETS)[number];

/** The languages the built-in questions are written in. */
const presetLang = (lang: string): 'en' | 'es' => (lang.startsWith('es') ? 'es' : 'en');

/**
 * An accessible FAQ accordion that works before JavaScript. Write the questions as
 * `<details id><summary>Question</summary>answer…</details>` (or `<section id><h2>…</h2>…</section>`)
 * children: they are enhanced in place, in the light DOM, into headings with buttons
 * (WAI-ARIA accordion pattern), so ids, `#` links, find-in-page, crawlers and the page's
 * own styles keep working. Or load `src` JSON, or use the built-in `preset`.
 *
 * @summary Questions and answers: searchable, deep-linkable, readable without JavaScript.
 * @tagname haven-faq
 *
 * @slot - The questions: `<details>` or `<section>` elements (anything else is shown as it is).
 *
 * @fires haven-toggle - A question opened or closed. `detail: { id: string, open: boolean }`.
 *
 * @csspart tools - The row with the search box and the show-all button.
 * @csspart search - The search box and its label.
 * @csspart search-input - The search field.
 * @csspart toggle-all - The "Show all answers" / "Hide all answers" button.
 * @csspart message - Loading, "nothing matches" and "could not load" messages.
 * @csspart help - The message and hotline shown when nothing matches or loading failed.
 *
 * @cssprop [--haven-text=inherit] - Text colour (the page's by default).
 * @cssprop [--haven-accent=currentColor] - Show-all button border.
 * @cssprop [--haven-border=currentColor] - Search field border and the lines between questions (those at 40% by default).
 * @cssprop [--haven-focus=currentColor] - Focus outline colour. The FAQ sits on your page's background, so by default it draws in your text colour.
 * @cssprop [--haven-radius=0.5rem] - Corner radius of the tools.
 * @cssprop [--haven-font-family=inherit] - Font family (no web fonts are loaded).
 * @cssprop [--haven-font-size=1rem] - Base font size.
 * @cssprop [--haven-scroll-margin=1rem] - Space kept above a question a deep link scrolls to (e.g. a sticky header's height).
 */
export class HavenFaq extends HavenElement {
  static override styles = [baseStyles, faqStyles];

  /** Heading level of every question, 2–6. Default 3; `<section>` questions keep the level they were written with. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;

  /** At most one answer open at a time (opening one closes the other). */
  @property({ type: Boolean, reflect: true }) single = false;

  /** Shows a search box that filters the questions as the person types. The query never leaves the page. */
  @property({ type: Boolean, reflect: true }) searchable = false;

  /** Adds one schema.org FAQPage JSON-LD block built from the questions as rendered. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /** URL of a JSON array of `{ "id", "question", "answer" }` (answers: plain text or `p ul ol li a em strong br`). */
  @property() src: string | null = null;

  /** Built-in questions: `trafficking-basics` (en, es). Used when there are no questions and no `src`, or when set. */
  @property() preset: string | null = null;

  /** The hotline shown when nothing matches or loading fails: a `<haven-hotline-banner>` preset. */
  @property() hotline: string = DEFAULT_PRESET;

  @state() private status: 'ready' | 'loading' | 'error' = 'ready';
  /** Questions matching the search; undefined when not searching. */
  @state() private matchCount?: number;
  @state() private allOpen = false;
  @state() private copied?: FaqItem;

  private items: FaqItem[] = [];
  private readonly known = new WeakMap<Element, FaqItem>();
  private generated: Element[] = [];
  private jsonLd?: HTMLScriptElement;
  private query = '';
  private search?: SearchModule;
  private searchLoad?: Promise<void>;
  private unmark = () => {};
  private readonly observer = new MutationObserver(() => this.sync());
  private loadToken?: object;
  private loadedLang?: 'en' | 'es';
  private hashPending = true;
  private lastLang?: string;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private copiedTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.addEventListener('click', this.onClick);
    this.addEventListener('keydown', this.onKeydown);
    // Capture: find-in-page reveals a panel inside this element.
    this.addEventListener('beforematch', this.onBeforeMatch, true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    HavenHotlineBanner.define('haven-hotline-banner');
    const root = this.getRootNode() as Document | ShadowRoot;
    const sheet = faqDocumentStyles.styleSheet;
    if (sheet && root.adoptedStyleSheets && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
    this.observer.observe(this, { childList: true });
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
    window.removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.announceTimer);
    clearTimeout(this.copiedTimer);
    this.unmark();
  }

  private get level(): number {
    return parseNumber(this, 'heading-level', this.getAttribute('heading-level') ?? this.headingLevel, { min: 2, max: 6, integer: true, fallback: 3 });
  }

  private context(): BuildContext {
    const root = this.getRootNode() as Document | ShadowRoot;
    const taken = new Set<string>();
    return {
      id: (wanted, self) => {
        const id = uniqueId(wanted, root, self, taken);
        if (id !== wanted && self?.id === wanted) warnOnce(this, 'id', `${quote(wanted)} is used more than once on the page; using "${id}".`);
        return id;
      },
      level: (own) => (this.headingLevel == null && own ? own : this.level),
    };
  }

  /** Enhance new `<details>`/`<section>` children and refresh everything that depends on the list. */
  private sync(): void {
    if (!this.isConnected) return;
    const context = this.context();
    for (const child of this.children) {
      if (this.known.has(child)) continue;
      const item = enhanceLightItem(child, context);
      if (item) this.known.set(item.item, item);
    }
    this.items = [...this.children].flatMap((child) => this.known.get(child) ?? []);
    if (this.single) {
      let seen = false;
      for (const item of this.items.filter((item) => item.open)) {
        if (seen) showItem(item, (item.open = false));
        seen = true;
      }
    }
    void this.writeStructuredData();
    this.filter();
    // Our own changes to the children are not news.
    this.observer.takeRecords();
    this.requestUpdate();
  }

  /** Read the light DOM, then load `src` and/or the preset. A newer call supersedes an older one. */
  private async load(): Promise<void> {
    const token = (this.loadToken = {});
    if (document.readyState === 'loading') {
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    }
    this.generated.forEach((element) => element.remove());
    this.generated = [];
    this.sync();
    const src = this.src?.trim();
    const preset =
      this.preset != null || (!src && !this.items.length)
        ? parseEnum(this, 'preset', this.preset ?? undefined, FAQ_PRESETS, FAQ_PRESETS[0])
        : undefined;
    if (src || preset) {
      this.status = 'loading';
      const entries: FaqEntry[] = [];
      let lang: 'en' | 'es' | undefined;
      let presetFrom = 0;
      try {
        // Loaded only when used: an FAQ written in HTML does not pay for JSON parsing or presets.
        if (src) {
          // The data and the code that reads it, in parallel.
          const [{ entriesFromJson }, data] = await Promise.all([import('./source.js'), fetchJson(src)]);
          entries.push(...entriesFromJson(data, (message) => warnOnce(this, 'src', message)));
        }
        if (preset) {
          presetFrom = entries.length;
          lang = this.loadedLang = presetLang(this.resolvedLang);
          entries.push(...(await import('./presets.js')).presetEntries(lang));
        }
        this.status = 'ready';
      } catch (error) {
        warnOnce(this, src ? 'src' : 'preset', `${src ? quote(src) : 'the built-in questions'} could not be loaded (${(error as Error).message}); showing the hotline instead.`);
        this.status = 'error';
      }
      if (token !== this.loadToken || !this.isConnected) return;
      const context = this.context();
      this.generated = entries.map(({ id, question, answer }, index) => {
        const container = document.createElement('div');
        // Preset questions say which language they are in, for screen readers and the JSON-LD.
        if (lang && index >= presetFrom) container.lang = lang;
        const unique = context.id(id ?? slugify(question), null);
        if (id && unique !== id) {
          warnOnce(this, lang && index >= presetFrom ? 'preset' : 'src', `${quote(question)}: id ${quote(id)} is already used on the page; using "${unique}".`);
        }
        const item = buildItem(container, [question], [answer], unique, context);
        this.known.set(container, item);
        return container;
      });
      this.append(...this.generated);
      this.sync();
    }
    if (this.hashPending) {
      // A deep link on arrival, once the questions are in and after the browser's own
      // fragment handling, which moves focus to the page when it finishes loading.
      this.hashPending = false;
      if (document.readyState !== 'complete') await new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
      await new Promise((resolve) => setTimeout(resolve));
      await this.updateComplete;
      this.followHash();
    }
  }

  private async writeStructuredData(): Promise<void> {
    const module = this.structuredData && (await import('./structured-data.js'));
    if (!module || !this.structuredData || !this.isConnected) {
      this.jsonLd?.remove();
      this.jsonLd = undefined;
      return;
    }
    if (!this.jsonLd) {
      this.jsonLd = document.createElement('script');
      this.jsonLd.type = 'application/ld+json';
      this.append(this.jsonLd);
    }
    module.writeJsonLd(
      this.jsonLd,
      this.items.map(({ button, answer }) => ({ question: module.readableText(button), answer: module.readableText(answer) })),
      resolveLang(this.items[0]?.item ?? this),
    );
  }

  private toggle(item: FaqItem, open: boolean): void {
    if (open && this.single) for (const other of this.items) if (other !== item && other.shown) this.toggle(other, false);
    item.open = open;
    if (item.shown === open) return;
    showItem(item, open);
    this.dispatchEvent(new CustomEvent('haven-toggle', { detail: { id: item.item.id, open }, bubbles: true, composed: true }));
  }

  private updateAllOpen(): void {
    const visible = this.items.filter(({ item }) => !item.hidden);
    this.allOpen = visible.length > 0 && visible.every(({ shown }) => shown);
  }

  private toggleAll(): void {
    const open = !this.allOpen;
    for (const item of this.items) if (!item.item.hidden) this.toggle(item, open);
    this.updateAllOpen();
  }

  /** Apply the current search (loaded with the first keystroke) to the questions. */
  private filter(): void {
    this.unmark();
    if (!this.search) return;
    [this.matchCount, this.unmark] = this.search.applySearch(this.items, this.query, this.single);
    this.updateAllOpen();
  }

  /** Start loading the search code (before the first keystroke, once `searchable` is set). */
  private loadSearch(): Promise<void> {
    return (this.searchLoad ??= import('./search.js').then((module) => void (this.search = module)));
  }

  private runSearch(query: string): void {
    this.query = query;
    void this.loadSearch().then(() => {
      if (query !== this.query) return;
      this.filter();
      clearTimeout(this.announceTimer);
      // Said once typing pauses, not on every key.
      const count = this.matchCount;
      if (count !== undefined) {
        this.announceTimer = setTimeout(
          () => announce(this.t(count ? (count === 1 ? 'faq-results-one' : 'faq-results') : 'faq-no-results', { count })),
          500,
        );
      }
    });
  }

  /** Open, scroll to and focus the question `location.hash` points into, if it is in this FAQ. */
  private followHash(): boolean {
    let target: Element | null = null;
    try {
      target = (this.getRootNode() as Document).getElementById(decodeURIComponent(location.hash.slice(1)));
    } catch {
      // A malformed fragment is not ours to follow.
    }
    const item = target && this.items.find(({ item }) => item.contains(target));
    if (!item) return false;
    if (item.item.hidden) {
      // The search hid it: clear the search (its module is loaded, so this is immediate).
      this.renderRoot.querySelector('input')!.value = this.query = '';
      this.filter();
    }
    this.toggle(item, true);
    this.updateAllOpen();
    item.button.focus({ preventScroll: true });
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    item.item.scrollIntoView({ block: 'start', behavior: reduce ? 'instant' : 'smooth' });
    return true;
  }

  private readonly onHashChange = () => this.followHash();

  private readonly onClick = (event: Event) => {
    const target = event.target as Element;
    const item = this.items.find(({ item }) => item.contains(target));
    if (item?.button.contains(target)) {
      this.toggle(item, !item.shown);
      this.updateAllOpen();
    } else if (item?.copy.contains(target)) {
      void this.copyLink(item);
    }
  };

  /** Up/Down/Home/End move between questions (APG accordion); they never open or close. */
  private readonly onKeydown = (event: KeyboardEvent) => {
    const buttons = this.items.filter(({ item }) => !item.hidden).map(({ button }) => button);
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    const next = ({ ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: -1 } as Record<string, number>)[event.key];
    if (index < 0 || next === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    buttons.at(next % buttons.length)!.focus();
  };

  private readonly onBeforeMatch = (event: Event) => {
    const item = this.items.find(({ panel }) => panel === event.target);
    if (item) {
      this.toggle(item, true);
      this.updateAllOpen();
    }
  };

  private readonly onInput = (event: Event) => this.runSearch((event.target as HTMLInputElement).value);

  private async copyLink(item: FaqItem): Promise<void> {
    const url = new URL(`#${item.item.id}`, location.href).href;
    const copied = await copyText(url);
    announce(this.t(copied ? 'faq-link-copied' : 'faq-link-copy-failed', { url }));
    if (!copied) return;
    this.copied = item;
    clearTimeout(this.copiedTimer);
    this.copiedTimer = setTimeout(() => (this.copied = undefined), 2500);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const lang = this.resolvedLang;
    const relang = lang !== this.lastLang;
    this.lastLang = lang;
    if (changed.has('src') || changed.has('preset') || (relang && this.loadedLang && this.loadedLang !== presetLang(lang))) {
      void this.load();
    }
    if (changed.has('headingLevel')) for (const item of this.items) setHeadingLevel(item, this.level);
    if (this.searchable) void this.loadSearch();
    else if (this.query) this.runSearch('');
    if (changed.has('structuredData') || relang) void this.writeStructuredData();
    // The copy buttons live in the light DOM, outside what Lit renders.
    for (const item of this.items) {
      const label = this.t(item === this.copied ? 'faq-link-copied' : 'faq-copy-link');
      if (item.copy.textContent !== label) item.copy.textContent = label;
    }
  }

  private get hotlinePreset(): string {
    return parseEnum(this, 'hotline', this.hotline, PRESET_IDS, DEFAULT_PRESET);
  }

  protected override render(): TemplateResult {
    const help = this.status === 'error' ? 'faq-load-error' : this.matchCount === 0 ? 'faq-no-results' : '';
    const toggleAll = !this.single && this.items.length > 1 && this.matchCount !== 0;
    return html`${this.searchable || toggleAll
        ? html`<div part="tools" class="tools">
            ${this.searchable
              ? html`<div part="search" class="search">
                  <label for="search">${this.t('faq-search-label')}</label>
                  <input id="search" part="search-input" type="search" autocomplete="off" enterkeyhint="search" @input=${this.onInput} />
                </div>`
              : nothing}
            ${toggleAll
              ? html`<button part="toggle-all" type="button" aria-expanded=${this.allOpen ? 'true' : 'false'} @click=${this.toggleAll}>
                  ${this.t(this.allOpen ? 'faq-hide-all' : 'faq-show-all')}
                </button>`
              : nothing}
          </div>`
        : nothing}<slot></slot>${this.status === 'loading' ? html`<p part="message">${this.t('faq-loading')}</p>` : nothing}${help
        ? html`<div part="help" class="help">
            <p part="message">${this.t(help)}</p>
            <haven-hotline-banner variant="compact" preset=${this.hotlinePreset}></haven-hotline-banner>
          </div>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-faq': HavenFaq;
  }
}
