/**
 * Entry ids that differ only by case or by Unicode normalization (`About` and `about`, `é` written
 * as one code point or two). They are two entries to the library, but a file system that ignores
 * case (macOS, Windows) or normalization (macOS) holds one file for both names: a copy of the tree
 * made there keeps one of them, and a translator's `about.md` overwrites `About.md`.
 */

/** The name a case-insensitive, normalization-insensitive file system sees. */
const folded = (id: string): string => id.normalize('NFC').toLowerCase();

/**
 * Groups of two or more of `ids` that such a file system takes for one name, each in the order the
 * ids came; ids alone in their group are left out.
 *
 * @example idsDifferingByCase(['About', 'news', 'about']) // [['About', 'about']]
 */
export function idsDifferingByCase(ids: Iterable<string>): string[][] {
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const key = folded(id);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [id]);
    else if (!group.includes(id)) group.push(id);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

/**
 * How the ids of one group differ, for a message: by case alone, or also by how an accented letter
 * is encoded (`é` as one code point or as `e` and a combining accent), which looks the same.
 */
export function howIdsDiffer(ids: readonly string[]): string {
  return new Set(ids.map((id) => id.toLowerCase())).size === 1 ? 'only by case' : 'only by case or by how an accented letter is encoded';
}
