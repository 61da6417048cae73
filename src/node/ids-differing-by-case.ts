/**
 * Entry ids whose files differ only by case (`About.md` and `about.md`). They are two entries to
 * the library, but a file system that ignores case (macOS, Windows) holds one file for both names:
 * a copy of the tree made there keeps one of them, and a translator's `about.md` overwrites
 * `About.md`. Only files of their own can meet so: keys of one namespace file (`"About"` and
 * `"about"`) are two keys of one file on every file system. Entry file names are ASCII (see
 * entry-file-name.ts), so case is the only way two of them can be one name.
 */

/**
 * Groups of two or more of `ids` that such a file system takes for one name, each in the order the
 * ids came; ids alone in their group are left out.
 *
 * @example idsDifferingByCase(['About', 'news', 'about']) // [['About', 'about']]
 */
export function idsDifferingByCase(ids: Iterable<string>): string[][] {
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const key = id.toLowerCase();
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [id]);
    else if (!group.includes(id)) group.push(id);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}
