/**
 * readEntryMeta: the one reading of an entry version's `@meta` (docs/file-format.md), used by the
 * library when it builds a record and by `check` when it reports on a file, so that what `check`
 * accepts is what the library acts on, and what `check` rejects the library ignores.
 */
import { canonicalizeTag } from '../negotiation/index.js';
import { readIsoDate } from '../format/read-iso-date.js';
import { isPlainObject, META_KEY, type EntryData } from './fields.js';

/** The metadata of one entry version, as the library acts on it. */
export interface EntryMeta {
  /** The locale the entry was written in, as a canonical tag (`"FR"` reads as `fr`). */
  readonly source?: string;
  /** When the source text last changed: an ISO 8601 date, as written. */
  readonly updated?: string;
  /**
   * The hash of the source text this translation was made from, as written. Any string is kept: a
   * translation whose stamp is not today's hash (a hand-edited one included) is outdated.
   */
  readonly sourceHash?: string;
  /** 8 hex digits per text field of the source the stamp was made from (see `fieldHashes`). */
  readonly fieldHashes?: Readonly<Record<string, string>>;
}

/**
 * A part of `@meta` that is not as documented: `'@meta'` itself, or one of its keys (`check` puts it
 * into words; the bundle carries no wording).
 */
export interface MetaProblem {
  readonly key: '@meta' | keyof EntryMeta;
}

export interface MetaReading {
  readonly meta: EntryMeta;
  readonly problems: readonly MetaProblem[];
}

/** As `localized-content stamp` writes them (content/freshness.ts). */
const SOURCE_HASH = /^[0-9a-f]{16}$/;
const FIELD_HASH = /^[0-9a-f]{8}$/;

const NOTHING: MetaReading = Object.freeze({ meta: Object.freeze({}), problems: Object.freeze([]) });

/**
 * The `@meta` of `data`, validated and normalized, with what is wrong in it. A key that is not
 * usable is left out of `meta` (the library then acts as if it were absent) and named in `problems`;
 * `sourceHash` is the exception: kept whenever it is a string, reported when it is not 16 hex digits.
 * Keys the format does not define are ignored.
 *
 * @example readEntryMeta({ '@meta': { source: 'FR', updated: '2021-02-30' } })
 * // { meta: { source: 'fr' }, problems: [{ key: 'updated' }] }
 */
export function readEntryMeta(data: EntryData): MetaReading {
  if (!Object.hasOwn(data, META_KEY)) return NOTHING;
  const raw = data[META_KEY];
  if (!isPlainObject(raw)) return { meta: {}, problems: [{ key: '@meta' }] };
  const meta: { -readonly [K in keyof EntryMeta]: EntryMeta[K] } = {};
  const problems: MetaProblem[] = [];
  const { source, updated, sourceHash, fieldHashes } = raw;
  if (source !== undefined) {
    const tag = typeof source === 'string' ? canonicalizeTag(source) : undefined;
    if (tag !== undefined) meta.source = tag;
    else problems.push({ key: 'source' });
  }
  if (updated !== undefined) {
    if (typeof updated === 'string' && readIsoDate(updated) !== null) meta.updated = updated;
    else problems.push({ key: 'updated' });
  }
  if (typeof sourceHash === 'string') meta.sourceHash = sourceHash;
  if (sourceHash !== undefined && !SOURCE_HASH.test(meta.sourceHash ?? '')) problems.push({ key: 'sourceHash' });
  if (fieldHashes !== undefined) {
    if (isPlainObject(fieldHashes) && Object.values(fieldHashes).every((h) => typeof h === 'string' && FIELD_HASH.test(h))) {
      meta.fieldHashes = fieldHashes as Record<string, string>;
    } else {
      problems.push({ key: 'fieldHashes' });
    }
  }
  return { meta, problems };
}
