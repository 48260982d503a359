import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { announce } from '../core/announcer.js';
import { parseEnum, parseNumber, parseSwitch, quote, warnOnce } from '../core/attributes.js';
import { HavenElement } from '../core/haven-element.js';
import { registerTranslation } from '../core/i18n.js';
import { icon } from '../core/icons.js';
import { baseStyles } from '../core/styles.js';
import * as en from '../translations/en.js';
import * as es from '../translations/es.js';
import { resolveDestination } from './destination.js';
import type { ExitOptions } from './exit-page.js';
import { exitVia, joinExit, leaveExit, syncSkipLink, type ShortcutKind } from './exit-registry.js';
import { SHIFT_TIMEOUT } from './shortcuts.js';
import { quickExitStyles } from './quick-exit.styles.js';

registerTranslation('en', en.quickExit);
registerTranslation('es', es.quickExit);

export const EXIT_POSITIONS = ['top', 'bottom', 'inline'] as const;
export type ExitPosition = (typeof EXIT_POSITIONS)[number];
export type ExitHistory = 'replace' | 'push';
const SHORTCUTS = ['shift', 'escape', 'none'];

const ICON_EXIT = 'M4 3h9v2H6v14h7v2H4zm11 4 5 5-5 5-1.4-1.4 2.6-2.6H9v-2h7.2l-2.6-2.6z';

/**
 * A quick exit: one press replaces this page with a neutral website. The page is hidden
 * in the same task, the destination gets no `Referer`, Haven's own storage keys are
 * removed, and by default Back does not return here. Put a plain link inside as the
 * fallback shown before and without JavaScript; it is hidden once the element upgrades.
 *
 * @summary Leave the page at once for a neutral site.
 * @tagname haven-quick-exit
 *
 * @fires haven-exit - An exit started (after the navigation was started). `detail: { via: 'button' | 'skip-link' | 'shift' | 'escape' }`; never the page address. Fired once per exit, on the element whose control was used (for a shortcut: the first element in document order that turns it on).
 *
 * @csspart base - The bar holding the button (fixed for `top` and `bottom`).
 * @csspart button - The exit button.
 * @csspart icon - The exit icon.
 * @csspart indicator - The shortcut progress dots (hidden from screen readers, which hear a status message instead).
 *
 * @cssprop [--haven-exit-background=#a4161a] - Button background (white text on it is 7.8:1).
 * @cssprop [--haven-exit-text=#ffffff] - Button text and border.
 * @cssprop [--haven-radius=0.5rem] - Corner radius.
 * @cssprop [--haven-focus=#0b4f9c] - Focus outline colour.
 * @cssprop [--haven-font-family=inherit] - Font family (no web fonts are loaded).
 * @cssprop [--haven-font-size=1rem] - Base font size.
 */
export class HavenQuickExit extends HavenElement {
  static override styles = [baseStyles, quickExitStyles];

  /** Destination (http/https only). Default: https://www.wikipedia.org/; set a local neutral site. */
  @property() href: string | null = null;

  /** `replace` (default: Back does not return to the exited page) or `push` (an ordinary navigation). */
  @property() history: string = 'replace';

  /** Space-separated: `shift` (default: Shift pressed 3 times), `escape` (Escape twice), `none`. */
  @property() shortcut: string = 'shift';

  /** Milliseconds allowed between Shift presses (default 5000). */
  @property({ attribute: 'shortcut-timeout' }) shortcutTimeout: string | number | null = null;

  /** `top` (default: fixed at the top), `bottom` (a full-width bar on small screens), `inline`. */
  @property() position: string = 'top';

  /** `off` removes the visually hidden exit link inserted first in `<body>` (default on). */
  @property({ attribute: 'skip-link' }) skipLink: string | null = null;

  @state() private pressed = 0;
  @state() private presses = 3;

  /** The fixed bar's height, reserved where the element is (a constructable sheet: CSP-safe). */
  private readonly reserve = new CSSStyleSheet();
  private barObserver?: ResizeObserver;

  /** The destination in use after validation. */
  get destination(): string {
    return resolveDestination(this, this.href);
  }

  private get positionValue(): ExitPosition {
    return parseEnum(this, 'position', this.position, EXIT_POSITIONS, 'top');
  }

  /** @internal For the page-wide exit registry (exit-registry.ts). */
  exitOptions(): ExitOptions {
    return {
      href: this.destination,
      history: parseEnum<ExitHistory>(this, 'history', this.history, ['replace', 'push'], 'replace'),
      title: this.t('exit-title'),
      message: this.t('exit-message'),
    };
  }

