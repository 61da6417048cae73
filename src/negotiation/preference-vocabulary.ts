/**
 * The vocabulary of tags shown to @formatjs/intl-localematcher. formatjs memoizes every distinct tag
 * it is given, without bound, and preferences come from request headers; so each preference is
 * rewritten, before matching, into a tag from a vocabulary bounded by the site's own locales and
 * CLDR's matching rules — a rewrite decided by the preference and the site alone, never by what
 * other requests came before (an answer must not depend on a process's history).
 *
 * The rewrite keeps the answer: it follows the distance rules of UTS #35 §4.4 "Language Matching"
 * (the data in cldr-data.ts), where a desired locale is scored against each supported one as
 * language distance + script distance + region distance, and only a total under 50 can match.
 *
 * - A preference whose language and script are 50 or more away from every site locale can never
 *   match: it is left out (`en-Cyrl` on a site in `en`, `fr`; `qaa` on a site without `qaa`).
 * - A region the site's locales do not use (and that contains no others) is replaced by the first
 *   region of the same region class that the site does not use either: both are at the same
 *   distance from every site region. The language and script are then written out (as likely
 *   subtags give them), so that the replacement cannot change them (`zh-TW` is `zh-Hant-TW`).
 * - Variants the site's locales do not use, and extensions, are dropped: CLDR has no matching data
 *   for them.
 *
 * @example reducePreference('pt-AO', vocabularyOf(['en', 'pt-BR', 'pt-PT'])) // 'pt-Latn-AC' (AO's class: outside the Americas)
 * @example reducePreference('en-Cyrl', vocabularyOf(['en', 'fr'])) // undefined (no site locale is within reach)
 */
import { KNOWN_REGIONS, LANGUAGE_RULES, MACRO_REGIONS as MACRO_REGION_LIST, REGION_CLASSES, SCRIPT_RULES } from './cldr-data.js';
import { canonicalizeTag, languageSubtag, MAX_TAG_LENGTH, tagParts, type TagParts } from './tags.js';
import { BoundedCache } from '../cache/bounded-cache.js';

/** The matching threshold of UTS #35 §4.4 (ICU's default): a distance must be below it to match. */
const THRESHOLD = 50;
/** What UTS #35 §4.4 adds to the distance of each later preference (CLDR's demotion). */
const DEMOTION = 5;
/** Distance between two scripts that no rule pairs (two languages no rule pairs are 80 apart: out of reach). */
const OTHER_SCRIPT = 50;
/** Regions formatjs reads as pseudo-locales or as "unknown": kept as written. */
const SPECIAL_REGIONS: ReadonlySet<string> = new Set(['XA', 'XB', 'XC', 'ZZ']);
/**
 * Private-use region codes: stand-ins for regions CLDR does not know (all alike to it). Only codes
 * that canonicalization leaves as they are: not QO (CLDR's Outlying Oceania) nor QU (an alias of
 * EU, the European Union), which would put a reader in a real region.
 */
const UNKNOWN_REGION_STAND_INS = ['QM', 'QN', 'QP', 'QQ', 'QR', 'QS', 'QT', 'QV', 'QW', 'QX', 'QY', 'QZ'];

