/**
 * One content namespace of a locales folder, read for `status` and `stamp`: each locale's entries,
 * and each entry's versions gathered across locales (the default locale first) for `buildRecord`.
 */
import { readFile } from 'node:fs/promises';
import { isPlainObject, type EntryData } from '../content/fields.js';
import { FileError } from '../errors.js';
import { canonicalizeTag } from '../negotiation/index.js';
import { parseJsonFile } from '../node/json.js';
import { localesFolder, scanLocaleTree } from '../node/locale-tree.js';

export interface ContentBundle {
  /** The file as shown to people. */
  readonly file: string;
  readonly absolute: string;
  readonly text: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface ContentTree {
  readonly defaultLocale: string;
  readonly namespace: string;
  /** Locales with a file for the namespace: the default first, then by tag. */
  readonly locales: readonly string[];
  readonly bundles: ReadonlyMap<string, ContentBundle>;
  /** Every entry id, in first-seen order over `locales`. */
  readonly ids: readonly string[];
}

export interface ReadContentOptions {
  readonly defaultLocale?: string;
  readonly namespace?: string;
  readonly cwd?: string;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Reads `<dir>/<locale>/<namespace>.json` for every locale. Throws a `FileError` on a folder that
 * is not a language tag or a file that does not parse (with its line and column).
 */
export async function readContentTree(folder: string | URL, options: ReadContentOptions = {}): Promise<ContentTree> {
  const dir = localesFolder(folder, 'readContentTree');
  const defaultLocale = canonicalizeTag(options.defaultLocale ?? 'en') ?? 'en';
  const namespace = options.namespace ?? 'articles';
  const folders = await scanLocaleTree(dir, options.cwd);
  const found = folders.flatMap((folder) => folder.files.filter((f) => f.namespace === namespace).map((f) => ({ folder, ...f })));
  const bundles = new Map<string, ContentBundle>();
  let done = 0;
  for (const { folder, file, absolute } of found) {
    if (folder.locale === undefined) {
      throw new FileError('INVALID_LOCALE', `folder name "${folder.name}" is not a BCP 47 language tag (run "localized-content check")`, { file: folder.path });
    }
    const text = await readFile(absolute, 'utf8');
    const data = parseJsonFile(text, file);
    if (!isPlainObject(data)) throw new FileError('INVALID_RESOURCES', 'a namespace file must hold a JSON object', { file, line: 1, column: 1 });
    bundles.set(folder.locale, { file, absolute, text, data });
    done++;
    options.onProgress?.(done, found.length);
  }
  const locales = [...bundles.keys()].sort((a, b) => (a === defaultLocale ? -1 : b === defaultLocale ? 1 : a < b ? -1 : 1));
  const ids = new Set<string>();
  for (const locale of locales) {
    const data = bundles.get(locale)!.data;
    for (const id of Object.keys(data)) if (isPlainObject(data[id])) ids.add(id);
  }
  return { defaultLocale, namespace, locales, bundles, ids: [...ids] };
}

/** An entry's versions by locale, in the tree's locale order, as `buildRecord` takes them. */
export function entryVersions(tree: ContentTree, id: string): Map<string, EntryData> {
  const versions = new Map<string, EntryData>();
  for (const locale of tree.locales) {
    const data = tree.bundles.get(locale)!.data;
    const version = Object.hasOwn(data, id) ? data[id] : undefined;
    if (isPlainObject(version)) versions.set(locale, version);
  }
  return versions;
}
