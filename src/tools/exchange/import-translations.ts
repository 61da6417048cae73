/**
 * `importTranslations`: a translated XLIFF or PO file back into the locale files. Each entry's fields
 * are written in place (or into a new file laid out like the source's), and the entry is stamped
 * with the source hash it was exported with, so it counts as current. What cannot be written as it
 * is is refused and reported, never written: a source changed since the export (the translation
 * was made from other text), broken markup, a message the tool still marks unfinished, two units
 * for one field. A unit that came back empty is skipped and listed; a file that is broken or cut
 * short is refused whole, at its line and column, before anything is written.
 */
import { resolve } from 'node:path';
import { buildRecord } from '../../core.js';
import { textFieldNames } from '../../core.js';
import { sourceHash } from '../../core.js';
import { ConfigError, FileError } from '../../core.js';
import { canonicalizeTag, languageSubtag, scriptKey } from '../../core.js';
import { readTextFile } from '../../node/read-text-file.js';
import type { WriteSystem } from '../../node/atomic-write.js';
import { entryVersions, readContentTree, type ReadContentOptions, type SkippedFile } from '../content-tree.js';
import type { ExchangeDocument, ImportedUnit } from './exchange-unit.js';
import { markupProblems } from './markup-check.js';
import { readPo } from './po-format.js';
import { writeTranslations, type EntryWrite } from './write-translations.js';
import { readXliff } from './xliff-format.js';

export type RefusalReason = 'source-changed' | 'markup' | 'unfinished' | 'unreadable' | 'unknown-entry' | 'unknown-field' | 'is-source' | 'duplicate' | 'file-left-out';

export interface Refusal {
  readonly id: string;
  readonly field: string | undefined;
  readonly reason: RefusalReason;
  readonly message: string;
  /** Where the refused unit starts in the exchange file, 1-based. */
  readonly line: number;
  readonly column: number;
}

/** A unit that came back with no translation: skipped, and listed with its place. */
export interface SkippedUnit {
  readonly id: string;
  readonly field: string;
  readonly line: number;
  readonly column: number;
}

export interface ImportResult {
  /** The locale written into. */
  readonly locale: string;
  /** The language the file was exported for, from its units' notes; `null` when the file carries no such record (a tool dropped it). */
  readonly exportedFor: string | null;
  /**
   * What a translator should know about the language written into, as the CLI prints it: a
   * `--locale` written with a deprecated code (`deprecated-code`), a file exported for one language
   * written into another (`other-language`).
   */
  readonly warnings: readonly ImportWarning[];
  /** Files written, as shown to people. */
  readonly files: readonly string[];
  /** Fields written, per entry id. */
  readonly imported: ReadonlyMap<string, readonly string[]>;
  /** Entries stamped with the source hash they were translated from. */
  readonly stamped: readonly string[];
  readonly refused: readonly Refusal[];
  /** Units that came back without a translation, skipped. */
  readonly skipped: readonly SkippedUnit[];
  /** How many were skipped. */
  readonly untranslated: number;
  /**
   * Files of the tree left out because they do not read (or link into another locale's folder),
   * with their place. Nothing is written over them: the units of their entries are refused.
   */
  readonly skippedFiles: readonly SkippedFile[];
}

/** A word about the language written into; it writes nothing differently. */
export interface ImportWarning {
  readonly rule: 'deprecated-code' | 'other-language';
  readonly message: string;
}

export interface ImportOptions extends ReadContentOptions {
  readonly system?: WriteSystem;
  /**
   * The locale to write into, whatever language the file names; needed for a locale the tree has
   * no folder for yet. Default: the file's target language, which must be one of the tree's.
   */
  readonly locale?: string;
}

/** Reads an exchange file by its content: XML is XLIFF, anything else PO. */
async function readExchange(path: string, shown: string): Promise<ExchangeDocument> {
  // Strict UTF-8, a regular file only: a file in another encoding would be read with U+FFFD in
  // place of its letters and written over good translations.
  const { text } = await readTextFile(path, shown);
  return /^\s*(?:\ufeff)?\s*</.test(text) ? readXliff(text, shown) : readPo(text, shown);
}

/** Line breaks as XML and PO tools may leave them: CRLF as LF, the last ones dropped. */
const plainLines = (text: string): string => text.replace(/\r\n?/g, '\n').replace(/\n+$/, '');

