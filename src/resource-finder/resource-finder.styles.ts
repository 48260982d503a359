import { css } from 'lit';
import { targetBox } from '../core/styles.js';

export const resourceFinderStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  [part='base'] {
    display: grid;
    gap: var(--_space);
    overflow-wrap: anywhere;
  }
  p,
  dl,
  dd,
  ul {
    margin: 0;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  form {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .field {
    display: grid;
    gap: 0.25rem;
    min-inline-size: 0;
  }
  label,
  summary {
    font-weight: 600;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
  }
  .row > * {
    flex: 1 1 10rem;
  }
  input,
  select {
    min-block-size: var(--_target);
    inline-size: 100%;
    /* A select is otherwise as wide as its longest option, wider than a 320 px screen at 200% text. */
    min-inline-size: 0;
    padding: 0.5rem;
    font: inherit;
    color: var(--_text);
    background: Canvas;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  @media (prefers-color-scheme: dark) {
    input,
    select {
      background: #10141d;
    }
  }
  @supports (color: light-dark(#000, #fff)) {
    input,
    select {
      background: light-dark(Canvas, #10141d);
    }
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: var(--_target);
  }
  .check input {
    inline-size: 1.5rem;
    min-block-size: 1.5rem;
    block-size: 1.5rem;
  }
  summary {
    display: flex;
    align-items: center;
    min-block-size: var(--_target);
    cursor: pointer;
  }
  /* border-box again: box-sizing: inherit reaches <details> content through the browser's own
     shadow root as content-box, and the selects would overflow by their padding and border. */
  .filters {
    display: grid;
    gap: var(--_space);
    padding-block-start: 0.25rem;
    box-sizing: border-box;
  }
  @container (min-width: 36rem) {
    .filters {
      grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
      align-items: end;
    }
  }
  button,
  .action {
    ${targetBox}
    padding: 0.5rem 0.875rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
    text-decoration: none;
  }
  button.secondary,
  .action {
    background: none;
    color: inherit;
  }
  button:disabled {
    cursor: progress;
    opacity: 0.75;
  }
  .action:hover,
  button:hover {
    text-decoration: underline;
  }
  [part~='call'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  [part='heading'] {
    font-size: 1.25em;
    font-weight: 700;
  }
  [part='message'] {
    font-weight: 600;
  }
  .problem {
    color: var(--_danger);
  }
  [part='results'],
  [part='hotlines'],
  .none {
    display: grid;
    gap: var(--_space);
  }
  [part='card'] {
    display: grid;
    gap: 0.5rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 0.375rem solid var(--_accent);
    border-radius: var(--_radius);
    break-inside: avoid;
  }
  [part='card-name'] {
    font-size: 1.125em;
    font-weight: 700;
  }
  [part='organization'],
  [part='verified'] {
    color: var(--_muted);
  }
  [part='badges'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  [part='badge'] {
    padding: 0 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 1rem;
    font-size: 0.875em;
    font-weight: 600;
  }
  [part='badge'].warning,
  [part='alert'],
  .stale strong {
    color: var(--_danger);
  }
  [part='alert'] {
    font-weight: 600;
  }
  [part='details'] {
    display: grid;
    gap: 0.25rem;
  }
  dt {
    display: inline;
    font-weight: 600;
  }
  dt::after {
    content: ': ';
  }
  dd {
    display: inline;
  }
  [part='card-actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [part='report'] a {
    display: inline-block;
    padding-block: 0.625rem;
    color: inherit;
  }
  [part~='more'] {
    justify-self: start;
  }
  [tabindex='-1']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    button,
    [part~='call'] {
      color: ButtonText;
      border-color: ButtonText;
    }
  }
  @media print {
    form,
    button,
    [part~='more'],
    [part='report'] {
      display: none !important;
    }
    [part='card'] {
      border: 1px solid #000;
    }
    .action {
      border: 0;
      padding: 0;
      min-block-size: 0;
    }
  }
`;
