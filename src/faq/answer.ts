import { quote } from '../core/attributes.js';
import { safeUrl } from '../core/safe-url.js';
import { havenPolicy } from '../core/trusted-types.js';

/**
 * Answers from data (`src` JSON, presets) become DOM nodes built here, never HTML strings
 * in the live page. Markup is parsed in an inert document (no scripts run, nothing loads)
 * and only these elements are copied over; `href`s pass the one safe-URL check. What is
 * left out is reported, so the partner can see why an answer looks different.
 */
const ALLOWED = new Set(['p', 'ul', 'ol', 'li', 'a', 'em', 'strong', 'br']);
/** The allowed elements, for messages. */
export const ANSWER_TAGS = [...ALLOWED].join(' ');
/** Elements whose text must not leak into the answer when they are unwrapped. */
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'title', 'iframe', 'object', 'svg', 'math', 'select']);

/** Parse markup in an inert document; `undefined` when a strict page forbids it. */
function parseInert(markup: string): HTMLElement | undefined {
  const policy = havenPolicy();
  if (policy === null) return undefined;
  const input = (policy ? policy.createHTML(markup) : markup) as string;
  return new DOMParser().parseFromString(input, 'text/html').body;
}

/**
 * Copy the allowed parts of `from` into `into`; anything else is unwrapped or dropped, and
 * named in `removed` (`<script>`, `a link to "javascript:…"`, `onclick`).
 */
function copyAllowed(from: Node, into: Node, removed: Set<string>): void {
  for (const node of from.childNodes) {
    if (node instanceof Text) {
      into.appendChild(document.createTextNode(node.data));
    } else if (node instanceof Element) {
      const tag = node.localName;
      const written = tag === 'a' ? node.getAttribute('href') : null;
      const href = written === null ? undefined : safeUrl(written);
      for (const { name } of node.attributes) if (name.startsWith('on')) removed.add(name);
      if (DROPPED.has(tag)) {
        removed.add(`<${tag}>`);
        continue;
      }
      if (!ALLOWED.has(tag) || (tag === 'a' && !href)) {
        removed.add(written === null ? `<${tag}>` : `a link to ${quote(written)}`);
        copyAllowed(node, into, removed);
        continue;
      }
      const element = document.createElement(tag);
      if (href) {
        element.setAttribute('href', href);
        element.setAttribute('rel', 'noreferrer');
      }
      copyAllowed(node, element, removed);
      into.appendChild(element);
    }
  }
}

/** A paragraph per blank-line-separated block of plain text. */
function paragraphs(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const block of text.split(/\n\s*\n/)) {
    if (!block.trim()) continue;
    const paragraph = document.createElement('p');
    paragraph.textContent = block.trim();
    fragment.append(paragraph, '\n');
  }
  return fragment;
}

/**
 * An answer string as nodes: plain text (blank lines make paragraphs), or the small
 * markup subset `p ul ol li a[href] em strong br`. Where parsing is not allowed (a
 * Trusted Types policy that does not list `haven`), the text is kept and the tags dropped.
 */
export function renderAnswer(answer: string, onRemoved?: (removed: string[]) => void): DocumentFragment {
  if (!/<\/?[a-z][^>]*>/i.test(answer)) return paragraphs(answer);
  const body = parseInert(answer);
  if (!body) return paragraphs(answer.replace(/<[^>]*>/g, ' '));
  const fragment = document.createDocumentFragment();
  const removed = new Set<string>();
  copyAllowed(body, fragment, removed);
  if (removed.size) onRemoved?.([...removed]);
  return fragment;
}
