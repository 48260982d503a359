import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { announce } from '../core/announcer.js';
import { parseEnum, warnOnce } from '../core/attributes.js';
import { copyText } from '../core/clipboard.js';
import { HavenElement } from '../core/haven-element.js';
import { registerTranslation } from '../core/i18n.js';
import { ICON_CHAT, ICON_CLOSE, ICON_COPY, ICON_MESSAGE, ICON_PHONE, icon } from '../core/icons.js';
import { readSessionFlag, writeSessionFlag } from '../core/storage.js';
import { baseStyles } from '../core/styles.js';
import * as en from '../translations/en.js';
import * as es from '../translations/es.js';
import { isPresetId, resolveHotline, warnIfStale, type ResolvedHotline } from './hotline.js';
import { hotlineBannerStyles } from './hotline-banner.styles.js';
import { DEFAULT_PRESET, PRESET_IDS, type HotlinePresetId } from './presets.js';

registerTranslation('en', en.hotlineBanner);
registerTranslation('es', es.hotlineBanner);

export const BANNER_VARIANTS = ['inline', 'sticky-top', 'sticky-bottom', 'compact'] as const;
export type BannerVariant = (typeof BANNER_VARIANTS)[number];
export type ContactChannel = 'call' | 'text' | 'chat' | 'tty' | 'copy';

/** Dismissals remembered for the life of the page (the default: nothing is stored). */
const dismissedThisPage = new Set<string>();

/**
 * A hotline banner: call, text, chat and TTY for a help line, with a copy-number button
 * and an emergency line that cannot be removed. Put a plain `tel:` link inside as the
 * fallback shown before and without JavaScript; it is hidden once the element upgrades.
 *
 * @summary The hotline, one tap away.
 * @tagname haven-hotline-banner
 *
 * @fires haven-contact - A person used a channel. `detail: { channel: 'call' | 'text' | 'chat' | 'tty' | 'copy' }`. Nothing is sent anywhere.
 * @fires haven-dismiss - The banner was dismissed.
 *
 * @csspart base - The banner container (`<aside>`).
 * @csspart name - The hotline's name.
 * @csspart about - Hours, confidentiality and languages.
 * @csspart actions - The row of contact options.
 * @csspart action - Every contact link or button (also has its own part below).
 * @csspart call - The call link (`tel:`).
 * @csspart copy - The copy-number button.
 * @csspart text - The text-message link (`sms:`).
 * @csspart chat - The live-chat link.
 * @csspart tty - The TTY / relay link.
 * @csspart emergency - The "in immediate danger" line.
 * @csspart dismiss - The dismiss button.
 * @csspart icon - Every inline SVG icon.
 *
 * @cssprop [--haven-surface=#eef2f8] - Background (dark: #1b2130).
 * @cssprop [--haven-text=#14171f] - Text colour (dark: #f3f5fa).
 * @cssprop [--haven-text-muted=#3d4452] - Secondary text colour.
 * @cssprop [--haven-accent=#0b4f9c] - Button and border colour (dark: #a8cbff).
 * @cssprop [--haven-accent-text=#ffffff] - Text on accent backgrounds.
 * @cssprop [--haven-border=#5b6476] - Border colour.
 * @cssprop [--haven-focus=#0b4f9c] - Focus outline colour.
 * @cssprop [--haven-danger=#a4161a] - Emergency number colour.
 * @cssprop [--haven-radius=0.5rem] - Corner radius.
 * @cssprop [--haven-space=0.75rem] - Inner spacing.
 * @cssprop [--haven-font-family=inherit] - Font family (no web fonts are loaded).
 * @cssprop [--haven-font-size=1rem] - Base font size.
 * @cssprop [--haven-sticky-offset=0px] - Distance from the top for `sticky-top` (e.g. below a sticky header).
 */
export class HavenHotlineBanner extends HavenElement {
  static override styles = [baseStyles, hotlineBannerStyles];

  /** Which hotline: `us-trafficking` (default), `ca-trafficking`, `uk-modern-slavery`, `mx-trafficking`, `us-988`. */
  @property() preset: string = DEFAULT_PRESET;

  /** Replaces the hotline's name. */
  @property() name: string | null = null;

  /** Replaces the phone number (shown as written, dialled as digits). */
  @property() phone: string | null = null;

  /** Replaces the text-message number; `sms=""` hides the text option. */
  @property() sms: string | null = null;

  /** Replaces the text-message keyword (shown as text, prefilled where phones allow). */
  @property({ attribute: 'sms-keyword' }) smsKeyword: string | null = null;

  /** Replaces the live-chat URL (http/https only); `chat-url=""` hides it. */
  @property({ attribute: 'chat-url' }) chatUrl: string | null = null;

  /** Replaces the TTY / relay number; `tty=""` hides it. */
  @property() tty: string | null = null;

  /** Replaces the hours line (e.g. "Mon–Fri 9am–5pm"). */
  @property() hours: string | null = null;

  /** Replaces the emergency number in the "in immediate danger" line. */
  @property() emergency: string | null = null;

  /** Layout: `inline` (default), `sticky-top`, `sticky-bottom`, `compact`. */
  @property() variant: string = 'inline';

  /** Shows a button that hides the banner. */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  /** Where a dismissal is remembered: `none` (default: this page only) or `session` (sessionStorage). */
  @property({ attribute: 'dismiss-storage' }) dismissStorage: string = 'none';

