/**
 * `exportTranslations`: the fields a locale still needs, as an XLIFF 2.0 or PO file for a CAT tool
 * or an agency. Reads the locales folder and never writes it.
 */
import { canonicalizeTag } from '../../core.js';
import { ConfigError, negotiate } from '../../core.js';
import { readContentTree, type ReadContentOptions, type SkippedFile } from '../content-tree.js';
import { exportUnits, type ExchangeUnit } from './exchange-unit.js';
import { writePo } from './po-format.js';
import { writeXliff } from './xliff-format.js';

/** XLIFF 2.0, XLIFF 1.2 (for tools that read only 1.2), or gettext PO. */
export type ExchangeFormat = 'xliff' | 'xliff12' | 'po';

export interface ExportOptions extends ReadContentOptions {
  /** Default `'xliff'`. */
  readonly format?: ExchangeFormat;
  /** Every text field, translated or not; default: only the missing and the outdated. */
  readonly all?: boolean;
}

export interface ExportResult {
  readonly locale: string;
  readonly format: ExchangeFormat;
  /** The file's text. */
  readonly text: string;
  readonly units: readonly ExchangeUnit[];
  /** Distinct entries among the units. */
  readonly entries: number;
  /**
   * Files of the tree left out because they do not read (or are links into another locale's
   * folder), with their place: what they hold is missing from `text`, which is then incomplete.
   */
  readonly skipped: readonly SkippedFile[];
  /**
   * Set when the tree has no folder for `locale` yet (every field is then missing): the nearest
   * locale that has one (`fr` for `fr-FR`), or `null` when none is near. A new language is
   * started on purpose; a near miss is a mistyped tag.
   */
  readonly newLocale?: { readonly nearest: string | null };
}

/**
 * The exchange file for `locale`; an entry file that does not read is left out of it and listed in
 * `skipped`, as `readContentTree` lists it. Throws a `ConfigError` (`INVALID_LOCALE`) for a locale that is not
 * a language tag, and what reading the tree throws.
 *
 * @example
 * const { text } = await exportTranslations('locales', 'es', { format: 'po' });
 */
export async function exportTranslations(dir: string, locale: string, options: ExportOptions = {}): Promise<ExportResult> {
  const tag = canonicalizeTag(locale);
  if (tag === undefined) throw new ConfigError('INVALID_LOCALE', `export: "${locale}" is not a BCP 47 language tag`);
  const tree = await readContentTree(dir, options);
  const format = options.format ?? 'xliff';
  // Only this locale's files and the source's decide what the file lacks, not another language's.
  const skipped = tree.skipped.filter((file) => file.locale === undefined || file.locale === tag || file.locale === tree.defaultLocale);
  // An entry whose file in this locale was left out is not offered: import refuses to write over it.
  const leftOut = new Set(skipped.flatMap((file) => (file.locale === tag && file.id !== undefined ? [file.id] : [])));
  const units = exportUnits(tree, tag, options.all === true).filter((unit) => !leftOut.has(unit.id));
  const header = { sourceLocale: tree.defaultLocale, targetLocale: tag, namespace: tree.namespace };
  const text = format === 'po' ? writePo(units, header) : await writeXliff(units, header, format === 'xliff12' ? '1.2' : '2.0');
  const newLocale = tree.locales.includes(tag) ? {} : { newLocale: { nearest: negotiate([tag], tree.locales.filter((l) => l !== tree.defaultLocale)).locale } };
  return { locale: tag, format, text, units, entries: new Set(units.map((u) => u.id)).size, skipped, ...newLocale };
}