  /** @internal For the page-wide exit registry (exit-registry.ts). */
  exitShortcuts(): ShortcutKind[] {
    const words = String(this.shortcut ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const unknown = words.filter((word) => !SHORTCUTS.includes(word));
    if (unknown.length || !words.length) {
      warnOnce(this, 'shortcut', `${quote(this.shortcut)} is not a list of shift, escape or none; using "shift" for the rest.`);
    }
    const known = words.filter((word): word is ShortcutKind => word === 'shift' || word === 'escape');
    return known.length || words.includes('none') ? known : ['shift'];
  }

  /** @internal For the page-wide exit registry (exit-registry.ts). */
  exitShortcutTimeout(): number {
    return parseNumber(this, 'shortcut-timeout', this.shortcutTimeout, { min: 1000, max: 60000, fallback: SHIFT_TIMEOUT });
  }

  /** @internal For the page-wide exit registry (exit-registry.ts). */
  exitSkipLink(): string | undefined {
    return parseSwitch(this, 'skip-link', this.skipLink, true) ? this.t('skip-link') : undefined;
  }

  /** @internal For the page-wide exit registry (exit-registry.ts). */
  exitProgress(kind: ShortcutKind, count: number, presses: number, expired: boolean): void {
    if (count) {
      const left = presses - count;
      announce(kind === 'escape' ? this.t('escape-one-more') : this.t(left === 1 ? 'shift-one-more' : 'shift-more', { count: left }));
    } else if (expired) {
      announce(this.t('shortcut-expired'));
    }
    this.pressed = count;
    this.presses = presses;
  }

  /** @internal For the page-wide exit registry (exit-registry.ts). */
  exitReset(): void {
    this.pressed = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    joinExit(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    leaveExit(this);
    this.barObserver?.disconnect();
    this.barObserver = undefined;
  }

  protected override willUpdate(): void {
    // Check every attribute now, so a partner sees a bad value in the console at once.
    this.exitOptions();
    this.exitShortcutTimeout();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    syncSkipLink();
    // In the top layer, above any z-index, cookie banner or overlay the page has.
    const base = this.renderRoot.querySelector<HTMLElement>('[popover]');
    try {
      if (base && !base.matches(':popover-open')) base.showPopover();
    } catch {
      // No Popover API: the bar stays fixed with the highest z-index.
    }
    this.reserveBarHeight();
  }

  /**
   * The stylesheet reserves one 44 px row; a bigger text size or a narrow screen makes the
   * button taller (its words wrap), and the fixed bar would then cover the top of the page.
   */
  private reserveBarHeight(): void {
    if (this.barObserver || typeof ResizeObserver === 'undefined' || !this.shadowRoot) return;
    this.shadowRoot.adoptedStyleSheets = [...this.shadowRoot.adoptedStyleSheets, this.reserve];
    this.barObserver = new ResizeObserver(() => {
      const bar = this.renderRoot.querySelector<HTMLElement>('[part="base"]');
      const height = bar && getComputedStyle(bar).position === 'fixed' ? bar.getBoundingClientRect().height : 0;
      this.reserve.replaceSync(height ? `:host{block-size:${Math.ceil(height)}px}` : '');
    });
    this.barObserver.observe(this.renderRoot.querySelector('[part="base"]')!);
  }

  private onClick(): void {
    exitVia(this, 'button');
  }

  protected override render(): TemplateResult {
    const position = this.positionValue;
    const shortcuts = this.exitShortcuts();
    const hint = [this.t('exit-hint'), ...shortcuts.map((kind) => this.t(`shortcut-${kind}`))].join(' ');
    return html`<div part="base" class=${position} popover=${position === 'inline' ? nothing : 'manual'}>
        <button part="button" type="button" aria-describedby="hint" @click=${this.onClick}>
          ${icon(ICON_EXIT)}<span>${this.t('exit')}</span><span class="visually-hidden"> ${this.t('exit-emergency')}</span>
          <span part="indicator" aria-hidden="true" ?hidden=${!this.pressed}
            >${Array.from({ length: this.presses }, (_, index) => html`<span class=${index < this.pressed ? 'on' : ''}></span>`)}</span
          >
        </button>
      </div>
      <span id="hint" hidden>${hint}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-quick-exit': HavenQuickExit;
  }
}
