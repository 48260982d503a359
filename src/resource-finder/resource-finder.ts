import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { announce } from '../core/announcer.js';
import { parseEnum, parseNumber, quote, warnOnce } from '../core/attributes.js';
import { copyText } from '../core/clipboard.js';
import { HavenElement } from '../core/haven-element.js';
import { registerTranslation } from '../core/i18n.js';
import { safeUrl } from '../core/safe-url.js';
import { baseStyles } from '../core/styles.js';
// The entry, not the element module: it defines <haven-hotline-banner>, and in the CDN
// build the banner's code then stays in hotline-banner.js instead of a shared chunk.
import '../hotline-banner.js';
import { DEFAULT_PRESET, PRESET_IDS, type HotlinePresetId } from '../hotline-banner/presets.js';
import * as en from '../translations/en.js';
import * as es from '../translations/es.js';
import { cardText, renderCard, type CardContext } from './card.js';
import { formatDistance, languageName, prepareFormats } from './formats.js';
import { activeFilters, rankResults, type Filters, type Result } from './filters.js';
import { coarsen, fromUnits, isZip, type Point, type Units } from './geo.js';
import { isTimeZone } from './hours.js';
import { DataError, hasProblems, type DataSet } from './data.js';
import type { ServiceRecord } from './normalize.js';
import { whenIdle, yieldToMain } from './scheduler.js';
import { indexAsTheyArrive, loadSearchEngine, plainMatches, type IndexFeed, type SearchIndex } from './search.js';
import { resourceFinderStyles } from './resource-finder.styles.js';

registerTranslation('en', en.resourceFinder);
registerTranslation('es', es.resourceFinder);

const RADII = [5, 10, 25, 50, 100];
/**
 * Cards drawn in the frame a keystroke lands in; the rest of the page of results follow as
 * many more in each later frame. Five fill a phone's screen, and drawing twenty rich cards
 * at once takes longer than one frame on a slow device.
 */
const FIRST_CARDS = 5;
const ANNOUNCE_DELAY_MS = 800;
/** URL parameters used with `sync-url`: the words and filters, never a place. */
const URL_KEYS = { query: 'haven-q', category: 'haven-type', population: 'haven-population', language: 'haven-language', age: 'haven-age', free: 'haven-free', openNow: 'haven-open' } as const;

type Phase = 'no-data' | 'loading' | 'ready' | 'error';
interface Message {
  key: string;
  values?: Record<string, string>;
}

/** The ZIP lookup's lazy chunk (requested early, when the ZIP field is focused). */
const zipLookup = () => import('./zip-lookup.js');


/**
 * Find local help by need, language and distance, privately. Reads Open Referral HSDS
 * 3.0, flat JSON or CSV from `src` (or an inline `<script type="application/json">` or
 * `<script type="text/csv">` child); searches, filters and measures distance on the
 * device. With no data it shows the national hotlines.
 *
 * @summary Search local services (HSDS, CSV, JSON) with nothing leaving the device.
 * @tagname haven-resource-finder
 *
 * @fires haven-search - A search was made (submitted, or typing paused, or a filter changed). `detail: { query, filters, count }`; never a location.
 * @fires haven-results - Results were shown (after loading, a search or "Show more"). `detail: { count, shown }`.
 *
 * @csspart base - The finder's container.
 * @csspart form - The search form.
 * @csspart field - Each label + control pair.
 * @csspart input - Every text, number and select control.
 * @csspart button - Every form button (search, use my location, clear filters, show more).
 * @csspart filters - The filters disclosure (`<details>`).
 * @csspart heading - The results heading (receives focus after a search).
 * @csspart message - Loading, error, location and no-results messages.
 * @csspart results - The list of results.
 * @csspart card - One result.
 * @csspart card-name - A result's name.
 * @csspart organization - The organisation providing it.
 * @csspart badges - The row of badges (open now, free, distance…).
 * @csspart badge - One badge.
 * @csspart alert - A notice from the data (e.g. a temporary change).
 * @csspart description - The short description.
 * @csspart details - Address, hours, languages, eligibility, cost, next steps.
 * @csspart card-actions - Call, text, TTY, website, email and copy.
 * @csspart action - Every link or button in a card (also `call`, `text`, `tty`, `website`, `email`, `copy`).
 * @csspart verified - When the listing was last checked.
 * @csspart report - The "Report a problem" link.
 * @csspart more - The "Show more" button.
 * @csspart hotlines - The hotline banners shown with no data, no results or an error.
 *
 * @cssprop [--haven-surface=#eef2f8] - Card background (dark: #1b2130).
 * @cssprop [--haven-text=#14171f] - Text colour.
 * @cssprop [--haven-text-muted=#3d4452] - Secondary text colour.
 * @cssprop [--haven-accent=#0b4f9c] - Buttons, links and borders.
 * @cssprop [--haven-accent-text=#ffffff] - Text on accent backgrounds.
 * @cssprop [--haven-border=#5b6476] - Border colour.
 * @cssprop [--haven-focus=#0b4f9c] - Focus outline colour.
 * @cssprop [--haven-danger=#a4161a] - Warnings (temporarily closed, stale listing).
 * @cssprop [--haven-radius=0.5rem] - Corner radius.
 * @cssprop [--haven-space=0.75rem] - Inner spacing.
 * @cssprop [--haven-font-family=inherit] - Font family (no web fonts are loaded).
 * @cssprop [--haven-font-size=1rem] - Base font size.
 */
