/** `localized-content status`: the coverage matrix, entries × locales, as text, JSON or an HTML page. */
import { resolve as resolvePath } from 'node:path';
import { writeFileAtomic } from '../node/atomic-write.js';
import type { SkippedFile } from '../tools/content-tree.js';
import type { Coverage } from '../tools/coverage/coverage.js';
import { readCoverage } from '../tools/coverage/read-coverage.js';
import { UsageError, type CliIO, type CommonOptions } from './io.js';
import { progress } from './progress.js';
import { defaultLocaleOptions } from './default-locale-options.js';
import { renderCoverageHtml } from './report-html.js';
import { formatCoverage } from './status-text.js';
import { formatSkippedFile } from './problems-format.js';

export const usage = `localized-content status [--dir locales] [--default-locale en] [--namespace articles] [--json] [--html <file>]
  Shows, for every entry and locale, whether the translation is done, unverified (never stamped:
  run "stamp --all <locale>" once when adopting the tool), outdated (its source changed since it
  was stamped), partial or missing, with totals and percentages per locale; a partial translation
  may also be outdated or unverified. --html writes a self-contained page with the coloured
  matrix, progress bars and filters.`;

/** The JSON form: per-locale lists and totals, then the matrix row by row. */
function coverageJson(coverage: Coverage): unknown {
  return {
    defaultLocale: coverage.defaultLocale,
    namespace: coverage.namespace,
    entries: coverage.rows.length,
    locales: coverage.byLocale,
    matrix: coverage.rows,
  };
}

export async function run(positionals: readonly string[], options: CommonOptions & { html?: string }, io: CliIO): Promise<number> {
  if (positionals.length > 0) throw new UsageError('status takes no arguments');
  const bar = progress(io, 'status');
  let coverage: Coverage;
  let skipped: readonly SkippedFile[];
  try {
    ({ coverage, skipped } = await readCoverage(options.dir, {
      ...defaultLocaleOptions(options, io),
      namespace: options.namespace,
      cwd: io.cwd,
      onProgress: (done, total) => bar.update('reading files', done, total),
    }));
  } finally {
    bar.end();
  }
  for (const { error } of skipped) io.stderr(formatSkippedFile(error));
  if (options.html !== undefined) {
    await writeFileAtomic(resolvePath(io.cwd, options.html), renderCoverageHtml(coverage));
  }
  if (options.json) {
    io.stdout(`${JSON.stringify(coverageJson(coverage), null, 2)}\n`);
    if (options.html !== undefined) io.stderr(`Wrote the coverage report to ${options.html}\n`);
  } else {
    io.stdout(formatCoverage(coverage) + (options.html !== undefined ? `\nWrote the coverage report to ${options.html}\n` : ''));
  }
  return 0;
}
