/** `haven-widgets/quick-exit`: defines `<haven-quick-exit>` and `<haven-quick-exit-tips>`. */
import { exposeHavenGlobal } from './core/global.js';
import { HavenQuickExit } from './quick-exit/quick-exit.js';
import { HavenQuickExitTips } from './quick-exit/quick-exit-tips.js';

HavenQuickExit.define('haven-quick-exit');
HavenQuickExitTips.define('haven-quick-exit-tips');
exposeHavenGlobal();

export { HavenQuickExit, HavenQuickExitTips };
export type { ExitHistory, ExitPosition } from './quick-exit/quick-exit.js';
export type { ExitVia } from './quick-exit/exit-registry.js';
export { DEFAULT_DESTINATION } from './quick-exit/destination.js';
export { registerTranslation } from './core/i18n.js';
export { VERSION as version } from './core/version.js';
