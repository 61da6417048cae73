/**
 * One content namespace of a locales folder (namespace files and entries in files of their own),
 * read for `status`, `stamp`, `export` and `import`: each locale's entries,
 * and each entry's versions gathered across locales (the default locale first) for `buildRecord`.
 */
import { isPlainObject, type EntryData } from '../core.js';
import { FileError } from '../core.js';
import { parseJsonFile } from '../node/json-document.js';
import { localesFolder, otherLocaleLinks, refuseBrokenLinks, requireNamespace, scanLocaleTree, type LocaleFolder } from '../node/locale-tree.js';
import { entryOrError, type EntryFormat } from '../node/entry-document.js';
import { readTextFile } from '../node/read-text-file.js';
import { readTextFiles } from '../node/read-text-files.js';
import { defaultLocaleFirst } from './default-locale-first.js';
import { readDefaultLocale, requireDefaultLocale } from './default-locale.js';

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
  /** Namespace files, `<locale>/<namespace>.json`, by locale. */
  readonly bundles: ReadonlyMap<string, ContentBundle>;
  /** Entries in files of their own, `<locale>/<namespace>/<id>.json|md`, by locale then id. */
  readonly entryFiles: ReadonlyMap<string, ReadonlyMap<string, ContentEntryFile>>;
  /** Each locale's entries as the library loads them: an entry file wins over the namespace file. */
  readonly data: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
  /** Every entry id, in first-seen order over `locales`. */
  readonly ids: readonly string[];
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

export interface ReadContentOptions {
  readonly defaultLocale?: string;
  readonly namespace?: string;
  readonly cwd?: string;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Reads `<dir>/<locale>/<namespace>.json` and `<dir>/<locale>/<namespace>/<id>.json|md` for every
 * locale. A folder that is not a language tag and an entry file that does not read are left out and
 * listed in `skipped` (with line and column); a namespace file that does not parse throws a
 * `FileError`, since it holds a whole locale. Throws a `ConfigError`: `NAMESPACE_NOT_FOUND` when
 * no locale has the namespace, `INVALID_LOCALE` for a default locale that is no language tag,
 * `DEFAULT_LOCALE_NOT_FOUND` when the default locale has no folder for the namespace.
 */
export async function readContentTree(folder: string | URL, options: ReadContentOptions = {}): Promise<ContentTree> {
  const dir = localesFolder(folder, 'readContentTree');
  const defaultLocale = readDefaultLocale(options.defaultLocale);
  const namespace = options.namespace ?? 'articles';
  const folders = await scanLocaleTree(dir, options.cwd);
  refuseBrokenLinks(folders);
  requireNamespace(folders, namespace);
  const found = folders.flatMap((folder) => folder.files.filter((f) => f.namespace === namespace).map((f) => ({ folder, ...f })));
  const foundEntries = folders.flatMap((folder) => folder.entryFiles.filter((f) => f.namespace === namespace).map((f) => ({ folder, ...f })));
  const total = found.length + foundEntries.length;
  const skipped: SkippedFile[] = [];
  const refused = new Set<LocaleFolder>();
  // A folder that is no language tag is said once and left out, with every file in it.
  const tagOf = (folder: LocaleFolder): string | undefined => {
    if (folder.locale === undefined && !refused.has(folder)) {
      refused.add(folder);
      skipped.push({ error: new FileError('INVALID_LOCALE', `folder name "${folder.name}" is not a BCP 47 language tag (run "localized-content check")`, { file: folder.path }) });
    }
    return folder.locale;
  };
  // A link into another locale's folder is not read as this folder's language (loadResources does the same).
  for (const folder of folders) {
    if (folder.locale === undefined) continue;
    for (const link of otherLocaleLinks(folder)) {
      if (link.namespace === namespace) skipped.push({ error: link.error, locale: folder.locale, ...(link.id === undefined ? {} : { id: link.id }) });
    }
  }
  const bundles = new Map<string, ContentBundle>();
  let done = 0;
  for (const { folder, file, absolute } of found) {
    const locale = tagOf(folder);
    if (locale === undefined) {
      options.onProgress?.(++done, total);
      continue;
    }
    const { text } = await readTextFile(absolute, file);
    const data = parseJsonFile(text, file);
    if (!isPlainObject(data)) throw new FileError('INVALID_RESOURCES', 'a namespace file must hold a JSON object', { file, line: 1, column: 1 });
    bundles.set(locale, { file, absolute, text, data });
    options.onProgress?.(++done, total);
  }
  const entryFiles = new Map<string, Map<string, ContentEntryFile>>();
  const entryTexts = await readTextFiles(foundEntries);
  for (const [index, { folder, id, format, file, absolute }] of foundEntries.entries()) {
    const locale = tagOf(folder);
    if (locale === undefined) {
      options.onProgress?.(++done, total);
      continue;
    }
    const text = entryTexts[index]!;
    if (typeof text !== 'string') throw text;
    const data = entryOrError(text, file, format);
    if (data instanceof FileError) {
      skipped.push({ error: data, locale, id });
      options.onProgress?.(++done, total);
      continue;
    }
    let files = entryFiles.get(locale);
    if (files === undefined) entryFiles.set(locale, (files = new Map<string, ContentEntryFile>()));
    files.set(id, { file, absolute, text, data, format });
    options.onProgress?.(++done, total);
  }
  const locales = [...new Set([...bundles.keys(), ...entryFiles.keys()])].sort(defaultLocaleFirst(defaultLocale));
  requireDefaultLocale(defaultLocale, locales, namespace);
  const data = new Map<string, Readonly<Record<string, unknown>>>();
  const ids = new Set<string>();
  for (const locale of locales) {
    const merged: Record<string, unknown> = { ...bundles.get(locale)?.data };
    for (const [id, entry] of entryFiles.get(locale) ?? []) merged[id] = entry.data;
    data.set(locale, merged);
    for (const id of Object.keys(merged)) if (isPlainObject(merged[id])) ids.add(id);
  }
  return { defaultLocale, namespace, locales, bundles, entryFiles, data, ids: [...ids], skipped };
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
