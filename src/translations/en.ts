/**
 * English strings, one module per component (re-exported here), so each CDN file carries
 * only its own component's strings. Keys are kebab-case: the per-instance override
 * attribute is `i18n-<key>`.
 */
export { hotlineBanner } from './hotline-banner.en.js';
export { resourceFinder } from './resource-finder.en.js';
export { faq } from './faq.en.js';
export { quickExit, quickExitTips } from './quick-exit.en.js';
