/**
 * The `id-case-collision` rule: two entry files of one locale whose names differ only by case
 * (`About.md` and `about.md`). The library serves both, but a file system that ignores case
 * (macOS, Windows) holds one file for the two names, so a copy or a checkout of the tree there
 * silently loses one. Keys of a namespace file are not reported: `"About"` and `"about"` are two
 * keys of one file on every file system. Each place is reported, naming the others'.
 */
import { idsDifferingByCase } from '../../node/ids-differing-by-case.js';
import type { FolderEntryFile } from '../entry-files-by-id.js';
import { FileProblems, type CheckProblem } from './check-problem.js';

/** Reports entry files (`byId`: an entry's files across locales) whose names differ only by case within a locale. */
export function checkIdCase(byId: ReadonlyMap<string, readonly FolderEntryFile[]>, problems: CheckProblem[]): void {
  const files = new Map<string, Map<string, string>>();
  for (const [id, entryFiles] of byId) {
    for (const { folder, file } of entryFiles) {
      if (folder.locale === undefined) continue;
      let byLocale = files.get(folder.locale);
      if (byLocale === undefined) files.set(folder.locale, (byLocale = new Map<string, string>()));
      byLocale.set(id, file);
    }
  }
  for (const byLocale of files.values()) {
    for (const ids of idsDifferingByCase(byLocale.keys())) {
      const shown = ids.map((id) => `"${id}" (${byLocale.get(id)!}:1:1)`);
      for (const [index, id] of ids.entries()) {
        const others = shown.filter((_, other) => other !== index).join(' and ');
        new FileProblems(byLocale.get(id)!, undefined, problems).add(0, 'warning', 'id-case-collision',
          `entry "${id}" differs only by case from ${others}: on a file system that ignores case (macOS, Windows) they are one file, and a copy of the tree made there keeps only one; rename one of them`);
      }
    }
  }
}
