import { css, unsafeCSS } from 'lit';

/**
 * Design tokens and resets every Haven element shares. Each `--haven-*` property has a
 * fallback here, so a partner sets only what they want to change. No web fonts: the
 * partner's own font is inherited.
 *
 * Light or dark follows the page's colour scheme, like the browser's own form controls:
 * `light-dark()` reads the inherited `color-scheme`, so a page that declares
 * `color-scheme: light dark` gets the dark colours when the device prefers dark, and a page
 * with no dark style keeps the light ones (not light text on its white background).
 * Browsers without `light-dark()` (before 2024) keep following `prefers-color-scheme`.
 */
export const baseStyles = css`
  :host {
    --_surface: var(--haven-surface, #eef2f8);
    --_text: var(--haven-text, #14171f);
    --_muted: var(--haven-text-muted, #3d4452);
    --_accent: var(--haven-accent, #0b4f9c);
    --_accent-text: var(--haven-accent-text, #ffffff);
    --_border: var(--haven-border, #5b6476);
    --_focus: var(--haven-focus, #0b4f9c);
    --_danger: var(--haven-danger, #a4161a);
    --_radius: var(--haven-radius, 0.5rem);
    --_space: var(--haven-space, 0.75rem);
    --_target: 44px;
    box-sizing: border-box;
    font-family: var(--haven-font-family, inherit);
    font-size: var(--haven-font-size, 1rem);
    line-height: 1.4;
    /* A word longer than the line (a 320 px screen at 200% text) breaks rather than making
       the page scroll sideways; "anywhere" also lets flex and grid items shrink to fit. */
    overflow-wrap: anywhere;
    color: var(--_text);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_surface: var(--haven-surface, #1b2130);
      --_text: var(--haven-text, #f3f5fa);
      --_muted: var(--haven-text-muted, #c9cfdb);
      --_accent: var(--haven-accent, #a8cbff);
      --_accent-text: var(--haven-accent-text, #0a1a33);
      --_border: var(--haven-border, #9099ad);
      --_focus: var(--haven-focus, #ffd166);
      --_danger: var(--haven-danger, #ffb4b4);
    }
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_surface: var(--haven-surface, light-dark(#eef2f8, #1b2130));
      --_text: var(--haven-text, light-dark(#14171f, #f3f5fa));
      --_muted: var(--haven-text-muted, light-dark(#3d4452, #c9cfdb));
      --_accent: var(--haven-accent, light-dark(#0b4f9c, #a8cbff));
      --_accent-text: var(--haven-accent-text, light-dark(#ffffff, #0a1a33));
      --_border: var(--haven-border, light-dark(#5b6476, #9099ad));
      --_focus: var(--haven-focus, light-dark(#0b4f9c, #ffd166));
      --_danger: var(--haven-danger, light-dark(#a4161a, #ffb4b4));
    }
  }
  /* \`hidden\` hides, whatever display a part's own rule gives it. */
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a,
  button {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  svg {
    flex: none;
    fill: currentColor;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_surface: Canvas;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_accent: ButtonFace;
      --_accent-text: ButtonText;
      --_border: CanvasText;
      --_focus: Highlight;
      --_danger: CanvasText;
    }
    a {
      color: LinkText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/**
 * The one 44×44 px primary action box (WCAG 2.2 target size), shared by the banner's
 * actions, the quick exit's button and the finder's buttons. Declarations only (a constant,
 * never data), so it goes into a rule: `css\`button { ${targetBox} padding: … }\``.
 */
export const targetBox = unsafeCSS(
  'display:inline-flex;align-items:center;justify-content:center;gap:.375rem;min-block-size:var(--_target);min-inline-size:var(--_target);',
);
