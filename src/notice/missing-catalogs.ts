/**
 * Site languages without a notice catalog: their readers would get notices in English with no
 * warning (a browser bundle carries only the catalogs it is given). Reported once, at creation, as
 * one problem naming every missing catalog and the lines that add them.
 */
import { negotiate, scriptKey } from '../negotiation/index.js';
import type { Problem } from '../problems.js';

/**
 * The catalog among `catalogs` in `locale`'s language and script (its own tag first, else the best
 * fit), if any. A catalog of the very tag needs no best fit: creation then reads no likely-subtags
 * data, whose first use in a process costs milliseconds (tens on a loaded machine with a large heap).
 */
function catalogFor(locale: string, catalogs: readonly string[]): string | undefined {
  if (catalogs.includes(locale)) return locale;
  const { locale: best, match } = negotiate([locale], catalogs);
  return best !== null && match !== 'fallback' && scriptKey(best) === scriptKey(locale) ? best : undefined;
}

/** `zh-Hant` → `zhHant`: an identifier for the import line. */
const identifier = (locale: string): string => locale.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/**
 * One `MISSING_CATALOG` problem for the site languages (`siteLocales`) that no catalog in
 * `catalogs` writes, or `null`. `packaged` are the package's built-in catalogs, which a bundle
 * adds with `import es from 'localized-content/catalogs/es'`.
 *
 * @example missingCatalogs(['en', 'es'], ['en'], ['en', 'es'])?.message
 * // 'no notice catalog for es: its readers get notices in English. Add it: import es from …'
 */
export function missingCatalogs(siteLocales: readonly string[], catalogs: readonly string[], packaged: readonly string[]): Problem | null {
  const missing = siteLocales.filter((locale) => catalogFor(locale, catalogs) === undefined);
  if (missing.length === 0) return null;
  const importable = [...new Set(missing.map((locale) => catalogFor(locale, packaged)).filter((l): l is string => l !== undefined))];
  const unwritten = missing.filter((locale) => catalogFor(locale, packaged) === undefined);
  const fixes: string[] = [];
  if (importable.length > 0) {
    const lines = importable.map((locale) => `import ${identifier(locale)} from 'localized-content/catalogs/${locale}';`).join(' ');
    const list = [...catalogs.filter((c) => c !== 'en'), ...importable].map(identifier).join(', ');
    fixes.push(`Add ${importable.length === 1 ? 'it' : 'them'}: ${lines} and pass catalogs: [${list}]`);
  }
  if (unwritten.length > 0) {
    fixes.push(`The package has no catalog for ${unwritten.join(', ')}: write its messages in the site's notice namespace (docs/file-format.md)`);
  }
  const fallback = catalogs.includes('en') ? 'English' : 'another language';
  return {
    code: 'MISSING_CATALOG',
    message: `no notice catalog for ${missing.join(', ')}: ${missing.length === 1 ? 'its' : 'their'} readers get notices in ${fallback}. ${fixes.join('. ')}.`,
    locale: missing[0]!,
  };
}
