import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { HavenElement } from '../core/haven-element.js';
import { registerTranslation } from '../core/i18n.js';
import { baseStyles } from '../core/styles.js';
import * as en from '../translations/en.js';
import * as es from '../translations/es.js';

registerTranslation('en', en.quickExitTips);
registerTranslation('es', es.quickExitTips);

/** The shortcuts the page's quick exits turn on, read from their attributes (upgraded or not). */
function shortcutsOnPage(): Set<string> {
  const words = new Set<string>();
  document.querySelectorAll('haven-quick-exit').forEach((exit) => {
    (exit.getAttribute('shortcut') ?? 'shift').toLowerCase().split(/\s+/).forEach((word) => words.add(word));
  });
  return words;
}

/**
 * "Browse more safely": a short, honest note to place near the quick exit. It says what the
 * exit does and does not do (it does not erase history; Back may show earlier pages) and
 * what helps (private windows, a safer device, closing the window). Every line can be
 * re-worded with an `i18n-<key>` attribute.
 *
 * @summary What a quick exit can and cannot do, in plain words.
 * @tagname haven-quick-exit-tips
 *
 * @csspart base - The disclosure (`<details>`).
 * @csspart summary - The "Browse more safely" toggle.
 * @csspart list - The list of tips.
 *
 * @cssprop [--haven-surface=#eef2f8] - Background.
 * @cssprop [--haven-text=#14171f] - Text colour.
 * @cssprop [--haven-border=#5b6476] - Border colour.
 * @cssprop [--haven-radius=0.5rem] - Corner radius.
 * @cssprop [--haven-space=0.75rem] - Inner spacing.
 */
export class HavenQuickExitTips extends HavenElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      [part='base'] {
        padding-inline: var(--_space);
        background: var(--_surface);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      [part='summary'] {
        display: flex;
        align-items: center;
        min-block-size: var(--_target);
        font-weight: 700;
        cursor: pointer;
      }
      [part='summary']::before {
        content: '▸';
        margin-inline-end: 0.5rem;
      }
      :dir(rtl) [part='summary']::before {
        content: '◂';
      }
      [open] [part='summary']::before {
        content: '▾';
      }
      [part='summary']::-webkit-details-marker {
        display: none;
      }
      [part='list'] {
        margin: 0;
        padding-block-end: var(--_space);
        padding-inline-start: 1.25rem;
      }
    `,
  ];

  /** Shows the tips open instead of behind the "Browse more safely" toggle. */
  @property({ type: Boolean, reflect: true }) open = false;

  protected override render(): TemplateResult {
    const shortcuts = shortcutsOnPage();
    const tips = [
      'tip-exit',
      shortcuts.has('shift') ? 'tip-shift' : '',
      shortcuts.has('escape') ? 'tip-escape' : '',
      'tip-history',
      'tip-delete',
      'tip-private',
      'tip-close',
      'tip-device',
      'tip-spyware',
    ];
    return html`<details part="base" ?open=${this.open} @toggle=${(event: Event) => (this.open = (event.target as HTMLDetailsElement).open)}>
      <summary part="summary">${this.t('tips-title')}</summary>
      <ul part="list">
        ${tips.map((key) => (key ? html`<li>${this.t(key)}</li>` : nothing))}
      </ul>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-quick-exit-tips': HavenQuickExitTips;
  }
}
