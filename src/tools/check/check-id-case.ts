/**
 * The `id-case-collision` rule: two entries of one locale whose ids differ only by case (`About.md` and
 * `about.md`, or keys `About` and `about` in one file). The library serves both, but a file
 * system that ignores case (macOS, Windows) holds one file for the two names, so a copy or a
 * checkout of the tree there silently loses one. Each place is reported, naming the others'.
 */
import { howIdsDiffer, idsDifferingByCase } from '../../node/ids-differing-by-case.js';
import type { FolderEntryFile } from '../entry-files-by-id.js';
import type { PlacedEntry } from './check-content.js';
import { FileProblems, type CheckProblem } from './check-problem.js';

interface IdPlace {
  readonly problems: FileProblems;
  readonly offset: number;
}

/**
 * Reports ids that differ only by case among each locale's entries: `content` holds the namespace
 * files' entries by locale, `byId` the entry files of their own (which win over a namespace key).
 */
export function checkIdCase(
  content: ReadonlyMap<string, ReadonlyMap<string, PlacedEntry>>,
  byId: ReadonlyMap<string, readonly FolderEntryFile[]>,
  problems: CheckProblem[],
): void {
  const places = new Map<string, Map<string, IdPlace>>();
  const placesOf = (locale: string): Map<string, IdPlace> => {
    let found = places.get(locale);
    if (found === undefined) places.set(locale, (found = new Map<string, IdPlace>()));
    return found;
  };
  for (const [locale, entries] of content) for (const [id, { place }] of entries) placesOf(locale).set(id, { problems: place.problems, offset: place.key });
  for (const [id, files] of byId) {
    for (const file of files) {
      if (file.folder.locale !== undefined) placesOf(file.folder.locale).set(id, { problems: new FileProblems(file.file, undefined, problems), offset: 0 });
    }
  }
  for (const ids of [...places.values()].flatMap((byLocale) => idsDifferingByCase(byLocale.keys()).map((group) => group.map((id) => [id, byLocale.get(id)!] as const)))) {
    const shown = ids.map(([id, place]) => {
      const { line, column } = place.problems.position(place.offset);
      return `"${id}" (${place.problems.file}:${line}:${column})`;
    });
    const differ = howIdsDiffer(ids.map(([id]) => id));
    for (const [index, [id, place]] of ids.entries()) {
      const others = shown.filter((_, other) => other !== index).join(' and ');
      place.problems.add(place.offset, 'warning', 'id-case-collision',
        `entry "${id}" differs ${differ} from ${others}: on a file system that ignores case (macOS, Windows) they are one file, and a copy of the tree made there keeps only one; rename one of them`);
    }
  }
}
