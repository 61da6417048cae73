/**
 * The coverage matrix, entries × locales, for `status`: each cell is how that locale's version of
 * the entry stands, as `buildRecord` judges it for readers — one notion of completeness.
 */
import { buildRecord, type Version } from '../../core.js';
import { freshnessOf } from '../../core.js';
import type { EntryData } from '../../core.js';
import { isTextValue } from '../../core.js';
import { isUnknownEntry } from '../../core.js';
import { entryVersions, type ContentTree } from '../content-tree.js';

/**
 * How a locale's version of an entry stands: `translated` is complete and stamped from the current
 * source; `unverified` was never stamped, so nothing says which source it was made from; `source`
 * is the version the others translate. A cell holds every state that applies: a partial
 * translation is also `outdated` or `unverified` when it is. `unknown` marks the versions of an
 * entry the source language does not have (`check`: `unknown-entry`); the locales without one
 * have an empty cell, since nobody is to translate it.
 */
export type CoverageCell = 'source' | 'translated' | 'unverified' | 'partial' | 'outdated' | 'missing' | 'unknown';

export interface CoverageRow {
  readonly id: string;
  readonly source: string;
  /** The source's title, to show beside the id, or `null` when it has none. */
  readonly title: string | null;
  /** Each locale's states: one, or `partial` with `outdated` or `unverified`; none for an unknown entry's absent versions. */
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
  /**
   * Entries this locale has that the source language does not, and that do not say which language
   * they were first written in (`check`: `unknown-entry`): nobody's to translate, counted nowhere.
   */
  readonly unknown: string[];
  /** Entries this locale should translate: every entry not written in it, unknown entries aside. */
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

// One array per state that occurs alone: a matrix of 100,000 entries × 30 locales shares them.
const SOURCE: readonly CoverageCell[] = ['source'];
const TRANSLATED: readonly CoverageCell[] = ['translated'];
const OUTDATED: readonly CoverageCell[] = ['outdated'];
const UNVERIFIED: readonly CoverageCell[] = ['unverified'];
const MISSING: readonly CoverageCell[] = ['missing'];
const UNKNOWN: readonly CoverageCell[] = ['unknown'];
const NONE: readonly CoverageCell[] = [];

/** The states of one version, as the library judges it (`buildRecord`): its status and its freshness. */
function cellOf(version: Version | undefined, own: EntryData | undefined, source: EntryData): readonly CoverageCell[] {
  if (version === undefined || own === undefined) return MISSING;
  if (version.status === 'source') return SOURCE;
  const freshness = freshnessOf(own, source);
  if (version.status === 'partial') return freshness === 'outdated' ? ['partial', 'outdated'] : freshness === 'unverified' ? ['partial', 'unverified'] : ['partial'];
  return freshness === 'outdated' ? OUTDATED : freshness === 'unverified' ? UNVERIFIED : TRANSLATED;
}

/** One entry's row, with the states of the locales that have a version (the others are missing). */
interface RowDraft {
  readonly id: string;
  readonly source: string;
  readonly title: string | null;
  readonly cells: ReadonlyMap<string, readonly CoverageCell[]>;
  /** The entry is unknown to the source language: locales without it have nothing to do. */
  readonly unknown: boolean;
  /** Where the row goes: rows are laid out by this, numbers compared in turn. */
  readonly place: readonly number[];
}

function byPlace(a: RowDraft, b: RowDraft): number {
  for (let i = 0; i < Math.min(a.place.length, b.place.length); i++) if (a.place[i] !== b.place[i]) return a.place[i]! - b.place[i]!;
  return a.place.length - b.place.length;
}

/** An entry as {@link CoverageTable.add} takes it. */
export interface CoverageEntry {
  readonly id: string;
  /** Its versions by locale, in the tree's locale order, as `buildRecord` takes them. */
  readonly versions: ReadonlyMap<string, EntryData>;
  /** Its row's place, when entries are not added in the order their rows are listed. Default: after the rows added. */
  readonly place?: readonly number[];
  /** The default locale's file of it was left out (it does not read): then it is not unknown to the source. */
  readonly sourceLeftOut?: boolean;
}

/**
 * The coverage matrix of a tree whose default locale is `defaultLocale`, built one entry at a
 * time: an entry's versions are judged when it is added and can be let go; only its row is kept.
 * `finish` lays the rows out over the tree's locales.
 */
export class CoverageTable {
  readonly #rows: RowDraft[] = [];
  readonly #defaultLocale: string;

  constructor(defaultLocale: string) {
    this.#defaultLocale = defaultLocale;
  }

  add({ id, versions, place = [this.#rows.length], sourceLeftOut = false }: CoverageEntry): void {
    const defaultLocale = this.#defaultLocale;
    const record = buildRecord(id, versions, defaultLocale);
    const source = versions.get(record.source)!;
    // A default locale's file that does not read is not a missing entry: its id is known.
    const unknown = !sourceLeftOut && isUnknownEntry(versions, defaultLocale);
    const cells = new Map<string, readonly CoverageCell[]>();
    for (const [locale, own] of versions) cells.set(locale, unknown ? UNKNOWN : cellOf(record.versions.get(locale), own, source));
    const title = source.title;
    this.#rows.push({ id, source: record.source, title: isTextValue(title) ? title : null, cells, unknown, place });
  }

  get size(): number {
    return this.#rows.length;
  }

  /** The coverage of the rows added, in their places, over `locales`. */
  finish(namespace: string, locales: readonly string[]): Coverage {
    const defaultLocale = this.#defaultLocale;
    this.#rows.sort(byPlace);
    const lists = new Map(locales.map((l) => [l, { translated: [] as string[], unverified: [] as string[], partial: [] as string[], outdated: [] as string[], missing: [] as string[], source: [] as string[], unknown: [] as string[] }]));
    const rows: CoverageRow[] = [];
    let unknownRows = 0;
    for (const draft of this.#rows) {
      const cells: Record<string, readonly CoverageCell[]> = {};
      if (draft.unknown) unknownRows++;
      for (const locale of locales) {
        const cell = draft.cells.get(locale) ?? (draft.unknown ? NONE : MISSING);
        cells[locale] = cell;
        for (const state of cell) lists.get(locale)![state].push(draft.id);
      }
      rows.push({ id: draft.id, source: draft.source, title: draft.title, cells });
    }
    const byLocale: Record<string, LocaleCoverage> = {};
    for (const [locale, l] of lists) {
      const total = rows.length - unknownRows - l.source.length;
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
    return { defaultLocale, namespace, locales, rows, byLocale };
  }
}

/** The coverage of every entry of `tree` in every locale of `tree`. */
export function coverageOf(tree: ContentTree, onEntry?: (done: number, total: number) => void): Coverage {
  const table = new CoverageTable(tree.defaultLocale);
  for (const id of tree.ids) {
    const sourceLeftOut = tree.skipped.some((s) => s.id === id && s.locale === tree.defaultLocale);
    table.add({ id, versions: entryVersions(tree, id), sourceLeftOut });
    onEntry?.(table.size, tree.ids.length);
  }
  return table.finish(tree.namespace, tree.locales);
}
