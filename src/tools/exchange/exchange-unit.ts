/**
 * What goes to a translator through a CAT tool, and what comes back: one unit per entry field, with
 * the source text, the translation so far, notes, and the hash of the source it was exported from.
 * The file formats (XLIFF 2.0, gettext PO) are views of these units.
 */
import { buildRecord } from '../../core.js';
import { isTextValue, textFieldNames } from '../../core.js';
import { sourceHash } from '../../core.js';
import { entryVersions, type ContentTree } from '../content-tree.js';

/** Why a field is exported: it has no translation, or the source changed since it was translated, or `--all`. */
export type UnitState = 'missing' | 'outdated' | 'translated';

export interface ExchangeUnit {
  readonly id: string;
  readonly field: string;
  readonly sourceLocale: string;
  readonly source: string;
  /** The translation so far, for an outdated or (with `--all`) current field; `undefined` when missing. */
  readonly target: string | undefined;
  readonly state: UnitState;
  /** Hash of the entry's source text when exported (`@meta.sourceHash` after import). */
  readonly sourceHash: string;
  /** True for a Markdown body (a `.md` entry): its structure must be kept. */
  readonly markdown: boolean;
}

/** An exchange file as read back: the target locale, the namespace, and the translated units. */
export interface ExchangeDocument {
  readonly targetLocale: string | undefined;
  readonly namespace: string | undefined;
  readonly units: readonly ImportedUnit[];
}

export interface ImportedUnit {
  readonly id: string;
  readonly field: string;
  /** The translation, or `undefined`/empty when the translator left it. */
  readonly target: string | undefined;
  readonly sourceHash: string | undefined;
  /** The source text the file carries (XLIFF `<source>`, PO `msgid`), as exported. */
  readonly source: string | undefined;
  /** The locale the unit was exported for, from its notes; `undefined` when a tool dropped them. */
  readonly exportedFor: string | undefined;
  /** True when the tool still marks it as needing review (PO `fuzzy`, XLIFF 2.0 state `initial`, 1.2 `new`/`needs-…`). */
  readonly unfinished: boolean;
  /** Where the unit (XLIFF) or message (PO) starts in the file, 1-based. */
  readonly line: number;
  readonly column: number;
  /** Why the target cannot be read as text (inline XML elements); the unit is refused. */
  readonly unreadable?: string;
}

/**
 * Notes a translator sees beside each unit, in the tool's comment pane. The last two are the
 * export's own record, read back by import: the language the unit was exported for (a tool or a
 * hand may relabel the file's target language) and the hash of the source.
 */
export function unitNotes(unit: ExchangeUnit, targetLocale: string): string[] {
  const notes = [`entry ${unit.id}, field ${unit.field}; written in ${unit.sourceLocale}`];
  if (unit.state === 'outdated') notes.push('the source changed after this translation was made: compare it with the source and update it');
  if (unit.markdown) notes.push('Markdown: keep the headings, link and image addresses, code (between backticks) and lists as in the source');
  notes.push(`exported-for: ${targetLocale}`);
  notes.push(`source-hash: ${unit.sourceHash}`);
  return notes;
}

/** Reads back the language a unit was exported for from its notes. */
export function exportedForFromNotes(notes: readonly string[]): string | undefined {
  for (const note of notes) {
    const found = /^exported-for: (\S+)$/m.exec(note);
    if (found !== null) return found[1];
  }
  return undefined;
}

/** Reads the hash back from a unit's notes. */
export function hashFromNotes(notes: readonly string[]): string | undefined {
  for (const note of notes) {
    const found = /^source-hash: ([0-9a-f]{16})$/m.exec(note);
    if (found !== null) return found[1];
  }
  return undefined;
}

/**
 * The units of `locale`: every text field of every entry not written in `locale` that is missing
 * (absent entry, or a field a partial translation lacks) or outdated; with `all`, every text field.
 */
export function exportUnits(tree: ContentTree, locale: string, all = false): ExchangeUnit[] {
  const units: ExchangeUnit[] = [];
  for (const id of tree.ids) {
    const versions = entryVersions(tree, id);
    const record = buildRecord(id, versions, tree.defaultLocale);
    if (record.source === locale) continue;
    const source = versions.get(record.source)!;
    const own = versions.get(locale) ?? {};
    const status = record.versions.get(locale)?.status;
    const hash = sourceHash(source);
    const markdownBody = tree.entryFiles.get(record.source)?.get(id)?.format === 'markdown';
    for (const field of textFieldNames(source)) {
      const value = own[field];
      const text = source[field] as string;
      if (text === '') continue;
      const translated = isTextValue(value) && value !== '';
      const state: UnitState = !translated ? 'missing' : status === 'outdated' ? 'outdated' : 'translated';
      if (state === 'translated' && !all) continue;
      units.push({ id, field, sourceLocale: record.source, source: text, target: translated ? value : undefined, state, sourceHash: hash, markdown: markdownBody && field === 'body' });
    }
  }
  return units;
}
