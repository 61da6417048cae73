import { WEIGHED_PREFERENCES } from './best-fit.js';
import { BoundedCache } from '../cache/bounded-cache.js';
import { readList } from './read-list.js';
import { canonicalizeTag } from './tags.js';

/** Characters of a header read; the rest is ignored (real headers are well under 200). */
export const MAX_HEADER_LENGTH = 4096;
/** Most tags returned by {@link parseAcceptLanguage}. */
export const MAX_PREFERENCES = 32;
/**
 * Most tags {@link readPreferences} keeps for one reader: as many as best fit can weigh. UTS #35
 * demotes each later preference by 5 against a threshold of 50, so the 11th can never be matched;
 * what comes after it could only name a language the reader will not be served in.
 */
export const MAX_READ = WEIGHED_PREFERENCES;
/** Most array elements examined by {@link readPreferences}. */
export const MAX_ARRAY_SCAN = 256;
/**
 * Most distinct ranges of one header canonicalized (the costly step, by `Intl`), per tag wanted:
 * the best ones by q-value are tried until enough tags are found. Real headers have a few invalid
 * entries at most; a header of thousands of plausible but invalid ones costs a few dozen attempts.
 */
const RANGES_TRIED_PER_TAG = 3;

// RFC 9110 §12.4.2: qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;
/*
 * The shape of a language range worth canonicalizing (RFC 5646 §2.1: subtags of 1–8 letters or
 * digits, the first of letters; `_` is read as `-`) is checked by readEntry (ENTRY); anything
 * else, and a private-use tag (`x-…`: it names no language), is dropped without asking `Intl`.
 */
/** Longest range canonicalized, as canonicalizeTag bounds a tag. */
const MAX_RANGE_LENGTH = 64;
const preferenceCache = new BoundedCache<string, readonly string[]>(1000);
const EMPTY: readonly string[] = Object.freeze([]);

/** One spelling of a range (compared without case; `_` is `-`): its best q-value and first position. */
interface Range {
  readonly range: string;
  /** The q-value in thousandths (RFC 9110 allows 3 decimals): an integer, 0–1000. */
  q: number;
  readonly position: number;
}

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
 * The work is bounded by what can be returned: the header is read once, entries that are not
 * shaped like a language range are dropped there, and only the best ranges by q-value are
 * canonicalized (at most {@link RANGES_TRIED_PER_TAG} per tag returned), until enough are found.
 *
 * @example parseAcceptLanguage('fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5') // ['fr-CH', 'fr', 'en']
 * @example parseAcceptLanguage('en;q=0.5, de') // ['de', 'en']
 */
export function parseAcceptLanguage(header: unknown): string[] {
  return headerTags(header, MAX_PREFERENCES);
}

/** The first `limit` tags of a header, as {@link parseAcceptLanguage} reads them. */
function headerTags(header: unknown, limit: number): string[] {
  if (typeof header !== 'string') return [];
  let text = header;
  if (text.length > MAX_HEADER_LENGTH) {
    text = text.slice(0, MAX_HEADER_LENGTH);
    // The last entry may have been cut mid-tag ("en-U"), so it is not trusted.
    text = text.slice(0, Math.max(0, text.lastIndexOf(',')));
  }
  // Map iteration follows first insertion, and Array#sort is stable: ties keep header order.
  const ranked = [...readRanges(text).values()].filter((range) => range.q > 0).sort((a, b) => b.q - a.q);
  const tags = new Map<string, { q: number; position: number }>();
  for (let i = 0; i < ranked.length && i < RANGES_TRIED_PER_TAG * limit && tags.size < limit; i++) {
    const { range, q, position } = ranked[i]!;
    const tag = canonicalizeTag(range);
    if (tag === undefined) continue;
    // Two spellings of one tag (`iw`, `he`): the best q-value came first; the first position wins.
    const previous = tags.get(tag);
    if (previous === undefined) tags.set(tag, { q, position });
    else previous.position = Math.min(previous.position, position);
  }
  return [...tags].sort((a, b) => b[1].q - a[1].q || a[1].position - b[1].position).map(([tag]) => tag);
}

/**
 * The header's ranges by spelling (lower case, `_` as `-`), in order of first appearance: one pass,
 * an entry at a time, each read by one sticky expression where it starts (no slicing or splitting).
 */
function readRanges(text: string): Map<string, Range> {
  const ranges = new Map<string, Range>();
  let position = 0;
  for (let start = 0; start <= text.length; position++) {
    let end = text.indexOf(',', start);
    if (end < 0) end = text.length;
    const entry = readEntry(text, start, end, position);
    start = end + 1;
    if (entry === undefined) continue;
    const previous = ranges.get(entry.key);
    if (previous === undefined) ranges.set(entry.key, entry);
    else if (entry.q > previous.q) previous.q = entry.q;
  }
  return ranges;
}

