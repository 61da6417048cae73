import { ResolveLocale } from '@formatjs/intl-localematcher';
import { SCRIPT_SIBLINGS } from './cldr-data.js';
import { BoundedCache } from '../cache/bounded-cache.js';
import { readList } from './read-list.js';
import { reducePreference, settles, vocabularyOf, type SiteVocabulary } from './preference-vocabulary.js';
import { languageSubtag, tagParts } from './tags.js';
import { isPlaceHolder, placeHolder, PreferenceAnswers } from './match-by-preference.js';

/**
 * An `available` list prepared once per array identity: its canonical forms in a stable array, so
 * that @formatjs/intl-localematcher's own per-array cache is hit on every later call.
 */
export interface PreparedLocales {
  readonly snapshot: readonly unknown[];
  /** Canonical base names (no extensions), first occurrence only, in the caller's order. */
  readonly forms: readonly string[];
  /** Each form's spellings in `available`, in order (`['en-us', 'EN-US']` both give `en-US`). */
  readonly originals: ReadonlyMap<string, readonly string[]>;
  /** What a preference is rewritten into before formatjs sees it (see preference-vocabulary.ts). */
  readonly vocabulary: SiteVocabulary;
  /** Each form's language as likely subtags give it (see {@link candidates}). */
  readonly languages: ReadonlyMap<string, string>;
  /**
   * The sublists of {@link forms} best fit was asked to choose among, one array per content (see
   * {@link stableList}): formatjs prepares a list once per array identity, so the same sublist is
   * always the same array.
   */
  readonly sublists: BoundedCache<string, readonly string[]>;
  /** formatjs's answers about single preferences and pairs among {@link forms}, per order hint (see match-by-preference.ts). */
  readonly answers: BoundedCache<string, PreferenceAnswers>;
}

/** Sublists kept per prepared list: those of the languages readers reach, and the rankings' remainders. */
const SUBLISTS_KEPT = 256;
/** Order hints kept per prepared list: one per default locale a caller passes (see orderHint). */
const HINTS_KEPT = 16;

/** The one array of `prepared` with the elements of `list`, so that formatjs's per-array preparation is reused. */
function stableList(prepared: PreparedLocales, list: readonly string[]): readonly string[] {
  const key = list.join(',');
  const kept = prepared.sublists.get(key);
  if (kept !== undefined) return kept;
  const frozen = Object.freeze([...list]);
  prepared.sublists.set(key, frozen);
  return frozen;
}

const preparedCache = new WeakMap<readonly unknown[], PreparedLocales>();
/** Passed as formatjs's default when the caller has none: it can equal no canonical form. */
const NO_DEFAULT = 'UND-X-NO-DEFAULT';

/**
 * Lists prepared before, by their text: callers often build a new array of the same locales per
 * request (an entry's locales), which is then prepared once. Only saves work.
 */
const preparedByText = new BoundedCache<string, PreparedLocales>(256);
/** Most locales read from an `available` list: a site has dozens; a sparse array may claim 2³² − 1. */
const MAX_AVAILABLE = 1000;
/** Lists longer than this are not keyed by their text. */
const MAX_TEXT_KEYED = 4096;

/** Canonicalizes `available` (invalid entries skipped), cached by array identity and by content. */
export function prepareAvailable(available: unknown): PreparedLocales {
  // Only arrays with Array.prototype are cached by identity: anything else (a Proxy, an array
  // without a prototype) is read once, defensively, and prepared from that copy.
  const plain = isPlainArray(available);
  const cached = plain ? preparedCache.get(available) : undefined;
  // Arrays can be mutated after being cached; a changed one is prepared again.
  if (cached && sameElements(cached.snapshot, available as readonly unknown[])) return cached;
  const list = readList(available, MAX_AVAILABLE) ?? [];
  // JSON text: one text per list (a separator such as NUL could occur inside an item, so that
  // ['en\u0000fr'] and ['en', 'fr'] shared a key and one answered for the other).
  const text = list.length <= 256 && list.every((item) => typeof item === 'string') ? JSON.stringify(list) : undefined;
  const keyed = text !== undefined && text.length <= MAX_TEXT_KEYED ? text : undefined;
  const same = keyed === undefined ? undefined : preparedByText.get(keyed);
  if (same !== undefined) {
    if (plain) preparedCache.set(available, same);
    return same;
  }
  const originals = new Map<string, string[]>();
  for (const item of list) {
    if (typeof item !== 'string') continue;
    const form = baseName(item);
    if (form === undefined) continue;
    const spellings = originals.get(form);
    if (spellings) spellings.push(item);
    else originals.set(form, [item]);
  }
  const forms = Object.freeze([...originals.keys()]);
  const languages = new Map(forms.map((form) => [form, tagParts(form)?.maxLanguage ?? '']));
  const sublists = new BoundedCache<string, readonly string[]>(SUBLISTS_KEPT);
  const answers = new BoundedCache<string, PreferenceAnswers>(HINTS_KEPT);
  const prepared: PreparedLocales = { snapshot: list, forms, originals, vocabulary: vocabularyOf(forms), languages, sublists, answers };
  if (plain) preparedCache.set(available, prepared);
  if (keyed !== undefined) preparedByText.set(keyed, prepared);
  return prepared;
}