export class HavenResourceFinder extends HavenElement {
  static override styles = [baseStyles, resourceFinderStyles];

  /**
   * URL of the data: HSDS 3.0 JSON, a flat JSON array, or CSV (by `.csv` or `text/csv`). http(s) only.
   * Read as it downloads; any size is read unless the network keeps it waiting over 10 s in all. Above 10 MB the console warns (phones on slow networks wait long for it).
   */
  @property() src: string | null = null;

  /** An initial US ZIP code; results are then nearest first. Looked up on the device. */
  @property() near: string | null = null;

  /** How far from the ZIP or location to look, in `units` (default 25). */
  @property() radius: string | number = 25;

  /** Distance units: `mi` (default) or `km`. */
  @property() units: string = 'mi';

  /** The hotline preset shown when nothing matches, on errors, and (with the same country's others) with no data. */
  @property() hotline: string = DEFAULT_PRESET;

  /** Mirror the words and filters (never a ZIP or location) into the URL with `history.replaceState`. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Results per page before "Show more" (1–100, default 20). */
  @property({ attribute: 'page-size' }) pageSize: string | number = 20;

  /** A page of yours for reporting a listing problem (http/https); gets `?listing=<id>&name=<name>`. */
  @property({ attribute: 'report-url' }) reportUrl: string | null = null;

  /** An address for listing problems, used when there is no `report-url` (opens the person's mail app). */
  @property({ attribute: 'report-email' }) reportEmail: string | null = null;

  /** Folder holding the ZIP chunks (`<prefix>.json`); default `zips/` beside the CDN script. */
  @property({ attribute: 'zip-base' }) zipBase: string | null = null;

  /** IANA time zone for "open now" when the data gives none (default: the device's). */
  @property({ attribute: 'time-zone' }) timeZone: string | null = null;

  /** Level of the results heading (2–6, default 2); result names are one level below. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = 2;

  @state() private phase: Phase = 'no-data';
  @state() private data?: DataSet;
  @state() private index?: SearchIndex;
  /** The search engine's chunk could not load: plain matching, and the person is told. */
  @state() private basicSearch = false;
  @state() private query = '';
  @state() private filters: Filters = {};
  @state() private origin?: { point: Point; label: string };
  @state() private locationMessage?: Message;
  @state() private locating = false;
  @state() private sort?: 'distance' | 'relevance';
  @state() private radiusChoice?: number;
  @state() private shown = 0;
  @state() private copiedId?: string;

  private results: Result[] = [];
  private loader?: AbortController;
  private loading: Promise<void> = Promise.resolve();
  private announceTimer?: ReturnType<typeof setTimeout>;
  private copiedTimer?: ReturnType<typeof setTimeout>;
  private zipField = '';
  private placed?: DataSet;
  /** Counts the times records gained places from their ZIP (the results are ranked again then). */
  private placements = 0;
  /**
   * The results changed: draw only this many cards now ({@link FIRST_CARDS}; none when the data has just
   * arrived, as the form is drawn then too), then as many more in each later frame; `rest` settles once
   * the next few are drawn (`updateComplete` waits for all).
   */
  private cardsNow?: number;
  /** Focus was in the results or "no results" as this update began (see `updated`). */
  private focusInResults = false;
  /** "No results" is drawn for this data (ahead, once the index is ready, or when first needed): kept, hidden while there are results. */
  private noResultsDrawn = false;
  private rest?: Promise<void>;
  /** What the current results were ranked from: ranking again only when one of these changes. */
  private rankedFrom: unknown[] = [];

  /**
   * Settles when the data has been read and the search index built (or loading failed):
   * `await finder.ready` before driving the element from code or tests.
   */
  get ready(): Promise<void> {
    return this.updateComplete.then(() => this.loading).then(() => this.updateComplete).then(() => undefined);
  }

