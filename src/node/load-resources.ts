/**
 * Reads a locales tree in i18next's layout, `<dir>/<locale>/<namespace>.json`, and entries in files
 * of their own (`<dir>/<locale>/<namespace>/<id>.json` or `<id>.md`), into the resource shape
 * `createContentLibrary` takes. Nothing outside `dir` is read: locale folders must be BCP 47
 * tags, namespace files plain names, and links that lead elsewhere are refused.
 */
import { FileError, isPlainObject } from '../core.js';
import { canonicalizeTag } from '../core.js';
import type { Resources } from '../core.js';
import { parseJsonFile } from './json-document.js';
import { BODY_FIELD, entryOrError } from './entry-document.js';
import { META_KEY } from '../core.js';
import { folderNameFix, localesFolder, otherLocaleLinks, refuseBrokenLinks, scanLocaleTree } from './locale-tree.js';
import { BUILTIN_LOCALES } from '../core.js';
import { readTextFile } from './read-text-file.js';
import { readTextFiles } from './read-text-files.js';
import { filesDifferingByCase } from './files-differing-by-case.js';

export interface LoadResourcesOptions {
  /** Only these namespaces (file names without `.json`). Default: every namespace file. */
  readonly namespaces?: readonly string[];
  /** Only these locales. Default: every locale folder. */
  readonly locales?: readonly string[];
  /**
   * Hears of each file or folder left out: an entry file that does not read (`YAML_SYNTAX`,
   * `JSON_SYNTAX`, `INVALID_RESOURCES`, with line and column) or a folder that is no language tag
   * (`INVALID_LOCALE`), or a symbolic link into another locale's folder (`OTHER_LOCALE_LINK`:
   * `es/articles.json` → `../en/articles.json` would serve English as an exact Spanish translation).
   * Also hears, once per namespace and group of ids, of entries whose ids differ only by case
   * (`ID_CASE_COLLISION`: `About.md` and `about.md` are one file on macOS and Windows); both are
   * still served. Default: a process warning (`process.emitWarning`) per file.
   */
  readonly onProblem?: (problem: FileError) => void;
}

function warn(problem: FileError): void {
  process.emitWarning(problem.message, { code: problem.code });
}

/**
 * A Markdown entry with `@meta.fieldFormats.body` set to `'markdown'`: the library then says so in
 * `fieldFormats`, and the declaration stays with the content wherever it is written out (a
 * namespace file built from this tree, served over HTTP).
 */
function declareMarkdownBody(data: Record<string, unknown>): Record<string, unknown> {
  const meta = isPlainObject(data[META_KEY]) ? data[META_KEY] : {};
  const formats = isPlainObject(meta.fieldFormats) ? meta.fieldFormats : {};
  return { ...data, [META_KEY]: { ...meta, fieldFormats: { ...formats, [BODY_FIELD]: 'markdown' } } };
}

/**
 * Loads every `<locale>/<namespace>.json`, `<locale>/<namespace>/<id>.json` and `<id>.md` under
 * `dir` (a path, or a `file:` URL). A Markdown entry's front matter gives its fields and `@meta`, its
 * text the field `body`, declared Markdown in `@meta.fieldFormats` (`resolve` returns it in `fieldFormats`).
 * A folder that is not a language tag, an entry file of its own that does not read, and a symbolic
 * link into another locale's folder are left out and passed to `onProblem`: one broken article does not stop a site. Throws a `FileError`:
 * `JSON_SYNTAX` with line and column for a broken namespace file (it holds a whole locale),
 * `FILE_NOT_FOUND` when `dir` does not exist.
 *
 * @example
 * const resources = await loadResources('locales');
 * const library = createContentLibrary({ defaultLocale: 'en', resources });
 */
