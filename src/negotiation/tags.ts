import { LEGACY_TAG_ALIASES, SAME_LANGUAGE } from './cldr-data.js';
import { BoundedCache } from '../cache/bounded-cache.js';

/** Longest tag accepted. Real tags are short; RFC 5646 §4.4.1 asks for at least 35 characters. */
export const MAX_TAG_LENGTH = 64;

const TAG_CHARACTERS = /^[A-Za-z0-9-]+$/;
const canonicalCache = new BoundedCache<string, string | null>(8192);
const maximizedCache = new BoundedCache<string, MaximizedTag | null>(8192);
const partsCache = new BoundedCache<string, TagParts | null>(8192);

/**
 * Canonical BCP 47 form of a language tag (RFC 5646 §4.5, UTS #35 §3.2.1 canonicalization as done
 * by `Intl.getCanonicalLocales`), or `undefined` when the input is not a usable tag. Never throws.
 *
 * - `_` is read as `-` and surrounding spaces are trimmed (`' en_us '` → `'en-US'`).
 * - Deprecated codes follow CLDR aliases: `iw`→`he`, `in`→`id`, `ji`→`yi`, `mo`→`ro`,
 *   `sh`→`sr-Latn`, `tl`→`fil`; legacy tags Intl rejects use the CLDR table in `cldr-data.ts`
 *   (`i-klingon`→`tlh`, `en-GB-oed`→`en-GB-oxendict`, `no-bok`→`nb`).
 * - An extended language subtag, which Intl rejects, is read as RFC 5646 §4.5 and CLDR say, with
 *   what follows it kept: `zh-cmn-Hans-CN`→`zh-Hans-CN`, `zh-yue-HK`→`yue-HK`, `ar-arz-EG`→`arz-EG`.
 * - `no` stays `no`: in CLDR 48 it is the parent of `nb` and `nn`; matching treats it as `nb`.
 * - Rejected: non-strings, `''`, `'*'`, private-use-only tags (`x-foo`: they name no language),
 *   language subtags of 5–8 letters (`spanish`: RFC 5646 reserves them and none is registered),
 *   anything over {@link MAX_TAG_LENGTH} characters or with characters outside `[A-Za-z0-9-]`.
 *
 * @example canonicalizeTag('EN_us') // 'en-US'
 * @example canonicalizeTag('i-klingon') // 'tlh'
 * @example canonicalizeTag('zh-yue-HK') // 'yue-HK'
 * @example canonicalizeTag('*') // undefined
 */
export function canonicalizeTag(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || tag.length > MAX_TAG_LENGTH * 2) return undefined;
  const trimmed = tag.trim();
  // String#replaceAll costs more than the search when there is nothing to replace (most tags).
  const cleaned = trimmed.includes('_') ? trimmed.replaceAll('_', '-') : trimmed;
  if (cleaned.length === 0 || cleaned.length > MAX_TAG_LENGTH) return undefined;
  // Tags of the plain shape with known subtags are not cached: they cost less than a cache entry.
  const plain = plainCanonical(cleaned);
  if (plain !== undefined) return plain;
  const cached = canonicalCache.get(cleaned);
  if (cached !== undefined) return cached ?? undefined;
  const result = computeCanonical(cleaned);
  canonicalCache.set(cleaned, result ?? null);
  return result;
}

/**
 * language-extlang[-rest], lower-cased, for the languages that have extended language subtags in the
 * IANA Language Subtag Registry (the `Prefix` of every `extlang` record: Arabic, Estonian, Konkani,
 * Latvian, Malay, Swahili, Uzbek and Chinese varieties, sign languages). Intl reads no extlang; its
 * RFC 5646 §4.5 canonical form puts the extlang in the language's place (`zh-yue-hk` → `yue-hk`),
 * and Intl's CLDR aliases do the rest (`cmn-hans-cn` → `zh-Hans-CN`, `zsm-my` → `ms-MY`).
 */
const EXTLANG_FORM = /^(?:ar|et|kok|lv|ms|sgn|sw|uz|zh)-(?=[a-z]{3}(?:-|$))/;

function computeCanonical(cleaned: string): string | undefined {
  if (!TAG_CHARACTERS.test(cleaned)) return undefined;
  const lower = cleaned.toLowerCase();
  const withoutExtlang = lower.replace(EXTLANG_FORM, '');
  const input = LEGACY_TAG_ALIASES.get(lower) ?? (withoutExtlang === lower ? cleaned : withoutExtlang);
  if (lower.startsWith('x-')) return undefined;
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(input)[0];
  } catch {
    return undefined;
  }
  // RFC 5646 §2.2.1 reserves 5–8 letter language subtags for registration, and the IANA registry
  // holds none: `spanish` or `english` is a word, not a language tag (Intl accepts the syntax).
  if (canonical === undefined || languageSubtag(canonical).length > 3) return undefined;
  if (input === cleaned) learnUnaliased(cleaned, canonical);
  return canonical;
}

