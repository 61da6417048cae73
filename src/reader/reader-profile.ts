/**
 * One reader, worked out from their preferences: the site language, the notice language, and, once
 * ranked, the order of the content locales (see readers.ts for when a reader is ranked).
 */
import type { Config } from '../options.js';
import { canonicalizeTag, languageSubtag, negotiate, preferenceMatch, rankLocales, scriptKey } from '../negotiation/index.js';
import { directionOf } from '../locale/direction.js';
import { LocaleFacts } from './locale-facts.js';
import type { Reader } from './reader.js';
import type { ReadersOptions } from './readers.js';

/**
 * The tags to name two languages by in a notice: bare languages ("es", "en"), or with their scripts
 * when the languages are the same and only the script differs ("zh-Hant", "zh-Hans").
 */
function labelTags(reader: string, content: string): [string, string] {
  const a = language(reader);
  const b = language(content);
  return a === b ? [script(reader), script(content)] : [a, b];
}

// Tags reaching here were canonicalized already; the fallbacks only keep the types total. A
// canonical tag's language is its first subtag (likely subtags only ever fill in `und`).
const language = (tag: string): string => languageSubtag(canonicalizeTag(tag) ?? tag);
const script = (tag: string): string => scriptKey(tag) ?? tag;

function chainFor(config: Config, locale: string): readonly string[] {
  return config.fallbacks.get(locale) ?? config.fallbacks.get(language(locale)) ?? config.fallbacks.get('default') ?? [];
}

export class ReaderProfile implements Reader {
  readonly prefs: readonly string[];
  readonly requested: string | null;
  readonly uiLocale: string;
  readonly noticeLocale: string | null;
  /** Content locales to try, best first; `undefined` until {@link rank}. */
  #order: readonly string[] | undefined;
  positions: readonly number[] | undefined;
  readonly #options: ReadersOptions;
  /** The site's chain for the reader's site language, then the default: tried after the ranking. */
  readonly #after: readonly string[];
  readonly #uiScript: string;
  /** What `match` is measured against: the preference that gave the site language (see {@link matchAnchor}). */
  readonly #matchAgainst: string | undefined;
  // Made when first asked: most readers of a first-seen header are asked for their site language only.
  #scripts: Map<string, boolean> | undefined;
  // Bounded by the locales the store holds: keys are versions' locales.
  #facts: Map<string, LocaleFacts> | undefined;
  /** The site's languages, and the one best fit picks among them (see firstAlong). */
  readonly #site: readonly string[];
  readonly #siteBest: string | null;