  private get size(): number {
    return parseNumber(this, 'page-size', this.pageSize, { min: 1, max: 100, integer: true, fallback: 20 });
  }

  private get unitsValue(): Units {
    return parseEnum(this, 'units', this.units, ['mi', 'km'], 'mi');
  }

  private get radiusValue(): number {
    return this.radiusChoice ?? parseNumber(this, 'radius', this.radius, { min: 0.1, max: 1000, fallback: 25 });
  }

  private get level(): number {
    return parseNumber(this, 'heading-level', this.headingLevel, { min: 2, max: 6, integer: true, fallback: 2 });
  }

  private get hotlineId(): HotlinePresetId {
    return parseEnum(this, 'hotline', this.hotline, PRESET_IDS, DEFAULT_PRESET as HotlinePresetId);
  }

  /** For numbers and dates: the page's regional language when its strings are the ones shown (`en-GB`), else the strings' language. */
  private get formatLang(): string {
    const lang = this.resolvedLang.startsWith(this.stringsLang) ? this.resolvedLang : this.stringsLang;
    // Every Intl formatter throws on a malformed tag (`lang="en-<x>"`), which would break the render.
    try {
      return Intl.getCanonicalLocales(lang)[0];
    } catch {
      warnOnce(this, 'lang', `${quote(lang)} is not a language tag.`);
      return this.stringsLang;
    }
  }

  private get zone(): string | undefined {
    const zone = this.timeZone?.trim();
    if (!zone) return undefined;
    if (isTimeZone(zone)) return zone;
    warnOnce(this, 'time-zone', `${quote(zone)} is not a time zone this browser knows; using the device's.`);
    return undefined;
  }

