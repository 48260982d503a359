import { css } from 'lit';
import { targetBox } from '../core/styles.js';

export const hotlineBannerStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  :host([variant='sticky-top' i]),
  :host([variant='sticky-bottom' i]) {
    position: sticky;
    z-index: 2147483000;
  }
  :host([variant='sticky-top' i]) {
    inset-block-start: var(--haven-sticky-offset, 0px);
  }
  :host([variant='sticky-bottom' i]) {
    inset-block-end: 0;
  }
  [part='base'] {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: center;
    gap: 0.5rem;
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 0.375rem solid var(--_accent);
    border-radius: var(--_radius);
  }
  p {
    margin: 0;
  }
  [part='about'],
  [part='actions'],
  [part='emergency'] {
    grid-column: 1 / -1;
  }
  [part='name'] {
    font-weight: 700;
    font-size: 1.125em;
  }
  [part='about'] {
    color: var(--_muted);
  }
  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .action {
    ${targetBox}
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: none;
    text-decoration: none;
    font-weight: 600;
  }
  .action:hover {
    text-decoration: underline;
  }
  /* No nowrap: at 320 px with 200% text the call button is wider than the screen; it then
     wraps (at the number's hyphens if it must) instead of making the page scroll sideways. */
  [part~='call'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  [part='dismiss'] {
    grid-column: 2;
    grid-row: 1;
    display: inline-grid;
    place-items: center;
    inline-size: 2.25rem;
    block-size: 2.25rem;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
  }
  [part='emergency'] {
    font-weight: 600;
  }
  [part='emergency'] a {
    color: var(--_danger);
    font-weight: 700;
  }
  /* Compact and sticky: call and copy as large targets, the rest as one line of small
     links, so a sticky banner stays under 15% of a 360×640 screen. */
  .condensed {
    row-gap: 2px;
    padding-block: 2px;
  }
  .sticky-top,
  .sticky-bottom {
    border-radius: 0;
    border-inline-width: 0;
    padding-inline: max(var(--_space), env(safe-area-inset-left), env(safe-area-inset-right));
  }
  .sticky-top {
    border-block-start: 0;
    padding-block-start: max(2px, env(safe-area-inset-top));
  }
  .sticky-bottom {
    border-block-end: 0;
    padding-block-end: max(2px, env(safe-area-inset-bottom));
  }
  .condensed [part='about'],
  .sticky-top [part~='chat'],
  .sticky-top [part~='tty'],
  .sticky-bottom [part~='chat'],
  .sticky-bottom [part~='tty'] {
    display: none;
  }
  .condensed [part='name'] {
    grid-column: 1 / -1;
    font-size: 1em;
  }
  .condensed [part~='copy'] span,
  .condensed .words,
  .condensed [part='name'] {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .condensed [part='actions'] {
    grid-column: 1;
    gap: 0.125rem 0.5rem;
  }
  .condensed .action:not([part~='call'], [part~='copy']) {
    min-block-size: 24px;
    padding: 0 0.25rem;
    border: 0;
    font-size: 0.875em;
    font-weight: 700;
    text-decoration: underline;
  }
  .condensed .action [part='icon'] {
    display: none;
  }
  .condensed [part~='call'] [part='icon'],
  .condensed [part~='copy'] [part='icon'] {
    display: block;
  }
  .condensed [part='emergency'] {
    font-size: 0.875em;
    line-height: 1.25;
  }
  @container (min-width: 40rem) {
    .condensed [part='name'] {
      position: static;
      inline-size: auto;
      block-size: auto;
      clip-path: none;
    }
  }
  @media (forced-colors: active) {
    [part~='call'] {
      color: ButtonText;
      border-color: ButtonText;
    }
    [part='dismiss'] {
      border-color: ButtonText;
    }
  }
  @media print {
    :host {
      position: static !important;
    }
    [part~='copy'],
    [part='dismiss'] {
      display: none;
    }
  }
`;
