import { css } from 'lit';
import { targetBox } from '../core/styles.js';

export const quickExitStyles = css`
  :host {
    --_exit-background: var(--haven-exit-background, #a4161a);
    --_exit-text: var(--haven-exit-text, #ffffff);
    --_gap: 4px;
    display: block;
    /* The fixed bar's own space, so it never covers the page where it is placed. */
    block-size: calc(var(--_target) + 2 * var(--_gap));
  }
  :host([position='inline' i]) {
    display: inline-block;
    block-size: auto;
  }
  [part='base'] {
    position: fixed;
    inset-block: 0 auto;
    inset-inline: auto 0;
    z-index: 2147483647;
    display: flex;
    margin: 0;
    padding: var(--_gap);
    border: 0;
    background: none;
    overflow: visible;
    color: inherit;
    inline-size: auto;
    block-size: auto;
  }
  .bottom {
    inset-block: auto 0;
    padding-block-end: max(var(--_gap), env(safe-area-inset-bottom));
  }
  .inline {
    position: static;
    padding: 0;
  }
  [part='button'] {
    ${targetBox}
    padding: 0.5rem 1rem;
    border: 2px solid var(--_exit-text);
    border-radius: var(--_radius);
    background: var(--_exit-background);
    color: var(--_exit-text);
    font-weight: 700;
  }
  [part='indicator'] {
    display: inline-flex;
    gap: 3px;
  }
  [part='indicator'] span {
    inline-size: 0.625rem;
    block-size: 0.625rem;
    border: 2px solid;
    border-radius: 50%;
  }
  [part='indicator'] .on {
    background: currentColor;
  }
  /* Small screens: the bottom bar spans the width, thumb-reachable. */
  @media (max-width: 40rem) {
    .bottom {
      inset-inline: 0;
    }
    .bottom [part='button'] {
      flex: 1;
    }
  }
  @media (forced-colors: active) {
    [part='button'] {
      border-color: ButtonText;
    }
    [part='indicator'] span {
      forced-color-adjust: none;
      border-color: ButtonText;
    }
    [part='indicator'] .on {
      background: ButtonText;
    }
  }
  @media print {
    :host {
      display: none !important;
    }
  }
`;
