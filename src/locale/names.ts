/**
 * Language names from CLDR display names: the table a built-in catalog carries (names of the common
 * site languages, generated at build time with `Intl.DisplayNames`, with the catalog's own corrections
 * from its `@@names`), else `Intl.DisplayNames` at run time. The tables spare a notice the engine's load
 * of ICU name data, the slowest part of a first request, and give the same names in every engine.
 */
import { OWN_NAMES } from '../catalogs/generated/own-names.js';
import { BoundedCache } from '../cache/bounded-cache.js';

// Locales come from catalogs and site configuration, so this stays small; the bound is a guard.
const namers = new BoundedCache<string, Intl.DisplayNames>(256);

function namer(locale: string): Intl.DisplayNames {
  let dn = namers.get(locale);
  if (dn === undefined) {
    dn = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    namers.set(locale, dn);
  }
  return dn;
}

/** The name of `tag` written in `inLocale`; the tag itself when CLDR has no name. */
export function displayName(tag: string, inLocale: string): string {
  try {
    return namer(inLocale).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function capitalize(text: string, locale: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  let upper: string;
  try {
    upper = head.toLocaleUpperCase(locale);
  } catch {
    upper = head.toUpperCase(); // a store may hold a locale key that is no valid tag ('en_US')
  }
  return upper + text.slice(head.length);
}

/** Name tables by the locale they are written in (a catalog's `@@names`); `undefined` if none. */
export type NameTables = (inLocale: string) => ReadonlyMap<string, string> | undefined;

/**
 * The name a table gives `tag` (canonical): the full tag's ("zh-Hant", "pt-BR"), else its language's
 * when CLDR cannot name that language (a site that names its private-use "qaa" names "qaa-BR" too,
 * instead of CLDR's "qaa (Brasil)"); CLDR's "portugués de Brasil" is not replaced by "portugués".
 */
function fromTable(table: ReadonlyMap<string, string> | undefined, tag: string, inLocale: string): string | undefined {
  if (table === undefined) return undefined;
  const exact = table.get(tag);
  if (exact !== undefined) return exact;
  const dash = tag.indexOf('-');
  if (dash === -1) return undefined;
  const code = tag.slice(0, dash);
  const language = table.get(code);
  return language !== undefined && displayName(code, inLocale) === code ? language : undefined;
}

/** `displayName`, answered from `tables` when they name `tag` (see {@link fromTable}). */
export function nameIn(tag: string, inLocale: string, tables?: NameTables): string {
  return fromTable(tables?.(inLocale), tag, inLocale) ?? displayName(tag, inLocale);
}

/**
 * The language's own name as its speakers write it inside a sentence: CLDR's case ("español",
 * "eesti"), or a catalog's correction of it ("bahasa Indonesia", from the catalog's `@@names`).
 */
export function ownNameInText(tag: string, tables?: NameTables): string {
  return tables?.(tag)?.get(tag) ?? OWN_NAMES.get(tag) ?? fromTable(tables?.(tag), tag, tag) ?? displayName(tag, tag);
}

/** The language's own name as a label standing alone (a switcher): capitalized, "Español", "Eesti". */
export function ownName(tag: string, tables?: NameTables): string {
  return capitalize(ownNameInText(tag, tables), tag);
}

/** The autonym of `tag`, capitalized as it stands alone: `autonym('fr')` → "Français", `autonym('id')` → "Bahasa Indonesia". */
export function autonym(tag: string): string {
  return ownName(tag);
}
