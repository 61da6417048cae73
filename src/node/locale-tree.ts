/**
 * The shape of a locales folder, `<dir>/<locale>/<namespace>.json` and entries in files of their
 * own, `<dir>/<locale>/<namespace>/<id>.json` or `<id>.md`, without judging it: `check`
 * reports folders that are not language tags, misnamed files and links to nothing instead of
 * stopping at the first one, as `loadResources` does. Like `loadResources`, it reads nothing that
 * leads outside `dir`.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, FileError } from '../core.js';
import { entryFileName, namespaceFileName, NAMESPACE } from './entry-file-name.js';
import { canonicalizeTag } from '../core.js';
import type { EntryFormat } from './entry-document.js';
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
  /** Files in the folder and its namespace folders that are not read, and why. */
  readonly strays: readonly StrayFile[];
}

/**
 * A file that is not read: misnamed (see entry-file-name.ts), a symbolic link to nothing, or a link
 * into another locale's folder (`es/articles.json` → `../en/articles.json`, or to the `en` folder
 * itself), whose text would otherwise pass for a translation into this folder's language. Or one
 * that is read but deserves a word: a link into a hidden folder (`../../.drafts/x.json`), whose
 * text is read as this folder's language though nothing hidden is read on its own.
 */
export interface StrayFile {
  /** The path as shown to people. */
  readonly file: string;
  readonly kind: 'misnamed' | 'broken-link' | 'other-locale-link' | 'hidden-link';
  /** What is wrong and what was expected. */
  readonly message: string;
  /** For a link into another locale's folder: the namespace of the file, and its entry id when it is an entry file. */
  readonly namespace?: string;
  readonly id?: string;
}

const isHidden = (name: string): boolean => name.startsWith('.');
const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** A link whose target is missing (ENOENT) or that loops (ELOOP): a path to report, not a reason to stop. */
class BrokenLink extends Error {}

