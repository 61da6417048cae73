/**
 * One content namespace of a locales folder (namespace files and entries in files of their own),
 * read for `status`, `stamp`, `export` and `import`: each locale's entries,
 * and each entry's versions gathered across locales (the default locale first) for `buildRecord`.
 */
import { isPlainObject, type EntryData } from '../core.js';
import { FileError } from '../core.js';
import { parseJsonFile } from '../node/json-document.js';
import { localesFolder, otherLocaleLinks, refuseBrokenLinks, requireNamespace, scanLocaleTree, servedFolder, type LocaleFolder } from '../node/locale-tree.js';
import { entryOrError, type EntryFormat } from '../node/entry-document.js';
import { readTextFile } from '../node/read-text-file.js';
import { readTextFileGroups } from '../node/read-text-files.js';
import { entryFilesById, type FolderEntryFile } from './entry-files-by-id.js';
import { defaultLocaleFirst } from './default-locale-first.js';
import { requireReadableSource, sourceFolders, type DefaultLocaleOptions, type SourceFolders } from './default-locale.js';

export interface ContentBundle {
  /** The file as shown to people. */
  readonly file: string;
  readonly absolute: string;
  readonly text: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** An entry in a file of its own. */
export interface ContentEntryFile extends ContentBundle {
  readonly format: EntryFormat;
}

export interface ContentTree {
  readonly defaultLocale: string;
  readonly namespace: string;
  /** Locales with a file for the namespace (a namespace file or entry files): the default first, then by tag. */
  readonly locales: readonly string[];
  /**
   * Namespace files, `<locale>/<namespace>.json`, by locale: of folders spelling one tag (`zh-yue`
   * and `yue`), the canonically spelt one's, where new entries go.
   */
  readonly bundles: ReadonlyMap<string, ContentBundle>;
  /**
   * The namespace files of a locale's other folders (`zh-yue/articles.json` beside `yue`), in the
   * tree's order: an entry that only they hold is read from them ({@link bundleHolding}).
   */
  readonly otherBundles: ReadonlyMap<string, readonly ContentBundle[]>;
  /**
   * Entries in files of their own, `<locale>/<namespace>/<id>.json|md`, by locale then id: those
   * read, not those a later folder spelling the same tag holds in its namespace file.
   */
  readonly entryFiles: ReadonlyMap<string, ReadonlyMap<string, ContentEntryFile>>;
  /**
   * Each locale's entries as the library loads them: an entry file wins over the namespace file of
   * its folder; of folders spelling one tag, the later (canonically spelt) one wins, entry by entry.
   */
  readonly data: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
  /** Every entry id, in first-seen order over `locales`. */
  readonly ids: readonly string[];
  /**
   * Each locale's folder name as on disk (`pt-br` for `pt-BR`; of two folders holding one locale,
   * the one served, `servedFolder`): what is written for a locale goes there,
   * not into a second folder that the library would merge and `check` would warn about.
   */
  readonly folderNames: ReadonlyMap<string, string>;
  /**
   * What was left out, with its place: entry files that do not read (broken YAML front matter or
   * JSON), folders that are no language tag, and symbolic links into another locale's folder. One
   * broken file must not stop the others.
   */
  readonly skipped: readonly SkippedFile[];
}

/** A file or folder left out of the tree, and why; `locale` and `id` when it is an entry file. */
export interface SkippedFile {
  readonly error: FileError;
  readonly locale?: string;
  readonly id?: string;
}

export interface ReadContentOptions extends DefaultLocaleOptions {
  readonly namespace?: string;
  readonly cwd?: string;
  readonly onProgress?: (done: number, total: number) => void;
}

/** A tree whose namespace files are read, and whose entry files are still to be read, one entry at a time. */
interface OpenedTree {
  readonly defaultLocale: string;
  /** The default language's folders, taken before any file is read. */
  readonly source: SourceFolders;
  readonly namespace: string;
  readonly bundles: ReadonlyMap<string, ContentBundle>;
  /** Each locale's namespace files, one per folder spelling its tag, with their ranks (see {@link RankedBundle}). */
  readonly spellings: ReadonlyMap<string, readonly RankedBundle[]>;
  /** Each id's entry files, folder by folder. */
  readonly byId: ReadonlyMap<string, readonly FolderEntryFile[]>;
  /** What was left out so far: links into other locales' folders, folders that are no language tag. */
  readonly skipped: readonly SkippedFile[];
  /** Folders that are no language tag and hold only entry files, said where their first entry file is listed. */
  readonly refusedLater: readonly PlacedSkip[];
  /** Locales with entry files, and namespace files, in the tools' order (default first). */
  readonly locales: readonly string[];
  readonly folderNames: ReadonlyMap<string, string>;
  readonly total: number;
  done: number;
}

/**
 * A namespace file and where it stands among a locale's files: an entry file whose `order` is
 * below `rank` is in an earlier folder and loses to it; one above is in its folder or a later one
 * and wins. Two folders spell one tag (`zh-yue` and `yue`): the later (canonical) folder wins.
 */
interface RankedBundle {
  readonly bundle: ContentBundle;
  readonly rank: number;
}

/**
 * A locale's namespace files merged entry by entry, a later folder's winning, with the rank of
 * the file each entry comes from.
 */
function mergedBundles(list: readonly RankedBundle[]): { data: Record<string, unknown>; rankOf: Map<string, number> } {
  const data: Record<string, unknown> = {};
  const rankOf = new Map<string, number>();
  for (const { bundle, rank } of list) {
    Object.assign(data, bundle.data);
    for (const id of Object.keys(bundle.data)) rankOf.set(id, rank);
  }
  return { data, rankOf };
}

/** Something left out, with the place in the listing of the file that says it. */
interface PlacedSkip {
  readonly order: number;
  readonly skipped: SkippedFile;
}

/** One entry's files of their own that read, by locale, in the listing's order (a later file wins). */
interface EntryFilesRead {
  readonly id: string;
  readonly files: readonly { readonly locale: string; readonly order: number; readonly file: ContentEntryFile }[];
}

async function openTree(folder: string | URL, options: ReadContentOptions, caller: string): Promise<OpenedTree> {
  const dir = localesFolder(folder, caller);
  const namespace = options.namespace ?? 'articles';
  const folders = await scanLocaleTree(dir, options.cwd);
  refuseBrokenLinks(folders);
  requireNamespace(folders, namespace);
  // The source is taken as the library takes it (en-US over a folder en is en), before anything is read.
  const source = sourceFolders(folders, namespace, options);
  const defaultLocale = source.locale;
  const found = folders.flatMap((folder) => folder.files.filter((f) => f.namespace === namespace).map((f) => ({ folder, ...f })));
  const byId = entryFilesById(folders, namespace);
  const entryCount = folders.reduce((n, folder) => n + folder.entryFiles.filter((f) => f.namespace === namespace).length, 0);
  const total = found.length + entryCount;
  const skipped: SkippedFile[] = [];
  const refused = new Set<LocaleFolder>();
  const refusal = (folder: LocaleFolder): SkippedFile => ({ error: new FileError('INVALID_LOCALE', `folder name "${folder.name}" is not a BCP 47 language tag (run "localized-content check")`, { file: folder.path }) });
  // A link into another locale's folder is not read as this folder's language (loadResources does the same).
  for (const folder of folders) {
    if (folder.locale === undefined) continue;
    for (const link of otherLocaleLinks(folder)) {
      if (link.namespace === namespace) skipped.push({ error: link.error, locale: folder.locale, ...(link.id === undefined ? {} : { id: link.id }) });
    }
  }
  const bundles = new Map<string, ContentBundle>();
  const spellings = new Map<string, RankedBundle[]>();
  // Where each folder's entry files start in the listing: a namespace file ranks just below them.
  const firstOrder = new Map<LocaleFolder, number>();
  let counted = 0;
  for (const folder of folders) {
    firstOrder.set(folder, counted);
    counted += folder.entryFiles.filter((f) => f.namespace === namespace).length;
  }
  let done = 0;
  for (const { folder, file, absolute } of found) {
    // A folder that is no language tag is said once and left out, with every file in it.
    if (folder.locale === undefined) {
      if (!refused.has(folder)) skipped.push(refusal(folder));
      refused.add(folder);
      options.onProgress?.(++done, total);
      continue;
    }
    const { text } = await readTextFile(absolute, file);
    const data = parseJsonFile(text, file);
    if (!isPlainObject(data)) throw new FileError('INVALID_RESOURCES', 'a namespace file must hold a JSON object', { file, line: 1, column: 1 });
    const bundle = { file, absolute, text, data };
    // The last of a locale's folders (the canonically spelt one) is the file new entries go to.
    bundles.set(folder.locale, bundle);
    const ranked = { bundle, rank: firstOrder.get(folder)! - 0.5 };
    const list = spellings.get(folder.locale);
    if (list === undefined) spellings.set(folder.locale, [ranked]);
    else list.push(ranked);
    options.onProgress?.(++done, total);
  }
  const refusedLater: PlacedSkip[] = [];
  const entryLocales = new Set<string>();
  let order = 0;
  for (const folder of folders) {
    const count = folder.entryFiles.filter((f) => f.namespace === namespace).length;
    if (count > 0 && folder.locale !== undefined) entryLocales.add(folder.locale);
    if (count > 0 && folder.locale === undefined && !refused.has(folder)) refusedLater.push({ order, skipped: refusal(folder) });
    order += count;
  }
  const locales = [...new Set([...bundles.keys(), ...entryLocales])].sort(defaultLocaleFirst(defaultLocale));
  const folderNames = new Map<string, string>();
  for (const { locale } of folders) if (locale !== undefined && !folderNames.has(locale)) folderNames.set(locale, servedFolder(folders, locale)!.name);
  return { defaultLocale, source, namespace, bundles, spellings, byId, skipped, refusedLater, locales, folderNames, total, done };
}

/**
 * Each id's entry files that read, one entry at a time (`ids`, then any other id with entry
 * files): an entry's files are read when the caller asks for it. A file that does not parse is
 * added to `skipped` at its place in the listing; one that cannot be read at all (not UTF-8,
 * permissions) stops the reading, and the first such file in the listing is thrown once every
 * entry has been read, as reading file by file would have stopped there.
 */
async function* readEntries(tree: OpenedTree, ids: Iterable<string>, skipped: PlacedSkip[], options: ReadContentOptions): AsyncGenerator<EntryFilesRead> {
  let unreadable: { order: number; error: FileError } | undefined;
  function* groups(): Generator<[string, readonly FolderEntryFile[]]> {
    const seen = new Set<string>();
    for (const id of ids) {
      seen.add(id);
      yield [id, tree.byId.get(id) ?? []];
    }
    for (const [id, files] of tree.byId) if (!seen.has(id)) yield [id, files];
  }
  for await (const { key: id, files, texts } of readTextFileGroups(groups())) {
    const read: { locale: string; order: number; file: ContentEntryFile }[] = [];
    for (const [index, { folder, format, file, absolute, order }] of files.entries()) {
      const locale = folder.locale;
      if (locale === undefined) continue;
      const text = texts[index]!;
      if (typeof text !== 'string') {
        if (unreadable === undefined || order < unreadable.order) unreadable = { order, error: text };
        continue;
      }
      const data = entryOrError(text, file, format);
      if (data instanceof FileError) skipped.push({ order, skipped: { error: data, locale, id } });
      else read.push({ locale, order, file: { file, absolute, text, data, format } });
    }
    tree.done += files.length;
    options.onProgress?.(tree.done, tree.total);
    yield { id, files: read };
  }
  if (unreadable !== undefined) throw unreadable.error;
}

/** What was left out, in the order reading the tree file by file says it. */
function skippedInOrder(tree: OpenedTree, later: readonly PlacedSkip[]): SkippedFile[] {
  return [...tree.skipped, ...[...tree.refusedLater, ...later].sort((a, b) => a.order - b.order).map((s) => s.skipped)];
}

/**
 * Reads `<dir>/<locale>/<namespace>.json` and `<dir>/<locale>/<namespace>/<id>.json|md` for every
 * locale. A folder that is not a language tag and an entry file that does not read are left out and
 * listed in `skipped` (with line and column); a namespace file that does not parse throws a
 * `FileError`, since it holds a whole locale. Throws a `ConfigError`: `NAMESPACE_NOT_FOUND` when
 * no locale has the namespace, `INVALID_LOCALE` for a default locale that is no language tag,
 * `DEFAULT_LOCALE_NOT_FOUND` when neither it nor a folder of its language (`en` for `en-US`, taken
 * as the library takes it) has the namespace; a `FileError` (`SOURCE_UNREADABLE`) when the default
 * locale's folder is there but none of its files for the namespace reads. The whole
 * tree is held: a tool that needs one entry at a time reads it with {@link readTreeEntries}.
 */
export async function readContentTree(folder: string | URL, options: ReadContentOptions = {}): Promise<ContentTree> {
  const tree = await openTree(folder, options, 'readContentTree');
  const { defaultLocale, namespace, bundles } = tree;
  const later: PlacedSkip[] = [];
  const read: (EntryFilesRead['files'][number] & { readonly id: string })[] = [];
  for await (const entry of readEntries(tree, [], later, options)) for (const file of entry.files) read.push({ id: entry.id, ...file });
  // In the listing's order, as reading file by file would have met them: a later file wins.
  read.sort((a, b) => a.order - b.order);
  const merged = new Map([...tree.spellings].map(([locale, list]) => [locale, mergedBundles(list)]));
  const entryFiles = new Map<string, Map<string, ContentEntryFile>>();
  for (const { id, locale, order, file } of read) {
    // A namespace file of a later folder spelling the same tag holds this entry: it wins.
    if ((merged.get(locale)?.rankOf.get(id) ?? -1) > order) continue;
    let files = entryFiles.get(locale);
    if (files === undefined) entryFiles.set(locale, (files = new Map<string, ContentEntryFile>()));
    files.set(id, file);
  }
  const locales = [...new Set([...bundles.keys(), ...entryFiles.keys()])].sort(defaultLocaleFirst(defaultLocale));
  requireReadableSource(tree.source, namespace, locales);
  const otherBundles = new Map([...tree.spellings].filter(([, list]) => list.length > 1).map(([locale, list]) => [locale, list.slice(0, -1).map((b) => b.bundle)]));
  const data = new Map<string, Readonly<Record<string, unknown>>>();
  const ids = new Set<string>();
  for (const locale of locales) {
    const entries = localeData({ bundles, otherBundles, entryFiles }, locale);
    data.set(locale, entries);
    for (const id of Object.keys(entries)) if (isPlainObject(entries[id])) ids.add(id);
  }
  return { defaultLocale, namespace, locales, bundles, otherBundles, entryFiles, data, ids: [...ids], folderNames: tree.folderNames, skipped: skippedInOrder(tree, later) };
}

/** One entry of a tree read one entry at a time: its versions, and where {@link readContentTree} would list it. */
export interface TreeEntry {
  readonly id: string;
  /** Its versions by locale, in the tree's locale order, as `buildRecord` takes them. */
  readonly versions: ReadonlyMap<string, EntryData>;
  /** Its place in `ContentTree.ids`: entries sorted by this (numbers compared in turn) come in that order. */
  readonly place: readonly number[];
  /** Locales whose file of this entry was left out (it does not read): their version is not in `versions`. */
  readonly leftOut: readonly string[];
}

/** A content tree read one entry at a time. */
export interface TreeEntries {
  readonly defaultLocale: string;
  readonly namespace: string;
  /** Every entry with at least one version, its files read when asked for and let go after. */
  entries(): AsyncGenerator<TreeEntry>;
  /**
   * Once `entries()` is done: the locales and what was left out, as {@link readContentTree} gives
   * them; throws its `SOURCE_UNREADABLE` when none of the default locale's files read.
   */
  finish(): { readonly locales: readonly string[]; readonly skipped: readonly SkippedFile[] };
}

/** An array index ("0", "42"): a JavaScript object lists such keys first, by value. */
const isArrayIndex = (key: string): boolean => /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 2 ** 32 - 1;

/**
 * Reads a tree as {@link readContentTree} does, but one entry at a time: each entry's files in
 * every locale are read when the caller asks for the entry, and can be let go once it is done
 * with them, so a tool that needs one entry at a time (`status`) holds the namespace files and one
 * entry's versions, not every file of a tree of a file per entry.
 */
export async function readTreeEntries(folder: string | URL, options: ReadContentOptions = {}): Promise<TreeEntries> {
  const tree = await openTree(folder, options, 'readTreeEntries');
  const later: PlacedSkip[] = [];
  const withFiles = new Set<string>();
  const merged = new Map([...tree.spellings].map(([locale, list]) => [locale, mergedBundles(list)]));
  const bundleKeys = new Map([...merged].map(([locale, bundle]) => [locale, new Map(Object.keys(bundle.data).map((id, index) => [id, index]))]));
  async function* entries(): AsyncGenerator<TreeEntry> {
    const ids = new Set<string>();
    for (const locale of tree.locales) for (const id of bundleKeys.get(locale)?.keys() ?? []) ids.add(id);
    let seen = 0;
    for await (const { id, files } of readEntries(tree, ids, later, options)) {
      const leftOut = later.slice(seen).flatMap(({ skipped }) => (skipped.id === id && skipped.locale !== undefined ? [skipped.locale] : []));
      seen = later.length;
      const own = new Map<string, { order: number; last: number; file: ContentEntryFile }>();
      for (const { locale, order, file } of files) {
        withFiles.add(locale);
        // A later file wins, at the place of the first (a key set again keeps its place).
        own.set(locale, { order: own.get(locale)?.order ?? order, last: order, file });
      }
      const versions = new Map<string, EntryData>();
      let place: number[] | undefined;
      for (const [index, locale] of tree.locales.entries()) {
        const bundles = merged.get(locale);
        const inBundle = bundles !== undefined && Object.hasOwn(bundles.data, id);
        const file = own.get(locale);
        // An entry file wins unless a later folder spelling the same tag holds the entry in its namespace file.
        const fileWins = file !== undefined && (!inBundle || file.last > bundles.rankOf.get(id)!);
        const version = fileWins ? file.file.data : inBundle ? bundles.data[id] : undefined;
        if (!isPlainObject(version)) continue;
        versions.set(locale, version);
        // Where the merged object of this locale lists the id: array indexes first, then the namespace file's keys, then entry files'.
        place ??= isArrayIndex(id) ? [index, 0, Number(id)] : inBundle ? [index, 1, bundleKeys.get(locale)!.get(id)!] : [index, 2, file!.order];
      }
      if (place !== undefined) yield { id, versions, place, leftOut };
    }
  }
  return {
    defaultLocale: tree.defaultLocale,
    namespace: tree.namespace,
    entries,
    finish: () => {
      const locales = tree.locales.filter((locale) => tree.bundles.has(locale) || withFiles.has(locale));
      requireReadableSource(tree.source, tree.namespace, locales);
      return { locales, skipped: skippedInOrder(tree, later) };
    },
  };
}

/**
 * The namespace file `id` is read from in `locale` when no file of its own holds it: the last of
 * the locale's folders (the canonically spelt one last) whose namespace file has it.
 */
export function bundleHolding(tree: ContentTree, locale: string, id: string): ContentBundle | undefined {
  return namespaceFilesOf(tree, locale).findLast((bundle) => Object.hasOwn(bundle.data, id));
}

/** `locale`'s namespace files in the order they merge, one per folder spelling its tag: `bundles`' last. */
function namespaceFilesOf(tree: Pick<ContentTree, 'bundles' | 'otherBundles'>, locale: string): ContentBundle[] {
  const served = tree.bundles.get(locale);
  return [...(tree.otherBundles.get(locale) ?? []), ...(served === undefined ? [] : [served])];
}

/** `locale`'s entries as {@link ContentTree.data} gives them, from its files. */
export function localeData(tree: Pick<ContentTree, 'bundles' | 'otherBundles' | 'entryFiles'>, locale: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const bundle of namespaceFilesOf(tree, locale)) Object.assign(data, bundle.data);
  for (const [id, entry] of tree.entryFiles.get(locale) ?? []) data[id] = entry.data;
  return data;
}

/** An entry's versions by locale, in the tree's locale order, as `buildRecord` takes them. */
export function entryVersions(tree: ContentTree, id: string): Map<string, EntryData> {
  const versions = new Map<string, EntryData>();
  for (const locale of tree.locales) {
    const data = tree.data.get(locale)!;
    const version = Object.hasOwn(data, id) ? data[id] : undefined;
    if (isPlainObject(version)) versions.set(locale, version);
  }
  return versions;
}
