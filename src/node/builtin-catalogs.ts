/**
 * The built-in catalogs as files: the package ships `locales/<locale>/notice.json`, and Node reads a
 * catalog the first time a notice needs it, so start-up pays for none of them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CatalogSource, NoticeCatalog } from '../notice/catalogs.js';

// From src/node/ (tests) and from dist/ (the package) alike, the catalogs are in ../locales or ../../locales.
function localesDir(): string {
  for (const relative of ['../locales/', '../../locales/']) {
    const dir = fileURLToPath(new URL(relative, import.meta.url));
    try {
      readdirSync(dir);
      return dir;
    } catch {
      // try the next candidate
    }
  }
  return fileURLToPath(new URL('../locales/', import.meta.url));
}

let source: CatalogSource | undefined;

/** Every built-in catalog, each read and parsed on first use (immutable data, shared by all libraries). */
export function builtinCatalogs(): CatalogSource {
  if (source !== undefined) return source;
  const dir = localesDir();
  const locales = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .filter((locale) => existsSync(`${dir}${locale}/notice.json`));
  const loaded = new Map<string, NoticeCatalog | undefined>();
  source = {
    locales: Object.freeze(locales),
    load(locale) {
      if (!loaded.has(locale)) {
        loaded.set(locale, locales.includes(locale) ? (JSON.parse(readFileSync(`${dir}${locale}/notice.json`, 'utf8')) as NoticeCatalog) : undefined);
      }
      return loaded.get(locale);
    },
  };
  return source;
}
