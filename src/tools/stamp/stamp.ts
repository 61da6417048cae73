/**
 * `stampTranslations`: records in each translation the hash of the source it was made from, so a
 * later change to the source shows the translation as outdated. Each file (the namespace file, or
 * an entry's own file) is changed by one safe edit: what someone else saved to it meanwhile is read
 * and kept, and what to stamp is decided again from the file as it is then.
 */
import { join } from 'node:path';
import { buildRecord } from '../../core.js';
import { isPlainObject, readEntryMeta } from '../../core.js';
import { fieldHashes, sourceHash, stampedFieldHashes } from '../../core.js';
import { ConfigError, FileError } from '../../core.js';
import { canonicalizeTag } from '../../core.js';
import type { WriteSystem } from '../../node/atomic-write.js';
import { editFile } from '../../node/edit-file.js';
import { parseEntryFile } from '../../node/entry-document.js';
import { parseJsonFile } from '../../node/json-document.js';
import { bundleHolding, entryVersions, localeData, readContentTree, type ContentBundle, type ContentEntryFile, type ContentTree, type ReadContentOptions } from '../content-tree.js';
import { stampFrontMatter } from './stamp-front-matter.js';
import { stampEntryText, stampText, type Stamp } from './stamp-text.js';

export interface StampOptions extends ReadContentOptions {
  /** File operations, replaceable in tests. */
  readonly system?: WriteSystem;
}

export interface StampResult {
  /**
   * The file that holds the entries asked for, when one does (an entry's own file, or the namespace
   * file); otherwise the namespace file, or the namespace folder when the locale has none.
   */
  readonly file: string;
  /** Each file written, with the entries stamped in it, in the order of `stamped`. */
  readonly written: { readonly file: string; readonly stamped: string[] }[];
  /** Entries whose hash was written. */
  readonly stamped: string[];
  /** Entries already stamped with the current source. */
  readonly current: string[];
  /** Entries `all` left alone, with the reason. */
  readonly skipped: { readonly id: string; readonly reason: 'outdated' | 'partial' | 'untranslated' }[];
}

/** A file stamps are written to: the locale's namespace file, or one entry's own file. */
type StampFile = { readonly kind: 'namespace'; readonly file: ContentBundle } | { readonly kind: 'entry'; readonly id: string; readonly file: ContentEntryFile };

interface StampPlan {
  readonly result: StampResult;
  /** Entry id → the stamp to write. */
  readonly hashes: Map<string, Stamp>;
}

/** The file that holds `id` in `tag` (an entry file wins over the namespace file, as when loading). */
function fileOf(tree: ContentTree, tag: string, id: string): StampFile | undefined {
  const own = tree.entryFiles.get(tag)?.get(id);
  if (own !== undefined) return { kind: 'entry', id, file: own };
  const bundle = bundleHolding(tree, tag, id) ?? tree.bundles.get(tag);
  return bundle === undefined ? undefined : { kind: 'namespace', file: bundle };
}

/** What to stamp among `wanted` in `tag`, judged from `tree`. `all`: skip rather than refuse. */
function planStamps(tree: ContentTree, tag: string, wanted: readonly string[], all: boolean, shownFile: string): StampPlan {
  const result: StampResult = { file: shownFile, written: [], stamped: [], current: [], skipped: [] };
  const hashes = new Map<string, Stamp>();
  for (const id of wanted) {
    const where = fileOf(tree, tag, id)?.file.file ?? shownFile;
    const versions = entryVersions(tree, id);
    const own = versions.get(tag);
    if (own === undefined) throw new FileError('UNKNOWN_ENTRY', `no entry "${id}" in this file`, { file: where });
    const record = buildRecord(id, versions, tree.defaultLocale);
    if (record.source === tag) {
      if (all) continue;
      throw new FileError('UNKNOWN_ENTRY', `"${id}" is written in ${tag}: it is the source, and only translations are stamped`, { file: where });
    }
    const status = record.versions.get(tag)?.status;
    if (status === undefined) {
      if (all) result.skipped.push({ id, reason: 'untranslated' });
      else throw new FileError('UNKNOWN_ENTRY', `"${id}" has no translated text yet; translate it before stamping`, { file: where });
      continue;
    }
    if (all && (status === 'outdated' || status === 'partial')) {
      result.skipped.push({ id, reason: status });
      continue;
    }
    const source = versions.get(record.source)!;
    // A hash per field too, so that an outdated warning can say which fields changed.
    const stamp: Stamp = { sourceHash: sourceHash(source), fieldHashes: fieldHashes(source) };
    const { meta } = readEntryMeta(own);
    if (meta.sourceHash === stamp.sourceHash && JSON.stringify(stampedFieldHashes(own)) === JSON.stringify(stamp.fieldHashes)) result.current.push(id);
    else hashes.set(id, stamp);
  }
  return { result, hashes };
}

