/**
 * The coverage report as one self-contained HTML page for editors: progress per locale, the
 * matrix in colour (with a symbol in each cell, so it reads without colour too), and filters for
 * rows with missing, unverified, outdated or partial translations. No external resources, and a CSP that
 * allows none: the page holds text from translators, all of it escaped.
 */
import type { Coverage, CoverageCell, CoverageRow } from '../tools/coverage/coverage.js';
import { directionOf } from '../core.js';
import { escapeHtml } from '../core.js';
import { autonym } from '../core.js';
import { CELL_SYMBOLS, symbolsOf } from './status-text.js';

const STATES: readonly Exclude<CoverageCell, 'source'>[] = ['translated', 'unverified', 'outdated', 'partial', 'missing'];

const STYLE = `
:root { --translated: #2e7d32; --unverified: #1565c0; --outdated: #e65100; --partial: #f9a825; --missing: #c62828; --source: #546e7a; color-scheme: light; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, sans-serif; margin: 0; padding: 1.5rem 2rem; color: #1c1c1c; background: #fafafa; }
h1 { margin: 0 0 .25rem; font-size: 1.5rem; }
.summary { margin: 0 0 1.25rem; color: #555; }
#locales { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: .75rem; margin-bottom: 1.25rem; }
.locale { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: .6rem .8rem; }
.locale h2 { font-size: 1rem; margin: 0 0 .4rem; display: flex; justify-content: space-between; }
.locale h2 .percent { font-variant-numeric: tabular-nums; }
.bar { display: flex; height: .7rem; border-radius: 4px; overflow: hidden; background: #eee; }
.bar span { display: block; height: 100%; }
.bar .translated { background: var(--translated); } .bar .outdated { background: var(--outdated); }
.bar .partial { background: var(--partial); } .bar .missing { background: #ef9a9a; } .bar .unverified { background: #90caf9; }
.counts { margin: .35rem 0 0; font-size: .85rem; color: #555; }
#filters { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; margin-bottom: .75rem; }
#filters input[type=search] { padding: .3rem .5rem; min-width: 16rem; }
table { border-collapse: collapse; background: #fff; }
th, td { border: 1px solid #e0e0e0; padding: .25rem .5rem; }
thead th { position: sticky; top: 0; background: #f0f0f0; z-index: 1; }
tbody th { text-align: left; font-weight: normal; position: sticky; left: 0; background: #fff; max-width: 28rem; }
tbody th code { display: block; font-size: .8rem; color: #444; }
tbody th .title { display: block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
td.cell { text-align: center; min-width: 3.2rem; font-weight: 600; }
.cell.translated { background: #c8e6c9; color: var(--translated); } .cell.outdated { background: #ffe0b2; color: var(--outdated); }
.cell.partial { background: #fff59d; color: #8d6e00; } .cell.missing { background: #ffcdd2; color: var(--missing); }
.cell.unverified { background: #e3f2fd; color: var(--unverified); } .cell.partial.outdated { background: linear-gradient(135deg, #fff59d 50%, #ffe0b2 50%); }
.cell.source { background: #eceff1; color: var(--source); } .cell.unknown { background: #f3e5f5; color: #6a1b9a; }
.legend { margin-top: .75rem; font-size: .85rem; } .legend span { margin-right: 1rem; padding: .1rem .4rem; border-radius: 3px; }
`;

// Filters: rows showing any checked state (all rows when none is checked), and matching the text.
const SCRIPT = `
const rows = Array.from(document.querySelectorAll('#matrix tbody tr'));
const boxes = Array.from(document.querySelectorAll('#filters input[type=checkbox]'));
const text = document.getElementById('filter-text');
const shown = document.getElementById('shown');
function apply() {
  const states = boxes.filter((b) => b.checked).map((b) => b.value);
  const needle = text.value.trim().toLowerCase();
  let count = 0;
  for (const row of rows) {
    const has = row.dataset.states.split(' ');
    const visible = (states.length === 0 || states.some((s) => has.includes(s))) && (needle === '' || row.dataset.search.includes(needle));
    row.hidden = !visible;
    if (visible) count++;
  }
  shown.textContent = count + ' of ' + rows.length + ' entries shown';
}
for (const box of boxes) box.addEventListener('change', apply);
text.addEventListener('input', apply);
document.getElementById('filters').addEventListener('submit', (event) => event.preventDefault());
apply();
`;