/** `text` cut for a message. */
const excerpt = (text: string): string => JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * Whether text in one canonical tag is text in the other: one language in one script once likely
 * subtags are added (`es` and `es-MX`; `iw`, once canonical, and `he`), as a reader tells them
 * apart. `zh` (Simplified) and `zh-TW` (Traditional) are not: filed as the other, the text would be
 * served as an exact match to readers of the other script, with no notice.
 */
const sameWriting = (a: string, b: string): boolean => (scriptKey(a) ?? a) === (scriptKey(b) ?? b);

/** What `chosen` is beside the tags a file names, none written as it is: another script of one of their languages, or another language. */
const otherWriting = (named: readonly string[], chosen: string): string => (named.some((tag) => languageSubtag(tag) === languageSubtag(chosen)) ? 'another script' : 'another language');

/**
 * The locale a file's translations go into, without `--locale`: its target language, unless the
 * export's own record (each unit's `exported-for` note) says otherwise. A tool that rewrote the
 * language within one language and script (`es` → `es-ES`) is overruled by the record; another
 * language (`fr` relabelled `es`), or another script (`zh` relabelled `zh-TW`), cannot be told apart from a translation really made in it, so the file is
 * refused and `--locale` asked for. A file whose notes a tool dropped has no record: its target
 * language is taken as it is.
 */
function targetOf(said: FileLanguages, file: string): string | undefined {
  const { record, named } = said;
  if (record === undefined || named === undefined || named === record) return named ?? record;
  if (sameWriting(named, record)) return record;
  throw new FileError(
    'INVALID_EXCHANGE_FILE',
    `the file was exported for ${record}, but its target language now says ${named} (a tool or a hand changed it), so which language its translations are in cannot be told; import with --locale ${record} if they are in ${record}, or --locale ${named} if they are in ${named}`,
    { file },
  );
}

/** What a file says of its language: the export's record (`exported-for` notes) and its target language. */
interface FileLanguages {
  readonly record: string | undefined;
  readonly named: string | undefined;
}

function languagesOf(doc: ExchangeDocument, file: string): FileLanguages {
  const records = [...new Set(doc.units.flatMap((unit) => canonicalizeTag(unit.exportedFor) ?? []))];
  if (records.length > 1) throw new FileError('INVALID_EXCHANGE_FILE', `the file holds units exported for ${records.join(' and ')}: import each language's file on its own`, { file });
  return { record: records[0], named: canonicalizeTag(doc.targetLocale) };
}

/** How `--locale` was written, when its canonical form is not just another spelling of it (`iw` for `he`). */
function writtenAs(given: string, chosen: string): string {
  const spelt = given.trim().replaceAll('_', '-').toLowerCase();
  return spelt === chosen.toLowerCase() ? '' : ` (written ${given.trim()}, a deprecated code for ${chosen})`;
}

/**
 * `--locale` checked against what the file says. It may choose among the languages the file names
 * (its record and its target language, which a tool may have made differ) or a locale of one of
 * them (`es` → `es-MX`), or name the language of a file that says none. A language the file names
 * nowhere is refused: `--locale he` on a file exported for `es` whose target says `es` would file
 * Spanish text as Hebrew, and nothing could tell it later. The way to import into `he` is a file
 * that says `he`: export `he`, or set the file's target language, then `--locale he`.
 */
function checkChosen(said: FileLanguages, chosen: string, given: string, file: string): void {
  const named = [...new Set([said.record, said.named].filter((tag) => tag !== undefined))];
  if (named.length === 0 || named.some((tag) => sameWriting(tag, chosen))) return;
  const as = `${chosen}${writtenAs(given, chosen)}`;
  const says = said.record === undefined ? `the file's target language is ${said.named}` : said.named === undefined || said.named === said.record ? `the file was exported for ${said.record}` : `the file was exported for ${said.record} and its target language says ${said.named}`;
  throw new FileError(
    'INVALID_EXCHANGE_FILE',
    `${says}, but --locale asks for ${as}, ${otherWriting(named, chosen)}: its translations would be written into ${chosen} as if they were ${chosen}. Export ${chosen} and translate that file; or, if this file's translations really are in ${chosen}, set its target language to ${chosen} (PO "Language", XLIFF trgLang) and import with --locale ${chosen}`,
    { file },
  );
}

