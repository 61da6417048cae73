import { WEIGHED_PREFERENCES } from './best-fit.js';
import { BoundedCache } from '../cache/bounded-cache.js';
import { readRanges } from './header-ranges.js';
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
 * digits, the first of letters; `_` is read as `-`) is checked while the header is read
 * (header-ranges.ts); anything else, and a private-use tag (`x-…`: it names no language), is
 * dropped without asking `Intl`.
 */
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
  const ranked = new RankedRanges(ranges.qs, limit);
  // Tags found, in the order found, with the q-value and the first place (a range's index) of each.
  const tags: string[] = [];
  const qs: number[] = [];
  const places: number[] = [];
  // Found best first, the tags are in their final order unless a second spelling moved one's place.
  let moved = false;
  for (let tried = 0; tried < RANGES_TRIED_PER_TAG * limit && tags.length < limit; tried++) {
    const index = ranked.next();
    if (index < 0) break;
    const tag = canonicalizeTag(text.slice(ranges.starts[index], ranges.ends[index]));
    if (tag === undefined) continue;
    // Two spellings of one tag (`iw`, `he`): the best q-value came first; the first place wins.
    const previous = tags.indexOf(tag);
    if (previous < 0) {
      tags.push(tag);
      qs.push(ranges.qs[index]!);
      places.push(index);
    } else if (index < places[previous]!) {
      places[previous] = index;
      moved = true;
    }
  }
  if (!moved) return tags;
  const order = tags.map((_, i) => i).sort((a, b) => qs[b]! - qs[a]! || places[a]! - places[b]!);
  return order.map((i) => tags[i]!);
}

/**
 * The ranges with a q-value above 0, handed out best first: by q-value, then by index (header
 * order). They are selected a batch at a time, each batch the best ranges ranked after the last
 * one handed out: a header may hold two thousand ranges, and a reader wants the first few, most
 * often one batch of as many as tags are wanted.
 */
class RankedRanges {
  readonly #qs: readonly number[];
  readonly #size: number;
  #batch: number[] = [];
  #next = 0;
  /** Whether the last batch held every range left (it was not full). */
  #done = false;

  constructor(qs: readonly number[], size: number) {
    this.#qs = qs;
    this.#size = size;
  }

  /** The index of the next range, or -1 when none is left. */
  next(): number {
    if (this.#next === this.#batch.length) {
      if (this.#done) return -1;
      const after = this.#batch.length > 0 ? this.#batch[this.#batch.length - 1]! : -1;
      this.#batch = bestAfter(this.#qs, after, this.#size);
      this.#next = 0;
      this.#done = this.#batch.length < this.#size;
      if (this.#batch.length === 0) return -1;
    }
    return this.#batch[this.#next++]!;
  }
}

/**
 * The indexes of the `count` best ranges ranked after the range `after` (-1: from the best), best
 * first. One pass that keeps the best so far in order, each range inserted after every one at
 * least as good (earlier ranges win ties); when full, a range no better than the last is skipped.
 */
function bestAfter(qs: readonly number[], after: number, count: number): number[] {
  const afterQ = after < 0 ? Infinity : qs[after]!;
  const best: number[] = [];
  for (let index = 0; index < qs.length; index++) {
    const q = qs[index]!;
    // Not acceptable, or ranked at or before `after`.
    if (q === 0 || q > afterQ || (q === afterQ && index <= after)) continue;
    let at: number;
    if (best.length < count) at = best.push(index) - 1;
    else if (q > qs[best[count - 1]!]!) at = count - 1;
    else continue;
    for (; at > 0 && qs[best[at - 1]!]! < q; at--) best[at] = best[at - 1]!;
    best[at] = index;
  }
  return best;
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
    const list = requested.includes(',') || requested.includes(';') ? headerTags(requested, MAX_READ) : [canonicalizeTag(requested)].filter(isString);
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
