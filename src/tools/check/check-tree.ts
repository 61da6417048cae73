/**
 * `checkTree`: every problem in a locales folder, with file, line and column. It reads and never
 * writes; problems are returned, not thrown, so one broken file does not hide the others.
 */
import { checkContent, namespaceEntryPlace, type LocaleContent, type PlacedEntry } from './check-content.js';
import { checkNotice } from './check-notice.js';
import { checkIdCase } from './check-id-case.js';
import { FileProblems, sortProblems, type CheckProblem } from './check-problem.js';
import { propertyMap, readJsonDocument, type JsonDocument, type JsonProperty } from '../../node/json-document.js';
import { bySpelling, folderNameFix, localesFolder, requireNamespace, scanLocaleTree, type LocaleFolder } from '../../node/locale-tree.js';
import { BUILTIN_LOCALES } from '../../core.js';
import { readTextFile, readTextFileSync } from '../../node/read-text-file.js';
import { readTextFileGroups } from '../../node/read-text-files.js';
import { FileError } from '../../core.js';
import { readEntryDocument, type EntryDocument, type EntryFormat } from '../../node/entry-document.js';
import { defaultLocaleFirst } from '../default-locale-first.js';
import { entryFilesById, type FolderEntryFile } from '../entry-files-by-id.js';
import { readDefaultLocale, sourceFolders, type DefaultLocaleOptions } from '../default-locale.js';

/** Reports why a file cannot be read (not UTF-8, permissions, a pipe). */
function reportUnreadable(error: FileError, file: string, problems: CheckProblem[]): undefined {
  const rule = error.code === 'NOT_UTF8' ? 'file-encoding' : 'unreadable-file';
  new FileProblems(file, undefined, problems).addAt(error.line ?? 1, error.column ?? 1, 'error', rule, error.reason);
  return undefined;
}

/** A file's text, or `undefined` after reporting why it cannot be read. */
async function readForCheck(absolute: string, file: string, problems: CheckProblem[]): Promise<string | undefined> {
  try {
    return (await readTextFile(absolute, file)).text;
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    return reportUnreadable(error, file, problems);
  }
}

/** An entry's version with the folder and file it is read from: two folders may spell one tag. */
interface HeldEntry extends PlacedEntry {
  readonly folder: LocaleFolder;
  readonly file: string;
}

/**
 * An entry's version in a namespace file, as kept from reading the file until the entry is
 * checked. Its place is made only then ({@link heldEntry}): the places of its fields, found while
 * it is checked, are then let go with it, instead of growing a place kept since the file was read
 * (200,000 versions in the bench's tree, each kept object making every later collection slower).
 */
interface NamespaceVersion {
  readonly doc: JsonDocument;
  readonly property: JsonProperty;
  readonly problems: FileProblems;
  readonly value: unknown;
  readonly folder: LocaleFolder;
  readonly file: string;
}

const heldEntry = ({ doc, property, problems, value, folder, file }: NamespaceVersion): HeldEntry =>
  ({ place: namespaceEntryPlace(doc, property, problems), value, folder, file });

/**
 * Says, at the version that is not served, that an entry is held twice in one locale: in two
 * folders spelling its tag (`zh-yue` and `yue`), the later (canonical) one is served; in one
 * folder, the entry's file of its own is.
 */
function reportHeldTwice(id: string, hidden: HeldEntry, served: HeldEntry): void {
  const message = hidden.folder === served.folder
    ? `entry "${id}" is also in ${served.file}, which is the one read; remove one of them`
    : `entry "${id}" is also in ${served.file}: folders "${hidden.folder.name}" and "${served.folder.name}" both hold ${served.folder.locale ?? served.folder.name}, and the one in "${served.folder.name}" is served, not this one; keep one of them, in "${served.folder.locale ?? served.folder.name}"`;
  hidden.place.problems.add(hidden.place.key, 'error', 'duplicate-entry', message);
}

export interface CheckProgress {
  readonly phase: 'files' | 'entries';
  readonly done: number;
  readonly total: number;
}

export interface CheckOptions extends DefaultLocaleOptions {
  /** The content namespace. Default `'articles'`. A `notice` namespace is always checked as notices. */
  readonly namespace?: string;
  /** What a relative `dir` is relative to. Default: the process's working directory. */
  readonly cwd?: string;
  readonly onProgress?: (progress: CheckProgress) => void;
}

export interface CheckResult {
  /** Sorted by file, line and column. */
  readonly problems: readonly CheckProblem[];
  readonly errors: number;
  readonly warnings: number;
  /** JSON files read. */
  readonly files: number;
  /** Distinct entries in the content namespace. */
  readonly entries: number;
}

/**
 * Checks `<dir>/<locale>/<namespace>.json` files and entries in files of their own
 * (`<namespace>/<id>.json`, `<id>.md`): syntax (JSON, YAML front matter), duplicate keys, folder
 * names, ICU messages and placeholders against the source, Markdown structure against the source's,
 * notice overrides, freshness.
 * Throws a `ConfigError`: `NAMESPACE_NOT_FOUND` when no locale has the content namespace,
 * `DEFAULT_LOCALE_NOT_FOUND` when neither the default locale nor a folder of its language (`en` for
 * `en-US`, taken as the library takes it) has it.
 *
 * @example
 * const { problems, errors } = await checkTree('locales', { defaultLocale: 'en' });
 */
