/** `localized-content export`: what a locale still needs, as an XLIFF 2.0 or PO file for a CAT tool. */
import { extname, resolve as resolvePath } from 'node:path';
import { writeFileAtomic } from '../node/atomic-write.js';
import { exportTranslations, type ExchangeFormat } from '../tools/exchange/export-translations.js';
import { UsageError, type CliIO, type CommonOptions } from './io.js';

export const usage = `localized-content export <locale> [--format xliff|xliff12|po] [--out file] [--all] [--dir locales] [--default-locale en] [--namespace articles]
  Writes every text field that <locale> lacks or whose source changed since it was translated (with
  --all: every text field), with its source text, notes for the translator and the hash of the
  source, as XLIFF 2.0 (default), XLIFF 1.2 (xliff12, for tools that read only 1.2, such as
  Translate Toolkit) or gettext PO. Outdated translations go along as the text to update
  (marked fuzzy in PO). Without --out the file goes to stdout. Bring it back with "import".`;

const FORMATS: readonly ExchangeFormat[] = ['xliff', 'xliff12', 'po'];

/** The format asked for, else the one the output file's extension names, else XLIFF. */
function formatOf(format: string | undefined, out: string | undefined): ExchangeFormat {
  if (format !== undefined) {
    if (!FORMATS.includes(format as ExchangeFormat)) throw new UsageError(`--format must be xliff, xliff12 or po, not "${format}"`);
    return format as ExchangeFormat;
  }
  const extension = out === undefined ? '' : extname(out).toLowerCase();
  return extension === '.po' || extension === '.pot' ? 'po' : 'xliff';
}

export async function run(positionals: readonly string[], options: CommonOptions & { all: boolean; format?: string; out?: string }, io: CliIO): Promise<number> {
  const [locale, ...rest] = positionals;
  if (locale === undefined || rest.length > 0) throw new UsageError('export takes one locale');
  const format = formatOf(options.format, options.out);
  const result = await exportTranslations(options.dir, locale, { defaultLocale: options.defaultLocale, namespace: options.namespace, cwd: io.cwd, format, all: options.all });
  const summary = `${result.units.length} field${result.units.length === 1 ? '' : 's'} of ${result.entries} entr${result.entries === 1 ? 'y' : 'ies'} for ${result.locale}`;
  if (options.out === undefined) {
    io.stdout(result.text);
    io.stderr(`Exported ${summary}.\n`);
  } else {
    await writeFileAtomic(resolvePath(io.cwd, options.out), result.text, { shownAs: options.out });
    io.stdout(`Exported ${summary} to ${options.out} (${format === 'po' ? 'PO' : format === 'xliff12' ? 'XLIFF 1.2' : 'XLIFF 2.0'}).\n`);
  }
  return 0;
}