/**
 * An entry that is a language range, read where the entry starts (sticky): spaces, the range, spaces,
 * then `;` and the parameters, or the entry's end. `\s` is what String#trim removes.
 */
const ENTRY = /\s*([A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*)\s*(?:;|(?=,|$))/y;

/**
 * The entry starting at `start`: its range (what precedes the first `;`, trimmed: of the shape
 * above, at most {@link MAX_RANGE_LENGTH} characters, not private use), its key (lower case, `_`
 * as `-`) and its q-value; `undefined` when it is no range or its q-value is malformed. `end` is
 * where the entry ends (its `,` or the end of the text).
 */
function readEntry(text: string, start: number, end: number, position: number): (Range & { readonly key: string }) | undefined {
  ENTRY.lastIndex = start;
  const found = ENTRY.exec(text);
  const range = found?.[1];
  if (range === undefined || range.length > MAX_RANGE_LENGTH) return undefined;
  const key = /[A-Z_]/.test(range) ? range.replaceAll('_', '-').toLowerCase() : range;
  if (key.startsWith('x-')) return undefined; // private use: names no language
  const q = found![0].endsWith(';') ? qualityOf(text.slice(ENTRY.lastIndex, end)) : 1000;
  return q === undefined ? undefined : { range, key, q, position };
}

/** The q parameter among an entry's parameters, in thousandths (1000 when absent), or `undefined` when malformed. */
function qualityOf(params: string): number | undefined {
  for (const param of params.split(';')) {
    const eq = param.indexOf('=');
    const name = (eq < 0 ? param : param.slice(0, eq)).trim().toLowerCase();
    if (name !== 'q') continue; // other parameters are not defined for Accept-Language: ignored
    const value = eq < 0 ? '' : param.slice(eq + 1).trim();
    return QVALUE.test(value) ? Math.round(Number(value) * 1000) : undefined;
  }
  return 1000;
}

/** Strings longer than this are parsed every time rather than cached. */
const MAX_CACHED_KEY_LENGTH = 256;

/**
 * The reader's preferences as canonical tags, best first, from whatever a caller has:
 * a tag (`'es-MX'`), an array of tags (non-strings and invalid tags skipped, at most
 * {@link MAX_ARRAY_SCAN} elements examined, read defensively: see readList) or an `Accept-Language` header (a string with `,` or
 * `;`). At most {@link MAX_READ} tags, no duplicates. Strings are cached (the last 1,000 or so),
 * so the result is a frozen array shared between calls.
 *
 * @example readPreferences('es-MX') // ['es-MX']
 * @example readPreferences(['en_GB', 42, 'fr']) // ['en-GB', 'fr']
 * @example readPreferences('de;q=0.5, fr') // ['fr', 'de']
 */
export function readPreferences(requested: unknown): readonly string[] {
  // A list this function returned is read already: negotiation passes it from layer to layer.
  if (isReadPreferences(requested)) return requested;
  if (typeof requested === 'string') {
    // Only short strings are cached: real headers are short, and long keys would let a stream of
    // distinct long headers hold megabytes in the cache.
    const cacheable = requested.length <= MAX_CACHED_KEY_LENGTH;
    const cached = cacheable ? preferenceCache.get(requested) : undefined;
    if (cached) return cached;
    const list = /[,;]/.test(requested) ? headerTags(requested, MAX_READ) : [canonicalizeTag(requested)].filter(isString);
    const frozen = list.length === 0 ? EMPTY : markRead(list);
    if (cacheable) preferenceCache.set(requested, frozen);
    return frozen;
  }
  const list = readList(requested, MAX_ARRAY_SCAN);
  if (list === undefined) return EMPTY;
  const seen = new Set<string>();
  for (let i = 0; i < list.length && seen.size < MAX_READ; i++) {
    const tag = canonicalizeTag(list[i]);
    if (tag !== undefined) seen.add(tag);
  }
  return seen.size === 0 ? EMPTY : markRead([...seen]);
}

/** The lists {@link readPreferences} returned (frozen, canonical): given back, they are returned as they are. */
const read = new WeakSet<object>();

/**
 * True for a list {@link readPreferences} returned (`requestLanguage`'s `requested`, a reader's
 * preferences): it is canonical and frozen already, so a caller given it need not read it again.
 */
export function isReadPreferences(value: unknown): value is readonly string[] {
  return typeof value === 'object' && value !== null && read.has(value);
}

function markRead(list: string[]): readonly string[] {
  const frozen = Object.freeze(list);
  read.add(frozen);
  return frozen;
}

function isString(value: string | undefined): value is string {
  return value !== undefined;
}
