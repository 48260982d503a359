import { css } from 'lit';

/** The shadow root: the tools, the slot for the questions, and the "nothing found" help. */
export const faqStyles = css`
  :host {
    display: block;
    /* The questions are the partner's page content, on the page's own background (light or
       dark, whatever the device prefers): keep its text colour, and draw borders and the focus
       ring in that colour, which has the text's contrast, unless the partner sets them. */
    color: var(--haven-text, inherit);
    --_border: var(--haven-border, currentColor);
    --_accent: var(--haven-accent, currentColor);
    --_focus: var(--haven-focus, currentColor);
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    margin-block-end: 0.5rem;
  }
  .search {
    display: grid;
    gap: 0.25rem;
    flex: 1 1 14rem;
  }
  label {
    font-weight: 600;
  }
  input,
  button {
    min-block-size: var(--_target);
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
  }
  input {
    inline-size: 100%;
  }
  button {
    border-color: var(--_accent);
    font-weight: 600;
  }
  button:hover {
    text-decoration: underline;
  }
  ::slotted(.haven-faq-item) {
    display: block;
    margin: 0;
    border-block-end: 1px solid var(--haven-border, color-mix(in srgb, currentColor 40%, transparent));
    /* Room for a partner's sticky header when a deep link scrolls a question into view. */
    scroll-margin-block-start: var(--haven-scroll-margin, 1rem);
  }
  /* !important from the shadow tree beats the page's own rules: a filtered-out question stays hidden. */
  ::slotted([hidden]) {
    display: none !important;
  }
  .help {
    display: grid;
    gap: 0.5rem;
    margin-block-start: 0.75rem;
  }
  p {
    margin: 0;
  }
  @media print {
    .tools {
      display: none;
    }
  }
`;

/**
 * The questions live in the light DOM (so ids, `#` links, find-in-page, crawlers and the
 * page's own styles keep working), where shadow styles cannot reach below the slotted
 * item. This sheet is adopted by the page once (no `<style>` element, so a strict
 * `style-src` allows it) and only matches inside `haven-faq`.
 */
export const faqDocumentStyles = css`
  haven-faq .haven-faq-heading {
    margin: 0;
  }
  haven-faq .haven-faq-button {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
    inline-size: 100%;
    min-block-size: 44px;
    margin: 0;
    padding: 0.5rem 0.25rem;
    border: 0;
    border-radius: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  haven-faq .haven-faq-button:hover .haven-faq-question {
    text-decoration: underline;
  }
  haven-faq .haven-faq-button:focus-visible,
  haven-faq .haven-faq-copy:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* The state is the chevron's direction (a border, so forced colours keep it), not a colour. */
  haven-faq .haven-faq-button::after {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline: 0.25em;
    border: solid currentColor;
    border-width: 0 0.15em 0.15em 0;
    transform: translateY(-25%) rotate(45deg);
  }
  haven-faq .haven-faq-button[aria-expanded='true']::after {
    transform: translateY(25%) rotate(-135deg);
  }
  haven-faq .haven-faq-panel {
    margin: 0;
    padding: 0;
  }
  haven-faq .haven-faq-answer {
    padding-inline: 0.25rem;
  }
  haven-faq .haven-faq-copy {
    min-block-size: 44px;
    margin-block: 0 0.5rem;
    padding: 0.5rem 0.25rem;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  haven-faq mark.haven-faq-mark,
  ::highlight(haven-faq-match) {
    background-color: Mark;
    color: MarkText;
  }
  @media print {
    haven-faq .haven-faq-panel {
      display: block !important;
      content-visibility: visible !important;
    }
    haven-faq .haven-faq-copy,
    haven-faq .haven-faq-button::after {
      display: none;
    }
  }
`;