async function inside(root: string, path: string): Promise<string> {
  let real: string;
  try {
    real = await realpath(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ELOOP') throw new BrokenLink(code, { cause });
    throw cause;
  }
  const rel = relative(root, real);
  if (rel.startsWith('..') || isAbsolute(rel)) {
    throw new FileError('PATH_OUTSIDE_DIR', 'refusing to read a file that leads outside the locales folder', { file: path });
  }
  return real;
}

/** The canonical tag a locale folder's name stands for; `undefined` when it is none (`en_US`, `shared`). */
function localeOfFolder(name: string): string | undefined {
  return name.includes('_') ? undefined : canonicalizeTag(name);
}

/**
 * The locale whose folder `real` (a path under the locales folder, relative to it) is in, when that
 * is another locale than the folder `name` (`ownLocale`) the link sits in. A folder that is no
 * language tag even with `_` read as `-`, or another spelling of the same tag (`zh-hant` and
 * `zh-Hant` merge), is no other locale.
 */
function otherLocaleOf(real: string, name: string, ownLocale: string | undefined): string | undefined {
  const top = real.split(sep)[0]!;
  // `top === real`: the link leads to a folder (or file) right under the locales folder, such as
  // the `en` folder itself, which is that locale's as much as what it holds.
  if (top === name || isHidden(top)) return undefined;
  // A folder spelt with underscores (`pt_BR`) is left out as no tag, but what it holds is still that language's.
  const locale = canonicalizeTag(top.replaceAll('_', '-'));
  return locale === undefined || locale === ownLocale ? undefined : locale;
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

/**
 * The locale folders of `dir` (resolved against `cwd`) and their namespace files, sorted by name,
 * except that the folders of one locale come {@link bySpelling}, the canonically spelt one last.
 */
export async function scanLocaleTree(dir: string, cwd = process.cwd()): Promise<LocaleFolder[]> {
  let root: string;
  let listing;
  try {
    // A NUL byte would be dropped by path resolution ("dir\0/../x" → "x"): refuse it outright.
    if (dir.includes('\0')) throw new Error('a path may not contain a NUL byte');
    // An empty path would be the working directory, which is no locales folder by chance.
    if (dir === '') throw new Error('the path is empty');
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
    const strays: StrayFile[] = [];
    const ownLocale = localeOfFolder(folder.name);
    /**
     * The real path of a file to read, or `undefined` after listing it as a link to nothing or as a
     * link into another locale's folder (`of` says which namespace and entry the file would hold).
     * A file read through a link into a hidden folder is listed too (`hidden-link`), and read.
     * `folderOfEntries`: `path` is a namespace folder's name linked to a folder, said as such.
     */
    const located = async (path: string, shown: string, of: { namespace: string; id?: string }, folderOfEntries = false): Promise<string | undefined> => {
      let real: string;
      try {
        real = await inside(root, path);
      } catch (error) {
        if (!(error instanceof BrokenLink)) throw error;
        const why = error.message === 'ELOOP' ? 'a symbolic link that leads back to itself' : 'a symbolic link to a file that does not exist';
        strays.push({ file: shown, kind: 'broken-link', message: `${why}, so it cannot be read: point it at the file, or remove it` });
        return undefined;
      }
      const inTree = relative(root, real);
      const top = inTree.split(sep)[0]!;
      const other = otherLocaleOf(inTree, folder.name, ownLocale);
      const here = ownLocale ?? folder.name;
      const target = join(dir, inTree);
      if (other !== undefined) {
        // A folder spelt with underscores (`pt_BR`) is that language's, but is itself never loaded.
        const unloaded = localeOfFolder(top) === undefined ? ` (nor is ${join(dir, top)} read as ${other} at all: its name is no language tag)` : '';
        // What the link leads to, said as it is: a file of that locale, a folder in it, or the folder itself.
        const what = folderOfEntries
          ? `in the ${other} folder: its ${other} entries would pass for ${here} translations`
          : top === inTree
            ? `the ${other} folder itself, not a file`
            : (await stat(real)).isDirectory()
              ? `a folder in the ${other} folder, not a file`
              : `in the ${other} folder: its ${other} text would pass for a translation into ${here}`;
        strays.push({
          file: shown,
          kind: 'other-locale-link',
          message: `a symbolic link to ${target}, ${what}, so it is not read as ${here}${unloaded}; remove the link (readers of ${here} are then served as for any translation ${here} lacks: the next language along their fallback chain, with a notice) or put a translation into ${here} here`,
          ...of,
        });
        return undefined;
      }
      // Read, as a link to a folder that is no locale is, but said: what is hidden is otherwise
      // never read, so a draft linked from here is published without anyone seeing it in a listing.
      // Hidden at any depth: `.drafts` beside the locale folders, or inside this one (`es/.drafts`).
      // Only a file is read so: a link to a folder (a folder of entry files, or a file's name
      // linked to a folder) is said to be no file, and nothing of it is read as this language.
      const parts = inTree.split(sep);
      const hiddenAt = parts.findIndex(isHidden);
      if (hiddenAt !== -1 && !folderOfEntries && (await stat(real)).isFile()) {
        const hidden = parts.slice(0, hiddenAt + 1).join(sep);
        const where = hiddenAt === parts.length - 1 ? `the hidden file ${hidden}` : `in the hidden folder ${hidden}`;
        strays.push({
          file: shown,
          kind: 'hidden-link',
          message: `a symbolic link to ${target}, ${where}: what is hidden is not read on its own, but through this link its text is read as ${here} (served, counted and stamped as ${here}); if it is not ready to publish, remove the link`,
          ...of,
        });
      }
      return real;
    };
    const listing = (await readdir(folderPath, { withFileTypes: true })).sort(byName);
    // A namespace folder that is a link (`es/articles` → `../en/articles`) is read by no one: said
    // as what it is when it leads into another locale's folder or a hidden one, as a file's link is.
    const folderLinks = new Set<string>();
    for (const sub of listing) {
      // A name such as `articles.json` is a namespace file's: a link under it is judged as a file.
      if (!sub.isSymbolicLink() || !NAMESPACE.test(sub.name) || namespaceFileName(sub.name).read) continue;
      const path = join(folderPath, sub.name);
      const isFolder = await stat(path).then((s) => s.isDirectory(), () => false);
      if (!isFolder) continue;
      folderLinks.add(sub.name);
      if ((await located(path, join(dir, folder.name, sub.name), { namespace: sub.name }, true)) !== undefined) {
        strays.push({ file: join(dir, folder.name, sub.name), kind: 'misnamed', message: `a symbolic link to a folder is not read: entry files sit in a real ${sub.name}/ folder` });
      }
    }
    for (const sub of listing) {
      if (!sub.isDirectory() || !NAMESPACE.test(sub.name)) continue;
      const subPath = await inside(root, join(folderPath, sub.name));
      const named: { name: string; id: string; format: EntryFormat; link: boolean }[] = [];
      for (const file of (await readdir(subPath, { withFileTypes: true })).sort(byName)) {
        if (isHidden(file.name)) continue;
        const shown = join(dir, folder.name, sub.name, file.name);
        if (file.isDirectory()) {
          strays.push({ file: shown, kind: 'misnamed', message: `a folder inside ${sub.name}/ is not read: entry files sit directly in ${join(folder.name, sub.name)}/` });
          continue;
        }
        const name = entryFileName(file.name);
        if (name.read) named.push({ name: file.name, ...name.value, link: file.isSymbolicLink() });
        else strays.push({ file: shown, kind: 'misnamed', message: name.expected });
      }
      for (const { name, id, format, link } of named) {
        // Anything but a link is where the listing says, inside the (real) folder: only links need
        // resolving, and a tree of a file per entry holds very many files.
        const absolute = link ? await located(join(subPath, name), join(dir, folder.name, sub.name, name), { namespace: sub.name, id }) : join(subPath, name);
        if (absolute !== undefined) entryFiles.push({ namespace: sub.name, id, format, file: join(dir, folder.name, sub.name, name), absolute });
      }
    }
    for (const file of listing) {
      if (file.isDirectory() || isHidden(file.name) || folderLinks.has(file.name)) continue;
      const shown = join(dir, folder.name, file.name);
      const name = namespaceFileName(file.name);
      if (!name.read) {
        strays.push({ file: shown, kind: 'misnamed', message: name.expected });
        continue;
      }
      const absolute = await located(join(folderPath, file.name), shown, { namespace: name.value });
      if (absolute !== undefined) files.push({ namespace: name.value, file: shown, absolute });
    }
    folders.push({ name: folder.name, path: join(dir, folder.name), locale: ownLocale, files, entryFiles, strays });
  }
  return canonicalSpellingLast(folders);
}

/** What the spelling rule reads of a locale folder: its name and the tag it stands for. */
type SpeltFolder = Pick<LocaleFolder, 'name' | 'locale'>;

/**
 * The one rule for folders whose names spell one tag (`yue` and `zh-yue`, `pt-br` and `pt-BR`):
 * they merge entry by entry in this order, a later one winning, so the folder spelt as the
 * canonical tag comes last and wins whatever the names' order; the others go by name. Compares
 * folders of one locale.
 *
 * @example [PT-BR, pt-BR, pt-br].sort(bySpelling) // [PT-BR, pt-br, pt-BR]
 */
export function bySpelling(a: SpeltFolder, b: SpeltFolder): number {
  return Number(a.name === a.locale) - Number(b.name === b.locale) || byName(a, b);
}

/**
 * The folder of `locale` whose version of an entry is served, and so the one named for it: the
 * last of its folders by {@link bySpelling}. `undefined` when none of `folders` is of `locale`.
 *
 * @example servedFolder([EN, En, fr], 'en') // En: no folder is spelt "en", and En sorts after EN
 */
export function servedFolder<F extends SpeltFolder>(folders: readonly F[], locale: string): F | undefined {
  return folders.filter((folder) => folder.locale === locale).sort(bySpelling).at(-1);
}

/** `folders` (sorted by name) with each locale's folders ordered {@link bySpelling}, in their places. */
function canonicalSpellingLast(folders: readonly LocaleFolder[]): LocaleFolder[] {
  const ordered = [...folders];
  const places = new Map<string, number[]>();
  for (const [index, folder] of folders.entries()) {
    if (folder.locale === undefined) continue;
    const list = places.get(folder.locale);
    if (list === undefined) places.set(folder.locale, [index]);
    else list.push(index);
  }
  for (const indexes of places.values()) {
    const spelt = indexes.map((index) => folders[index]!).sort(bySpelling);
    for (const [slot, index] of indexes.entries()) ordered[index] = spelt[slot]!;
  }
  return ordered;
}

/**
 * Throws a `FileError` (`FILE_NOT_FOUND`) for the first symbolic link to nothing among `folders`:
 * what reads content to serve or to write stops there, as it would at a file it cannot read;
 * `check` lists every one instead.
 */
export function refuseBrokenLinks(folders: readonly LocaleFolder[]): void {
  const broken = folders.flatMap((folder) => folder.strays).find((stray) => stray.kind === 'broken-link');
  if (broken !== undefined) throw new FileError('FILE_NOT_FOUND', broken.message, { file: broken.file });
}

/**
 * The files of `folder` that are links into another locale's folder, as the errors what reads
 * content reports and leaves out (`OTHER_LOCALE_LINK`): served as they are, another language's text
 * would pass for an exact translation.
 */
export function otherLocaleLinks(folder: LocaleFolder): { readonly error: FileError; readonly namespace: string; readonly id?: string }[] {
  return folder.strays.flatMap((stray) =>
    stray.kind === 'other-locale-link' && stray.namespace !== undefined
      ? [{ error: new FileError('OTHER_LOCALE_LINK', stray.message, { file: stray.file }), namespace: stray.namespace, ...(stray.id === undefined ? {} : { id: stray.id }) }]
      : [],
  );
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
