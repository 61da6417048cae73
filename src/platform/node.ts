import { createLibrary, type ContentLibrary } from '../library/create-library.js';
import type { ContentLibraryOptions } from '../options.js';
import { intlMessageFormat } from '../notice/engine.js';
import { builtinCatalogs } from './builtin-catalogs.js';
import { parseOnDemand } from './parse-on-demand.js';

/**
 * Creates a content library with every built-in notice catalog available (read on first use) and
 * run-time message parsing for a site's overrides. Throws a `ConfigError` (with a `code`) on a bad
 * configuration.
 *
 * @example
 * const { resolve } = createContentLibrary({ defaultLocale: 'en', resources });
 * resolve('wco-uncac-2021', 'es-MX,es;q=0.9')?.notice?.text;
 */
export function createContentLibrary(options: ContentLibraryOptions): ContentLibrary {
  return createLibrary(options, { builtins: builtinCatalogs(), parse: parseOnDemand, engine: intlMessageFormat });
}