  /** `undefined`: the default, `zips/` beside the script (see zip-lookup.ts). */
  private get zipBaseUrl(): string | undefined {
    if (this.zipBase == null) return undefined;
    const base = safeUrl(this.zipBase.replace(/\/?$/, '/'), ['https:', 'http:']);
    if (!base) warnOnce(this, 'zip-base', `${quote(this.zipBase)} is not an http(s) URL; using the default.`);
    return base;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.readUrl();
    // A re-attached element (moved in the DOM) reloads what the removal abandoned: the data, or only
    // the index, when it was removed after the data was shown (its own records are indexed again).
    if (this.hasUpdated && this.phase === 'loading') this.loading = this.load();
    else if (this.hasUpdated && this.data && !this.index && !this.basicSearch) {
      const loader = (this.loader = new AbortController());
      this.loading = this.indexData(this.data, loader).then(() => this.loaded(loader));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loader?.abort();
    clearTimeout(this.announceTimer);
    clearTimeout(this.copiedTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const focused = this.shadowRoot?.activeElement;
    this.focusInResults = !!focused?.closest('[part="results"], .none');
    if (changed.has('src')) this.loading = this.load();
    if (changed.has('near') && this.near !== undefined && this.phase === 'ready') void this.setZip(this.near ?? '');
    if (changed.has('pageSize') || !this.shown) this.shown = this.size;
    const radiusKm = fromUnits(this.radiusValue, this.unitsValue);
    // What a person (or the partner's page) set: the data, the words, filters, place, radius and order.
    const set = [this.data, this.query, this.filters, this.origin, radiusKm, this.sort];
    // What only refines the same results, each where it is used: the index arriving (for words), the zone
    // and the minute (for "open now"), places found for records by their ZIP (for a distance). So the index
    // arriving under no words ranks nothing again.
    const openNow = !!this.filters.openNow;
    const refinements: [value: unknown, counts: boolean][] = [[this.index, this.query.trim() !== ''], [this.zone, openNow], [Math.floor(Date.now() / 60_000), openNow], [this.placements, !!this.origin]];
    const from = [...set, ...refinements.map(([value]) => value)];
    const changedAt = (position: number) => from[position] !== this.rankedFrom[position];
    const setChanged = set.some((_, position) => changedAt(position));
    if (this.data && (setChanged || refinements.some(([, counts], r) => counts && changedAt(set.length + r)))) {
      // New results from what was set: the first cards in this frame (none when the data has just
      // arrived, as the form is drawn too), unless focus is on a card, which must stay where it is.
      if (setChanged && !focused?.closest('[part="results"]')) {
        this.cardsNow = changedAt(0) ? 0 : FIRST_CARDS;
      }
      this.rankedFrom = from;
      const matches = this.query.trim() ? (this.index?.search(this.query) ?? plainMatches(this.data.records, this.query)) : undefined;
      this.results = rankResults(this.data.records, { matches, filters: this.filters, origin: this.origin?.point, radiusKm, sort: this.sort, fallbackZone: this.zone });
    }
  }

  protected override updated(): void {
    // Focus was in the results or "no results", and what held it is hidden or gone now: "no results"
    // when results came on their own (say, on the hotline as the index finished), a card when fewer
    // results are left (the partner's page narrowed the radius). Rather than fall to the page, focus
    // goes to the results heading.
    const active = this.shadowRoot?.activeElement;
    if (this.focusInResults && (!active || active.closest('[hidden]'))) {
      this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
    }
    this.focusInResults = false;
    if (this.cardsNow === undefined || this.rest) return;
    // After the frame that shows the first cards (or soon, where frames are paused), the rest.
    let drawn!: () => void;
    const rest = (this.rest = new Promise((resolve) => (drawn = resolve)));
    const drawRest = () => {
      if (this.rest !== rest) return;
      this.rest = undefined;
      // After none (the data has just arrived), the first few; then a few more in each task (a page
      // of 20 cards in one task could hold a slow phone for over 50 ms), until all are drawn.
      const next = (this.cardsNow ?? 0) + FIRST_CARDS;
      this.cardsNow = next < Math.min(this.shown, this.results.length) ? next : undefined;
      this.requestUpdate();
      drawn();
    };
    requestAnimationFrame(() => setTimeout(drawRest));
    setTimeout(drawRest, 100);
  }

  /** Settles once every card of the update is drawn, the ones that follow the first few included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.rest) {
      await this.rest;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private fireResults(): void {
    const detail = { count: this.results.length, shown: Math.min(this.shown, this.results.length) };
    this.dispatchEvent(new CustomEvent('haven-results', { detail, bubbles: true, composed: true }));
  }

  /** Read the data from `src` or the inline child, then build the index in slices. */
  private async load(): Promise<void> {
    this.loader?.abort();
    const loader = (this.loader = new AbortController());
    const inline = this.querySelector<HTMLScriptElement>(':scope > script[type="application/json"], :scope > script[type="text/csv"]');
    const src = this.src?.trim();
    this.data = undefined;
    this.index = undefined;
    this.noResultsDrawn = false;
    this.basicSearch = false;
    if (!src && !inline) {
      this.phase = 'no-data';
      return;
    }
    this.phase = 'loading';
    // "Loading…" is drawn in this task; the requests start in the next, which keeps the first drawing short.
    await yieldToMain();
    if (loader.signal.aborted) return;
    // The search library downloads while the data does, and the formatters the first drawing needs are
    // made: where the data is read on the page, from now; where in the worker, once it has loaded the locale data.
    loadSearchEngine().catch(() => undefined);
    const formats = () => prepareFormats(this.formatLang, this.unitsValue);
    const attribute = this.dataAttribute;
    try {
      let data: DataSet;
      let feed: IndexFeed | undefined;
      if (src) {
        const url = safeUrl(src, ['https:', 'http:']);
        if (!url) throw new DataError('shape', `${quote(src)} is not an http(s) URL`);
        // Read as the file downloads: off the main thread where the page allows a worker,
        // indexing each batch as it arrives; otherwise here, in slices, and indexed after
        // (indexing here while reading would slow the download it shares the thread with).
        const arriving = (records: ServiceRecord[]) => {
          if (!feed) formats();
          (feed ??= indexAsTheyArrive(records, { signal: loader.signal })).feed();
        };
        // The worker's client is a small chunk of its own; the readers load only where no worker can start.
        // The worker ends after this load (`this.loading` by now, set as it began) has drawn and indexed all
        // (and looked up a `near` ZIP), within a few seconds (worker-client.ts).
        const inWorker = await (await import('./worker-client.js')).readInWorker(url, { signal: loader.signal, onBatch: arriving, lang: this.formatLang, units: this.unitsValue, until: this.loading });
        if (!inWorker) formats();
        data = inWorker ?? (await (await import('./load.js')).fetchData(url, { signal: loader.signal }));
      } else {
        const csv = inline!.type === 'text/csv';
        // Inline CSV is indented like the page around it: drop that indentation.
        const source = inline!.textContent ?? '';
        formats();
        const { readText } = await import('./load.js');
        data = await readText(csv ? source.replace(/^[ \t]+/gm, '').trim() : source, csv ? 'csv' : 'json', { signal: loader.signal });
      }
      if (loader.signal.aborted) return;
      // A User Timing mark (no data in it): `npm run bench` measures from here to searchable.
      performance.mark('haven-finder:read');
      // What was skipped or left out is worded by a module loaded only then; `ready` waits for it, rendering does not.
      const told = hasProblems(data) && import('./problems.js').then((problems) => problems.tell(this, attribute, data), () => {});
      // The first render (the form, with filters the readers gathered) gets its own task; the cards follow in later ones.
      await yieldToMain();
      if (loader.signal.aborted) return;
      this.data = data;
      this.phase = 'ready';
      const located = this.near ? this.setZip(this.near) : undefined;
      await this.indexData(data, loader, feed);
      await located;
      await told;
      await this.loaded(loader);
    } catch (error) {
      if (loader.signal.aborted) return;
      this.phase = 'error';
      warnOnce(this, attribute, `could not load ${src ? quote(src) : 'the inline data'}: ${(error as Error).message}.`);
    }
  }

  /**
   * Finish the search index of `data` (`feed`: the one that grew as a worker's batches arrived), then draw
   * "no results" ahead once the page is idle. If the search chunk cannot load: plain matching, said once.
   */
  private async indexData(data: DataSet, loader: AbortController, feed?: IndexFeed): Promise<void> {
    try {
      // Read on this page, the index is built once the first page of cards is drawn. Read in the worker, it
      // has grown batch by batch, and only what the page has not yet taken in is left: it is finished first,
      // ahead of the later cards. Either way it starts in a task of its own, not in one that draws.
      if (!feed) await this.updateComplete;
      await yieldToMain();
      const index = await (feed ?? indexAsTheyArrive(data.records, { signal: loader.signal })).done();
      if (loader.signal.aborted) return;
      this.index = index;
      // "No results" and its hotline are drawn ahead, hidden, once the page is idle: the first
      // word that finds nothing then only shows them, within the keystroke's frame.
      whenIdle(() => {
        if (loader.signal.aborted || this.noResultsDrawn) return;
        this.noResultsDrawn = true;
        this.requestUpdate();
      });
    } catch (error) {
      if (!loader.signal.aborted) {
        this.basicSearch = true;
        warnOnce(this, this.dataAttribute, `search index unavailable, using plain matching (${(error as Error).message}).`);
      }
    }
  }

  /** Loaded (unless stopped): once drawn, the partner's page hears how many results there are. */
  private async loaded(loader: AbortController): Promise<void> {
    if (loader.signal.aborted) return;
    await this.updateComplete;
    this.fireResults();
  }

  /** Where the data comes from, as the partner's warnings name it. */
  private get dataAttribute(): 'src' | 'script' {
    return this.src?.trim() ? 'src' : 'script';
  }

  /** Resolve a ZIP on the device; a bad or unknown one leaves results unsorted, with a message. */
  private async setZip(value: string): Promise<void> {
    const zip = value.trim();
    this.zipField = zip;
    this.locationMessage = undefined;
    if (!zip) {
      this.origin = undefined;
      return;
    }
    if (!isZip(zip)) {
      this.origin = undefined;
      this.locationMessage = { key: 'zip-invalid' };
      if (zip === this.near?.trim()) warnOnce(this, 'near', `${quote(zip)} is not a 5-digit ZIP code.`);
      return;
    }
    try {
      const point = await (await zipLookup()).lookupZip(zip, this.zipBaseUrl);
      if (this.zipField !== zip) return;
      this.origin = point && { point, label: zip };
      if (!point) this.locationMessage = { key: 'zip-unknown', values: { zip } };
      else await this.placeRecords();
    } catch (error) {
      this.origin = undefined;
      this.locationMessage = { key: 'zip-failed' };
      warnOnce(this, 'zip-base', `ZIP lookup failed: ${(error as Error).message}.`);
    }
  }

  /** Once per data set, when a place is first given: records with a ZIP but no coordinates get its centroid. */
  private async placeRecords(): Promise<void> {
    const { data } = this;
    if (!data || this.placed === data) return;
    this.placed = data;
    // The records themselves gained places: rank again.
    if (await (await zipLookup()).placeByZip(data.records, this.zipBaseUrl)) {
      this.placements++;
      this.requestUpdate();
    }
  }

  /** Opt-in, coarse, rounded to ~1 km, kept only in this element's memory. */
  private locate(): void {
    this.locationMessage = undefined;
    if (!navigator.geolocation) {
      this.locationMessage = { key: 'location-failed' };
      return;
    }
    this.locating = true;
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        this.locating = false;
        this.zipField = '';
        this.origin = { point: coarsen(coords), label: '' };
        this.shown = this.size;
        void this.placeRecords().then(() => this.commit(true));
      },
      () => {
        this.locating = false;
        this.locationMessage = { key: 'location-failed' };
      },
      { enableHighAccuracy: false, maximumAge: 600_000, timeout: 15_000 },
    );
  }

