import { readPreferences } from './accept-language.js';
import { bestFit, prepareAvailable } from './best-fit.js';
import type { PreparedLocales } from './best-fit.js';
import { SAME_LANGUAGE } from './cldr-data.js';
import { languageSubtag, maximizedTag, type MaximizedTag } from './tags.js';
import { BoundedCache } from '../cache/bounded-cache.js';

/**
 * How the served locale relates to what the reader asked for:
 * - `'exact'`: the same locale once likely subtags are added (`en` asked, `en-US` served);
 * - `'variant'`: the same language, another region or script (`es-MX` asked, `es-419` served);
 * - `'fallback'`: another language, or nothing matched.
 */
export type MatchKind = 'exact' | 'variant' | 'fallback';

export interface NegotiateOptions {
  /** Returned (as given) when nothing in `available` is acceptable; also wins ties, as in ICU. */
  readonly defaultLocale?: string;
}

export interface Negotiation {
  /** An element of `available`, spelled as given there, or the default, or `null`. */
  readonly locale: string | null;
  readonly match: MatchKind;
}

/**
 * Picks the best of `available` for a reader: CLDR best-fit matching (UTS #35 §4.4 "Language
 * Matching", on @formatjs/intl-localematcher), with later preferences demoted, RFC 4647 §3 language
 * ranges read from a tag, a list or an `Accept-Language` header (RFC 9110 §12.5.4). Never throws.
 *
 * Beyond formatjs: legacy tags (`i-klingon`, `en-GB-oed`) are canonicalized through CLDR aliases,
 * invalid entries on either side are skipped instead of throwing, and Traditional ↔ Simplified
 * Chinese is accepted as a last resort, when no preference matches anything else.
 *
 * @example negotiate('es-MX', ['en', 'es-419']) // { locale: 'es-419', match: 'variant' }
 * @example negotiate(['en-AU'], ['en-US', 'en-GB']) // { locale: 'en-GB', match: 'variant' }
 * @example negotiate('de', ['en', 'fr'], { defaultLocale: 'en' }) // { locale: 'en', match: 'fallback' }
 */
export function negotiate(
  requested: unknown,
  available: readonly string[],
  options?: NegotiateOptions,
): Negotiation {
  const preferences = readPreferences(requested);
  const prepared = prepareAvailable(available);
  const defaultLocale = typeof options?.defaultLocale === 'string' ? options.defaultLocale : null;
  // A header string always yields the same frozen preference array (readPreferences' cache), so a
  // result can be remembered per (available list, default, preferences) without a string key.
  let byDefault = resultCache.get(prepared);
  if (!byDefault) resultCache.set(prepared, (byDefault = new BoundedCache<string, BoundedCache<readonly string[], Negotiation>>(DEFAULTS_KEPT)));
  // "No default" and a default of '' are different calls: the key keeps them apart.
  const key = defaultLocale === null ? 'none' : `=${defaultLocale}`;
  let byPreferences = byDefault.get(key);
  if (!byPreferences) byDefault.set(key, (byPreferences = new BoundedCache<readonly string[], Negotiation>(RESULTS_KEPT)));
  let result = byPreferences.get(preferences);
  if (!result) {
    result = Object.freeze(compute(preferences, prepared, defaultLocale));
    byPreferences.set(preferences, result);
  }
  return result;
}

/** Defaults remembered per list of available locales: they come from configuration, a few at most. */
const DEFAULTS_KEPT = 16;
/**
 * Results remembered per list of available locales and default, by preference list (the frozen
 * array itself: a bounded map of recent lists, not a weak one, whose entries cost the collector
 * more than the answer they keep). A library keeps its readers apart; this serves repeated calls.
 */
const RESULTS_KEPT = 256;
const resultCache = new WeakMap<PreparedLocales, BoundedCache<string, BoundedCache<readonly string[], Negotiation>>>();

function compute(preferences: readonly string[], prepared: PreparedLocales, defaultLocale: string | null): Negotiation {
  const form = bestFit(preferences, prepared.forms, prepared, defaultLocale);
  const locale = form === undefined ? undefined : prepared.originals.get(form)?.[0];
  if (locale === undefined) return { locale: defaultLocale, match: 'fallback' };
  return { locale, match: matchKind(preferences, locale) };
}

/**
 * Classifies a served locale against the reader's preferences (any of them), comparing tags after
 * likely-subtags maximization (UTS #35 §4.3) with extensions ignored and CLDR's same-language
 * pairs merged (`no` ~ `nb`).
 *
 * @example matchKind(['en'], 'en-US') // 'exact' (both are en-Latn-US)
 * @example matchKind(['pt-BR'], 'pt-PT') // 'variant'
 * @example matchKind(['zh-TW'], 'zh-Hans') // 'variant' (another script of the same language)
 * @example matchKind(['nn'], 'nb') // 'fallback' (two written standards)
 */
export function matchKind(preferences: readonly string[], locale: string): MatchKind {
  const served = maximizedTag(locale);
  if (!served) return 'fallback';
  let kind: MatchKind = 'fallback';
  for (const preference of readPreferences(preferences)) {
    const one = kindAgainst(preference, served);
    if (one === 'exact') return 'exact';
    if (one === 'variant') kind = 'variant';
  }
  return kind;
}

/**
 * {@link matchKind} for one preference read already (canonical: a tag `readPreferences` returned),
 * without reading it again: a reader's site language is measured against one of their own.
 *
 * @example preferenceMatch('pt-BR', 'pt-PT') // 'variant'
 */
export function preferenceMatch(preference: string, locale: string): MatchKind {
  const served = maximizedTag(locale);
  return served === undefined ? 'fallback' : kindAgainst(preference, served);
}

function kindAgainst(preference: string, served: MaximizedTag): MatchKind {
  // Likely subtags never change a language that is given (only `und`): a preference in another
  // language, other than one CLDR merges with it (nb ~ no), is skipped without maximizing it.
  const language = languageSubtag(preference);
  if (language !== 'und' && language !== served.canonicalLanguage && (SAME_LANGUAGE.get(language) ?? language) !== served.language) return 'fallback';
  const wanted = maximizedTag(preference);
  if (!wanted) return 'fallback';
  if (wanted.base === served.base) return 'exact';
  return wanted.language === served.language && served.language !== 'und' ? 'variant' : 'fallback';
}

/**
 * Every locale of `available` the reader accepts, best first: repeated best fit, removing each
 * winner, so that for any subset S of `available` (in the same order) the first ranked locale in S
 * is `negotiate(preferences, S).locale` whenever that call finds a match. Rank once per header,
 * then pick per entry. Locales beyond the matching threshold are left out.
 *
 * @example rankLocales(['es-MX', 'en'], ['en', 'es', 'es-419', 'fr']) // ['es-419', 'es', 'en']
 */
export function rankLocales(preferences: readonly string[], available: readonly string[]): string[] {
  const wanted = readPreferences(preferences);
  const prepared = prepareAvailable(available);
  const ranking: string[] = [];
  let remaining = prepared.forms;
  while (remaining.length > 0) {
    const form = bestFit(wanted, remaining, prepared);
    if (form === undefined) break;
    ranking.push(...(prepared.originals.get(form) ?? []));
    remaining = remaining.filter((candidate) => candidate !== form);
  }
  return ranking;
}
