/**
 * The shape of a locales folder, `<dir>/<locale>/<namespace>.json` and entries in files of their
 * own, `<dir>/<locale>/<namespace>/<id>.json` or `<id>.md`, without judging it: `check`
 * reports folders that are not language tags instead of stopping at the first one, as
 * `loadResources` does. Like `loadResources`, it reads nothing that leads outside `dir`.
 */
import { readdir, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, FileError } from '../core.js';
import { canonicalizeTag } from '../core.js';
import type { EntryFormat } from './entry-document.js';
import { mapConcurrently } from './map-concurrently.js';
import { missingNamespace } from '../core.js';

export interface NamespaceFile {
  readonly namespace: string;
  /** The path as shown to people: under the `dir` the caller gave. */
  readonly file: string;
  readonly absolute: string;
}

/** An entry in a file of its own: `<locale>/<namespace>/<id>.json` or `<id>.md`. */
export interface EntryFile {
  readonly namespace: string;
  readonly id: string;
  readonly format: EntryFormat;
  /** The path as shown to people. */
  readonly file: string;
  readonly absolute: string;
}

export interface LocaleFolder {
  /** The folder's name as written. */
  readonly name: string;
  /** The path as shown to people. */
  readonly path: string;
  /** The canonical tag, or `undefined` when the name is not a BCP 47 tag (`en_US` is not). */
  readonly locale: string | undefined;
  readonly files: readonly NamespaceFile[];
  /** Entries in files of their own, by namespace folder then id. */
  readonly entryFiles: readonly EntryFile[];
}

const NAMESPACE = /^[A-Za-z0-9][\w.-]*$/;
/** An entry id as a file name: what a URL slug or an i18next key may hold, never a path. */
const ENTRY_ID = /^[A-Za-z0-9][\w.@-]*$/;
const ENTRY_FORMATS: Readonly<Record<string, EntryFormat>> = { '.json': 'json', '.md': 'markdown' };
const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

async function inside(root: string, path: string): Promise<string> {
  const real = await realpath(path);
  const rel = relative(root, real);
  if (rel.startsWith('..') || isAbsolute(rel)) {
    throw new FileError('PATH_OUTSIDE_DIR', 'refusing to read a file that leads outside the locales folder', { file: path });
  }
  return real;
}

/**
 * The locales folder as a path: a string as given, or a `file:` URL (`new URL('./locales/',
 * import.meta.url)`). Anything else is a programming error, reported as such rather than as a
 * missing folder.
 */
export function localesFolder(dir: unknown, caller: string): string {
  if (typeof dir === 'string') return dir;
  if (dir instanceof URL && dir.protocol === 'file:') return fileURLToPath(dir);
  const given = dir instanceof URL ? `a ${dir.protocol} URL` : dir === null ? 'null' : typeof dir;
  throw new ConfigError('INVALID_OPTION', `${caller}: the locales folder must be a path or a file: URL, not ${given}`);
}

/** The locale folders of `dir` (resolved against `cwd`) and their namespace files, sorted by name. */
export async function scanLocaleTree(dir: string, cwd = process.cwd()): Promise<LocaleFolder[]> {
  let root: string;
  let listing;
  try {
    // A NUL byte would be dropped by path resolution ("dir\0/../x" → "x"): refuse it outright.
    if (dir.includes('\0')) throw new Error('a path may not contain a NUL byte');
    root = await realpath(resolve(cwd, dir));
    listing = await readdir(root, { withFileTypes: true });
  } catch (cause) {
    throw new FileError('FILE_NOT_FOUND', 'locales folder not found', { file: dir }, { cause });
  }
  const folders: LocaleFolder[] = [];
  const entries = listing.filter((d) => d.isDirectory() && !d.name.startsWith('.'));
  for (const folder of entries.sort(byName)) {
    const folderPath = await inside(root, join(root, folder.name));
    const files: NamespaceFile[] = [];
    const entryFiles: EntryFile[] = [];
    const listing = (await readdir(folderPath, { withFileTypes: true })).sort(byName);
    for (const sub of listing) {
      if (!sub.isDirectory() || !NAMESPACE.test(sub.name)) continue;
      const subPath = await inside(root, join(folderPath, sub.name));
      const named = (await readdir(subPath, { withFileTypes: true })).sort(byName).flatMap((file) => {
        const dot = file.name.lastIndexOf('.');
        const format = dot > 0 ? ENTRY_FORMATS[file.name.slice(dot)] : undefined;
        const id = file.name.slice(0, dot);
        return file.isDirectory() || format === undefined || !ENTRY_ID.test(id) ? [] : [{ name: file.name, id, format }];
      });
      // One realpath per file, a few dozen at a time: a tree of a file per entry holds very many.
      const absolutes = await mapConcurrently(named, ({ name }) => inside(root, join(subPath, name)));
      for (const [index, { name, id, format }] of named.entries()) {
        entryFiles.push({ namespace: sub.name, id, format, file: join(dir, folder.name, sub.name, name), absolute: absolutes[index]! });
      }
    }
    for (const file of listing) {
      if (file.isDirectory() || !file.name.endsWith('.json')) continue;
      const namespace = file.name.slice(0, -'.json'.length);
      if (!NAMESPACE.test(namespace)) continue;
      files.push({ namespace, file: join(dir, folder.name, file.name), absolute: await inside(root, join(folderPath, file.name)) });
    }
    const locale = folder.name.includes('_') ? undefined : canonicalizeTag(folder.name);
    folders.push({ name: folder.name, path: join(dir, folder.name), locale, files, entryFiles });
  }
  return folders;
}

/**
 * What to rename a folder that is not a language tag to, when that can be told: `es_ES` → `es-ES`,
 * `spanish` → `es` (a language's English name or autonym, among the locales given).
 */
export function folderNameFix(name: string, known: readonly string[]): string | undefined {
  if (name.includes('_')) return canonicalizeTag(name.replaceAll('_', '-'));
  const word = name.toLowerCase();
  return known.find((locale) => {
    const english = new Intl.DisplayNames(['en'], { type: 'language' }).of(locale)?.toLowerCase();
    const own = new Intl.DisplayNames([locale], { type: 'language' }).of(locale)?.toLowerCase();
    return english === word || own === word;
  });
}

/**
 * Throws `NAMESPACE_NOT_FOUND` when no locale folder has a file (or a folder of entry files) for `namespace`, naming those that
 * exist: a mistyped `--namespace` must not pass as "0 entries checked".
 */
export function requireNamespace(folders: readonly LocaleFolder[], namespace: string): void {
  const namespacesOf = (folder: LocaleFolder): string[] => [...folder.files, ...folder.entryFiles].map((file) => file.namespace);
  if (folders.some((folder) => namespacesOf(folder).includes(namespace))) return;
  const existing = [...new Set(folders.flatMap(namespacesOf))].sort();
  throw missingNamespace(namespace, existing, 'namespace');
}
