/**
 * A reader, as negotiation sees them: their preferences, their site language (`uiLocale`), the
 * catalog their notices are written in, and the order in which content locales are tried for them.
 *
 * Ranking the content locales for a reader costs a best-fit pass per locale the reader accepts, so
 * it is done once per distinct request value and kept in a bounded cache: a busy site sees a few
 * dozen distinct Accept-Language headers. A reader is ranked when their request value comes back:
 * the first request, and a value never seen again (a crawler, a hostile header), are served by one
 * best-fit pass among the entry's own locales instead, which picks the same version.
 */
import type { Config } from '../options.js';
import { canonicalizeTag, languageOf, languageSubtag, matchKind, negotiate, rankLocales, readPreferences, scriptKey, type MatchKind } from '../negotiation/index.js';
import { directionOf, type Direction } from '../locale/direction.js';
import type { Notice } from '../notice/format.js';
import { requestedValue } from './requested.js';
import { MAX_ARRAY_SCAN } from '../negotiation/accept-language.js';
import { readList } from '../negotiation/read-list.js';
import { RecentCache } from '../negotiation/recent-cache.js';

export interface Reader {
  readonly prefs: readonly string[];
  readonly requested: string | null;
  readonly uiLocale: string;
  readonly noticeLocale: string | null;
  /**
   * The positions, among the content locales, of the locales to try, best first (preferences, the
   * site's chain, the default; those without content left out), to index a record's version slots
   * directly. `undefined` until the reader is ranked: then {@link Reader.firstAlong} decides.
   */
  readonly positions: readonly number[] | undefined;
  /**
   * The first of `locales` (a subset of the content locales, in their order) that the reader's
   * order reaches, or `undefined`. Ranked or not, the answer is the same (see `rankLocales`).
   */
  firstAlong(locales: readonly string[]): string | undefined;
  /**
   * The locales resolving for this reader may serve, best first: those of `available` the reader's
   * preferences reach (best fit), their site language, the site's chain for it, the default.
   */
  candidates(available: readonly string[]): string[];
  /** True when `locale` is in the same language and script as the reader's site language. */
  sameScriptAs(locale: string): boolean;
  /** What serving `locale` means for this reader, worked out on first use. */
  facts(locale: string): LocaleFacts;
}

/**
 * One content locale as one reader sees it. `resolve` needs nothing else about the locale, so these
 * are computed once per (reader, locale) and the request path only reads fields. The notice slots
 * are filled by the library on first use (`undefined`: not yet; `null`: no notice can be written).
 */
export class LocaleFacts {
  readonly match: MatchKind;
  readonly dir: Direction;
  /** Same language and script as the reader's site language: serving it needs no notice. */
  readonly sameScript: boolean;
  /** The tags naming the reader's language and this locale in a notice (see {@link labelTags}). */
  readonly labels: readonly [requested: string, served: string];
  /** "Not available in your language" when this locale is served. */
  unavailable: Notice | null | undefined;
  /** "The translation is outdated, the source is shown", when this locale is the source served. */
  sourceServed: Notice | null | undefined;
  /** "Partly translated", naming this locale as the source. */
  partial: Notice | null | undefined;
  /** "Outdated", naming this locale as the source, per source update date (few per site). */
  outdated: Map<string, Notice | null> | undefined;

  constructor(match: MatchKind, dir: Direction, sameScript: boolean, labels: readonly [string, string]) {
    this.match = match;
    this.dir = dir;
    this.sameScript = sameScript;
    this.labels = labels;
  }
}

export interface ReadersOptions {
  readonly config: Config;
  readonly siteLocales: () => readonly string[];
  readonly contentLocales: () => readonly string[];
  readonly catalogLocales: () => readonly string[];
}

/** Request values longer than this are resolved without caching (they are rare and hostile). */
const MAX_KEY_LENGTH = 512;
/** Each of the two cache generations holds at most this many readers. */
const GENERATION_SIZE = 1000;

/**
 * The tags to name two languages by in a notice: bare languages ("es", "en"), or with their scripts
 * when the languages are the same and only the script differs ("zh-Hant", "zh-Hans").
 */
function labelTags(reader: string, content: string): [string, string] {
  const a = language(reader);
  const b = language(content);
  return a === b ? [script(reader), script(content)] : [a, b];
}

// Tags reaching here were canonicalized already; the fallbacks only keep the types total.
const language = (tag: string): string => languageOf(tag) ?? tag;
const script = (tag: string): string => scriptKey(tag) ?? tag;

function chainFor(config: Config, locale: string): readonly string[] {
  return config.fallbacks.get(locale) ?? config.fallbacks.get(language(locale)) ?? config.fallbacks.get('default') ?? [];
}

