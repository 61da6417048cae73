import { match } from '@formatjs/intl-localematcher';
import { SCRIPT_SIBLINGS } from './cldr-data.js';
import { LruCache } from './lru-cache.js';
import { canonicalizeTag } from './tags.js';

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
  /** Every subtag used by a form: what a preference may keep beyond its language (see admit, desiredForms). */
  readonly subtags: ReadonlySet<string>;
}

const preparedCache = new WeakMap<readonly unknown[], PreparedLocales>();
/** A preference cut to its subtags, and whether CLDR can match its language (see desiredForms). */
interface DesiredParts {
  readonly subtags: readonly string[];
  readonly knownLanguage: boolean;
  /** How many leading subtags are language, script and region (the rest are variants). */
  readonly fixed: number;
}
const desiredCache = new LruCache<string, DesiredParts | null>(2000);
/**
 * formatjs keeps every distinct tag it is shown, forever. The first ADMITTED_LIMIT distinct
 * preference forms go to it whole; after that, a new form keeps its language and only the subtags
 * the site's own locales use (see admit), so formatjs sees a bounded vocabulary under any traffic.
 */
const ADMITTED_LIMIT = 2000;
const admitted = new Set<string>();
/** Passed as formatjs's default when the caller has none: it can equal no canonical form. */
const NO_DEFAULT = 'UND-X-NO-DEFAULT';

/** Canonicalizes `available` (invalid entries skipped), cached by array identity. */
export function prepareAvailable(available: unknown): PreparedLocales {
  const list: readonly unknown[] = Array.isArray(available) ? available : [];
  const cached = preparedCache.get(list);
  // Arrays can be mutated after being cached; a changed one is prepared again.
  if (cached && sameElements(cached.snapshot, list)) return cached;
  const originals = new Map<string, string[]>();
  const subtags = new Set<string>();
  for (const item of list) {
    const canonical = canonicalizeTag(item);
    if (canonical === undefined || typeof item !== 'string') continue;
    const form = baseName(canonical);
    if (form === undefined) continue;
    const spellings = originals.get(form);
    if (spellings) spellings.push(item);
    else originals.set(form, [item]);
    for (const subtag of form.toLowerCase().split('-')) subtags.add(subtag);
  }
  const prepared: PreparedLocales = {
    snapshot: Array.from(list),
    forms: Object.freeze([...originals.keys()]),
    originals,
    subtags,
  };
  preparedCache.set(list, prepared);
  return prepared;
}

/**
 * The best form among `forms` for the preferences, or `undefined`: CLDR best fit (UTS #35 §4.4
 * "Language Matching", as implemented by @formatjs/intl-localematcher), then, only when nothing is
 * within the threshold, the same pass with each preference moved to a sibling script CLDR pairs
 * with it (zh-Hant ↔ zh-Hans). `defaultLocale` only orders ties, as in ICU's LocaleMatcher.
 *
 * @example bestFit(['zh-TW'], ['en', 'zh-Hans'], prepared) // 'zh-Hans' (last resort)
 */
export function bestFit(
  preferences: readonly string[],
  forms: readonly string[],
  prepared: PreparedLocales,
  defaultLocale?: unknown,
): string | undefined {
  if (preferences.length === 0 || forms.length === 0) return undefined;
  const desired = desiredForms(preferences, prepared);
  const hint = orderHint(defaultLocale);
  return tryMatch(desired, forms, prepared, hint) ?? tryMatch(siblingForms(desired), forms, prepared, hint);
}

function tryMatch(desired: string[], forms: readonly string[], prepared: PreparedLocales, hint: string) {
  if (desired.length === 0) return undefined;
  try {
    const found = match(desired, forms, hint, { algorithm: 'best fit' });
    // formatjs answers the default when nothing matches; the hint is never a form.
    return prepared.originals.has(found) ? found : undefined;
  } catch {
    return undefined; // inputs are sanitized; this is only a guard against future formatjs changes
  }
}

