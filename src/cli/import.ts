/** `localized-content import`: a translated XLIFF or PO file back into the locale files. */
import { importTranslations, type ImportResult } from '../tools/exchange/import-translations.js';
import { UsageError, type CliIO, type CommonOptions } from './io.js';
import { formatSkippedFile } from './problems-format.js';
import { defaultLocaleOptions } from './default-locale-options.js';

export const usage = `localized-content import <file> [--locale es] [--dir locales] [--default-locale en] [--json]
  Writes the translations of an XLIFF 2.0 or PO file made by "export" into the locale it names
  (which must have a folder), or into --locale (a new language, or a file a tool relabelled).
  --locale must be a language the file names (the one it was exported for or its target
  language), a locale of it in the same script (es-MX for es; not zh-TW, Traditional, for zh,
  Simplified), or any language for a file that names none; another is refused, so that one
  language's text is never filed as another's. A deprecated code is read
  as its current one (iw as he), with a warning. Entries are written
  into the entry's own file or the namespace file, editing only what changes; an entry whose
  source is a file of its own gets a new file of the same kind. Imported entries are stamped.
  Refused, and listed at file:line:col: a translation whose source changed since the export, broken
  markup (placeholders, HTML tags, Markdown links, images, code, headings), a message still marked
  fuzzy or unfinished (XLIFF state "initial", "needs-…"), a target holding XML elements, two units
  for one field, an entry whose file in that locale (or the default one) does not read. Files left
  out because they do not read are named at file:line:col. A unit with no translation is skipped
  and listed. A file that is not well-formed or was cut short is refused whole, at its place, and
  nothing is written.
  Exits 1 when anything was refused.`;

function describe(result: ImportResult, file: string): string {
  const fields = [...result.imported.values()].reduce((n, f) => n + f.length, 0);
  const lines = [...result.warnings.map((w) => `${file}: warning: ${w.message} (${w.rule})`), `Imported ${fields} field${fields === 1 ? '' : 's'} of ${result.imported.size} entr${result.imported.size === 1 ? 'y' : 'ies'} into ${result.locale}${result.files.length > 0 ? `: ${result.files.join(', ')}` : ''}`];
  if (result.stamped.length > 0) lines.push(`Stamped ${result.stamped.length}: ${result.stamped.join(', ')}`);
  for (const { error } of result.skippedFiles) lines.push(formatSkippedFile(error).trimEnd());
  for (const s of result.skipped) lines.push(`${file}:${s.line}:${s.column}: warning: ${s.id}/${s.field}: no translation in the file; skipped (untranslated)`);
  for (const r of result.refused) lines.push(`${file}:${r.line}:${r.column}: error: ${r.id}${r.field === undefined ? '' : `/${r.field}`}: ${r.message} (${r.reason})`);
  if (result.skipped.length > 0) lines.push(`Skipped ${result.skipped.length} with no translation.`);
  if (result.refused.length > 0) lines.push(`Refused ${result.refused.length}; nothing of them was written.`);
  return `${lines.join('\n')}\n`;
}

export async function run(positionals: readonly string[], options: CommonOptions & { locale?: string }, io: CliIO): Promise<number> {
  const [file, ...rest] = positionals;
  if (file === undefined || rest.length > 0) throw new UsageError('import takes one file');
  const result = await importTranslations(options.dir, file, { ...defaultLocaleOptions(options, io), cwd: io.cwd, ...(options.locale === undefined ? {} : { locale: options.locale }) });
  if (options.json) io.stdout(`${JSON.stringify({ ...result, imported: Object.fromEntries(result.imported) }, null, 2)}\n`);
  else io.stdout(describe(result, file));
  return result.refused.length > 0 ? 1 : 0;
}