/**
 * Language, script and region subtags that no CLDR alias replaces on their own (`en`, `Latn`,
 * `US`: in canonical case, the three kinds cannot collide), learnt from tags `Intl` left as they
 * were: an alias of a language, script or region alone applies to every tag that has it (UTS #35
 * §3.2.1 "Canonical Unicode Locale Identifiers"), so a tag that came back unchanged has none.
 * Bounded; it only saves work (see {@link plainCanonical}).
 */
const unaliased = new BoundedCache<string, true>(8192);
/** language[-Script][-REGION], any case: the shape {@link plainCanonical} answers for. */
const PLAIN_SHAPE = /^([A-Za-z]{2,3})(?:-([A-Za-z]{4}))?(?:-([A-Za-z]{2}|\d{3}))?$/;
/**
 * The one language whose aliases name a region (`sgn-BR` → `bzs`, CLDR's sign languages); every
 * other multi-subtag alias names a variant or an extended language, which the plain shape excludes.
 */
const REGION_ALIASED_LANGUAGE = 'sgn';

/** After `Intl` returned `canonical` for `cleaned`: its subtags were unaliased if the tag came back unchanged. */
function learnUnaliased(cleaned: string, canonical: string): void {
  if (cleaned.toLowerCase() !== canonical.toLowerCase()) return;
  const found = PLAIN_SHAPE.exec(canonical);
  if (found === null) return;
  const [, language, script, region] = found as unknown as [string, string, string?, string?];
  if (script) unaliased.set(script, true);
  if (region) unaliased.set(region, true);
  // A bare language is no evidence for the language: the engine leaves `tw` and `bh` as they are but
  // makes `tw-GH` `ak-GH` and `bh-IN` `bho-IN`, so a language is learnt only beside another subtag.
  if (script || region) unaliased.set(language, true);
}

/**
 * The canonical form of a tag of the plain shape (language, script, region) whose subtags are known
 * to be unaliased, without asking `Intl`: the subtags in canonical case (RFC 5646 §2.1.1), which is
 * what `Intl.getCanonicalLocales` returns for them. `undefined` when it cannot tell (then `Intl` does).
 *
 * @example plainCanonical('EN-us') // 'en-US' once `en` and `US` were seen unaliased
 */
function plainCanonical(cleaned: string): string | undefined {
  const found = PLAIN_SHAPE.exec(cleaned);
  if (found === null) return undefined;
  const [, language, script, region] = found as unknown as [string, string, string?, string?];
  const subtags = [language.toLowerCase()];
  if (script) subtags.push(script[0]!.toUpperCase() + script.slice(1).toLowerCase());
  if (region) subtags.push(region.toUpperCase());
  return subtags[0] !== REGION_ALIASED_LANGUAGE && subtags.every((subtag) => unaliased.has(subtag)) ? subtags.join('-') : undefined;
}

/**
 * The first subtag of a tag as written, without likely-subtags data: its language when the tag is
 * canonical (`languageSubtag('pt-BR')` → `'pt'`).
 */
export function languageSubtag(tag: string): string {
  const dash = tag.indexOf('-');
  return dash === -1 ? tag : tag.slice(0, dash);
}

/**
 * The language subtag of a tag's canonical form (RFC 5646 §2.2.1), or `undefined` when invalid.
 *
 * @example languageOf('iw-IL') // 'he'
 * @example languageOf('zh-Hant-TW') // 'zh'
 */
export function languageOf(tag: unknown): string | undefined {
  return maximizedTag(tag)?.canonicalLanguage;
}

/**
 * Language plus script after adding likely subtags (UTS #35 §4.3 "Likely Subtags", via
 * `Intl.Locale#maximize`). Two tags with the same key are read by the same readers: the library
 * shows an "another language or script" notice exactly when the keys differ. Languages that CLDR
 * treats as one (`nb` ~ `no`) share a key.
 *
 * @example scriptKey('zh-TW') // 'zh-Hant'
 * @example scriptKey('zh') // 'zh-Hans'
 * @example scriptKey('sr') // 'sr-Cyrl'
 * @example scriptKey('en-US') // 'en-Latn'
 * @example scriptKey('nb') === scriptKey('no') // true ('no-Latn')
 */
export function scriptKey(tag: unknown): string | undefined {
  const info = maximizedTag(tag);
  if (!info) return undefined;
  return info.script ? `${info.language}-${info.script}` : info.language;
}

/** A tag after canonicalization and likely-subtags maximization (internal). */
export interface MaximizedTag {
  readonly canonical: string;
  /** The language subtag as canonicalized (`nb` stays `nb`). */
  readonly canonicalLanguage: string;
  /** The language with CLDR same-language pairs merged (`nb` → `no`). */
  readonly language: string;
  readonly script: string;
  readonly region: string;
  /** Maximized language-script-region-variants, extensions dropped: equal bases are the same locale. */
  readonly base: string;
}

/** A tag's subtags as written, and as likely subtags complete them (UTS #35 §4.3), extensions dropped. */
export interface TagParts {
  readonly language: string;
  readonly script: string;
  readonly region: string;
  readonly variants: readonly string[];
  readonly maxLanguage: string;
  readonly maxScript: string;
  readonly maxRegion: string;
}