  private readUrl(): void {
    const params = new URLSearchParams(location.search);
    const get = (key: keyof typeof URL_KEYS) => params.get(URL_KEYS[key]) ?? undefined;
    this.query = get('query') ?? '';
    const age = Number(get('age'));
    this.filters = {
      category: get('category'),
      population: get('population'),
      language: get('language'),
      age: get('age') && Number.isFinite(age) ? age : undefined,
      free: get('free') === '1' || undefined,
      openNow: get('openNow') === '1' || undefined,
    };
  }

  private writeUrl(): void {
    const url = new URL(location.href);
    const values: Partial<Record<keyof typeof URL_KEYS, string | number | boolean>> = { query: this.query.trim(), ...this.filters };
    for (const [key, name] of Object.entries(URL_KEYS) as [keyof typeof URL_KEYS, string][]) {
      const value = values[key];
      if (value === undefined || value === '' || value === false) url.searchParams.delete(name);
      else url.searchParams.set(name, value === true ? '1' : String(value));
    }
    // Replace, never push or assign: no new history entries, no navigation.
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }

  /** A search is "made": URL (opt-in), event, announcement; focus the heading when submitted. */
  private async commit(submitted: boolean): Promise<void> {
    clearTimeout(this.announceTimer);
    await this.updateComplete;
    if (this.syncUrl) this.writeUrl();
    const detail = { query: this.query.trim(), filters: { ...this.filters }, count: this.results.length };
    this.dispatchEvent(new CustomEvent('haven-search', { detail, bubbles: true, composed: true }));
    announce(this.headingText());
    this.fireResults();
    if (submitted) this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
  }

