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
import { entryVersions, readContentTree, type ContentTree, type ReadContentOptions } from '../content-tree.js';
import { stampEntryText, stampText } from './stamp-text.js';
import { stampFrontMatter } from './stamp-front-matter.js';
import { join } from 'node:path';

export interface StampOptions extends ReadContentOptions {
  /** File operations, replaceable in tests. */
  readonly system?: WriteSystem;
}

export interface StampResult {
  /** The namespace file written (or that would have been), or the namespace folder when the locale has none. */
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
  const data = tag === undefined ? undefined : tree.data.get(tag);
  if (tag === undefined || data === undefined) {
    throw new FileError('FILE_NOT_FOUND', `no ${tree.namespace}.json for "${locale}", and no ${tree.namespace}/ folder of entry files`, { file: dir });
  }
  const bundle = tree.bundles.get(tag);
  const own = tree.entryFiles.get(tag);
  const shownFile = bundle?.file ?? join(dir, tag, tree.namespace);
  const fileOf = (id: string): string => own?.get(id)?.file ?? shownFile;
  const result: StampResult = { file: shownFile, stamped: [], current: [], skipped: [] };
  const hashes = new Map<string, string>();
  const wanted = ids === 'all' ? tree.ids.filter((id) => Object.hasOwn(data, id)) : ids;
  for (const id of wanted) {
    const versions = entryVersions(tree, id);
    const version = versions.get(tag);
    if (version === undefined) throw new FileError('UNKNOWN_ENTRY', `no entry "${id}" in this file`, { file: fileOf(id) });
    const record = buildRecord(id, versions, tree.defaultLocale);
    if (record.source === tag) {
      if (ids === 'all') continue;
      throw new FileError('UNKNOWN_ENTRY', `"${id}" is written in ${tag}: it is the source, and only translations are stamped`, { file: fileOf(id) });
    }
    const status = record.versions.get(tag)?.status;
    if (status === undefined) {
      if (ids === 'all') result.skipped.push({ id, reason: 'untranslated' });
      else throw new FileError('UNKNOWN_ENTRY', `"${id}" has no translated text yet; translate it before stamping`, { file: fileOf(id) });
      continue;
    }
    if (ids === 'all' && (status === 'outdated' || status === 'partial')) {
      result.skipped.push({ id, reason: status });
      continue;
    }
    const hash = sourceHash(versions.get(record.source)!);
    if (readMeta(version).sourceHash === hash) result.current.push(id);
    else hashes.set(id, hash);
  }
  await writeStamps(tree, tag, hashes, options.system);
  result.stamped.push(...hashes.keys());
  return result;
}

/** Writes the hashes: one edit of the namespace file for the entries in it, one per entry file. */
export async function writeStamps(tree: ContentTree, tag: string, hashes: ReadonlyMap<string, string>, system?: WriteSystem): Promise<void> {
  const own = tree.entryFiles.get(tag);
  const inBundle = new Map<string, string>();
  for (const [id, hash] of hashes) {
    const entryFile = own?.get(id);
    if (entryFile === undefined) {
      inBundle.set(id, hash);
      continue;
    }
    const text = entryFile.format === 'json' ? stampEntryText(entryFile.text, hash, entryFile.file) : stampFrontMatter(entryFile.text, hash, entryFile.file);
    if (text !== entryFile.text) await writeFileAtomic(entryFile.absolute, text, system);
  }
  const bundle = tree.bundles.get(tag);
  if (inBundle.size > 0 && bundle !== undefined) await writeFileAtomic(bundle.absolute, stampText(bundle.text, inBundle, bundle.file), system);
}
