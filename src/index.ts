/**
 * `haven-widgets`: defines every Haven element. Import a single component from
 * `haven-widgets/<component>` to ship less.
 */
export * from './hotline-banner.js';
export * from './resource-finder.js';
export * from './faq.js';
export * from './quick-exit.js';
