/**
 * English strings, one object per component so each bundle carries only its own.
 * Keys are kebab-case: the per-instance override attribute is `i18n-<key>`.
 */
export const hotlineBanner = {
  'banner-label': 'Help is available: {name}',
  'hours-24-7': 'Open 24/7.',
  confidential: 'Confidential',
  call: 'Call {number}',
  'copy-number': 'Copy number',
  copied: 'Copied',
  'copied-announcement': 'Number copied: {number}',
  'copy-failed': 'Could not copy. The number is {number}.',
  'text-keyword': 'Text {keyword} to {number}',
  text: 'Text {number}',
  chat: 'Chat online',
  tty: 'TTY: dial {number}',
  emergency: 'In immediate danger, call {number}.',
  dismiss: 'Hide this hotline banner',
  'preset-us-trafficking-about':
    'Confidential. Calls in English, Spanish and 200+ more languages through interpreters; text and chat in English and Spanish. Not law enforcement or immigration.',
  'preset-ca-trafficking-about':
    'Confidential. Calls in English, French and 200+ more languages; chat in English and French. Not police, government or immigration.',
  'preset-uk-modern-slavery-about':
    'Free, confidential and independent. Not part of the police or government.',
  'preset-mx-trafficking-about': 'Free and confidential.',
  'preset-us-988-about':
    'Call or text if you are thinking about suicide, are worried about someone, or are in any kind of emotional distress. Free and confidential.',
};

// A component's strings in their own module, re-exported here: Rollup then keeps them in that
// component's CDN file. Once two components write their strings in this file, Rollup moves
// them all into one shared chunk that every component loads.
export { quickExit, quickExitTips } from './en-quick-exit.js';
