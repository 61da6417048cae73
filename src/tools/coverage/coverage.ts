/**
 * The coverage matrix, entries × locales, for `status`: each cell is how that locale's version of
 * the entry stands, as `buildRecord` judges it for readers — one notion of completeness.
 */
import { buildRecord, type Version } from '../../core.js';
import { freshnessOf } from '../../core.js';
import type { EntryData } from '../../core.js';
import { isTextValue } from '../../core.js';
import { entryVersions, type ContentTree } from '../content-tree.js';

/**
 * How a locale's version of an entry stands: `translated` is complete and stamped from the current
 * source; `unverified` was never stamped, so nothing says which source it was made from; `source`
 * is the version the others translate. A cell holds every state that applies: a partial
 * translation is also `outdated` or `unverified` when it is.
 */
export type CoverageCell = 'source' | 'translated' | 'unverified' | 'partial' | 'outdated' | 'missing';

export interface CoverageRow {
  readonly id: string;
  readonly source: string;
  /** The source's title, to show beside the id, or `null` when it has none. */
  readonly title: string | null;
  /** Each locale's states: one, or `partial` with `outdated` or `unverified`. */
  readonly cells: Readonly<Record<string, readonly CoverageCell[]>>;
}

export interface LocaleCoverage {
  readonly translated: string[];
  /** Never stamped (complete or partial): stamp them once checked (`stamp --all` when adopting the tool). */
  readonly unverified: string[];
  readonly partial: string[];
  readonly outdated: string[];
  readonly missing: string[];
  /** Entries written in this locale. */
  readonly source: string[];
  /** Entries this locale should translate: every entry not written in it. */
  readonly total: number;
  /** Share of `total` in each state, in percent with one decimal. */
  readonly percent: { readonly translated: number; readonly unverified: number; readonly partial: number; readonly outdated: number; readonly missing: number };
}

export interface Coverage {
  readonly defaultLocale: string;
  readonly namespace: string;
  readonly locales: readonly string[];
  readonly rows: readonly CoverageRow[];
  readonly byLocale: Readonly<Record<string, LocaleCoverage>>;
}

const percentOf = (part: number, total: number): number => (total === 0 ? 0 : Math.round((part / total) * 1000) / 10);

/** The states of one version, as the library judges it (`buildRecord`): its status and its freshness. */
function cellOf(version: Version | undefined, own: EntryData | undefined, source: EntryData): readonly CoverageCell[] {
  if (version === undefined || own === undefined) return ['missing'];
  if (version.status === 'source') return ['source'];
  const freshness = freshnessOf(own, source);
  const stale: CoverageCell[] = freshness === 'outdated' ? ['outdated'] : freshness === 'unverified' ? ['unverified'] : [];
  if (version.status === 'partial') return ['partial', ...stale];
  return stale.length > 0 ? stale : ['translated'];
}

/** The coverage of every entry of `tree` in every locale of `tree`. */
export function coverageOf(tree: ContentTree, onEntry?: (done: number, total: number) => void): Coverage {
  const lists = new Map(tree.locales.map((l) => [l, { translated: [] as string[], unverified: [] as string[], partial: [] as string[], outdated: [] as string[], missing: [] as string[], source: [] as string[] }]));
  const rows: CoverageRow[] = [];
  for (const id of tree.ids) {
    const versions = entryVersions(tree, id);
    const record = buildRecord(id, versions, tree.defaultLocale);
    const cells: Record<string, readonly CoverageCell[]> = {};
    for (const locale of tree.locales) {
      const cell = cellOf(record.versions.get(locale), versions.get(locale), versions.get(record.source)!);
      cells[locale] = cell;
      for (const state of cell) lists.get(locale)![state].push(id);
    }
    const title = versions.get(record.source)?.title;
    rows.push({ id, source: record.source, title: isTextValue(title) ? title : null, cells });
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
        unverified: percentOf(l.unverified.length, total),
        partial: percentOf(l.partial.length, total),
        outdated: percentOf(l.outdated.length, total),
        missing: percentOf(l.missing.length, total),
      },
    };
  }
  return { defaultLocale: tree.defaultLocale, namespace: tree.namespace, locales: tree.locales, rows, byLocale };
}
