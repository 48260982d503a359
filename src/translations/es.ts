/** Spanish strings, one module per component (re-exported here); same keys as English. */
export { hotlineBanner } from './hotline-banner.es.js';
export { resourceFinder } from './resource-finder.es.js';
export { faq } from './faq.es.js';
export { quickExit, quickExitTips } from './quick-exit.es.js';