export async function checkTree(folder: string | URL, options: CheckOptions = {}): Promise<CheckResult> {
  const dir = localesFolder(folder, 'checkTree');
  const namespace = options.namespace ?? 'articles';
  const problems: CheckProblem[] = [];
  const folders = await scanLocaleTree(dir, options.cwd);
  // A namespace no file has would be "0 entries checked": a gate that passes while checking nothing.
  if (namespace !== 'notice') requireNamespace(folders, namespace);
  // The source is taken as the library takes it (en-US over a folder en is en): translations are
  // compared with real files, never with a source that is not there.
  const defaultLocale = namespace === 'notice' ? readDefaultLocale(options.defaultLocale) : sourceFolders(folders, namespace, options).locale;
  // Namespace files hold a whole locale each: they are read first and kept while entries are compared.
  const total = folders.reduce((n, f) => n + f.files.length, 0);
  const content = new Map<string, Map<string, NamespaceVersion>>();
  // Versions a later namespace file replaces, by id: said to be shadowed once the served one is known.
  const shadowed = new Map<string, NamespaceVersion[]>();
  let read = 0;
  for (const folder of folders) {
    if (folder.locale === undefined) {
      const fix = folderNameFix(folder.name, BUILTIN_LOCALES);
      const hint = fix !== undefined ? `; rename it "${fix}"` : '; name it with the language\'s tag, as "es" or "pt-BR"';
      const message = `folder "${folder.name}" is not a BCP 47 language tag${hint}; the library will not load this folder`;
      for (const target of folder.files.length > 0 ? folder.files.map((f) => f.file) : [folder.path]) {
        new FileProblems(target, undefined, problems).add(0, 'error', 'locale-folder', message);
      }
    } else if (folder.locale !== folder.name) {
      for (const target of folder.files.length > 0 ? folder.files.map((f) => f.file) : [folder.path]) {
        new FileProblems(target, undefined, problems).add(0, 'warning', 'locale-folder', `folder "${folder.name}" is better written "${folder.locale}"`);
      }
    }
    for (const stray of folder.strays) {
      const rule = stray.kind === 'misnamed' ? 'stray-file' : stray.kind;
      new FileProblems(stray.file, undefined, problems).add(0, rule === 'stray-file' || rule === 'hidden-link' ? 'warning' : 'error', rule, stray.message);
    }
    for (const file of folder.files) {
      const text = await readForCheck(file.absolute, file.file, problems);
      if (text === undefined) {
        options.onProgress?.({ phase: 'files', done: ++read, total });
        continue;
      }
      const doc = readJsonDocument(text);
      const fileProblems = new FileProblems(file.file, doc, problems);
      for (const error of doc.syntaxErrors) fileProblems.add(error.offset, 'error', 'json-syntax', error.message);
      for (const duplicate of doc.duplicateKeys) fileProblems.add(duplicate.offset, 'error', 'duplicate-key', duplicate.message);
      read++;
      options.onProgress?.({ phase: 'files', done: read, total });
      if (doc.syntaxErrors.length > 0) continue;
      if (doc.root?.type !== 'object') {
        fileProblems.add(doc.root?.offset ?? 0, 'error', 'not-an-object', 'the file must hold one JSON object, { … }');
        continue;
      }
      if (folder.locale === undefined) continue;
      if (file.namespace === 'notice') checkNotice(doc, fileProblems, folder.locale);
      else if (file.namespace === namespace) {
        const data = doc.value as Record<string, unknown>;
        let entries = content.get(folder.locale);
        if (entries === undefined) content.set(folder.locale, (entries = new Map<string, NamespaceVersion>()));
        for (const [id, property] of propertyMap(doc.root)) {
          const held = { doc, property, problems: fileProblems, value: data[id], folder, file: file.file };
          // Folders spelling one tag come in the order they merge (`bySpelling`): the last is served.
          const before = entries.get(id);
          if (before !== undefined) shadowed.set(id, [...(shadowed.get(id) ?? []), before]);
          entries.set(id, held);
        }
      }
    }
  }
  const byId = entryFilesById(folders, namespace);
  checkIdCase(byId, problems);
  const sourceFile = folders.filter((f) => f.locale === defaultLocale).flatMap((f) => [...f.files, ...f.entryFiles]).find((f) => f.namespace === namespace);
  // A source that does not read at all would make every translation look unknown: its own errors come first.
  const anySourceReads = sourceFile === undefined || content.has(defaultLocale) || readsAsEntry(byId, defaultLocale);
  // Every id, namespace files' first (the default locale's first), then those only in files of their own.
  const ids = new Set<string>();
  for (const locale of [...content.keys()].sort(defaultLocaleFirst(defaultLocale))) for (const id of content.get(locale)!.keys()) ids.add(id);
  for (const id of byId.keys()) ids.add(id);
  function* groups(): Generator<[string, FolderEntryFile[]]> {
    for (const id of ids) yield [id, byId.get(id) ?? []];
  }
  let entries = 0;
  let done = 0;
  // One entry at a time: its files in every locale are read, checked, compared, and let go.
  for await (const { key: id, files, texts } of readTextFileGroups(groups())) {
    const versions = new Map<string, HeldEntry>();
    for (const [locale, placed] of content) {
      const version = placed.get(id);
      if (version !== undefined) versions.set(locale, heldEntry(version));
    }
    const hidden = (shadowed.get(id) ?? []).map(heldEntry);
    const entrySourceReads = checkEntryFiles(files, texts, { versions, hidden }, defaultLocale, problems);
    // Each version not served names the one that is, known only once every file of the entry is read.
    for (const version of hidden) reportHeldTwice(id, version, versions.get(version.folder.locale!)!);
    read += texts.length;
    if (anySourceReads && entrySourceReads) entries += checkContent(entryContent(id, versions), defaultLocale);
    options.onProgress?.({ phase: 'entries', done: ++done, total: ids.size });
  }
  const sorted = sortProblems(problems);
  const errors = sorted.filter((p) => p.severity === 'error').length;
  return { problems: sorted, errors, warnings: sorted.length - errors, files: read, entries };
}

