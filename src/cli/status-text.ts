/** The coverage matrix for a terminal: per-locale totals with a bar, then entries × locales. */
import type { Coverage, CoverageCell } from '../tools/coverage/coverage.js';

export const CELL_SYMBOLS: Readonly<Record<CoverageCell, string>> = { source: 'S', translated: '✓', unverified: '?', outdated: '!', partial: '~', missing: '·', unknown: '×' };

/** A cell's symbols: one per state ("~!" for a partial translation that is also outdated). */
export const symbolsOf = (cell: readonly CoverageCell[]): string => cell.map((state) => CELL_SYMBOLS[state]).join('');

/** Above this many entries the terminal gets totals only; the matrix is in --html and --json. */
const MATRIX_ROWS_MAX = 200;

function bar(coverage: Coverage, locale: string, width = 20): string {
  const l = coverage.byLocale[locale]!;
  if (l.total === 0) return ''.padEnd(width, ' ');
  const cells = (n: number): number => Math.round((n / l.total) * width);
  const done = cells(l.translated.length);
  const stale = Math.min(width - done, cells(new Set([...l.unverified, ...l.outdated, ...l.partial]).size));
  return '█'.repeat(done) + '▒'.repeat(stale) + '░'.repeat(width - done - stale);
}

/** The entries unknown to the source language, each with the locales that have it: `only-fr (fr)`. */
function unknownEntries(coverage: Coverage): string[] {
  const where = new Map<string, string[]>();
  for (const locale of coverage.locales) for (const id of coverage.byLocale[locale]!.unknown) where.set(id, [...(where.get(id) ?? []), locale]);
  return [...where].map(([id, locales]) => `${id} (${locales.join(', ')})`);
}

export function formatCoverage(coverage: Coverage): string {
  const { rows, locales } = coverage;
  const lines = [`Coverage of "${coverage.namespace}": ${rows.length} entries in ${locales.length} locales (source: ${coverage.defaultLocale} unless an entry says otherwise)`, ''];
  const width = Math.max(6, ...locales.map((l) => l.length));
  lines.push(`${'locale'.padEnd(width)}  translated  unverified  outdated  partial  missing    done`);
  for (const locale of locales) {
    const l = coverage.byLocale[locale]!;
    // A locale that only writes sources has nothing to translate: said as such, not as 0/0.
    if (l.total === 0 && l.source.length > 0) {
      lines.push(`${locale.padEnd(width)}  source of ${l.source.length} ${l.source.length === 1 ? 'entry' : 'entries'}`);
      continue;
    }
    const share = l.total === 0 ? '     -' : `${l.percent.translated.toFixed(1).padStart(5)}%`;
    lines.push(
      `${locale.padEnd(width)}  ${`${l.translated.length}/${l.total}`.padStart(10)}  ${String(l.unverified.length).padStart(10)}  ${String(l.outdated.length).padStart(8)}  ${String(l.partial.length).padStart(7)}  ${String(l.missing.length).padStart(7)}  ${share}  ${bar(coverage, locale)}`,
    );
  }
  const unknown = unknownEntries(coverage);
  if (unknown.length > 0) {
    lines.push('', `Not in the source language, so nobody's to translate and counted nowhere (check: unknown-entry): ${unknown.join(', ')}.`);
    lines.push(`Check their ids; an entry first written in another language says so with "@meta": { "source": "<tag>" }.`);
  }
  lines.push('');
  if (rows.length > MATRIX_ROWS_MAX) {
    lines.push(`The matrix has ${rows.length} rows: see it with --html <file> or --json.`);
    return `${lines.join('\n')}\n`;
  }
  const idWidth = Math.min(48, Math.max(5, ...rows.map((r) => r.id.length)));
  const legend = (Object.entries(CELL_SYMBOLS) as [CoverageCell, string][]).map(([cell, symbol]) => `${symbol} ${cell}`).join('  ');
  lines.push(`${'entry'.padEnd(idWidth)}  ${locales.map((l) => l.padEnd(width)).join(' ')}`.trimEnd());
  for (const row of rows) {
    const id = row.id.length > idWidth ? `${row.id.slice(0, idWidth - 1)}…` : row.id.padEnd(idWidth);
    lines.push(`${id}  ${locales.map((l) => symbolsOf(row.cells[l]!).padEnd(width)).join(' ').trimEnd()}`);
  }
  lines.push('', legend);
  return `${lines.join('\n')}\n`;
}
