/**
 * `createContentLibrary` for bundles (browsers, edge runtimes): the built-in catalogs a page carries
 * are the ones it passes in `catalogs`; without them, English alone, as the last resort.
 */
import en from '../catalogs/generated/en.js';
import { BUILTIN_LOCALES } from '../catalogs/generated/locales.js';
import { createLibrary, type ContentLibrary, type EntryFields } from '../library/create-library.js';
import { catalogList } from '../notice/catalogs.js';
import { intlMessageFormat } from '../notice/engine.js';
import type { ContentLibraryOptions } from '../options.js';

const englishOnly = catalogList([en]);

/**
 * Creates a content library. `Entry` types `r.entry` (unchecked at run time). Throws a `ConfigError`
 * (with a `code`) on a bad configuration.
 *
 * @example
 * import es from 'localized-content/catalogs/es';
 * const { resolve } = createContentLibrary({ defaultLocale: 'en', resources, catalogs: [es] });
 * resolve('wco-uncac-2021', 'es')?.notice?.text;
 * // → "Esta página no está disponible en español, por lo que se muestra en inglés."
 * // Without `catalogs: [es]`, a bundle carries English alone: "This page is not available in Spanish. …"
 */
export function createContentLibrary<Entry = EntryFields>(options: ContentLibraryOptions): ContentLibrary<Entry> {
  return createLibrary<Entry>(options, { builtins: englishOnly, packaged: BUILTIN_LOCALES, engine: intlMessageFormat });
}