  @state() private copied = false;

  private hotline!: ResolvedHotline;
  private copiedTimer?: ReturnType<typeof setTimeout>;

  /** The preset in use after validation. */
  get presetId(): HotlinePresetId {
    const id = parseEnum(this, 'preset', this.preset, PRESET_IDS, DEFAULT_PRESET);
    return isPresetId(id) ? id : DEFAULT_PRESET;
  }

  private get sessionStorageOn(): boolean {
    return parseEnum(this, 'dismiss-storage', this.dismissStorage, ['none', 'session'], 'none') === 'session';
  }

  private get dismissKey(): string {
    return `banner-dismissed:${this.presetId}:${this.hotline?.phone.number}`;
  }

  protected override willUpdate(): void {
    warnIfStale(this.presetId);
    this.hotline = resolveHotline(
      this.presetId,
      {
        name: this.name,
        phone: this.phone,
        sms: this.sms,
        smsKeyword: this.smsKeyword,
        chatUrl: this.chatUrl,
        tty: this.tty,
        hours: this.hours,
        emergency: this.emergency,
      },
      (attribute, message) => warnOnce(this, attribute, message),
      this.stringsLang,
    );
    if (this.dismissible && (dismissedThisPage.has(this.dismissKey) || (this.sessionStorageOn && readSessionFlag(this.dismissKey)))) {
      this.hidden = true;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.copiedTimer);
  }

  private contact(channel: ContactChannel): void {
    this.dispatchEvent(new CustomEvent('haven-contact', { detail: { channel }, bubbles: true, composed: true }));
  }

  private async copyNumber(): Promise<void> {
    const { number } = this.hotline.phone;
    const copied = await copyText(number);
    announce(this.t(copied ? 'copied-announcement' : 'copy-failed', { number }));
    if (!copied) return;
    this.copied = true;
    clearTimeout(this.copiedTimer);
    this.copiedTimer = setTimeout(() => (this.copied = false), 2500);
    this.contact('copy');
  }

  private dismiss(): void {
    dismissedThisPage.add(this.dismissKey);
    if (this.sessionStorageOn) writeSessionFlag(this.dismissKey);
    this.hidden = true;
    this.dispatchEvent(new CustomEvent('haven-dismiss', { bubbles: true, composed: true }));
  }

  /** A translated sentence split around its `{number}`; a re-worded one still gets the number. */
  private around(key: string, values?: Record<string, string>): [string, string] {
    const [before, after] = this.t(key, { ...values, number: '\u0000' }).split('\u0000');
    return after === undefined ? [`${before} `, ''] : [before, after];
  }

  private link(channel: ContactChannel, href: string, text: unknown, path?: string): TemplateResult {
    return html`<a
      part="action ${channel}"
      class="action"
      href=${href}
      rel=${channel === 'chat' ? 'noopener noreferrer' : nothing}
      @click=${() => this.contact(channel)}
      >${path ? icon(path) : nothing}<span>${text}</span></a
    >`;
  }

  protected override render(): TemplateResult {
    const { name, phone, sms, chatHref, tty, hours, emergency, customised, presetId, preset } = this.hotline;
    const layout = parseEnum(this, 'variant', this.variant, BANNER_VARIANTS, 'inline');
    // A preset's description is about that preset's hotline: drop it when the partner
    // swapped in their own name or number, unless they wrote their own (i18n-about).
    const about = [
      hours ?? (preset.open247 ? this.t('hours-24-7') : ''),
      this.getAttribute('i18n-about')?.trim() || (customised ? '' : this.t(`preset-${presetId}-about`)),
    ].filter(Boolean).join(' ');
    const [callBefore, callAfter] = this.around('call');
    // The emergency sentence can be re-worded but never loses its number.
    const [before, after] = this.around('emergency');

    return html`<aside part="base" class="${layout} ${layout === 'inline' ? '' : 'condensed'}" aria-label=${this.t('banner-label', { name })}>
      <p part="name">${name}</p>
      ${this.dismissible
        ? html`<button part="dismiss" type="button" aria-label=${this.t('dismiss')} @click=${this.dismiss}>
            ${icon(ICON_CLOSE)}
          </button>`
        : nothing}
      ${about ? html`<p part="about">${about}</p>` : nothing}
      <div part="actions">
        ${this.link(
          'call',
          phone.href,
          // Condensed layouts show only the number; the words stay in the accessible name.
          html`<span class="words">${callBefore}</span>${phone.number}<span class="words">${callAfter}</span>`,
          ICON_PHONE,
        )}
        <button
          part="action copy"
          class="action"
          type="button"
          @click=${this.copyNumber}
        >
          ${icon(ICON_COPY)}<span>${this.t(this.copied ? 'copied' : 'copy-number')}</span>
        </button>
        ${sms
          ? this.link('text', sms.href, sms.keyword
              ? this.t('text-keyword', { keyword: sms.keyword, number: sms.number })
              : this.t('text', { number: sms.number }), ICON_MESSAGE)
          : nothing}
        ${chatHref ? this.link('chat', chatHref, this.t('chat'), ICON_CHAT) : nothing}
        ${tty ? this.link('tty', tty.href, this.t('tty', { number: tty.number })) : nothing}
      </div>
      <p part="emergency">
        ${before}<a href=${emergency.href}>${emergency.number}</a>${after}
      </p>
    </aside>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-hotline-banner': HavenHotlineBanner;
  }
}