/**
 * formatjs memoizes every tag it sees, without bound, and preferences come from request headers.
 * So a preference is cut to its language, script, region and the variants the site uses, and it
 * is skipped when CLDR has no likely subtags for its language (nothing to match it by) unless the
 * site itself uses that language (private codes such as `qaa`). The language vocabulary is then
 * CLDR's, and admit() bounds the rest. Likely subtags are data formatjs's matching loads anyway;
 * asking display names instead would cost the first request a further load of ICU data.
 */
function desiredForms(preferences: readonly string[], prepared: PreparedLocales): string[] {
  const out = new Set<string>();
  for (const preference of preferences) {
    let parts = desiredCache.get(preference);
    if (parts === undefined) {
      parts = computeParts(preference) ?? null;
      desiredCache.set(preference, parts);
    }
    if (!parts) continue;
    const [language, ...rest] = parts.subtags;
    if (!parts.knownLanguage && !prepared.subtags.has(language!.toLowerCase())) continue;
    // Variants carry no matching data in CLDR: one the site does not use would only split the cache.
    const kept = rest.filter((subtag, i) => i < parts.fixed - 1 || prepared.subtags.has(subtag.toLowerCase()));
    out.add(admit([language!, ...kept], prepared));
  }
  return [...out];
}

/**
 * The form to show formatjs: the whole form while the budget lasts (real traffic has a few hundred
 * distinct tags), else the language plus the subtags the site's locales use — bounded by the
 * number of languages times the site's own scripts and regions.
 */
function admit(subtags: readonly string[], prepared: PreparedLocales): string {
  const form = subtags.join('-');
  if (admitted.has(form)) return form;
  if (admitted.size < ADMITTED_LIMIT) {
    admitted.add(form);
    return form;
  }
  const [language, ...rest] = subtags;
  return [language, ...rest.filter((subtag) => prepared.subtags.has(subtag.toLowerCase()))].join('-');
}

function computeParts(preference: string): DesiredParts | undefined {
  const canonical = canonicalizeTag(preference);
  if (canonical === undefined) return undefined;
  try {
    const locale = new Intl.Locale(canonical);
    const language = locale.language ?? 'und';
    const fixed = 1 + (locale.script ? 1 : 0) + (locale.region ? 1 : 0);
    return { subtags: locale.baseName.split('-'), knownLanguage: language === 'und' || hasLikelySubtags(language), fixed };
  } catch {
    return undefined;
  }
}

function hasLikelySubtags(language: string): boolean {
  try {
    return new Intl.Locale(language).maximize().baseName !== language;
  } catch {
    return false;
  }
}

/** zh-Hant-TW → zh-Hans-TW, from CLDR's script pairs (see SCRIPT_SIBLINGS). */
function siblingForms(desired: readonly string[]): string[] {
  const out: string[] = [];
  for (const form of desired) {
    let full: Intl.Locale;
    try {
      full = new Intl.Locale(form).maximize();
    } catch {
      continue;
    }
    const language = full.language ?? '';
    const scripts = SCRIPT_SIBLINGS.get(language);
    if (!full.script || !scripts?.includes(full.script)) continue;
    for (const script of scripts) {
      if (script !== full.script) out.push([language, script, full.region].filter(Boolean).join('-'));
    }
  }
  return out;
}

/**
 * formatjs returns its `defaultLocale` argument when nothing matches, and also ranks that locale
 * first among equal distances. The upper-cased canonical default keeps the ranking (formatjs
 * canonicalizes it) while never being equal to a form, so "no match" stays recognizable.
 */
function orderHint(defaultLocale: unknown): string {
  const canonical = canonicalizeTag(defaultLocale);
  const base = canonical === undefined ? undefined : baseName(canonical);
  return base === undefined ? NO_DEFAULT : base.toUpperCase();
}

function baseName(canonical: string): string | undefined {
  try {
    return new Intl.Locale(canonical).baseName;
  } catch {
    return undefined;
  }
}

function sameElements(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
