/**
 * The `id-case-collision` rule: two entry files of one locale whose names differ only by case
 * (`About.md` and `about.md`). The library serves both, but a file system that ignores case
 * (macOS, Windows) holds one file for the two names, so a copy or a checkout of the tree there
 * silently loses one. Keys of a namespace file are not reported: `"About"` and `"about"` are two
 * keys of one file on every file system. Each place is reported, naming the others'.
 */
import { filesDifferingByCase } from '../../node/files-differing-by-case.js';
import type { FolderEntryFile } from '../entry-files-by-id.js';
import { FileProblems, type CheckProblem } from './check-problem.js';

/** Reports entry files (`byId`: an entry's files across locales) whose names differ only by case within a locale. */
export function checkIdCase(byId: ReadonlyMap<string, readonly FolderEntryFile[]>, problems: CheckProblem[]): void {
  function* all(): Generator<FolderEntryFile> {
    for (const files of byId.values()) yield* files;
  }
  for (const group of filesDifferingByCase(all(), (file) => file.folder.locale)) {
    const shown = group.map(({ id, file }) => `"${id}" (${file}:1:1)`);
    for (const [index, { id, file }] of group.entries()) {
      const others = shown.filter((_, other) => other !== index).join(' and ');
      new FileProblems(file, undefined, problems).add(0, 'warning', 'id-case-collision',
        `entry "${id}" differs only by case from ${others}: on a file system that ignores case (macOS, Windows) they are one file, and a copy of the tree made there keeps only one; rename one of them`);
    }
  }
}
