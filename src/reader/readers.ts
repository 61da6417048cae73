/**
 * Readers: the reader (reader.ts) for each request value, kept per library instance.
 *
 * Ranking the content locales for a reader costs a best-fit pass per locale the reader accepts, so
 * it is done once per distinct request value and kept in a bounded cache: a busy site sees a few
 * dozen distinct Accept-Language headers. A reader is ranked when their request value comes back:
 * the first request, and a value never seen again (a crawler, a hostile header), are served by one
 * best-fit pass among the entry's own locales instead, which picks the same version.
 */
import { readPreferences } from '../negotiation/index.js';
import { BoundedCache } from '../cache/bounded-cache.js';
import { requestedValue } from './requested.js';
import { isReadPreferences, MAX_ARRAY_SCAN } from '../negotiation/accept-language.js';
import { readList } from '../negotiation/read-list.js';
import type { Config } from '../options.js';
import type { Reader } from './reader.js';
import { ReaderProfile } from './reader-profile.js';

export interface ReadersOptions {
  readonly config: Config;
  readonly siteLocales: () => readonly string[];
  readonly contentLocales: () => readonly string[];
  readonly catalogLocales: () => readonly string[];
}

/** Request values longer than this are resolved without caching (they are rare and hostile). */
const MAX_KEY_LENGTH = 512;
/** Each of the two caches holds at most this many readers. */
const READERS_KEPT = 2000;

/**
 * Readers by request value, then by canonical preferences: headers that differ only in spelling,
 * spacing or parameters (or are too long to key on) share the reader their preferences make, so
 * the ranking is done once per distinct list of preferences.
 */
export class Readers {
  readonly #options: ReadersOptions;
  readonly #byRequest = new BoundedCache<string, ReaderProfile>(READERS_KEPT);
  readonly #byPreferences = new BoundedCache<string, ReaderProfile>(READERS_KEPT);

  constructor(options: ReadersOptions) {
    this.#options = options;
  }

  invalidate(): void {
    this.#byRequest.clear();
    this.#byPreferences.clear();
  }

  /** The reader for `given`: a tag, a list, a header, or `requestLanguage`'s result (see `Requested`). */
  get(given: unknown): Reader {
    // The common case first: a header or tag seen before is one map read.
    if (typeof given === 'string' && isStringKey(given)) {
      const seen = this.#byRequest.get(given);
      if (seen !== undefined && seen.positions !== undefined) return seen;
    }
    // A list is read once (defensively: see readList), so that its key and its preferences agree.
    const value = requestedValue(given);
    // A list readPreferences made (requestLanguage's) is frozen and canonical: it is read already,
    // and its own preferences, so it is kept by them alone (one key, not two, per first-seen header).
    const read = isReadPreferences(value);
    const requested = read ? value : (readList(value, MAX_ARRAY_SCAN) ?? value);
    const key = read ? undefined : cacheKey(requested);
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

/**
 * A string is its own key unless too long, or unless it starts with NUL: list keys do, and a header
 * spelling one (`"\u0000fr"`) would otherwise share the reader of `['fr']`, in whichever order came first.
 */
function isStringKey(text: string): boolean {
  return text.length <= MAX_KEY_LENGTH && text.charCodeAt(0) !== 0;
}

function cacheKey(requested: unknown): string | undefined {
  if (typeof requested === 'string') return isStringKey(requested) ? requested : undefined;
  if (requested === undefined || requested === null) return '';
  // Lists (a plain copy by now) are keyed only when short and all strings.
  if (!Array.isArray(requested) || requested.length > 16 || !requested.every((t) => typeof t === 'string')) return undefined;
  const list: readonly string[] = requested;
  const key = `\u0000${list.join('\u0000')}`;
  return key.length <= MAX_KEY_LENGTH ? key : undefined;
}