export async function loadResources(folder: string | URL, options: LoadResourcesOptions = {}): Promise<Resources> {
  const dir = localesFolder(folder, 'loadResources');
  const wantLocales = options.locales?.map((l) => canonicalizeTag(l));
  const onProblem = options.onProblem ?? warn;
  const resources = Object.create(null) as Record<string, Record<string, unknown>>;
  const folders = await scanLocaleTree(dir);
  refuseBrokenLinks(folders);
  // Ids that differ only by case, by namespace and group: where they meet, reported once.
  const collisions = new Map<string, { namespace: string; ids: readonly string[]; places: string[] }>();
  for (const folder of folders) {
    const { locale } = folder;
    if (locale === undefined) {
      const fix = folderNameFix(folder.name, BUILTIN_LOCALES);
      const hint = fix !== undefined ? ` (rename it "${fix}")` : ' (name it with the language\'s tag, as "es" or "pt-BR")';
      onProblem(new FileError('INVALID_LOCALE', `folder name "${folder.name}" is not a BCP 47 language tag${hint}; its files are not loaded`, { file: folder.path }));
      continue;
    }
    if (wantLocales !== undefined && !wantLocales.includes(locale)) continue;
    for (const link of otherLocaleLinks(folder)) {
      if (options.namespaces === undefined || options.namespaces.includes(link.namespace)) onProblem(link.error);
    }
    const namespaces = Object.create(null) as Record<string, unknown>;
    for (const { namespace, file, absolute } of folder.files) {
      if (options.namespaces !== undefined && !options.namespaces.includes(namespace)) continue;
      const data = parseJsonFile((await readTextFile(absolute, file)).text, file);
      if (!isPlainObject(data)) {
        throw new FileError('INVALID_RESOURCES', 'a namespace file must hold a JSON object', { file, line: 1, column: 1 });
      }
      namespaces[namespace] = data;
    }
    // An entry in a file of its own joins its namespace; it wins over the same id in the namespace file.
    const joined = new Set<string>();
    const entryFiles = folder.entryFiles.filter(({ namespace }) => options.namespaces === undefined || options.namespaces.includes(namespace));
    const texts = await readTextFiles(entryFiles);
    for (const [index, { namespace, id, format, file }] of entryFiles.entries()) {
      const read = entryOrError(texts[index]!, file, format);
      if (read instanceof FileError) {
        onProblem(read);
        continue;
      }
      const data = format === 'markdown' ? declareMarkdownBody(read) : read;
      if (!joined.has(namespace)) {
        joined.add(namespace);
        namespaces[namespace] = { ...(namespaces[namespace] as Record<string, unknown> | undefined) };
      }
      (namespaces[namespace] as Record<string, unknown>)[id] = data;
    }
    // Entry files only: keys of one namespace file are two keys of one file on any file system.
    for (const group of filesDifferingByCase(entryFiles, (file) => file.namespace)) {
      const { namespace } = group[0]!;
      const ids = group.map((file) => file.id);
      const key = `${namespace}\0${[...ids].sort().join('\0')}`;
      const places = group.map((file) => file.file);
      const seen = collisions.get(key);
      if (seen === undefined) collisions.set(key, { namespace, ids, places });
      else seen.places.push(...places);
    }
    // Two folders for one locale ("zh-yue" and "yue") merge entry by entry, in the order
    // scanLocaleTree gives them (`bySpelling`): the canonically spelt one wins for an entry both hold.
    const merged = { ...resources[locale] };
    for (const [namespace, data] of Object.entries(namespaces)) {
      const before = merged[namespace];
      merged[namespace] = isPlainObject(before) ? { ...before, ...(data as Record<string, unknown>) } : data;
    }
    resources[locale] = merged;
  }
  for (const { namespace, ids, places } of collisions.values()) {
    const names = ids.map((id) => `"${id}"`).join(' and ');
    onProblem(new FileError('ID_CASE_COLLISION',
      `entries ${names} of "${namespace}" differ only by case (in ${places.join(', ')}): a file system that ignores case (macOS, Windows) holds one file for them, so a copy of this tree made there loses one; rename one of them (both are served)`,
      { file: places[0]! }));
  }
  return { ...resources };
}
