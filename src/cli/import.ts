/** `localized-content import`: a translated XLIFF or PO file back into the locale files. */
import { importTranslations, type ImportResult } from '../tools/exchange/import-translations.js';
import { UsageError, type CliIO, type CommonOptions } from './io.js';

export const usage = `localized-content import <file> [--dir locales] [--default-locale en] [--json]
  Writes the translations of an XLIFF 2.0 or PO file made by "export" into the locale it names:
  into the entry's own file or the namespace file, editing only what changes; an entry whose
  source is a file of its own gets a new file of the same kind. Imported entries are stamped.
  Refused, and listed: a translation whose source changed since the export, broken markup
  (placeholders, HTML tags, Markdown links, images, code, headings), a message still marked fuzzy.
  Exits 1 when anything was refused.`;

function describe(result: ImportResult, file: string): string {
  const fields = [...result.imported.values()].reduce((n, f) => n + f.length, 0);
  const lines = [`Imported ${fields} field${fields === 1 ? '' : 's'} of ${result.imported.size} entr${result.imported.size === 1 ? 'y' : 'ies'} into ${result.locale}${result.files.length > 0 ? `: ${result.files.join(', ')}` : ''}`];
  if (result.stamped.length > 0) lines.push(`Stamped ${result.stamped.length}: ${result.stamped.join(', ')}`);
  if (result.untranslated > 0) lines.push(`Left untranslated in the file: ${result.untranslated}`);
  for (const r of result.refused) lines.push(`${file}: error: ${r.id}${r.field === undefined ? '' : `/${r.field}`}: ${r.message} (${r.reason})`);
  if (result.refused.length > 0) lines.push(`Refused ${result.refused.length}; nothing of them was written.`);
  return `${lines.join('\n')}\n`;
}

export async function run(positionals: readonly string[], options: CommonOptions, io: CliIO): Promise<number> {
  const [file, ...rest] = positionals;
  if (file === undefined || rest.length > 0) throw new UsageError('import takes one file');
  const result = await importTranslations(options.dir, file, { defaultLocale: options.defaultLocale, cwd: io.cwd });
  if (options.json) io.stdout(`${JSON.stringify({ ...result, imported: Object.fromEntries(result.imported) }, null, 2)}\n`);
  else io.stdout(describe(result, file));
  return result.refused.length > 0 ? 1 : 0;
}
