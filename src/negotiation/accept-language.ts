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

/*
 * The shape of a language range worth canonicalizing (RFC 5646 §2.1: subtags of 1–8 letters or
 * digits, the first of letters; `_` is read as `-`) is checked by readEntry; anything else, and a
 * private-use tag (`x-…`: it names no language), is dropped without asking `Intl`.
 */
/** Longest range canonicalized, as canonicalizeTag bounds a tag. */
const MAX_RANGE_LENGTH = 64;
const preferenceCache = new BoundedCache<string, readonly string[]>(1000);
const EMPTY: readonly string[] = Object.freeze([]);

/**
 * Parses an `Accept-Language` header (RFC 9110 §12.5.4) into canonical tags, best first.
 *
 * Order: by q-value descending; equal q-values keep header order.
 * - `q=0` means "not acceptable": the tag is left out.
 * - A malformed q-value (`q=abc`, `q=1.5`, `q=0.1234`: more than 3 decimals) drops its entry.
 * - `*` is left out: "any other language" adds nothing to a ranking.
 * - Tags are canonicalized with {@link canonicalizeTag} (`en_us` → `en-US`); invalid ones are dropped.
 * - A tag listed twice keeps its first position and its highest q-value.
 * - Only the first {@link MAX_HEADER_LENGTH} characters are read (an entry cut in half is dropped),
 *   and at most {@link MAX_PREFERENCES} tags are returned. Never throws: a non-string gives `[]`.
 *
 * The work is bounded by what can be returned: the header is read once, a character at a time,
 * entries that are not shaped like a language range are dropped there, and only the best ranges
 * by q-value are canonicalized (at most {@link RANGES_TRIED_PER_TAG} per tag returned), until
 * enough are found.
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
  const ranges = readRanges(text);
  const best = bestRanges(ranges, RANGES_TRIED_PER_TAG * limit);
  // Tags found, in the order found, with the q-value and the first place (a range's index) of each.
  const tags: string[] = [];
  const qs: number[] = [];
  const places: number[] = [];
  for (let i = 0; i < best.length && tags.length < limit; i++) {
    const index = best[i]!;
    const tag = canonicalizeTag(ranges.spellings[index]);
    if (tag === undefined) continue;
    // Two spellings of one tag (`iw`, `he`): the best q-value came first; the first place wins.
    const previous = tags.indexOf(tag);
    if (previous < 0) {
      tags.push(tag);
      qs.push(ranges.qs[index]!);
      places.push(index);
    } else if (index < places[previous]!) {
      places[previous] = index;
    }
  }
  const order = tags.map((_, i) => i).sort((a, b) => qs[b]! - qs[a]! || places[a]! - places[b]!);
  return order.map((i) => tags[i]!);
}

/**
 * A header's distinct ranges (compared without case, `_` as `-`) in order of first appearance, so
 * that a range's index orders it as its first position in the header does: the first spelling of
 * each, and its best q-value in thousandths (RFC 9110 allows 3 decimals: an integer, 0–1000).
 */
interface Ranges {
  readonly spellings: string[];
  readonly qs: number[];
}

/** The header's ranges: one pass over its characters, an entry at a time (no splitting or slicing but the range itself). */
function readRanges(text: string): Ranges {
  const ranges: Ranges = { spellings: [], qs: [] };
  const indexOfKey = new Map<string, number>();
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf(',', start);
    if (end < 0) end = text.length;
    readEntry(text, start, end, ranges, indexOfKey);
    start = end + 1;
  }
  return ranges;
}

/**
 * The indexes of the `count` best ranges with a q-value above 0, best first: by q-value, then by
 * index (header order). A partial selection: the header may hold hundreds of ranges, and only the
 * best few are ever canonicalized.
 */
function bestRanges(ranges: Ranges, count: number): number[] {
  const best: number[] = [];
  const { qs } = ranges;
  for (let index = 0; index < qs.length; index++) {
    const q = qs[index]!;
    if (q === 0 || (best.length === count && q <= qs[best[count - 1]!]!)) continue;
    // Insert after every range at least as good (earlier ranges win ties), dropping the last when full.
    let at = best.length;
    while (at > 0 && qs[best[at - 1]!]! < q) at--;
    best.splice(at, 0, index);
    if (best.length > count) best.pop();
  }
  return best;
}

/** Character codes the scanner compares against. */
const SEMICOLON = 59;
const EQUALS = 61;
const HYPHEN = 45;
const UNDERSCORE = 95;

