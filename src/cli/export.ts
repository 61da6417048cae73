/** `localized-content export`: what a locale still needs, as an XLIFF 2.0 or PO file for a CAT tool. */
import { extname, resolve as resolvePath } from 'node:path';
import { writeFileAtomic } from '../node/atomic-write.js';
import { exportTranslations, type ExchangeFormat } from '../tools/exchange/export-translations.js';
import { UsageError, type CliIO, type CommonOptions } from './io.js';
import { formatSkippedFile } from './problems-format.js';
import { defaultLocaleOptions } from './default-locale-options.js';

export const usage = `localized-content export <locale> [--format xliff|xliff12|po] [--out file] [--all] [--allow-incomplete] [--dir locales] [--default-locale en] [--namespace articles]
  Writes every text field that <locale> lacks or whose source changed since it was translated (with
  --all: every text field), with its source text, notes for the translator and the hash of the
  source, as XLIFF 2.0 (default), XLIFF 1.2 (xliff12, for tools that read only 1.2, such as
  Translate Toolkit) or gettext PO. Outdated translations go along as the text to update
  (marked fuzzy in PO). Without --out the file goes to stdout. Bring it back with "import".
  An entry file that does not read (or links into another locale's folder) is left out, named at
  file:line:col on stderr, and the export exits with 1 because its file is incomplete; with
  --allow-incomplete it exits with 0 all the same.`;

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

export async function run(positionals: readonly string[], options: CommonOptions & { all: boolean; format?: string; out?: string; allowIncomplete?: boolean }, io: CliIO): Promise<number> {
  const [locale, ...rest] = positionals;
  if (locale === undefined || rest.length > 0) throw new UsageError('export takes one locale');
  const format = formatOf(options.format, options.out);
  const result = await exportTranslations(options.dir, locale, { ...defaultLocaleOptions(options, io), namespace: options.namespace, cwd: io.cwd, format, all: options.all });
  const summary = `${result.units.length} field${result.units.length === 1 ? '' : 's'} of ${result.entries} entr${result.entries === 1 ? 'y' : 'ies'} for ${result.locale}`;
  for (const { error } of result.skipped) io.stderr(formatSkippedFile(error));
  if (result.newLocale !== undefined) {
    const nearest = result.newLocale.nearest;
    io.stderr(`${result.locale} has no folder in ${options.dir} yet, so every field is exported as missing${nearest === null ? '' : `; the nearest language that has one is ${nearest} (export ${nearest} if you meant it)`}. Import the translation with --locale ${result.locale}.\n`);
  }
  if (options.out === undefined) {
    io.stdout(result.text);
    io.stderr(`Exported ${summary}.\n`);
  } else {
    await writeFileAtomic(resolvePath(io.cwd, options.out), result.text, { shownAs: options.out });
    io.stdout(`Exported ${summary} to ${options.out} (${format === 'po' ? 'PO' : format === 'xliff12' ? 'XLIFF 1.2' : 'XLIFF 2.0'}).\n`);
  }
  if (result.skipped.length === 0) return 0;
  const count = `${result.skipped.length} file${result.skipped.length === 1 ? '' : 's'}`;
  io.stderr(`The export is incomplete: ${count} left out (above) ${result.skipped.length === 1 ? 'is' : 'are'} not in it; fix ${result.skipped.length === 1 ? 'it' : 'them'} ("localized-content check" shows how) and export again${options.allowIncomplete === true ? '' : ', or pass --allow-incomplete to accept it'}.\n`);
  return options.allowIncomplete === true ? 0 : 1;
}
