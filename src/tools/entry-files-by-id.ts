/**
 * The entries in files of their own of one namespace, grouped by id across locale folders: `check`
 * and `status` read one entry's files in every locale at a time, compare them and let them go, so
 * that they hold one entry's versions, not the tree's (100,000 entries × 30 locales is 1.4 million
 * files, more than one process should hold parsed).
 */
import type { EntryFormat } from '../node/entry-document.js';
import type { EntryFile, LocaleFolder } from '../node/locale-tree.js';

/**
 * An entry file with its locale folder. A class over the listing's own object rather than a copy
 * of it: there is one per file of the tree, and a copy of every field costs several times as much.
 */
export class FolderEntryFile {
  readonly #entry: EntryFile;
  readonly folder: LocaleFolder;
  /**
   * Its place in the tree's listing, folder by folder then by name: where a reader going through
   * the tree file by file would meet it, so that what is said about files keeps that order.
   */
  readonly order: number;

  constructor(entry: EntryFile, folder: LocaleFolder, order: number) {
    this.#entry = entry;
    this.folder = folder;
    this.order = order;
  }

  get id(): string {
    return this.#entry.id;
  }

  get format(): EntryFormat {
    return this.#entry.format;
  }

  /** The path as shown to people. */
  get file(): string {
    return this.#entry.file;
  }

  get absolute(): string {
    return this.#entry.absolute;
  }
}

/** Each id's entry files, in the listing's order (folder by folder); ids in the order first met. */
export function entryFilesById(folders: readonly LocaleFolder[], namespace: string): Map<string, FolderEntryFile[]> {
  const byId = new Map<string, FolderEntryFile[]>();
  let order = 0;
  for (const folder of folders) {
    for (const entryFile of folder.entryFiles) {
      if (entryFile.namespace !== namespace) continue;
      let files = byId.get(entryFile.id);
      if (files === undefined) byId.set(entryFile.id, (files = []));
      files.push(new FolderEntryFile(entryFile, folder, order++));
    }
  }
  return byId;
}
