/**
 * `checkTree`: every problem in a locales folder, with file, line and column. It reads and never
 * writes; problems are returned, not thrown, so one broken file does not hide the others.
 */
import { join } from 'node:path';
import { canonicalizeTag } from '../../core.js';
import { checkContent, namespaceEntryPlace, type LocaleContent, type PlacedEntry } from './check-content.js';
import { readEntryDocument } from '../../node/entry-document.js';
import { checkNotice } from './check-notice.js';
import { FileProblems, sortProblems, type CheckProblem } from './check-problem.js';
import { propertyMap, readJsonDocument } from '../../node/json-document.js';
import { folderNameFix, localesFolder, requireNamespace, scanLocaleTree } from '../../node/locale-tree.js';
import { BUILTIN_LOCALES } from '../../core.js';
import { readTextFile } from '../../node/read-text-file.js';
import { readTextFiles } from '../../node/read-text-files.js';
import { FileError } from '../../core.js';

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

export interface CheckProgress {
  readonly phase: 'files' | 'entries';
  readonly done: number;
  readonly total: number;
}

export interface CheckOptions {
  /** The source language of entries without `@meta.source`. Default `'en'`. */
  readonly defaultLocale?: string;
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
 * Throws a `ConfigError` (`NAMESPACE_NOT_FOUND`) when no locale has the content namespace.
 *
 * @example
 * const { problems, errors } = await checkTree('locales', { defaultLocale: 'en' });
 */
export async function checkTree(folder: string | URL, options: CheckOptions = {}): Promise<CheckResult> {
  const dir = localesFolder(folder, 'checkTree');
  const defaultLocale = canonicalizeTag(options.defaultLocale ?? 'en') ?? 'en';
  const namespace = options.namespace ?? 'articles';
  const problems: CheckProblem[] = [];
  const folders = await scanLocaleTree(dir, options.cwd);
  // A namespace no file has would be "0 entries checked": a gate that passes while checking nothing.
  if (namespace !== 'notice') requireNamespace(folders, namespace);
  const total = folders.reduce((n, f) => n + f.files.length + f.entryFiles.filter((e) => e.namespace === namespace).length, 0);
  const content = new Map<string, Map<string, PlacedEntry>>();
  const contentOf = (locale: string): Map<string, PlacedEntry> => {
    let entries = content.get(locale);
    if (entries === undefined) content.set(locale, (entries = new Map<string, PlacedEntry>()));
    return entries;
  };
  const brokenSource = new Set<string>();
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
      new FileProblems(stray.file, undefined, problems).add(0, rule === 'stray-file' ? 'warning' : 'error', rule, stray.message);
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
        const entries = contentOf(folder.locale);
        for (const [id, property] of propertyMap(doc.root)) entries.set(id, { place: namespaceEntryPlace(doc, property, fileProblems), value: data[id] });
      }
    }
    // Entries in files of their own: after the namespace file, so that they win, as when loading.
    const entryFiles = folder.entryFiles.filter((entryFile) => entryFile.namespace === namespace);
    const texts = await readTextFiles(entryFiles);
    for (const [index, entryFile] of entryFiles.entries()) {
      const got = texts[index]!;
      const text = typeof got === 'string' ? got : reportUnreadable(got, entryFile.file, problems);
      if (text === undefined) {
        if (folder.locale === defaultLocale) brokenSource.add(entryFile.id);
        options.onProgress?.({ phase: 'files', done: ++read, total });
        continue;
      }
      const doc = readEntryDocument(text, entryFile.format);
      const fileProblems = new FileProblems(entryFile.file, doc, problems);
      const syntaxRule = entryFile.format === 'markdown' ? 'front-matter' : 'json-syntax';
      for (const error of doc.syntaxErrors) fileProblems.add(error.offset, 'error', syntaxRule, error.message);
      for (const duplicate of doc.duplicateKeys) fileProblems.add(duplicate.offset, 'error', 'duplicate-key', duplicate.message);
      read++;
      options.onProgress?.({ phase: 'files', done: read, total });
      if (folder.locale === undefined) continue;
      if (doc.syntaxErrors.length > 0 || doc.value === undefined) {
        if (doc.syntaxErrors.length === 0) fileProblems.add(0, 'error', 'not-an-object', 'an entry file must hold one object of fields, { … }');
        if (folder.locale === defaultLocale) brokenSource.add(entryFile.id);
        continue;
      }
      const entries = contentOf(folder.locale);
      const shadowed = entries.get(entryFile.id);
      if (shadowed !== undefined) {
        shadowed.place.problems.add(shadowed.place.key, 'error', 'duplicate-entry',
          `entry "${entryFile.id}" is also in ${entryFile.file}, which is the one read; remove one of them`);
      }
      const place = { problems: fileProblems, key: 0, value: 0, fields: doc.fields, meta: doc.meta, markdown: entryFile.format === 'markdown' };
      entries.set(entryFile.id, { place, value: doc.value });
    }
  }
  // A source entry file that does not read would make its translations look unknown: its own errors come first.
  for (const id of brokenSource) for (const entries of content.values()) entries.delete(id);
  const localeContent = new Map<string, LocaleContent>();
  for (const [locale, entries] of content) localeContent.set(locale, { locale, entries });
  const sourceFolder = folders.find((f) => f.locale === defaultLocale);
  const sourceFile = sourceFolder?.files.find((f) => f.namespace === namespace) ?? sourceFolder?.entryFiles.find((f) => f.namespace === namespace);
  const sourceBroken = sourceFile !== undefined && !content.has(defaultLocale);
  let entries = 0;
  if (sourceFile === undefined && namespace !== 'notice' && content.size > 0) {
    new FileProblems(join(dir, defaultLocale, `${namespace}.json`), undefined, problems).add(0, 'error', 'missing-source',
      `there is no ${namespace}.json for the default language ${defaultLocale}; create it, or pass --default-locale`);
  } else if (!sourceBroken) {
    // A broken source file would make every translation look unknown: its own errors come first.
    entries = checkContent(localeContent, defaultLocale, (done, of) => options.onProgress?.({ phase: 'entries', done, total: of }));
  }
  const sorted = sortProblems(problems);
  const errors = sorted.filter((p) => p.severity === 'error').length;
  return { problems: sorted, errors, warnings: sorted.length - errors, files: read, entries };
}