/** `tree` with `target` as `text` now says (someone may have saved it since it was read). */
function withText(tree: ContentTree, tag: string, target: StampFile, text: string): ContentTree {
  if (text === target.file.text) return tree;
  const bundles = new Map(tree.bundles);
  const otherBundles = new Map(tree.otherBundles);
  const entryFiles = new Map(tree.entryFiles);
  if (target.kind === 'namespace') {
    const data = parseJsonFile(text, target.file.file);
    if (!isPlainObject(data)) throw new FileError('INVALID_RESOURCES', 'a namespace file must hold a JSON object', { file: target.file.file, line: 1, column: 1 });
    const now = { ...target.file, text, data };
    if (bundles.get(tag)?.absolute === target.file.absolute) bundles.set(tag, now);
    else otherBundles.set(tag, (otherBundles.get(tag) ?? []).map((bundle) => (bundle.absolute === target.file.absolute ? now : bundle)));
  } else {
    const data = parseEntryFile(text, target.file.file, target.file.format);
    entryFiles.set(tag, new Map(tree.entryFiles.get(tag)).set(target.id, { ...target.file, text, data }));
  }
  const merged = localeData({ bundles, otherBundles, entryFiles }, tag);
  const ids = new Set(tree.ids);
  for (const id of Object.keys(merged)) if (isPlainObject(merged[id])) ids.add(id);
  return { ...tree, bundles, otherBundles, entryFiles, data: new Map(tree.data).set(tag, merged), ids: [...ids] };
}

/** The ids `target` holds among `named`, or for `all`, every entry it holds. */
function idsIn(tree: ContentTree, tag: string, target: StampFile, named: readonly string[] | 'all'): string[] {
  if (target.kind === 'entry') return [target.id];
  const inFile = (id: string): boolean => {
    const where = fileOf(tree, tag, id);
    return where?.kind === 'namespace' && where.file.absolute === target.file.absolute;
  };
  if (named !== 'all') return named.filter(inFile);
  const data = tree.data.get(tag) ?? {};
  return tree.ids.filter((id) => Object.hasOwn(data, id) && inFile(id));
}

function stampedText(target: StampFile, text: string, hashes: ReadonlyMap<string, Stamp>): string {
  if (target.kind === 'namespace') return stampText(text, hashes, target.file.file);
  const stamp = hashes.get(target.id)!;
  return target.file.format === 'json' ? stampEntryText(text, stamp, target.file.file) : stampFrontMatter(text, stamp, target.file.file);
}

/**
 * Stamps the given entries of `locale` (`'all'`: every complete translation in it; outdated and
 * partial ones are skipped, since stamping them would hide that they need work).
 * Throws a `FileError`: `UNKNOWN_ENTRY` for an id the locale does not translate, `JSON_SYNTAX`
 * for a file that does not parse, `NOT_UTF8` for a file in another encoding, `WRITE_FAILED` when
 * writing fails, `FILE_CHANGED` when a file kept changing (each file is then as it was).
 *
 * @example
 * await stampTranslations('locales', 'es', ['budget-2025']);
 */
export async function stampTranslations(dir: string, locale: string, ids: readonly string[] | 'all', options: StampOptions = {}): Promise<StampResult> {
  const tag = canonicalizeTag(locale);
  if (tag === undefined) throw new ConfigError('INVALID_LOCALE', `stamp: "${locale}" is not a BCP 47 language tag`);
  const tree = await readContentTree(dir, options);
  const data = tree.data.get(tag);
  if (data === undefined) {
    throw new FileError('FILE_NOT_FOUND', `no ${tree.namespace}.json for "${tag}", and no ${tree.namespace}/ folder of entry files`, { file: dir });
  }
  const shownFile = tree.bundles.get(tag)?.file ?? join(dir, tree.folderNames.get(tag) ?? tag, tree.namespace);
  // An entry asked for by id whose own file does not read: its error, not "no such entry".
  const broken = ids === 'all' ? undefined : tree.skipped.find((s) => s.locale === tag && s.id !== undefined && ids.includes(s.id));
  if (broken !== undefined) throw broken.error;
  const wanted = ids === 'all' ? tree.ids.filter((id) => Object.hasOwn(data, id)) : ids;
  // Judged once for every entry first: an unknown id is refused before any file is touched.
  const first = planStamps(tree, tag, wanted, ids === 'all', shownFile);
  const targets = new Map<string, StampFile>();
  for (const id of wanted) {
    const target = fileOf(tree, tag, id);
    if (target !== undefined) targets.set(target.file.absolute, target);
  }
  const plans: StampPlan[] = [];
  for (const target of targets.values()) {
    const mine = idsIn(tree, tag, target, ids);
    let plan = planStamps(tree, tag, mine, ids === 'all', target.file.file);
    if (plan.hashes.size > 0) {
      await editFile(target.file.absolute, (text) => {
        const now = withText(tree, tag, target, text);
        plan = planStamps(now, tag, idsIn(now, tag, target, ids), ids === 'all', target.file.file);
        return plan.hashes.size === 0 ? undefined : stampedText(target, text, plan.hashes);
      }, { shownAs: target.file.file, ...(options.system === undefined ? {} : { system: options.system }) });
      plan.result.stamped.push(...plan.hashes.keys());
    }
    plans.push(plan);
  }
  // In the order the entries were asked for (or appear in the files).
  const order = new Map(wanted.map((id, i) => [id, i]));
  const rank = (id: string): number => order.get(id) ?? wanted.length;
  const byRank = (a: string, b: string): number => rank(a) - rank(b);
  const written = plans.filter((p) => p.result.stamped.length > 0).map((p) => ({ file: p.result.file, stamped: p.result.stamped.sort(byRank) }));
  written.sort((a, b) => rank(a.stamped[0]!) - rank(b.stamped[0]!));
  const result: StampResult = {
    file: targets.size === 1 ? [...targets.values()][0]!.file.file : first.result.file,
    written,
    stamped: plans.flatMap((p) => p.result.stamped).sort(byRank),
    current: plans.flatMap((p) => p.result.current).sort(byRank),
    skipped: plans.flatMap((p) => p.result.skipped).sort((a, b) => byRank(a.id, b.id)),
  };
  return result;
}
