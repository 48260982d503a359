import { resolveHotline, type Dialable } from '../hotline-banner/hotline.js';
import { renderBlocks, type AnswerBlock, type AnswerTokens } from './blocks.js';
import type { FaqEntry } from './items.js';
import en from './presets/trafficking-basics.en.js';
import es from './presets/trafficking-basics.es.js';

/** `[id, question, answer]`. Ids are the same in every language, so deep links survive a language switch. */
export type PresetQuestion = readonly [id: string, question: string, answer: readonly AnswerBlock[]];

const link = (channel?: Dialable): [string, string] | string => (channel ? [channel.number, channel.href] : '');

/**
 * The built-in questions (`trafficking-basics`, the only set so far), in one chunk loaded
 * only when a page uses them: both languages in one request beat a second round trip on a
 * slow network. Every number and link comes from the hotline presets, never a copy.
 */
export function presetEntries(lang: 'en' | 'es'): FaqEntry[] {  const hotline = resolveHotline('us-trafficking', {}, undefined, lang);
  const tokens: AnswerTokens = {
    hotline: hotline.name,
    phone: link(hotline.phone),
    text: link(hotline.sms),
    keyword: hotline.sms?.keyword ?? '',
    tty: link(hotline.tty),
    emergency: link(hotline.emergency),
  };
  return (lang === 'es' ? es : en).map(([id, question, answer]) => ({ id, question, answer: renderBlocks(answer, tokens) }));
}