/** An entry file's document when it reads as one object of fields, else `undefined`. */
function entryDocument(text: string | FileError, format: EntryFormat): EntryDocument | undefined {
  if (typeof text !== 'string') return undefined;
  const doc = readEntryDocument(text, format);
  return doc.syntaxErrors.length > 0 || doc.value === undefined ? undefined : doc;
}

/**
 * Whether some entry file of the default locale reads: asked only when the default locale has no
 * namespace file that reads, and answered by the first file that does (reading until one does).
 */
function readsAsEntry(byId: ReadonlyMap<string, readonly FolderEntryFile[]>, defaultLocale: string): boolean {
  for (const files of byId.values()) {
    for (const file of files) {
      if (file.folder.locale !== defaultLocale) continue;
      let text: string | FileError;
      try {
        text = readTextFileSync(file.absolute, file.file);
      } catch (error) {
        if (!(error instanceof FileError)) throw error;
        continue;
      }
      if (entryDocument(text, file.format) !== undefined) return true;
    }
  }
  return false;
}

/**
 * Checks one entry's files of its own (syntax, duplicate keys) and adds each that reads to
 * `versions`, by locale, over the namespace file's version; a version not served goes to `hidden`.
 * Returns false when the default locale's file does not read: the entry is then not compared.
 */
function checkEntryFiles(
  files: readonly FolderEntryFile[],
  texts: readonly (string | FileError)[],
  held: { readonly versions: Map<string, HeldEntry>; readonly hidden: HeldEntry[] },
  defaultLocale: string,
  problems: CheckProblem[],
): boolean {
  const { versions, hidden } = held;
  let sourceReads = true;
  for (const [index, entryFile] of files.entries()) {
    const { folder } = entryFile;
    const got = texts[index]!;
    const text = typeof got === 'string' ? got : reportUnreadable(got, entryFile.file, problems);
    if (text === undefined) {
      if (folder.locale === defaultLocale) sourceReads = false;
      continue;
    }
    const doc = readEntryDocument(text, entryFile.format);
    const fileProblems = new FileProblems(entryFile.file, doc, problems);
    const syntaxRule = entryFile.format === 'markdown' ? 'front-matter' : 'json-syntax';
    for (const error of doc.syntaxErrors) fileProblems.add(error.offset, 'error', syntaxRule, error.message);
    for (const duplicate of doc.duplicateKeys) fileProblems.add(duplicate.offset, 'error', 'duplicate-key', duplicate.message);
    if (folder.locale === undefined) continue;
    if (doc.syntaxErrors.length > 0 || doc.value === undefined) {
      if (doc.syntaxErrors.length === 0) fileProblems.add(0, 'error', 'not-an-object', 'an entry file must hold one object of fields, { … }');
      if (folder.locale === defaultLocale) sourceReads = false;
      continue;
    }
    const place = { problems: fileProblems, key: 0, value: 0, fields: doc.fields, meta: doc.meta, markdown: entryFile.format === 'markdown' };
    const version = { place, value: doc.value, folder, file: entryFile.file };
    const before = versions.get(folder.locale);
    // A version from a folder spelling the same tag that merges later wins over this file; from
    // this folder (its namespace file) or one that merges earlier, this file wins.
    if (before !== undefined && bySpelling(before.folder, folder) > 0) {
      hidden.push(version);
      continue;
    }
    if (before !== undefined) hidden.push(before);
    versions.set(folder.locale, version);
  }
  return sourceReads;
}

/** One entry's versions as the content of their locales, as `checkContent` compares them. */
function entryContent(id: string, versions: ReadonlyMap<string, PlacedEntry>): Map<string, LocaleContent> {
  const content = new Map<string, LocaleContent>();
  for (const [locale, version] of versions) content.set(locale, { locale, entries: new Map([[id, version]]) });
  return content;
}
