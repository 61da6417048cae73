/**
 * Entry files whose ids differ only by case (`About.md` and `about.md`). They are two entries to
 * the library, but a file system that ignores case (macOS, Windows) holds one file for both names:
 * a copy of the tree made there keeps one of them, and a translator's `about.md` overwrites
 * `About.md`. Only files of their own can meet so: keys of one namespace file (`"About"` and
 * `"about"`) are two keys of one file on every file system. Entry file names are ASCII (see
 * entry-file-name.ts), so case is the only way two of them can be one name.
 */

/**
 * Groups of two or more of `files` whose ids such a file system takes for one name, among files of
 * one `within` (a namespace, a locale; `undefined`: left out). Groups and their files come in the
 * order their ids came; of files with one id, the last stands for it (the one read).
 *
 * @example filesDifferingByCase([About, news, about], (f) => f.namespace) // [[About, about]]
 */
export function filesDifferingByCase<F extends { readonly id: string }>(files: Iterable<F>, within: (file: F) => string | undefined): F[][] {
  const byId = new Map<string, Map<string, F>>();
  for (const file of files) {
    const key = within(file);
    if (key === undefined) continue;
    let ids = byId.get(key);
    if (ids === undefined) byId.set(key, (ids = new Map<string, F>()));
    ids.set(file.id, file);
  }
  const groups: F[][] = [];
  for (const ids of byId.values()) {
    const byName = new Map<string, F[]>();
    for (const [id, file] of ids) {
      const group = byName.get(id.toLowerCase());
      if (group === undefined) byName.set(id.toLowerCase(), [file]);
      else group.push(file);
    }
    for (const group of byName.values()) if (group.length > 1) groups.push(group);
  }
  return groups;
}
