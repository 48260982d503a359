import { slugify } from './ids.js';

/** Class of every enhanced question (the `<div>` that replaced a `<details>`, or the `<section>`). */
export const ITEM_CLASS = 'haven-faq-item';

/** One enhanced question in the light DOM, and the state the element keeps for it. */
export interface FaqItem {
  item: HTMLElement;
  heading: HTMLElement;
  button: HTMLButtonElement;
  panel: HTMLElement;
  answer: HTMLElement;
  copy: HTMLButtonElement;
  /** The heading level a `<section>` was written with; used when `heading-level` is not set. */
  ownLevel?: number;
  /** What the person chose. */
  open: boolean;
  /** What is on screen: a search shows matching answers without changing `open`. */
  shown: boolean;
  /** Folded question and answer, computed on the first search. */
  text?: string;
}

/** A question ready to build: the answer is already DOM nodes. */
export interface FaqEntry {
  id?: string;
  question: string;
  answer: DocumentFragment;
}

/** What building needs from the element. */
export interface BuildContext {
  /** An id unique in the page: `(wanted, element that may already hold it) → id`. */
  id(wanted: string, self: Element | null): string;
  /** The heading level to use, given the level a `<section>` was written with. */
  level(ownLevel?: number): number;
}

const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag);
  element.className = className;
  return element;
};

/**
 * Build the APG accordion structure inside `container`:
 * `hN > button[aria-expanded][aria-controls]` (the button is the heading's only child)
 * and a panel with the answer and a "copy link" button, in the same DOM tree.
 */
export function buildItem(
  container: HTMLElement,
  question: Iterable<Node | string>,
  answer: Iterable<Node>,
  id: string,
  context: BuildContext,
  open = false,
  ownLevel?: number,
): FaqItem {
  const button = make('button', 'haven-faq-button');
  button.type = 'button';
  // A span keeps inline markup in the question flowing as one line next to the icon.
  const label = make('span', 'haven-faq-question');
  label.append(...question);
  button.append(label);
  const heading = make(`h${context.level(ownLevel)}` as 'h3', 'haven-faq-heading');
  heading.append(button);
  const answerBox = make('div', 'haven-faq-answer');
  answerBox.append(...answer);
  const copy = make('button', 'haven-faq-copy');
  copy.type = 'button';
  const panel = make('div', 'haven-faq-panel');
  panel.id = context.id(`${id}-answer`, null);
  panel.append(answerBox, copy);
  button.setAttribute('aria-controls', panel.id);
  container.classList.add(ITEM_CLASS);
  container.id = id;
  container.replaceChildren(heading, panel);
  const item: FaqItem = { item: container, heading, button, panel, answer: answerBox, copy, ownLevel, open, shown: open };
  showItem(item, open);
  return item;
}

/**
 * Enhance a light-DOM `<details>` (replaced in place by a `<div>` with its attributes)
 * or `<section>` (kept) child. Anything else, or a second call, returns undefined.
 */
export function enhanceLightItem(element: Element, context: BuildContext): FaqItem | undefined {
  const details = element.localName === 'details';
  const head = element.querySelector(details ? ':scope > summary' : ':scope > :is(h2, h3, h4, h5, h6)');
  if (!head || element.classList.contains(ITEM_CLASS) || !(details || element.localName === 'section')) return undefined;
  // `<summary><h3>…</h3></summary>` is common; a heading cannot go inside a button.
  const question = head.querySelector('h1, h2, h3, h4, h5, h6') ?? head;
  head.remove();
  let container = element as HTMLElement;
  if (details) {
    container = document.createElement('div');
    for (const { name, value } of element.attributes) if (name !== 'open' && name !== 'name') container.setAttribute(name, value);
  }
  const id = context.id(element.id || slugify(question.textContent ?? ''), element);
  const item = buildItem(
    container,
    [...question.childNodes],
    [...element.childNodes],
    id,
    context,
    details && (element as HTMLDetailsElement).open,
    details ? undefined : Number(head.localName[1]),
  );
  if (details) element.replaceWith(container);
  return item;
}

/** Show or hide an answer. Closed answers stay findable with the browser's find-in-page. */
export function showItem(item: FaqItem, shown: boolean): void {
  item.shown = shown;
  item.button.setAttribute('aria-expanded', String(shown));
  // "until-found": find-in-page and text fragments reveal it (firing `beforematch`);
  // browsers without it treat any `hidden` value as plain hidden. Never `inert`.
  if (shown) item.panel.removeAttribute('hidden');
  else item.panel.setAttribute('hidden', 'until-found');
}

/** Make the question's heading `<h{level}>`. */
export function setHeadingLevel(item: FaqItem, level: number): void {
  if (item.heading.localName === `h${level}`) return;
  const heading = make(`h${level}` as 'h3', 'haven-faq-heading');
  heading.append(item.button);
  item.heading.replaceWith(heading);
  item.heading = heading;
}