function localeCard(coverage: Coverage, locale: string): string {
  const l = coverage.byLocale[locale]!;
  const share = (n: number): string => (l.total === 0 ? '0' : ((n / l.total) * 100).toFixed(2));
  // Each entry once in the bar: a partial translation that is also outdated or unverified counts as partial.
  const partial = new Set(l.partial);
  const count = (s: (typeof STATES)[number]): number => (s === 'outdated' || s === 'unverified' ? l[s].filter((id) => !partial.has(id)).length : l[s].length);
  const segments = STATES.map((s) => `<span class="${s}" style="width:${share(count(s))}%"></span>`).join('');
  const label = `${locale}: ${l.translated.length} of ${l.total} translated, ${l.unverified.length} unverified, ${l.outdated.length} outdated, ${l.partial.length} partial, ${l.missing.length} missing`;
  const percent = l.total === 0 ? 'source only' : `${l.percent.translated}%`;
  return `<div class="locale" data-locale="${escapeHtml(locale)}">
<h2><span><code>${escapeHtml(locale)}</code> <span lang="${escapeHtml(locale)}" dir="${directionOf(locale)}">${escapeHtml(autonym(locale))}</span></span><span class="percent">${percent}</span></h2>
<div class="bar" role="img" aria-label="${escapeHtml(label)}">${segments}</div>
<p class="counts">${l.translated.length} of ${l.total} translated · ${l.unverified.length} unverified · ${l.outdated.length} outdated · ${l.partial.length} partial · ${l.missing.length} missing${l.unknown.length > 0 ? ` · ${l.unknown.length} unknown (not in the source language, counted nowhere)` : ''}</p>
</div>`;
}

function matrixRow(row: CoverageRow, locales: readonly string[]): string {
  const states = [...new Set(locales.flatMap((l) => row.cells[l]!))].join(' ');
  const search = `${row.id} ${row.title ?? ''}`.toLowerCase();
  const title = row.title === null ? '' : `<span class="title" lang="${escapeHtml(row.source)}" dir="${directionOf(row.source)}">${escapeHtml(row.title)}</span>`;
  const cells = locales
    .map((l) => {
      const cell = row.cells[l]!;
      return `<td class="cell ${cell.join(' ')}" data-locale="${escapeHtml(l)}" title="${escapeHtml(`${l}: ${cell.join(', ')}`)}">${symbolsOf(cell)}</td>`;
    })
    .join('');
  return `<tr data-id="${escapeHtml(row.id)}" data-states="${states}" data-search="${escapeHtml(search)}"><th scope="row"><code>${escapeHtml(row.id)}</code>${title}</th>${cells}</tr>`;
}

/** The whole report page. */
export function renderCoverageHtml(coverage: Coverage): string {
  const { locales, rows } = coverage;
  const title = `Translation coverage: ${coverage.namespace}`;
  const legend = (Object.entries(CELL_SYMBOLS) as [CoverageCell, string][])
    .map(([cell, symbol]) => `<span class="cell ${cell}">${symbol} ${cell}</span>`)
    .join('');
  const filters = (['missing', 'unverified', 'outdated', 'partial'] as const)
    .map((s) => `<label><input type="checkbox" id="filter-${s}" value="${s}"> rows with ${s} translations</label>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="summary">${rows.length} entries · ${locales.length} locales · source language ${escapeHtml(coverage.defaultLocale)} unless an entry says otherwise</p>
<section id="locales" aria-label="Progress per locale">
${locales.map((l) => localeCard(coverage, l)).join('\n')}
</section>
<form id="filters" role="search">
<strong>Show only:</strong>
${filters}
<input type="search" id="filter-text" placeholder="Filter by id or title" aria-label="Filter by id or title">
<output id="shown"></output>
</form>
<table id="matrix">
<thead><tr><th scope="col">Entry</th>${locales.map((l) => `<th scope="col" data-locale="${escapeHtml(l)}">${escapeHtml(l)}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((r) => matrixRow(r, locales)).join('\n')}
</tbody>
</table>
<p class="legend">${legend}</p>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
