import { safeUrl } from '../core/safe-url.js';

/** A paragraph (string) or a bulleted list (strings), with `{name}` tokens filled in. */
export type AnswerBlock = string | string[];
/** Token name → plain text, or `[text, href]` for a link. */
export type AnswerTokens = Record<string, string | [string, string]>;

function inline(text: string, tokens: AnswerTokens, into: Element): Element {
  text.split(/\{(\w+)\}/).forEach((piece, index) => {
    const token = index % 2 ? (tokens[piece] ?? `{${piece}}`) : piece;
    const href = typeof token !== 'string' && safeUrl(token[1]);
    if (href) {
      const link = document.createElement('a');
      link.href = href;
      link.textContent = token[0];
      into.append(link);
    } else {
      into.append(typeof token === 'string' ? token : token[0]);
    }
  });
  return into;
}

/** Built-in answers: written as blocks, so no markup is parsed at all. */
export function renderBlocks(blocks: readonly AnswerBlock[], tokens: AnswerTokens): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const block of blocks) {
    const element = Array.isArray(block) ? document.createElement('ul') : inline(block, tokens, document.createElement('p'));
    if (Array.isArray(block)) for (const item of block) element.append(inline(item, tokens, document.createElement('li')));
    fragment.append(element, '\n');
  }
  return fragment;
}
