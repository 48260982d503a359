/** `haven-widgets/resource-finder`: defines `<haven-resource-finder>` (and the hotline banner it shows). */
import { exposeHavenGlobal } from './core/global.js';
import { HavenResourceFinder } from './resource-finder/resource-finder.js';

HavenResourceFinder.define('haven-resource-finder');
exposeHavenGlobal();

export { HavenResourceFinder };
export type { ServiceRecord, Phone, Address } from './resource-finder/normalize.js';
export type { Filters } from './resource-finder/filters.js';
export { registerTranslation } from './core/i18n.js';
export { VERSION as version } from './core/version.js';
