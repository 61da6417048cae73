import { LruCache } from './lru-cache.js';
import { readList } from './read-list.js';
import { canonicalizeTag } from './tags.js';

/** Characters of a header read; the rest is ignored (real headers are well under 200). */
export const MAX_HEADER_LENGTH = 4096;
/** Most tags returned for one reader. */
export const MAX_PREFERENCES = 32;
/** Most array elements examined by {@link readPreferences}. */
export const MAX_ARRAY_SCAN = 256;

// RFC 9110 §12.4.2: qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;
const preferenceCache = new LruCache<string, readonly string[]>(1000);
const EMPTY: readonly string[] = Object.freeze([]);

/**
 * Parses an `Accept-Language` header (RFC 9110 §12.5.4) into canonical tags, best first.
 *
 * Order: by q-value descending; equal q-values keep header order (a stable sort).
 * - `q=0` means "not acceptable": the tag is left out.
 * - A malformed q-value (`q=abc`, `q=1.5`, `q=0.1234`: more than 3 decimals) drops its entry.
 * - `*` is left out: "any other language" adds nothing to a ranking.
 * - Tags are canonicalized with {@link canonicalizeTag} (`en_us` → `en-US`); invalid ones are dropped.
 * - A tag listed twice keeps its first position and its highest q-value.
 * - Only the first {@link MAX_HEADER_LENGTH} characters are read (an entry cut in half is dropped),
 *   and at most {@link MAX_PREFERENCES} tags are returned. Never throws: a non-string gives `[]`.
 *
 * @example parseAcceptLanguage('fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5') // ['fr-CH', 'fr', 'en']
 * @example parseAcceptLanguage('en;q=0.5, de') // ['de', 'en']
 */
export function parseAcceptLanguage(header: unknown): string[] {
  if (typeof header !== 'string') return [];
  let text = header;
  if (text.length > MAX_HEADER_LENGTH) {
    text = text.slice(0, MAX_HEADER_LENGTH);
    // The last entry may have been cut mid-tag ("en-U"), so it is not trusted.
    text = text.slice(0, Math.max(0, text.lastIndexOf(',')));
  }
  const weights = new Map<string, number>();
  for (const entry of text.split(',')) {
    const parsed = parseEntry(entry);
    if (!parsed) continue;
    const previous = weights.get(parsed.tag);
    if (previous === undefined || parsed.q > previous) weights.set(parsed.tag, parsed.q);
  }
  // Map iteration follows first insertion, and Array#sort is stable: ties keep header order.
  return [...weights]
    .filter(([, q]) => q > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_PREFERENCES)
    .map(([tag]) => tag);
}

function parseEntry(entry: string): { tag: string; q: number } | undefined {
  const [range = '', ...params] = entry.split(';');
  const trimmed = range.trim();
  if (trimmed === '' || trimmed === '*') return undefined;
  let q = 1;
  for (const param of params) {
    const eq = param.indexOf('=');
    const name = (eq < 0 ? param : param.slice(0, eq)).trim().toLowerCase();
    if (name !== 'q') continue; // other parameters are not defined for Accept-Language: ignored
    const value = eq < 0 ? '' : param.slice(eq + 1).trim();
    if (!QVALUE.test(value)) return undefined;
    q = Number(value);
    break;
  }
  const tag = canonicalizeTag(trimmed);
  return tag === undefined ? undefined : { tag, q };
}

/** Strings longer than this are parsed every time rather than cached. */
const MAX_CACHED_KEY_LENGTH = 256;

/**
 * The reader's preferences as canonical tags, best first, from whatever a caller has:
 * a tag (`'es-MX'`), an array of tags (non-strings and invalid tags skipped, at most
 * {@link MAX_ARRAY_SCAN} elements examined, read defensively: see readList) or an `Accept-Language` header (a string with `,` or
 * `;`). At most {@link MAX_PREFERENCES} tags, no duplicates. Strings are cached in a 1000-entry LRU,
 * so the result is a frozen array shared between calls.
 *
 * @example readPreferences('es-MX') // ['es-MX']
 * @example readPreferences(['en_GB', 42, 'fr']) // ['en-GB', 'fr']
 * @example readPreferences('de;q=0.5, fr') // ['fr', 'de']
 */
export function readPreferences(requested: unknown): readonly string[] {
  if (typeof requested === 'string') {
    // Only short strings are cached: real headers are short, and long keys would let a stream of
    // distinct long headers hold megabytes in the cache.
    const cacheable = requested.length <= MAX_CACHED_KEY_LENGTH;
    const cached = cacheable ? preferenceCache.get(requested) : undefined;
    if (cached) return cached;
    const list = /[,;]/.test(requested) ? parseAcceptLanguage(requested) : [canonicalizeTag(requested)].filter(isString);
    const frozen = list.length === 0 ? EMPTY : Object.freeze(list);
    if (cacheable) preferenceCache.set(requested, frozen);
    return frozen;
  }
  const list = readList(requested, MAX_ARRAY_SCAN);
  if (list === undefined) return EMPTY;
  const seen = new Set<string>();
  for (let i = 0; i < list.length && seen.size < MAX_PREFERENCES; i++) {
    const tag = canonicalizeTag(list[i]);
    if (tag !== undefined) seen.add(tag);
  }
  return seen.size === 0 ? EMPTY : Object.freeze([...seen]);
}

function isString(value: string | undefined): value is string {
  return value !== undefined;
}
