/**
 * `readCoverage`: the coverage matrix of a locales folder, read one entry at a time, so that a tree
 * of a file per entry (1.4 million files at 100,000 entries × 30 locales) is judged with the
 * memory of its rows, not of its files.
 */
import { readTreeEntries, type ReadContentOptions, type SkippedFile } from '../content-tree.js';
import { CoverageTable, type Coverage } from './coverage.js';

export interface CoverageRead {
  readonly coverage: Coverage;
  /** What was left out, as `readContentTree` lists it. */
  readonly skipped: readonly SkippedFile[];
}

/**
 * The coverage of every entry of the content namespace in every locale of `folder`: the same as
 * `coverageOf(await readContentTree(folder, options))`, with one entry's files held at a time.
 *
 * @example
 * const { coverage } = await readCoverage('locales', { defaultLocale: 'en' });
 * coverage.byLocale.fr?.percent.translated; // 87.5
 */
export async function readCoverage(folder: string | URL, options: ReadContentOptions = {}): Promise<CoverageRead> {
  const tree = await readTreeEntries(folder, options);
  const table = new CoverageTable(tree.defaultLocale);
  // Entries are read in another order than `readContentTree` lists ids: each row keeps that place.
  for await (const { id, versions, place, leftOut } of tree.entries()) table.add({ id, versions, place, sourceLeftOut: leftOut.includes(tree.defaultLocale) });
  const { locales, skipped } = tree.finish();
  return { coverage: table.finish(tree.namespace, locales), skipped };
}
