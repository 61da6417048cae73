/**
 * `stampTranslations`: records in each translation the hash of the source it was made from, so a
 * later change to the source shows the translation as outdated. One locale file, one atomic write.
 */
import { buildRecord } from '../../content/store.js';
import { readMeta } from '../../content/fields.js';
import { sourceHash } from '../../content/freshness.js';
import { FileError } from '../../errors.js';
import { canonicalizeTag } from '../../negotiation/index.js';
import { writeFileAtomic, type WriteSystem } from '../../node/atomic-write.js';
import { entryVersions, readContentTree, type ReadContentOptions } from '../content-tree.js';
import { stampText } from './stamp-text.js';

export interface StampOptions extends ReadContentOptions {
  /** File operations, replaceable in tests. */
  readonly system?: WriteSystem;
}

export interface StampResult {
  /** The file written (or that would have been, when nothing changed). */
  readonly file: string;
  /** Entries whose hash was written. */
  readonly stamped: string[];
  /** Entries already stamped with the current source. */
  readonly current: string[];
  /** Entries `all` left alone, with the reason. */
  readonly skipped: { readonly id: string; readonly reason: 'outdated' | 'partial' | 'untranslated' }[];
}

/**
 * Stamps the given entries of `locale` (`'all'`: every complete translation in it; outdated and
 * partial ones are skipped, since stamping them would hide that they need work).
 * Throws a `FileError`: `UNKNOWN_ENTRY` for an id the locale does not translate, `JSON_SYNTAX`
 * for a file that does not parse, `WRITE_FAILED` when writing fails (the file is then unchanged).
 *
 * @example
 * await stampTranslations('locales', 'es', ['budget-2025']);
 */
export async function stampTranslations(dir: string, locale: string, ids: readonly string[] | 'all', options: StampOptions = {}): Promise<StampResult> {
  const tree = await readContentTree(dir, options);
  const tag = canonicalizeTag(locale);
  const bundle = tag === undefined ? undefined : tree.bundles.get(tag);
  if (tag === undefined || bundle === undefined) {
    throw new FileError('FILE_NOT_FOUND', `no ${tree.namespace}.json for "${locale}"`, { file: dir });
  }
  const result: StampResult = { file: bundle.file, stamped: [], current: [], skipped: [] };
  const hashes = new Map<string, string>();
  const wanted = ids === 'all' ? tree.ids.filter((id) => Object.hasOwn(bundle.data, id)) : ids;
  for (const id of wanted) {
    const versions = entryVersions(tree, id);
    const own = versions.get(tag);
    if (own === undefined) throw new FileError('UNKNOWN_ENTRY', `no entry "${id}" in this file`, { file: bundle.file });
    const record = buildRecord(id, versions, tree.defaultLocale);
    if (record.source === tag) {
      if (ids === 'all') continue;
      throw new FileError('UNKNOWN_ENTRY', `"${id}" is written in ${tag}: it is the source, and only translations are stamped`, { file: bundle.file });
    }
    const status = record.versions.get(tag)?.status;
    if (status === undefined) {
      if (ids === 'all') result.skipped.push({ id, reason: 'untranslated' });
      else throw new FileError('UNKNOWN_ENTRY', `"${id}" has no translated text yet; translate it before stamping`, { file: bundle.file });
      continue;
    }
    if (ids === 'all' && (status === 'outdated' || status === 'partial')) {
      result.skipped.push({ id, reason: status });
      continue;
    }
    const hash = sourceHash(versions.get(record.source)!);
    if (readMeta(own).sourceHash === hash) result.current.push(id);
    else hashes.set(id, hash);
  }
  if (hashes.size > 0) {
    await writeFileAtomic(bundle.absolute, stampText(bundle.text, hashes, bundle.file), options.system);
    result.stamped.push(...hashes.keys());
  }
  return result;
}