  constructor(prefs: readonly string[], options: ReadersOptions) {
    const { config } = options;
    const site = options.siteLocales();
    this.prefs = prefs;
    this.requested = prefs[0] ?? null;
    this.#options = options;
    this.#site = site;
    this.#siteBest = negotiate(prefs, site).locale;
    this.uiLocale = uiLocaleFor(this.#siteBest, prefs, site, config);
    this.#uiScript = script(this.uiLocale);
    this.#matchAgainst = matchAnchor(prefs, this.uiLocale);
    const chain = chainFor(config, this.uiLocale);
    this.#after = Object.freeze([...chain, config.defaultLocale]);
    this.noticeLocale = noticeLocaleFor([this.uiLocale, ...prefs, ...chain], options.catalogLocales());
  }

  /** Ranks the content locales once, so that each later request only reads {@link positions}. */
  rank(): void {
    if (this.positions !== undefined) return;
    const content = this.#options.contentLocales();
    const order = Object.freeze([...new Set([...rankLocales(this.prefs, content), ...this.#after])]);
    this.#order = order;
    this.positions = Object.freeze(order.map((locale) => content.indexOf(locale)).filter((i) => i >= 0));
  }

  firstAlong(locales: readonly string[]): string | undefined {
    if (this.#order !== undefined) return this.#order.find((locale) => locales.includes(locale));
    // The first ranked locale among any subset of the content locales is the one best fit picks
    // from that subset (rankLocales); when best fit finds none, the chain and default come next.
    // When the subset is of site languages, in the site's order, the pass made for the site
    // language already answers: best fit's pick among all of them, if the subset has it, is its
    // pick among the subset too (a first sight then costs one pass, not two).
    const best = this.#subsetOfSite(locales) ? (this.#siteBest !== null && locales.includes(this.#siteBest) ? this.#siteBest : this.#siteBest === null ? null : undefined) : undefined;
    return (best === undefined ? negotiate(this.prefs, locales).locale : best) ?? this.#after.find((locale) => locales.includes(locale));
  }

  /** True when every one of `locales` is a site language, in the site's order. */
  #subsetOfSite(locales: readonly string[]): boolean {
    let previous = -1;
    for (const locale of locales) {
      const index = this.#site.indexOf(locale);
      if (index <= previous) return false;
      previous = index;
    }
    return true;
  }

  candidates(available: readonly string[]): string[] {
    return [...new Set([...rankLocales(this.prefs, available), this.uiLocale, ...this.#after])];
  }

  sameScriptAs(locale: string): boolean {
    this.#scripts ??= new Map();
    let same = this.#scripts.get(locale);
    if (same === undefined) {
      same = script(locale) === this.#uiScript;
      this.#scripts.set(locale, same);
    }
    return same;
  }

  facts(locale: string): LocaleFacts {
    this.#facts ??= new Map();
    let facts = this.#facts.get(locale);
    if (facts === undefined) {
      const match = this.#matchAgainst === undefined ? 'fallback' : preferenceMatch(this.#matchAgainst, locale);
      facts = new LocaleFacts(match, directionOf(locale), this.sameScriptAs(locale), labelTags(this.uiLocale, locale));
      this.#facts.set(locale, facts);
    }
    return facts;
  }
}

/**
 * The preference `match` is measured against: the first in the site language's language (the one
 * that chose it: `es-MX` for a Spanish reader of `['es-MX', 'en']`), else the first preference.
 * So a Spanish reader served English gets `'fallback'` with the "not available in Spanish" notice,
 * never `'exact'` (English was only their second choice), and `['de', 'fr']` on a site without
 * German, served French, gets `'exact'`.
 */
function matchAnchor(prefs: readonly string[], uiLocale: string): string | undefined {
  return prefs.find((pref) => preferenceMatch(pref, uiLocale) !== 'fallback') ?? prefs[0];
}

/** The reader's best site language; else the site's chain for their first language; else the default. */
function uiLocaleFor(best: string | null, prefs: readonly string[], site: readonly string[], config: Config): string {
  if (best !== null) return best;
  for (const pref of prefs) {
    // Preferences are canonical: a tag's language is its first subtag.
    const chained = (config.fallbacks.get(pref) ?? config.fallbacks.get(languageSubtag(pref)))?.find((l) => site.includes(l));
    if (chained !== undefined) return chained;
  }
  return config.fallbacks.get('default')?.find((l) => site.includes(l)) ?? config.defaultLocale;
}

/** The first catalog that fits along the candidates (site language, preferences, chain), else English. */
function noticeLocaleFor(candidates: readonly string[], catalogs: readonly string[]): string | null {
  let languages: ReadonlySet<string> | undefined;
  for (const candidate of candidates) {
    // A catalog of exactly this tag is what best fit picks: no need to prepare the catalog list.
    if (catalogs.includes(candidate)) return candidate;
    // Only a catalog in the candidate's own language is taken: without one, best fit is not asked
    // (a header may list dozens of languages the catalogs lack).
    languages ??= catalogLanguages(catalogs);
    if (!languages.has(language(candidate))) continue;
    const found = negotiate([candidate], catalogs).locale;
    if (found !== null && language(found) === language(candidate)) return found;
  }
  return catalogs.includes('en') ? 'en' : (catalogs[0] ?? null);
}

const languagesOfCatalogs = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The language subtags of a list of catalog locales (a list is kept until the catalogs change). */
function catalogLanguages(catalogs: readonly string[]): ReadonlySet<string> {
  let languages = languagesOfCatalogs.get(catalogs);
  if (languages === undefined) languagesOfCatalogs.set(catalogs, (languages = new Set(catalogs.map(language))));
  return languages;
}
