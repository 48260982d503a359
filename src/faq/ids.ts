import { foldText } from '../core/text.js';

/**
 * A readable, stable id from a question: "¿Qué es la trata?" → "que-es-la-trata".
 * Letters of any script are kept, so questions in Arabic or Chinese get ids too.
 */
export function slugify(question: string): string {
  return (
    foldText(question)
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .slice(0, 60)
      .replace(/^-+|-+$/g, '') || 'question'
  );
}

/**
 * `base`, or `base-2`, `base-3`… : the first that no other element in `root` uses and
 * that `taken` (ids handed out in this batch, not yet in the page) does not hold.
 * Ids stay unique across several FAQs on one page.
 */
export function uniqueId(base: string, root: Document | ShadowRoot, self: Element | null, taken: Set<string>): string {
  let id = base;
  for (let count = 2; taken.has(id) || ((root.getElementById(id) ?? self) !== self); count++) id = `${base}-${count}`;
  taken.add(id);
  return id;
}