/**
 * What a translator should know about the language written into: a `--locale` written with a
 * deprecated code, which goes into the folder of its current one (`iw` → `he/`), and a file
 * exported for one language written into another (allowed only where its target language says so).
 */
function languageWarnings(exportedFor: string | undefined, locale: string, given: string | undefined): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  if (given !== undefined && writtenAs(given, locale) !== '') warnings.push({ rule: 'deprecated-code', message: `--locale ${given.trim()} is ${locale} in current codes; written into ${locale}` });
  if (exportedFor !== undefined && !sameWriting(exportedFor, locale)) {
    warnings.push({ rule: 'other-language', message: `the file was exported for ${exportedFor}; its translations are written into ${locale}, as its target language and --locale say` });
  }
  return warnings;
}

/**
 * Imports `file` (XLIFF 2.0 or PO, as `export` writes them) into the locales folder `dir`. Throws a
 * `FileError` when the file cannot be read, names no target language or one the tree lacks (without
 * `options.locale`), or a write fails (files already written stay written; each is whole).
 *
 * @example
 * const { imported, refused } = await importTranslations('locales', 'es.xlf');
 */
export async function importTranslations(dir: string, file: string, options: ImportOptions = {}): Promise<ImportResult> {
  const cwd = options.cwd ?? process.cwd();
  const doc = await readExchange(resolve(cwd, file), file);
  const chosen = options.locale === undefined ? undefined : canonicalizeTag(options.locale);
  if (options.locale !== undefined && chosen === undefined) throw new ConfigError('INVALID_LOCALE', `import: "${options.locale}" is not a BCP 47 language tag`);
  const said = languagesOf(doc, file);
  if (chosen !== undefined) checkChosen(said, chosen, options.locale!.trim(), file);
  const locale = chosen ?? targetOf(said, file);
  if (locale === undefined) throw new FileError('INVALID_EXCHANGE_FILE', `the file names no target language (${doc.targetLocale === undefined ? 'none' : `"${doc.targetLocale}"`})`, { file });
  const tree = await readContentTree(dir, { ...options, ...(doc.namespace === undefined ? {} : { namespace: doc.namespace }) });
  // A tool may rewrite the file's language (es → es-ES): writing that would start a language the
  // site never had. A new language, or another than the file's, is asked for by name.
  if (chosen === undefined && !tree.locales.includes(locale)) {
    throw new FileError(
      'INVALID_EXCHANGE_FILE',
      `the file is for ${locale}, which ${dir} has no folder for (it has ${tree.locales.join(', ')}); if a tool changed the file's language, import with --locale set to the language it was exported for, or with --locale ${locale} to start ${locale}`,
      { file },
    );
  }
  const refused: Refusal[] = [];
  const refuse = (unit: ImportedUnit, reason: RefusalReason, message: string, field: string | undefined = unit.field): void => {
    refused.push({ id: unit.id, field, reason, message, line: unit.line, column: unit.column });
  };
  const skipped: SkippedUnit[] = [];
  const byEntry = new Map<string, ImportedUnit[]>();
  for (const unit of doc.units) byEntry.set(unit.id, [...(byEntry.get(unit.id) ?? []), unit]);
  const writes: EntryWrite[] = [];
  // An entry whose file in this locale, or in the default one, is left out: writing would replace
  // a translator's file that only needs mending, or judge the translation against the wrong source.
  const leftOut = (id: string): SkippedFile | undefined => tree.skipped.find((s) => s.id === id && (s.locale === locale || s.locale === tree.defaultLocale));
  for (const [id, units] of byEntry) {
    const broken = leftOut(id);
    if (broken !== undefined) {
      const at = broken.error.line === null ? broken.error.file : `${broken.error.file}:${broken.error.line}:${broken.error.column ?? 1}`;
      for (const unit of units) refuse(unit, 'file-left-out', `the entry's file ${at} is left out (${broken.error.reason}); mend it ("localized-content check" shows how), then import again`);
      continue;
    }
    const versions = entryVersions(tree, id);
    if (versions.size === 0) {
      for (const unit of units) refuse(unit, 'unknown-entry', `no entry "${id}" in ${tree.namespace}`);
      continue;
    }
    const record = buildRecord(id, versions, tree.defaultLocale);
    if (record.source === locale) {
      for (const unit of units) refuse(unit, 'is-source', `"${id}" is written in ${locale}: it is the source, not a translation`);
      continue;
    }
    const source = versions.get(record.source)!;
    const current = sourceHash(source);
    const textFields = new Set(textFieldNames(source));
    const markdownBody = tree.entryFiles.get(record.source)?.get(id)?.format === 'markdown';
    const fields = new Map<string, string>();
    let clean = true;
    /** Whether the source text a unit carries differs from the field's text today. */
    const fieldChanged = (unit: ImportedUnit): boolean => {
      const now = source[unit.field];
      return typeof now === 'string' && (unit.source === undefined || plainLines(unit.source) !== plainLines(now));
    };
    const perField = new Map<string, ImportedUnit[]>();
    for (const unit of units) perField.set(unit.field, [...(perField.get(unit.field) ?? []), unit]);
    for (const unit of units) {
      const twins = perField.get(unit.field)!;
      if (twins.length > 1) {
        // Which of two translations of one field is meant cannot be known: neither is written.
        clean = false;
        const places = twins.filter((twin) => twin !== unit).map((twin) => `${twin.line}:${twin.column}`).join(', ');
        refuse(unit, 'duplicate', `this field is in the file ${twins.length} times (also at ${places}): keep one unit for it and import again`);
        continue;
      }
      if (unit.unreadable !== undefined) {
        clean = false;
        refuse(unit, 'unreadable', unit.unreadable);
        continue;
      }
      if (unit.target === undefined || unit.target === '') {
        skipped.push({ id: unit.id, field: unit.field, line: unit.line, column: unit.column });
        continue;
      }
      // The hash says whether the entry's source changed since the export; the unit's own source
      // text, whether this field's did. A tool that dropped the notes dropped the hash, not the
      // text: such a unit is judged by its text alone.
      if (textFields.has(unit.field) && (unit.sourceHash === undefined ? fieldChanged(unit) : unit.sourceHash !== current)) {
        clean = false;
        const changed = units.filter(fieldChanged).map((other) => `"${other.field}"`);
        const what = fieldChanged(unit)
          ? `the source text of "${unit.field}" (${record.source}) changed since this file was exported (${unit.source === undefined ? 'the file carries no source text for it' : `it was ${excerpt(unit.source)} and is now ${excerpt(source[unit.field] as string)}`})`
          : `the source (${record.source}) of this entry changed since this file was exported (${changed.length > 0 ? `${changed.join(', ')} changed` : 'a field that is not in this file changed'}; this field's text did not)`;
        refuse(unit, 'source-changed', `${what}; export again and translate the new text`);
      } else if (!textFields.has(unit.field)) {
        clean = false;
        refuse(unit, 'unknown-field', `"${unit.field}" is not a text field of the source entry`);
      } else if (unit.unfinished) {
        clean = false;
        refuse(unit, 'unfinished', 'still marked unfinished (PO "fuzzy", XLIFF state "initial" or "needs-…"); confirm it in the tool, then import again');
      } else {
        const problems = markupProblems(source[unit.field] as string, unit.target, { markdown: markdownBody && unit.field === 'body', locale });
        if (problems.length > 0) {
          clean = false;
          refuse(unit, 'markup', problems.join('; '));
        } else fields.set(unit.field, unit.target);
      }
    }
    // Stamped as current when nothing was refused and the whole translation is known to match
    // today's source: every unit was exported from it (the hash), or, where a tool dropped the
    // hashes, each unit's source text matches and the rest of the translation was not outdated.
    const noHash = units.some((unit) => unit.sourceHash === undefined);
    const restCurrent = record.versions.get(locale)?.status !== 'outdated' || [...textFields].every((field) => fields.has(field));
    const stamp = clean && (!noHash || restCurrent) ? current : undefined;
    if (fields.size > 0) writes.push({ id, fields, stamp });
  }
  const files = await writeTranslations(tree, { dir, root: resolve(cwd, dir) }, locale, writes, options.system);
  return {
    locale,
    exportedFor: said.record ?? null,
    warnings: languageWarnings(said.record, locale, options.locale),
    files,
    imported: new Map(writes.map((w) => [w.id, [...w.fields.keys()]])),
    stamped: writes.filter((w) => w.stamp !== undefined).map((w) => w.id),
    refused,
    skipped,
    untranslated: skipped.length,
    skippedFiles: tree.skipped,
  };
}