/** Per supported language, the desired languages CLDR puts within reach of it, with their distance. */
const PAIRED_LANGUAGES = new Map<string, Array<[desired: string, distance: number]>>();
const pairLanguages = (desired: string, supported: string, distance: number) => {
  const list = PAIRED_LANGUAGES.get(supported) ?? [];
  if (!list.some(([language]) => language === desired)) list.push([desired, distance]);
  PAIRED_LANGUAGES.set(supported, list);
};
for (const [group, desiredList] of Object.entries(LANGUAGE_RULES)) {
  const [supported, distance, oneway] = group.split(' ') as [string, string, string?];
  for (const desired of desiredList.split(' ')) {
    pairLanguages(desired, supported, Number(distance));
    if (!oneway) pairLanguages(supported, desired, Number(distance));
  }
}
/** Script distances under the threshold: "desiredLanguage|supportedLanguage|desiredScript|supportedScript" → distance. */
const SCRIPT_DISTANCE = new Map<string, number>();
for (const rule of SCRIPT_RULES) {
  const [desired, supported, distance, oneway] = rule.split(' ') as [string, string, string, string?];
  const [dl, ds] = desired.split('-') as [string, string];
  const [sl, ss] = supported.split('-') as [string, string];
  if (!SCRIPT_DISTANCE.has(`${dl}|${sl}|${ds}|${ss}`)) SCRIPT_DISTANCE.set(`${dl}|${sl}|${ds}|${ss}`, Number(distance));
  if (!oneway && !SCRIPT_DISTANCE.has(`${sl}|${dl}|${ss}|${ds}`)) SCRIPT_DISTANCE.set(`${sl}|${dl}|${ss}|${ds}`, Number(distance));
}
const MACRO_REGIONS: ReadonlySet<string> = new Set(MACRO_REGION_LIST.split(' '));
/** Each known territory's region class (0 is left for regions CLDR does not know). */
const REGION_CLASS = new Map<string, number>();
for (let index = 0; index < 26 * 26; index++) {
  if ((parseInt(KNOWN_REGIONS.slice((index >> 3) * 2, (index >> 3) * 2 + 2), 16) >> (index & 7)) & 1) {
    REGION_CLASS.set(String.fromCharCode(65 + Math.floor(index / 26), 65 + (index % 26)), 1);
  }
}
for (const [regionClass, regions] of Object.entries(REGION_CLASSES)) {
  for (const region of regions.split(' ')) REGION_CLASS.set(region, Number(regionClass));
}

/** What the rewrite needs to know of a site's locales (see {@link vocabularyOf}). */
export interface SiteVocabulary {
  /** Per desired language, the site's (language, script) pairs within reach of it (by language). */
  readonly reach: ReadonlyMap<string, ReadonlyArray<{ readonly language: string; readonly script: string; readonly distance: number }>>;
  /** Regions the site's locales name or imply. */
  readonly regions: ReadonlySet<string>;
  /** Variants the site's locales use. */
  readonly variants: ReadonlySet<string>;
  /** Per region class, the region standing for the whole class (one the site does not use). */
  readonly standIns: ReadonlyMap<number, string>;
  /** The site's locales as likely subtags complete them (language-script-region; see {@link settles}). */
  readonly complete: ReadonlySet<string>;
  /** Canonical preferences in reach of a site language, rewritten (`null`: out of reach); it only saves work. */
  readonly rewritten: BoundedCache<string, string | null>;
}

/** Rewritten preferences kept per site: the tags readers send in the site's languages, a few thousand. */
const REWRITES_KEPT = 4096;

/** The vocabulary of a list of canonical forms (computed once per prepared list). */
export function vocabularyOf(forms: readonly string[]): SiteVocabulary {
  const pairs = new Map<string, { language: string; script: string }>();
  const regions = new Set<string>();
  const variants = new Set<string>();
  const complete = new Set<string>();
  for (const form of forms) {
    const parts = tagParts(form);
    if (parts === undefined) continue;
    const key = completeKey(parts);
    if (key !== undefined) complete.add(key);
    pairs.set(`${parts.maxLanguage}-${parts.maxScript}`, { language: parts.maxLanguage, script: parts.maxScript });
    if (parts.region) regions.add(parts.region);
    if (parts.maxRegion) regions.add(parts.maxRegion);
    for (const variant of parts.variants) variants.add(variant);
  }
  const reach = new Map<string, Array<{ language: string; script: string; distance: number }>>();
  const add = (desired: string, site: { language: string; script: string }, distance: number) => {
    const list = reach.get(desired) ?? [];
    list.push({ ...site, distance });
    reach.set(desired, list);
  };
  for (const site of pairs.values()) add(site.language, site, 0);
  for (const site of pairs.values()) {
    for (const [desired, distance] of PAIRED_LANGUAGES.get(site.language) ?? []) add(desired, site, distance);
  }
  const standIns = new Map<number, string>();
  for (const [region, regionClass] of REGION_CLASS) {
    if (!standIns.has(regionClass) && !regions.has(region)) standIns.set(regionClass, region);
  }
  standIns.set(0, UNKNOWN_REGION_STAND_INS.find((region) => !regions.has(region)) ?? 'QZ');
  return { reach, regions, variants, standIns, complete, rewritten: new BoundedCache(REWRITES_KEPT) };
}

