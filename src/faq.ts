/**
 * `haven-widgets/faq`: defines `<haven-faq>`, and `<haven-hotline-banner>`, which the FAQ
 * shows when a search finds nothing or its questions cannot be loaded.
 */
import { exposeHavenGlobal } from './core/global.js';
import { HavenFaq } from './faq/faq.js';
import './hotline-banner.js';

HavenFaq.define('haven-faq');
exposeHavenGlobal();

export { HavenFaq };
export { FAQ_PRESETS, type FaqPresetId } from './faq/faq.js';
export { registerTranslation } from './core/i18n.js';
export { VERSION as version } from './core/version.js';
