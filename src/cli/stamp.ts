/** `localized-content stamp`: records which version of the source a translation was made from. */
import { stampTranslations, type StampResult } from '../tools/stamp/stamp.js';
import { UsageError, type CliIO, type CommonOptions } from './io.js';
import { defaultLocaleOptions } from './default-locale-options.js';

export const usage = `localized-content stamp <id> <locale> [--dir locales] [--default-locale en] [--namespace articles] [--json]
localized-content stamp --all <locale>
  Writes "@meta": { "sourceHash": "…" } into the translation of entry <id> in <locale>: the hash of
  the source text it now matches. Run it after translating or updating an entry; when the source
  changes later, status and check show the translation as outdated. --all stamps every complete
  translation in <locale> and skips outdated and partial ones. Only that part of the file changes.`;

function describe(result: StampResult): string {
  const lines: string[] = [];
  // Named by the file each entry was written to: an entry's own file, or the namespace file.
  for (const { file, stamped } of result.written) lines.push(`Stamped ${stamped.length} in ${file}: ${stamped.join(', ')}`);
  if (result.current.length > 0) lines.push(`Already current: ${result.current.join(', ')}`);
  for (const reason of ['outdated', 'partial', 'untranslated'] as const) {
    const ids = result.skipped.filter((s) => s.reason === reason).map((s) => s.id);
    if (ids.length === 0) continue;
    const why = reason === 'outdated' ? 'update them, then stamp each one by id' : reason === 'partial' ? 'finish them, then stamp each one by id' : 'nothing to stamp yet';
    lines.push(`Skipped ${ids.length} ${reason} (${why}): ${ids.join(', ')}`);
  }
  if (lines.length === 0) lines.push(`Nothing to stamp in ${result.file}.`);
  return `${lines.join('\n')}\n`;
}

export async function run(positionals: readonly string[], options: CommonOptions & { all: boolean }, io: CliIO): Promise<number> {
  const stampOptions = { ...defaultLocaleOptions(options, io), namespace: options.namespace, cwd: io.cwd };
  let result: StampResult;
  if (options.all) {
    if (positionals.length !== 1) throw new UsageError('stamp --all takes one locale');
    result = await stampTranslations(options.dir, positionals[0]!, 'all', stampOptions);
  } else {
    const [id, locale, ...rest] = positionals;
    if (id === undefined || locale === undefined || rest.length > 0) throw new UsageError('stamp takes an entry id and a locale (or --all and a locale)');
    result = await stampTranslations(options.dir, locale, [id], stampOptions);
  }
  io.stdout(options.json ? `${JSON.stringify(result, null, 2)}\n` : describe(result));
  return 0;
}