/** `\s` of a regular expression (and what String#trim removes): WhiteSpace and LineTerminator of ECMA-262. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const isUpper = (code: number): boolean => code >= 65 && code <= 90;
const isLower = (code: number): boolean => code >= 97 && code <= 122;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * Reads the entry in `text` from `start` to `end` (its `,` or the end of the text) into `ranges`,
 * when it is a language range: spaces, the range (subtags of 1–8 letters or digits joined by `-`
 * or `_`, the first of letters; at most {@link MAX_RANGE_LENGTH} characters, not private use),
 * spaces, then `;` and the parameters, or the entry's end. An entry that is no range, or whose
 * q-value is malformed, is skipped.
 */
function readEntry(text: string, start: number, end: number, ranges: Ranges, indexOfKey: Map<string, number>): void {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  const from = i;
  // Upper case or `_` anywhere: the key needs rewriting (in lower case, `-` for `_`).
  let upper = false;
  let underscore = false;
  let length = 0;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isUpper(code)) upper = true;
    else if (!isLower(code)) break;
    length++;
    i++;
  }
  if (length === 0 || length > 8) return;
  const firstLength = length;
  let subtags = 1;
  while (i < end) {
    const separator = text.charCodeAt(i);
    if (separator !== HYPHEN && separator !== UNDERSCORE) break;
    if (separator === UNDERSCORE) underscore = true;
    i++;
    length = 0;
    while (i < end) {
      const code = text.charCodeAt(i);
      if (isUpper(code)) upper = true;
      else if (!isLower(code) && !isDigit(code)) break;
      length++;
      i++;
    }
    if (length === 0 || length > 8) return;
    subtags++;
  }
  const to = i;
  if (to - from > MAX_RANGE_LENGTH) return;
  // Private use (`x-…`): names no language.
  if (firstLength === 1 && subtags > 1 && (text.charCodeAt(from) | 32) === 120) return;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  let q = 1000;
  if (i < end) {
    if (text.charCodeAt(i) !== SEMICOLON) return;
    const found = qualityOf(text, i + 1, end);
    if (found === undefined) return;
    q = found;
  }
  const range = text.slice(from, to);
  const spelled = underscore ? range.replaceAll('_', '-') : range;
  const key = upper ? spelled.toLowerCase() : spelled;
  const index = indexOfKey.get(key);
  if (index === undefined) {
    indexOfKey.set(key, ranges.spellings.length);
    ranges.spellings.push(range);
    ranges.qs.push(q);
  } else if (q > ranges.qs[index]!) {
    ranges.qs[index] = q;
  }
}

/**
 * The q parameter among an entry's parameters (`text` from `start` to `end`, after the first `;`),
 * in thousandths (1000 when absent), or `undefined` when malformed. RFC 9110 §12.4.2:
 * qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ). Other parameters are not defined
 * for Accept-Language: ignored. Names and values are trimmed; the name is read without case.
 */
function qualityOf(text: string, start: number, end: number): number | undefined {
  for (let from = start; from <= end; ) {
    // This parameter: from `from` to the next `;` (or the entry's end), its `=` if any.
    let to = from;
    let eq = -1;
    for (; to < end; to++) {
      const code = text.charCodeAt(to);
      if (code === SEMICOLON) break;
      if (code === EQUALS && eq < 0) eq = to;
    }
    const [nameFrom, nameTo] = trimmed(text, from, eq < 0 ? to : eq);
    from = to + 1;
    if (nameTo - nameFrom !== 1 || (text.charCodeAt(nameFrom) | 32) !== 113) continue; // not `q`
    // No `=` reads as an empty value: malformed.
    const [valueFrom, valueTo] = eq < 0 ? [to, to] : trimmed(text, eq + 1, to);
    return thousandths(text, valueFrom, valueTo);
  }
  return 1000;
}

/** The bounds of `text` from `start` to `end` without leading and trailing spaces. */
function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

/** A qvalue (RFC 9110 §12.4.2) in thousandths, or `undefined` when it is not one. */
function thousandths(text: string, start: number, end: number): number | undefined {
  const length = end - start;
  if (length === 0 || length > 5) return undefined;
  const whole = text.charCodeAt(start) - 48;
  if (whole !== 0 && whole !== 1) return undefined;
  if (length === 1) return whole * 1000;
  if (text.charCodeAt(start + 1) !== 46) return undefined; // `.`
  let fraction = 0;
  for (let i = 0; i < 3; i++) {
    const at = start + 2 + i;
    const digit = at < end ? text.charCodeAt(at) - 48 : 0;
    if (digit < 0 || digit > 9 || (whole === 1 && digit !== 0)) return undefined;
    fraction = fraction * 10 + digit;
  }
  return whole * 1000 + fraction;
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