/**
 * The best form among `forms` for the preferences, or `undefined`: CLDR best fit (UTS #35 §4.4
 * "Language Matching", as implemented by @formatjs/intl-localematcher), then, only when nothing is
 * within the threshold, the same pass with each preference moved to a sibling script CLDR pairs
 * with it (zh-Hant ↔ zh-Hans). `defaultLocale` only orders ties, as in ICU's LocaleMatcher.
 *
 * A form spelled exactly as a preference wins over the other forms best fit finds equal to it
 * (`de-CH-1996` over `de-CH` for a `de-CH-1996` reader): CLDR has no data on variants, so best fit
 * alone would take whichever comes first.
 *
 * The preferences are canonical tags, as `readPreferences` returns them.
 *
 * @example bestFit(['zh-TW'], ['en', 'zh-Hans'], prepared) // 'zh-Hans' (last resort)
 * @example bestFit(['en-US'], ['en-US-windows', 'en', 'en-US'], prepared) // 'en-US'
 * @example bestFit(['qaa-PT'], ['qaa-Zzzz-PT', 'qaa-PT'], prepared) // 'qaa-PT'
 */
export function bestFit(
  preferences: readonly string[],
  forms: readonly string[],
  prepared: PreparedLocales,
  defaultLocale?: unknown,
): string | undefined {
  if (preferences.length === 0 || forms.length === 0) return undefined;
  // The first preference, available as written: nothing can be nearer. Best fit alone may prefer
  // another form it finds as near (qaa-Zzzz-PT for a qaa-PT reader: CLDR knows no script for qaa).
  const first = baseOfCanonical(preferences[0]!);
  if (first !== undefined && forms.includes(first)) return first;
  const hint = orderHint(defaultLocale, forms);
  const all = forms === prepared.forms;
  // The preferences are canonical (readPreferences made them); the sibling forms are built here.
  const found = tryMatch(matcherInput(preferences, prepared, all, true), forms, prepared, hint) ?? tryMatch(matcherInput(siblingForms(preferences), prepared, all), forms, prepared, hint);
  return found === undefined ? undefined : exactSpelling(preferences, forms, prepared, found);
}

/**
 * formatjs's answer for `desired` among `forms`. Among all of a prepared list's forms (a site's
 * languages, an entry's), it is put together from formatjs's answers about single preferences and
 * pairs, kept per list (see match-by-preference.ts): a first-seen header is mostly made of
 * rewritten preferences seen before. Among a sublist (a ranking's remainder), formatjs is asked.
 */
function tryMatch(desired: string[], forms: readonly string[], prepared: PreparedLocales, hint: string): string | undefined {
  if (desired.length === 0) return undefined;
  const whole = (list: string[]) => resolveAmong(list, forms, prepared, hint);
  if (forms !== prepared.forms) return whole(desired);
  let answers = prepared.answers.get(hint);
  if (answers === undefined) prepared.answers.set(hint, (answers = new PreferenceAnswers(WEIGHED_PREFERENCES)));
  return answers.match(desired, whole);
}

/**
 * One best-fit pass of formatjs. `desired` is canonical and free of duplicates already (rewritten
 * forms and distinct private-use tags), so it goes to ECMA-402 ResolveLocale as formatjs's `match`
 * would pass it after CanonicalizeLocaleList, without canonicalizing every tag again.
 */
function resolveAmong(desired: string[], forms: readonly string[], prepared: PreparedLocales, hint: string): string | undefined {
  const among = candidates(desired, forms, prepared);
  if (among.length === 0) return undefined;
  try {
    const found = ResolveLocale(among, desired, { localeMatcher: 'best fit' }, [], {}, () => hint).locale;
    // formatjs answers the default when nothing matches; the hint is never a form.
    return prepared.originals.has(found) ? found : undefined;
  } catch {
    return undefined; // inputs are sanitized; this is only a guard against future formatjs changes
  }
}

/**
 * The forms best fit may pick for `desired` (rewritten preferences): those in a language within
 * reach of one of them. UTS #35 puts any two languages no rule pairs 80 apart, beyond the
 * threshold, so the others can never be picked, and formatjs need not score them against every
 * preference. Order is kept, so ties break as among all the forms.
 */
function candidates(desired: readonly string[], forms: readonly string[], prepared: PreparedLocales): readonly string[] {
  const reachable = new Set<string>();
  for (const tag of desired) {
    if (isPlaceHolder(tag)) continue;
    const language = languageSubtag(tag);
    if (language === 'und') return forms; // likely subtags decide its language: every form stays
    for (const target of prepared.vocabulary.reach.get(language) ?? []) reachable.add(target.language);
  }
  const among = forms.filter((form) => reachable.has(prepared.languages.get(form) ?? ''));
  return among.length === prepared.forms.length ? prepared.forms : stableList(prepared, among);
}