class ReaderProfile implements Reader {
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
  readonly #matchAgainst: readonly string[];
  readonly #scripts = new Map<string, boolean>();
  // Bounded by the locales the store holds: keys are versions' locales.
  readonly #facts = new Map<string, LocaleFacts>();
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
    let same = this.#scripts.get(locale);
    if (same === undefined) {
      same = script(locale) === this.#uiScript;
      this.#scripts.set(locale, same);
    }
    return same;
  }

  facts(locale: string): LocaleFacts {
    let facts = this.#facts.get(locale);
    if (facts === undefined) {
      const match = this.#matchAgainst.length === 0 ? 'fallback' : matchKind(this.#matchAgainst, locale);
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
function matchAnchor(prefs: readonly string[], uiLocale: string): readonly string[] {
  const chose = prefs.find((pref) => matchKind([pref], uiLocale) !== 'fallback') ?? prefs[0];
  return chose === undefined ? [] : [chose];
}

/** The reader's best site language; else the site's chain for their first language; else the default. */
function uiLocaleFor(best: string | null, prefs: readonly string[], site: readonly string[], config: Config): string {
  if (best !== null) return best;
  for (const pref of prefs) {
    const chained = (config.fallbacks.get(pref) ?? config.fallbacks.get(language(pref)))?.find((l) => site.includes(l));
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
    if (!languages.has(subtagOf(candidate))) continue;
    const found = negotiate([candidate], catalogs).locale;
    if (found !== null && language(found) === language(candidate)) return found;
  }
  return catalogs.includes('en') ? 'en' : (catalogs[0] ?? null);
}

const languagesOfCatalogs = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The language subtags of a list of catalog locales (a list is kept until the catalogs change). */
function catalogLanguages(catalogs: readonly string[]): ReadonlySet<string> {
  let languages = languagesOfCatalogs.get(catalogs);
  if (languages === undefined) languagesOfCatalogs.set(catalogs, (languages = new Set(catalogs.map(subtagOf))));
  return languages;
}

/** The canonical language subtag, as {@link language} gives it, without likely-subtags data. */
const subtagOf = (tag: string): string => languageSubtag(canonicalizeTag(tag) ?? tag);

/**
 * Readers by request value, then by canonical preferences: headers that differ only in spelling,
 * spacing or parameters (or are too long to key on) share the reader their preferences make, so
 * the ranking is done once per distinct list of preferences.
 */
export class Readers {
  readonly #options: ReadersOptions;
  #byRequest = new RecentCache<string, ReaderProfile>(2 * GENERATION_SIZE);
  #byPreferences = new RecentCache<string, ReaderProfile>(2 * GENERATION_SIZE);

  constructor(options: ReadersOptions) {
    this.#options = options;
  }

  invalidate(): void {
    this.#byRequest = new RecentCache(2 * GENERATION_SIZE);
    this.#byPreferences = new RecentCache(2 * GENERATION_SIZE);
  }

  /** The reader for `given`: a tag, a list, a header, or `requestLanguage`'s result (see `Requested`). */
  get(given: unknown): Reader {
    // A list is read once (defensively: see readList), so that its key and its preferences agree.
    const value = requestedValue(given);
    const requested = readList(value, MAX_ARRAY_SCAN) ?? value;
    const key = cacheKey(requested);
    const cached = key === undefined ? undefined : this.#byRequest.get(key);
    if (cached !== undefined) {
      if (cached.positions === undefined) cached.rank(); // seen again: worth ranking
      return cached;
    }
    const prefs = readPreferences(requested);
    const prefsKey = prefs.join(',');
    const keyed = prefsKey.length <= MAX_KEY_LENGTH;
    let reader = keyed ? this.#byPreferences.get(prefsKey) : undefined;
    if (reader === undefined) {
      reader = new ReaderProfile(prefs, this.#options);
      if (keyed) this.#byPreferences.set(prefsKey, reader);
    } else {
      reader.rank(); // the same preferences, spelled another way: seen again
    }
    if (key !== undefined) this.#byRequest.set(key, reader);
    return reader;
  }
}

function cacheKey(requested: unknown): string | undefined {
  if (typeof requested === 'string') return requested.length <= MAX_KEY_LENGTH ? requested : undefined;
  if (requested === undefined || requested === null) return '';
  // Lists (a plain copy by now) are keyed only when short and all strings.
  if (!Array.isArray(requested) || requested.length > 16 || !requested.every((t) => typeof t === 'string')) return undefined;
  const list: readonly string[] = requested;
  const key = `\u0000${list.join('\u0000')}`;
  return key.length <= MAX_KEY_LENGTH ? key : undefined;
}
