import { quote } from '../core/attributes.js';
import { ANSWER_TAGS, renderAnswer } from './answer.js';
import type { FaqEntry } from './items.js';

/** A question as it arrives from `src` JSON, validated. */
export interface FaqEntryData {
  id?: string;
  question: string;
  answer: string;
}

/**
 * `[{ "id", "question", "answer" }]` → entries. An entry without a question or answer
 * string is skipped with a warning; anything but an array is an error.
 */
export function readFaqEntries(data: unknown, warn: (message: string) => void): FaqEntryData[] {
  if (!Array.isArray(data)) throw new Error('expected a JSON array of { "id", "question", "answer" }');
  return data.flatMap((entry, index) => {
    const { id, question, answer } = (entry ?? {}) as Record<string, unknown>;
    if (typeof question === 'string' && question.trim() && typeof answer === 'string') {
      return [{ id: typeof id === 'string' && id.trim() ? id.trim().replace(/\s+/g, '-') : undefined, question: question.trim(), answer }];
    }
    warn(`entry ${index} needs "question" and "answer" strings; skipped.`);
    return [];
  });
}

/** `src` JSON as questions, answers built as DOM nodes. Loaded only when a page uses `src`. */
export function entriesFromJson(data: unknown, warn: (message: string) => void): FaqEntry[] {
  const entries = readFaqEntries(data, warn);
  if (!entries.length) throw new Error('it holds no questions');
  return entries.map(({ id, question, answer }) => ({
    id,
    question,
    answer: renderAnswer(answer, (removed) =>
      warn(`${quote(question)}: answer markup left out: ${removed.join(', ')} (answers may use ${ANSWER_TAGS}).`)),
  }));
}
