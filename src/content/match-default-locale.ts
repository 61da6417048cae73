/**
 * Which of the content's locales is the default (source) language, given the one a site or a
 * translator named: the one rule the library (at creation) and every CLI command (where the tree
 * is opened) decide by, so that `en-US` over a folder `en/` is `en` for both, and a language the
 * content is not written in is refused by both with the same words and code.
 */
import { ConfigError } from '../errors.js';
import { languageOf, negotiate } from '../negotiation/index.js';
import type { Problem } from '../problems.js';

/**
 * `wanted` (canonical) when `content` (the locales that hold the content namespace) has it; else
 * the best fit among them in the same language (`en-US` → `en`, `zh-TW` → `zh-Hant`), said to
 * `report` as a `DEFAULT_LOCALE_MATCHED` problem; else throws a `ConfigError`
 * (`DEFAULT_LOCALE_NOT_FOUND`) naming the content's locales. An exact locale always wins: `en-GB`
 * with `en` and `en-GB` is `en-GB`. Messages name the setting as `setting` (the CLI's is
 * `--default-locale`).
 *
 * @example matchDefaultLocale('en-US', ['en', 'fr'], 'articles', console.warn) // 'en'
 */
export function matchDefaultLocale(wanted: string, content: readonly string[], namespace: string, report: (problem: Problem) => void, setting = 'defaultLocale'): string {
  if (content.includes(wanted)) return wanted;
  const { locale, match } = negotiate([wanted], content);
  const has = `${setting} "${wanted}" has no "${namespace}" content`;
  if (locale === null || match === 'fallback' || languageOf(locale) !== languageOf(wanted)) {
    throw new ConfigError('DEFAULT_LOCALE_NOT_FOUND', `${has}, which is in ${content.join(', ')}; set ${setting} to the language the entries are written in`);
  }
  report({ code: 'DEFAULT_LOCALE_MATCHED', message: `${has}; "${locale}", the content's locale in that language, is the default and source language (set ${setting} to ${locale} to say so)`, locale });
  return locale;
}
