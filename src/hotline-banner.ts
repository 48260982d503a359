/** `haven-widgets/hotline-banner`: defines `<haven-hotline-banner>`. */
import { exposeHavenGlobal } from './core/global.js';
import { HavenHotlineBanner } from './hotline-banner/hotline-banner.js';

HavenHotlineBanner.define('haven-hotline-banner');
exposeHavenGlobal();

export { HavenHotlineBanner };
export type { BannerVariant, ContactChannel } from './hotline-banner/hotline-banner.js';
export { HOTLINE_PRESETS, type HotlinePreset, type HotlinePresetId } from './hotline-banner/presets.js';
export { registerTranslation } from './core/i18n.js';
export { VERSION as version } from './core/version.js';