/**
 * How many preferences best fit can weigh: each later one is demoted by 5 and the threshold is 50
 * (UTS #35 §4.4; formatjs stops when no distance can still win), so the 11th never matters.
 */
export const WEIGHED_PREFERENCES = 10;

/**
 * The preferences as formatjs is shown them: the first {@link WEIGHED_PREFERENCES}, each rewritten
 * (see preference-vocabulary.ts). One that cannot match, or repeats an earlier rewritten form,
 * keeps its place as a private-use tag that matches nothing (`und-x-skip3`), so that every later
 * preference is demoted as it would be as written. When matching against all of `prepared`'s forms
 * (`all`), the list ends at the first preference that {@link settles} the answer: the later ones
 * are neither rewritten nor shown. `canonical`: the preferences are canonical tags already.
 */
export function matcherInput(preferences: readonly string[], prepared: PreparedLocales, all = true, canonical = false): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  let last = -1;
  const count = Math.min(preferences.length, WEIGHED_PREFERENCES);
  for (let i = 0; i < count; i++) {
    const reduced = reducePreference(preferences[i]!, prepared.vocabulary, i, canonical);
    if (reduced === undefined || seen.has(reduced)) {
      out.push(placeHolder(i));
      continue;
    }
    seen.add(reduced);
    out.push(reduced);
    last = i;
    if (all && settles(preferences[i]!, prepared.vocabulary)) break;
  }
  return out.slice(0, last + 1);
}

/** Among the forms best fit cannot tell from `found` (same language, script and region), one equal to a preference. */
function exactSpelling(preferences: readonly string[], forms: readonly string[], prepared: PreparedLocales, found: string): string {
  const isForm = forms === prepared.forms ? (tag: string) => prepared.originals.has(tag) : (tag: string) => forms.includes(tag);
  let key: string | undefined;
  for (const preference of preferences.slice(0, WEIGHED_PREFERENCES)) {
    // Preferences are canonical: one without extensions (no singleton subtag) is its own base name.
    const base = baseOfCanonical(preference);
    if (base === undefined || base === found || !isForm(base)) continue;
    key ??= lsrKey(found);
    if (lsrKey(base) === key) return base;
  }
  return found;
}

/** A singleton subtag (`-u-`, `-t-`, `-x-`, …): an extension or private use follows. */
const SINGLETON = /-[0-9a-z]-/i;

function lsrKey(tag: string): string {
  const parts = tagParts(tag);
  return parts === undefined ? tag : `${parts.maxLanguage}-${parts.maxScript}-${parts.maxRegion}`;
}

/** zh-Hant-TW → zh-Hans-TW, from CLDR's script pairs (see SCRIPT_SIBLINGS). */
function siblingForms(preferences: readonly string[]): string[] {
  const out: string[] = [];
  for (const preference of preferences.slice(0, WEIGHED_PREFERENCES)) {
    // A given language is its own likely language (only `und` is filled in): no pair, no lookup.
    const language = languageSubtag(preference);
    if (language !== 'und' && !SCRIPT_SIBLINGS.has(language)) continue;
    const parts = tagParts(preference);
    if (parts === undefined) continue;
    const scripts = SCRIPT_SIBLINGS.get(parts.maxLanguage);
    if (!parts.maxScript || !scripts?.includes(parts.maxScript)) continue;
    for (const script of scripts) {
      if (script !== parts.maxScript) out.push([parts.maxLanguage, script, parts.maxRegion].filter(Boolean).join('-'));
    }
  }
  return out;
}

/**
 * formatjs returns its `defaultLocale` argument when nothing matches, and also ranks first, among
 * equal distances, the forms with the default's language, script and region. So the hint is the
 * upper-cased first form with those (formatjs canonicalizes it; it is never equal to a form, so
 * "no match" stays recognizable), and no default at all when no form has them: formatjs sees only
 * the site's own tags, whatever the caller passes.
 */
function orderHint(defaultLocale: unknown, forms: readonly string[]): string {
  const base = baseName(defaultLocale);
  if (base === undefined) return NO_DEFAULT;
  const key = lsrKey(base);
  const same = forms.find((form) => lsrKey(form) === key);
  return same === undefined ? NO_DEFAULT : same.toUpperCase();
}

/** {@link baseName} of a canonical tag: the tag itself unless it has extensions (no likely subtags needed). */
function baseOfCanonical(tag: string): string | undefined {
  return SINGLETON.test(tag) ? baseName(tag) : tag;
}

/** A tag without extensions (language, script, region, variants), or `undefined` when invalid. */
function baseName(tag: unknown): string | undefined {
  const parts = tagParts(tag);
  return parts === undefined ? undefined : [parts.language, parts.script, parts.region, ...parts.variants].filter(Boolean).join('-');
}

function isPlainArray(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype && value.length <= MAX_AVAILABLE;
  } catch {
    return false; // a revoked Proxy
  }
}

function sameElements(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
