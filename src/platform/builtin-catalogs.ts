/**
 * The built-in catalogs in Node, read from files the first time a notice needs them, so start-up
 * pays for none of them:
 * - compiled (`dist/catalogs/<locale>.json`, made by scripts/gen-catalogs.mjs from the files in
 *   `locales/`): syntax trees and language names, which a notice formats with no parser loaded;
 * - as translators write them (`locales/<locale>/notice.json`), for `check`.
 */
import { BUILTIN_LOCALES } from '../catalogs/generated/locales.js';
import type { CatalogSource, NoticeCatalog } from '../notice/catalogs.js';
import { moduleUrl } from './module-url.js';

// Paths from the package (dist/…) first, then from the sources (src/platform/…, as tests run them).
const COMPILED = ['./catalogs/', '../catalogs/generated/'];
const SOURCES = ['../locales/', '../../locales/'];

function readFrom(candidates: readonly string[], file: string): NoticeCatalog | undefined {
  // Taken when first needed: an ES import of node:fs builds its module facade, 2–3 ms of start-up.
  // readFileSync takes the URL itself, so node:url is not loaded either.
  const { readFileSync } = process.getBuiltinModule('node:fs');
  for (const dir of candidates) {
    let text: string;
    try {
      text = readFileSync(new URL(dir + file, moduleUrl()), 'utf8');
    } catch {
      continue; // not in this layout: try the next
    }
    return JSON.parse(text) as NoticeCatalog;
  }
  return undefined;
}

let source: CatalogSource | undefined;

/** Every built-in catalog, compiled, each read on first use (immutable data, shared by all libraries). */
export function builtinCatalogs(): CatalogSource {
  if (source !== undefined) return source;
  const loaded = new Map<string, NoticeCatalog | undefined>();
  source = {
    locales: BUILTIN_LOCALES,
    load(locale) {
      if (!loaded.has(locale)) loaded.set(locale, BUILTIN_LOCALES.includes(locale) ? readFrom(COMPILED, `${locale}.json`) : undefined);
      return loaded.get(locale);
    },
  };
  return source;
}

/** A built-in catalog as its translators wrote it (ICU text and notes), or `undefined`. */
export function builtinCatalogText(locale: string): NoticeCatalog | undefined {
  return BUILTIN_LOCALES.includes(locale) ? readFrom(SOURCES, `${locale}/notice.json`) : undefined;
}