  private later(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => void this.commit(false), ANNOUNCE_DELAY_MS);
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const zip = (this.renderRoot.querySelector<HTMLInputElement>('#zip')?.value ?? '').trim();
    if (zip !== (this.origin?.label ?? this.zipField) || (zip && !this.origin)) await this.setZip(zip);
    this.shown = this.size;
    await this.commit(true);
  }

  private onQuery(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    this.shown = this.size;
    this.later();
  }

  private onZip(event: InputEvent): void {
    const value = (event.target as HTMLInputElement).value.trim();
    // Five digits typed: look it up at once, as the person expects.
    if (isZip(value) && value !== this.origin?.label) {
      void this.setZip(value).then(() => this.later());
    } else if (!value && this.origin) {
      this.origin = undefined;
      this.zipField = '';
      this.locationMessage = undefined;
      this.later();
    }
  }

  private setFilter<K extends keyof Filters>(key: K, value: Filters[K]): void {
    this.filters = { ...this.filters, [key]: value === '' || value === false ? undefined : value };
    this.shown = this.size;
    this.later();
  }

  private clearFilters(): void {
    this.filters = {};
    this.shown = this.size;
    void this.commit(true);
  }

  private widen(distance: number): void {
    this.radiusChoice = distance;
    this.shown = this.size;
    void this.commit(true);
  }

  private async showMore(): Promise<void> {
    const first = this.shown;
    this.shown += this.size;
    await this.updateComplete;
    // Focus the first new result, so keyboard and screen reader users continue from there.
    this.renderRoot.querySelector<HTMLElement>(`#card-${first}`)?.focus();
    this.fireResults();
    announce(this.t('showing', { shown: Math.min(this.shown, this.results.length), count: this.results.length }));
  }

  private async copy(result: Result): Promise<void> {
    const copied = await copyText(cardText(result, this.cardContext()));
    announce(copied ? this.t('copied-announcement', { name: result.record.name }) : this.t('copy-failed'));
    if (!copied) return;
    this.copiedId = result.record.id;
    clearTimeout(this.copiedTimer);
    this.copiedTimer = setTimeout(() => (this.copiedId = undefined), 2500);
  }

  private cardContext(): CardContext {
    const reportUrl = this.reportUrl ? safeUrl(this.reportUrl, ['https:', 'http:']) : undefined;
    if (this.reportUrl && !reportUrl) warnOnce(this, 'report-url', `${quote(this.reportUrl)} is not an http(s) URL; no report link.`);
    const reportEmail = this.reportEmail && /^[^\s@<>"?&\p{C}]+@[^\s@<>"?&\p{C}]+$/u.test(this.reportEmail.trim()) ? this.reportEmail.trim() : undefined;
    if (this.reportEmail && !reportEmail) warnOnce(this, 'report-email', `${quote(this.reportEmail)} is not an email address; no report link.`);
    return {
      t: (key, values) => this.t(key, values),
      lang: this.formatLang,
      units: this.unitsValue,
      now: new Date(),
      fallbackZone: this.zone,
      level: Math.min(6, this.level + 1),
      reportUrl,
      reportEmail,
      copiedId: this.copiedId,
      onCopy: (result) => void this.copy(result),
    };
  }

  private distanceWords(value: number): string {
    return formatDistance(fromUnits(value, this.unitsValue), this.unitsValue, this.formatLang);
  }

  private headingText(): string {
    const count = this.results.length;
    const one = count === 1;
    if (!this.origin) return this.t(one ? 'results-one' : 'results-other', { count });
    return this.t(one ? 'results-near-one' : 'results-near-other', {
      count,
      distance: this.distanceWords(this.radiusValue),
      place: this.origin.label || this.t('your-location'),
    });
  }

  private hotlines(compact: boolean): TemplateResult {
    const id = this.hotlineId;
    const country = id.split('-')[0];
    const ids = compact ? [id] : [id, ...PRESET_IDS.filter((other) => other !== id && other.startsWith(`${country}-`))];
    return html`<div part="hotlines">
      ${ids.map((preset) => html`<haven-hotline-banner preset=${preset} variant=${compact ? 'compact' : 'inline'}></haven-hotline-banner>`)}
    </div>`;
  }

  private select(id: string, label: string, options: string[], value: string | undefined, key: 'category' | 'population' | 'language'): TemplateResult | typeof nothing {
    if (!options.length) return nothing;
    const lang = key === 'language' ? this.formatLang : '';
    return html`<div part="field" class="field">
      <label for=${id}>${label}</label>
      <select part="input" id=${id} @change=${(event: Event) => this.setFilter(key, (event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!value}>${this.t('any')}</option>
        ${options.map((option) => html`<option value=${option} ?selected=${value === option}>${lang ? languageName(option, lang) : option}</option>`)}
      </select>
    </div>`;
  }

  private renderForm(): TemplateResult {
    const { facets } = this.data!;
    const { filters } = this;
    const active = activeFilters(filters);
    const radii = [...new Set([...RADII, this.radiusValue])].sort((a, b) => a - b);
    const sort = this.sort ?? (this.origin ? 'distance' : 'relevance');
    return html`<form part="form" role="search" aria-label=${this.t('finder-label')} @submit=${this.onSubmit}>
      <div part="field" class="field query">
        <label for="query">${this.t('search-label')}</label>
        <span class="hint" id="query-hint">${this.t('search-hint')}</span>
        ${this.basicSearch ? html`<span part="message" class="hint" id="query-basic">${this.t('search-basic')}</span>` : nothing}
        <input part="input" id="query" type="search" name="q" autocomplete="off" enterkeyhint="search" aria-describedby=${this.basicSearch ? 'query-hint query-basic' : 'query-hint'}
          .value=${this.query} @input=${this.onQuery} />
      </div>
      <div part="field" class="field zip">
        <label for="zip">${this.t('zip-label')}</label>
        <span class="hint" id="zip-hint">${this.t('zip-hint')}</span>
        <div class="row">
          <input part="input" id="zip" type="text" inputmode="numeric" maxlength="5" autocomplete="off" aria-describedby="zip-hint"
            aria-invalid=${this.locationMessage?.key === 'zip-invalid' ? 'true' : 'false'} .value=${this.origin?.label ?? this.zipField} @input=${this.onZip}
            @focus=${() => zipLookup().catch(() => undefined)} />
          <button part="button" type="button" class="secondary" ?disabled=${this.locating} @click=${this.locate}>
            ${this.t(this.locating ? 'locating' : 'use-location')}
          </button>
        </div>
      </div>
      ${this.locationMessage ? html`<p part="message" class="problem">${this.t(this.locationMessage.key, this.locationMessage.values)}</p>` : nothing}
      ${this.origin
        ? html`<div class="row">
            <div part="field" class="field">
              <label for="radius">${this.t('radius-label')}</label>
              <select part="input" id="radius" @change=${(event: Event) => {
                this.radiusChoice = Number((event.target as HTMLSelectElement).value);
                this.later();
              }}>
                ${radii.map((value) => html`<option value=${value} ?selected=${value === this.radiusValue}>${this.t('radius-option', { distance: this.distanceWords(value) })}</option>`)}
              </select>
            </div>
            <div part="field" class="field">
              <label for="sort">${this.t('sort-label')}</label>
              <select part="input" id="sort" @change=${(event: Event) => {
                this.sort = (event.target as HTMLSelectElement).value as 'distance' | 'relevance';
                this.later();
              }}>
                <option value="distance" ?selected=${sort === 'distance'}>${this.t('sort-distance')}</option>
                <option value="relevance" ?selected=${sort === 'relevance'}>${this.t('sort-relevance')}</option>
              </select>
            </div>
          </div>`
        : nothing}
      <details part="filters" ?open=${active > 0}>
        <summary>${active ? this.t('filters-active', { count: active }) : this.t('filters')}</summary>
        <div class="filters">
          ${this.select('category', this.t('category-label'), facets.categories, filters.category, 'category')}
          ${this.select('population', this.t('population-label'), facets.populations, filters.population, 'population')}
          ${this.select('language', this.t('language-label'), facets.languages, filters.language, 'language')}
          ${facets.ages
            ? html`<div part="field" class="field age">
                <label for="age">${this.t('age-label')}</label>
                <input part="input" id="age" type="number" inputmode="numeric" min="0" max="130" .value=${filters.age === undefined ? '' : String(filters.age)}
                  @input=${(event: Event) => {
                    const value = (event.target as HTMLInputElement).value;
                    this.setFilter('age', value === '' || !Number.isFinite(Number(value)) ? undefined : Number(value));
                  }} />
              </div>`
            : nothing}
          ${facets.free ? this.checkbox('free', this.t('free-label'), !!filters.free) : nothing}
          ${facets.hours ? this.checkbox('openNow', this.t('open-now-label'), !!filters.openNow) : nothing}
          ${active ? html`<button part="button" type="button" class="secondary" @click=${this.clearFilters}>${this.t('clear-filters')}</button>` : nothing}
        </div>
      </details>
      <button part="button" type="submit">${this.t('search')}</button>
    </form>`;
  }

  private checkbox(key: 'free' | 'openNow', label: string, checked: boolean): TemplateResult {
    return html`<div part="field" class="check">
      <input type="checkbox" id=${key} .checked=${checked} @change=${(event: Event) => this.setFilter(key, (event.target as HTMLInputElement).checked || undefined)} />
      <label for=${key}>${label}</label>
    </div>`;
  }

  private renderResults(): TemplateResult {
    const { results } = this;
    const context = this.cardContext();
    const more = results.length - this.shown;
    const widerRadius = this.origin && RADII.find((value) => value > this.radiusValue);
    const none = !results.length;
    // Once drawn, "no results" stays on the page, hidden while there are results, and the list stays
    // too while there are none: a word that finds nothing, typed between ones that do, switches
    // between the two instead of building the hotline (or the list) again on each keystroke.
    if (none) this.noResultsDrawn = true;
    return html`<div part="heading" role="heading" aria-level=${this.level} tabindex="-1">${this.headingText()}</div>
      <ul part="results" ?hidden=${none}>${results.slice(0, Math.min(this.cardsNow ?? Infinity, this.shown)).map((result, position) => renderCard(result, context, position))}</ul>
      ${more > 0 ? html`<button part="button more" type="button" @click=${this.showMore}>${this.t('show-more', { count: more })}</button>` : nothing}
      ${this.noResultsDrawn
        ? html`<div class="none" ?hidden=${!none}>
            <p part="message">${this.t('no-results')}</p>
            <div class="row">
              ${widerRadius
                ? html`<button part="button" type="button" class="secondary" @click=${() => this.widen(widerRadius)}>
                    ${this.t('widen-radius', { distance: this.distanceWords(widerRadius) })}
                  </button>`
                : nothing}
              ${activeFilters(this.filters) ? html`<button part="button" type="button" class="secondary" @click=${this.clearFilters}>${this.t('clear-filters')}</button>` : nothing}
            </div>
            ${this.hotlines(true)}
          </div>`
        : nothing}`;
  }

  protected override render(): TemplateResult {
    const level = this.level;
    let body: TemplateResult;
    if (this.phase === 'no-data') {
      body = html`<div part="heading" role="heading" aria-level=${level}>${this.t('hotlines-heading')}</div>${this.hotlines(false)}`;
    } else if (this.phase === 'loading') {
      body = html`<p part="message" aria-busy="true">${this.t('loading')}</p>`;
    } else if (this.phase === 'error') {
      body = html`<p part="message" class="problem">${this.t('load-error')}</p>${this.hotlines(true)}`;
    } else {
      body = html`${this.renderForm()}${this.renderResults()}`;
    }
    return html`<section part="base" aria-label=${this.t('finder-label')}>${body}</section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-resource-finder': HavenResourceFinder;
  }
}
