/** `localized-content check`: every problem in the locale files, with its position. Never writes. */
import { checkTree } from '../tools/check/check-tree.js';
import { UsageError, type CliIO, type CommonOptions } from './io.js';
import { formatCheckResult } from './problems-format.js';
import { progress } from './progress.js';
import { defaultLocaleOptions } from './default-locale-options.js';

export const usage = `localized-content check [--dir locales] [--default-locale en] [--namespace articles] [--json]
  Reports files that cannot be read or are not UTF-8, JSON mistakes in plain words, duplicate keys,
  folder names that are not language tags, {placeholders}, HTML tags, links and numbers that differ
  from the source, unknown entries and fields, partial and outdated translations, and mistakes in
  notice.json overrides (ICU MessageFormat), as path:line:col: error|warning: message (rule).
  Exits with 1 when there is an error, 0 otherwise. The guide that explains each rule ships with
  the package: node_modules/localized-content/docs/translating.md.`;

export async function run(positionals: readonly string[], options: CommonOptions, io: CliIO): Promise<number> {
  if (positionals.length > 0) throw new UsageError('check takes no arguments');
  const bar = progress(io, 'check');
  let result;
  try {
    result = await checkTree(options.dir, {
      ...defaultLocaleOptions(options, io),
      namespace: options.namespace,
      cwd: io.cwd,
      onProgress: (p) => bar.update(p.phase === 'files' ? 'reading files' : 'checking entries', p.done, p.total),
    });
  } finally {
    bar.end();
  }
  io.stdout(options.json ? `${JSON.stringify(result, null, 2)}\n` : formatCheckResult(result));
  return result.errors > 0 ? 1 : 0;
}