/**
 * The parts of a tag, cached (the cache only saves work: parts depend on the tag alone). Every
 * subtag is maximized, a bare `und` included (`en-Latn-US`), as CLDR matching reads it.
 * `isCanonical`: the tag is known to be canonical (skips canonicalizing it again).
 *
 * @example tagParts('zh-TW') // { language: 'zh', region: 'TW', maxScript: 'Hant', … }
 */
export function tagParts(tag: unknown, isCanonical = false): TagParts | undefined {
  // A key of the cache is a canonical tag, and canonicalization leaves a canonical tag (of a length
  // it accepts) as it is: the cache answers without canonicalizing again.
  const known = typeof tag === 'string' && tag.length <= MAX_TAG_LENGTH ? partsCache.get(tag) : undefined;
  if (known !== undefined) return known ?? undefined;
  // `isCanonical`: the caller has a canonical tag (readPreferences made it), not to be canonicalized again.
  const canonical = isCanonical && typeof tag === 'string' && tag.length <= MAX_TAG_LENGTH ? tag : canonicalizeTag(tag);
  if (canonical === undefined) return undefined;
  // Complete already: cheaper to read again than to keep (the cache is for what needs Intl).
  const complete = completeParts(canonical);
  if (complete !== undefined) return complete;
  let parts = canonical === tag ? undefined : partsCache.get(canonical);
  if (parts === undefined) {
    parts = computeParts(canonical) ?? null;
    partsCache.set(canonical, parts);
  }
  return parts ?? undefined;
}

/**
 * A canonical language-Script-REGION tag: likely subtags (UTS #35 §4.3) only fill in what is empty,
 * so it is its own maximized form, without asking `Intl` — unless a subtag says "unknown" (`und`,
 * `Zzzz`, `ZZ`: likely subtags replace those).
 */
const COMPLETE_SHAPE = /^([a-z]{2,3})-([A-Z][a-z]{3})-([A-Z]{2}|\d{3})$/;
const UNKNOWN_SUBTAGS: ReadonlySet<string> = new Set(['und', 'Zzzz', 'ZZ']);

/** The parts of a canonical tag that is complete already (see {@link COMPLETE_SHAPE}), or `undefined`. */
function completeParts(canonical: string): TagParts | undefined {
  const found = COMPLETE_SHAPE.exec(canonical);
  if (found === null) return undefined;
  const [, language, script, region] = found as unknown as [string, string, string, string];
  if (UNKNOWN_SUBTAGS.has(language) || UNKNOWN_SUBTAGS.has(script) || UNKNOWN_SUBTAGS.has(region)) return undefined;
  return { language, script, region, variants: NO_VARIANTS, maxLanguage: language, maxScript: script, maxRegion: region };
}

const NO_VARIANTS: readonly string[] = Object.freeze([]);

function computeParts(canonical: string): TagParts | undefined {
  try {
    const locale = new Intl.Locale(canonical);
    const full = locale.maximize();
    const fixed = 1 + (locale.script ? 1 : 0) + (locale.region ? 1 : 0);
    return {
      // Some engines report `und` as an undefined language, hence the `??` fallbacks.
      language: locale.language ?? 'und',
      script: locale.script ?? '',
      region: locale.region ?? '',
      variants: locale.baseName.split('-').slice(fixed),
      maxLanguage: full.language ?? 'und',
      maxScript: full.script ?? '',
      maxRegion: full.region ?? '',
    };
  } catch {
    return undefined;
  }
}

/**
 * Canonical and maximized parts of a tag, cached. A bare `und` is not maximized (it would become
 * `en-Latn-US`, claiming English for a tag that says "undetermined"); `und-Hant` is (`zh-Hant-TW`).
 *
 * @example maximizedTag('en')?.base // 'en-Latn-US'
 */
export function maximizedTag(tag: unknown): MaximizedTag | undefined {
  // As in tagParts: a key of the cache is canonical already.
  const known = typeof tag === 'string' && tag.length <= MAX_TAG_LENGTH ? maximizedCache.get(tag) : undefined;
  if (known !== undefined) return known ?? undefined;
  const canonical = canonicalizeTag(tag);
  if (canonical === undefined) return undefined;
  const cached = maximizedCache.get(canonical);
  if (cached !== undefined) return cached ?? undefined;
  const parts = tagParts(canonical);
  let info: MaximizedTag | undefined;
  if (parts !== undefined) {
    const bare = parts.language === 'und' && !parts.script && !parts.region;
    const maxLanguage = bare ? 'und' : parts.maxLanguage;
    const language = SAME_LANGUAGE.get(maxLanguage) ?? maxLanguage;
    const rest = bare ? parts.variants : [parts.maxScript, parts.maxRegion, ...parts.variants].filter(Boolean);
    info = {
      canonical,
      canonicalLanguage: parts.language,
      language,
      script: bare ? '' : parts.maxScript,
      region: bare ? '' : parts.maxRegion,
      base: [language, ...rest].join('-'),
    };
  }
  maximizedCache.set(canonical, info ?? null);
  return info;
}
