/**
 * What the configuration says against what the content holds, checked once at creation: a
 * content namespace with no entries, or a default locale the content is not written in, would
 * otherwise serve silently wrong pages (404 everywhere; entries whose source is guessed from
 * another language). Only content in memory is checked: with a backend, it arrives later.
 */
import { isPlainObject } from '../content/fields.js';
import { missingNamespace } from '../content/missing-namespace.js';
import { canonicalizeTag } from '../negotiation/index.js';
import { matchDefaultLocale } from '../content/match-default-locale.js';
import type { Config } from '../options.js';
import type { Problem } from '../problems.js';

type StoreData = Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>>;

/**
 * The configuration with `defaultLocale` matched to the content's locales by `matchDefaultLocale`
 * (the rule the CLI applies to a locales folder too): unchanged when the content has it; its best
 * fit when the content has the same language (`en-US` → `en`, reported as a
 * `DEFAULT_LOCALE_MATCHED` problem); else a `ConfigError` naming both. Throws
 * `NAMESPACE_NOT_FOUND` when no locale holds the content namespace.
 */
export function matchContent(config: Config, data: StoreData, report: (problem: Problem) => void): Config {
  const locales = Object.keys(data).filter((locale) => canonicalizeTag(locale) !== undefined);
  if (locales.length === 0) return config; // nothing in memory yet
  const namespace = config.contentNamespace;
  const content = locales.filter((locale) => isPlainObject(data[locale]?.[namespace]));
  if (content.length === 0) {
    const existing = [...new Set(locales.flatMap((locale) => Object.keys(data[locale] ?? {})))].sort();
    throw missingNamespace(namespace, existing, 'contentNamespace', 'createContentLibrary');
  }
  const wanted = config.defaultLocale;
  const locale = matchDefaultLocale(wanted, content, namespace, report);
  if (locale === wanted) return config;
  const siteLocales = config.locales?.map((l) => (l === wanted ? locale : l));
  return { ...config, defaultLocale: locale, locales: siteLocales && Object.freeze([...new Set(siteLocales)]) };
}