/**
 * True when a preference is, once likely subtags complete it, one of the site's locales (`fr-FR`
 * and `fr`; `zh-TW` and `zh-Hant`): best fit scores that pair under 1, and every later preference
 * is demoted by 5 at least, so nothing after it can change the answer (UTS #35 §4.4).
 *
 * @example settles('fr-FR', vocabularyOf(['en', 'fr'])) // true
 * @example settles('fr-CA', vocabularyOf(['en', 'fr'])) // false (fr-CA is fr-Latn-CA, the site's fr is fr-Latn-FR)
 */
export function settles(preference: string, site: SiteVocabulary): boolean {
  const parts = tagParts(preference);
  const key = parts === undefined ? undefined : completeKey(parts);
  return key !== undefined && site.complete.has(key);
}

/**
 * Language-script-region as likely subtags give them, when they give all three for a named language
 * (formatjs fills gaps with its own defaults, and reads `und` and pseudo-locales apart: those are
 * left out).
 */
function completeKey(parts: TagParts): string | undefined {
  // `und` is read apart by formatjs too (a bare `und` is not maximized): it never settles.
  if (parts.language === 'und' || parts.maxLanguage === 'und' || parts.maxScript === '' || parts.maxRegion === '' || SPECIAL_REGIONS.has(parts.maxRegion)) return undefined;
  if (parts.variants.some((variant) => variant.startsWith('ps'))) return undefined;
  return `${parts.maxLanguage}-${parts.maxScript}-${parts.maxRegion}`;
}

/** True when some target's language distance plus `demotion` is under the threshold. */
function nearEnough(targets: ReadonlyArray<{ readonly distance: number }> | undefined, demotion: number): boolean {
  if (targets === undefined) return false;
  for (const target of targets) if (target.distance + demotion < THRESHOLD) return true;
  return false;
}

/** True when some site locale is under the threshold by language and script alone. */
function withinReach(parts: TagParts, site: SiteVocabulary): boolean {
  for (const target of site.reach.get(parts.maxLanguage) ?? []) {
    if (target.distance >= THRESHOLD) continue;
    const script = parts.maxScript === target.script ? 0 : (SCRIPT_DISTANCE.get(`${parts.maxLanguage}|${target.language}|${parts.maxScript}|${target.script}`) ?? OTHER_SCRIPT);
    if (target.distance + script < THRESHOLD) return true;
  }
  return false;
}

/**
 * The tag to show formatjs for one preference at `position` in the reader's list, or `undefined`
 * when it cannot be the one matched. See the module comment for the rules. `canonical`: the
 * preference is a canonical tag already (as `readPreferences` returns them), so it is not
 * canonicalized again (canonicalization leaves a canonical tag as it is).
 */
export function reducePreference(preference: string, site: SiteVocabulary, position = 0, canonical = false): string | undefined {
  // Likely subtags never change a language that is given (only `und`): a language no site locale
  // is paired with, or paired only so far that this position's demotion puts it beyond the
  // threshold, is out of reach before the tag is maximized (the costly step).
  const tag = canonical && preference.length <= MAX_TAG_LENGTH ? preference : canonicalizeTag(preference);
  if (tag === undefined) return undefined;
  return reduceCanonical(tag, site, position);
}

function reduceCanonical(canonical: string, site: SiteVocabulary, position: number): string | undefined {
  const language = languageSubtag(canonical);
  if (language !== 'und' && !nearEnough(site.reach.get(language), DEMOTION * position)) return undefined;
  // What follows depends on the tag and the site alone.
  let rewritten = site.rewritten.get(canonical);
  if (rewritten === undefined) site.rewritten.set(canonical, (rewritten = rewrite(canonical, site) ?? null));
  return rewritten ?? undefined;
}

/** The rewrite of a canonical preference whose language is near enough (see reducePreference). */
function rewrite(canonical: string, site: SiteVocabulary): string | undefined {
  const parts = tagParts(canonical, true);
  if (parts === undefined || !withinReach(parts, site)) return undefined;
  const variants = parts.variants.filter((variant) => site.variants.has(variant));
  const region = parts.region;
  if (region === '' || site.regions.has(region) || MACRO_REGIONS.has(region) || SPECIAL_REGIONS.has(region)) {
    return [parts.language, parts.script, region, ...variants].filter(Boolean).join('-');
  }
  const standIn = site.regions.has(parts.maxRegion) ? parts.maxRegion : site.standIns.get(REGION_CLASS.get(parts.maxRegion) ?? 0);
  return [parts.maxLanguage, parts.maxScript, standIn, ...variants].filter(Boolean).join('-');
}
