import { havenPolicy } from '../core/trusted-types.js';

/** One question as search engines read it: plain text, whitespace collapsed. */
export interface FaqText {
  question: string;
  answer: string;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
const BLOCK = /^(p|div|li|ul|ol|br|h[1-6]|section|blockquote|pre|table|tr|td|th|dt|dd)$/;

/** The text of `node` as read: blocks separated by a space ("<p>One.</p><p>Two.</p>" → "One. Two."). */
export function readableText(node: Node): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child instanceof Text) text += child.data;
    else if (child instanceof Element && child.localName !== 'script') {
      const block = BLOCK.test(child.localName) ? ' ' : '';
      text += block + readableText(child) + block;
    }
  }
  return text;
}

/** schema.org FAQPage built from the questions as rendered. */
export function faqPageData(items: readonly FaqText[], lang: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: lang,
    mainEntity: items.map(({ question, answer }) => ({
      '@type': 'Question',
      name: clean(question),
      acceptedAnswer: { '@type': 'Answer', text: clean(answer) },
    })),
  };
}

/**
 * The JSON-LD text. `<` is escaped so the block stays one script element even if the
 * page is later serialised to HTML (a "</script>" inside an answer cannot end it).
 */
export function faqPageJsonLd(items: readonly FaqText[], lang: string): string {
  return JSON.stringify(faqPageData(items, lang)).replace(/</g, '\\u003c');
}

/**
 * Put the JSON-LD into `script` (a `type="application/ld+json"` data block). Through the
 * `haven` policy where the page enforces Trusted Types (assigning a script's text is a sink
 * even for data); as a text node where the policy is not allowed.
 */
export function writeJsonLd(script: HTMLScriptElement, items: readonly FaqText[], lang: string): void {
  const text = faqPageJsonLd(items, lang);
  if (script.textContent === text) return;
  const policy = havenPolicy();
  if (policy) script.textContent = policy.createScript(text) as unknown as string;
  else script.replaceChildren(document.createTextNode(text));
}
