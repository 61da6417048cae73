/**
 * The default (source) language the tools are given, read once for all of them: canonical as the
 * library makes it (`en_US` → `en-US`), and refused when it is no language tag, rather than
 * replaced by `en` without a word, which would judge every translation against another folder.
 */
import { canonicalizeTag, ConfigError, negotiate } from '../core.js';

/** `value` canonical, `'en'` when absent; throws a `ConfigError` (`INVALID_LOCALE`) for a value that is no language tag. */
export function readDefaultLocale(value: string | undefined): string {
  if (value === undefined) return 'en';
  const tag = canonicalizeTag(value);
  if (tag === undefined) throw new ConfigError('INVALID_LOCALE', `the default language "${value}" is not a BCP 47 language tag (as "en" or "pt-BR")`);
  return tag;
}

/**
 * Throws a `ConfigError` (`DEFAULT_LOCALE_NOT_FOUND`) when no folder of `locales` is the default
 * language's: every entry would then be judged against no source. Names the nearest folder.
 */
export function requireDefaultLocale(defaultLocale: string, locales: readonly string[], namespace: string): void {
  if (locales.includes(defaultLocale)) return;
  const nearest = negotiate([defaultLocale], locales).locale;
  const hint = nearest === null ? '' : `; did you mean ${nearest}?`;
  throw new ConfigError('DEFAULT_LOCALE_NOT_FOUND', `the default language ${defaultLocale} has no "${namespace}" folder or file (the locales are ${locales.join(', ')})${hint}`);
}
