/**
 * The coverage matrix, entries × locales, for `status`: each cell is how that locale's version of
 * the entry stands, as `buildRecord` judges it for readers — one notion of completeness.
 */
import { buildRecord } from '../../content/store.js';
import { isTextValue } from '../../content/fields.js';
import { entryVersions, type ContentTree } from '../content-tree.js';

/** `translated` is a complete, current translation; `source` the version the others translate. */
export type CoverageCell = 'source' | 'translated' | 'partial' | 'outdated' | 'missing';

export interface CoverageRow {
  readonly id: string;
  readonly source: string;
  /** The source's title, when it has one, to show beside the id. */
  readonly title: string | undefined;
  readonly cells: Readonly<Record<string, CoverageCell>>;
}

export interface LocaleCoverage {
  readonly translated: string[];
  readonly partial: string[];
  readonly outdated: string[];
  readonly missing: string[];
  /** Entries written in this locale. */
  readonly source: string[];
  /** Entries this locale should translate: every entry not written in it. */
  readonly total: number;
  /** Share of `total` in each state, in percent with one decimal. */
  readonly percent: { readonly translated: number; readonly partial: number; readonly outdated: number; readonly missing: number };
}

export interface Coverage {
  readonly defaultLocale: string;
  readonly namespace: string;
  readonly locales: readonly string[];
  readonly rows: readonly CoverageRow[];
  readonly byLocale: Readonly<Record<string, LocaleCoverage>>;
}

const percentOf = (part: number, total: number): number => (total === 0 ? 0 : Math.round((part / total) * 1000) / 10);

/** The coverage of every entry of `tree` in every locale of `tree`. */
export function coverageOf(tree: ContentTree, onEntry?: (done: number, total: number) => void): Coverage {
  const lists = new Map(tree.locales.map((l) => [l, { translated: [] as string[], partial: [] as string[], outdated: [] as string[], missing: [] as string[], source: [] as string[] }]));
  const rows: CoverageRow[] = [];
  for (const id of tree.ids) {
    const versions = entryVersions(tree, id);
    const record = buildRecord(id, versions, tree.defaultLocale);
    const cells: Record<string, CoverageCell> = {};
    for (const locale of tree.locales) {
      const status = record.versions.get(locale)?.status;
      const cell: CoverageCell = status ?? 'missing';
      cells[locale] = cell;
      lists.get(locale)![cell].push(id);
    }
    const title = versions.get(record.source)?.title;
    rows.push({ id, source: record.source, title: isTextValue(title) ? title : undefined, cells });
    onEntry?.(rows.length, tree.ids.length);
  }
  const byLocale: Record<string, LocaleCoverage> = {};
  for (const [locale, l] of lists) {
    const total = tree.ids.length - l.source.length;
    byLocale[locale] = {
      ...l,
      total,
      percent: {
        translated: percentOf(l.translated.length, total),
        partial: percentOf(l.partial.length, total),
        outdated: percentOf(l.outdated.length, total),
        missing: percentOf(l.missing.length, total),
      },
    };
  }
  return { defaultLocale: tree.defaultLocale, namespace: tree.namespace, locales: tree.locales, rows, byLocale };
}
