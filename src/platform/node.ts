import { createLibrary, type ContentLibrary, type EntryFields } from '../library/create-library.js';
import type { ContentLibraryOptions } from '../options.js';
import { intlMessageFormat } from '../notice/engine.js';
import { builtinCatalogs } from './builtin-catalogs.js';
import { BUILTIN_LOCALES } from '../catalogs/generated/locales.js';
import { parseOnDemand } from './parse-on-demand.js';

/**
 * Creates a content library with every built-in notice catalog available (read on first use) and
 * run-time message parsing for a site's overrides. `Entry` types `r.entry` (unchecked at run time).
 * Throws a `ConfigError` (with a `code`) on a bad configuration.
 *
 * @example
 * const { resolve } = createContentLibrary({ defaultLocale: 'en', resources });
 * resolve('wco-uncac-2021', 'es-MX,es;q=0.9')?.notice?.text;
 * // typed entries: createContentLibrary<{ title: string; body: string }>({ … }).resolve(id)?.entry.title
 */
export function createContentLibrary<Entry = EntryFields>(options: ContentLibraryOptions): ContentLibrary<Entry> {
  return createLibrary<Entry>(options, { builtins: builtinCatalogs(), packaged: BUILTIN_LOCALES, parse: parseOnDemand, engine: intlMessageFormat });
}
