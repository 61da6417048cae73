/**
 * What counts as text in an entry. Text fields are translated; non-text fields (dates, numbers,
 * booleans) are shared with the source; `@`-prefixed keys are metadata and never served.
 */
import { isoDateShape } from '../format/read-iso-date.js';

/** One version of an entry as stored: field name → value. */
export type EntryData = Readonly<Record<string, unknown>>;

/** The key of an entry version's metadata, read by {@link readEntryMeta} (read-entry-meta.ts). */
export const META_KEY = '@meta';

export function isMetaKey(name: string): boolean {
  return name.charCodeAt(0) === 64; // '@'
}

/**
 * True for a translatable string field: a string not written as an ISO 8601 date. The kind goes by
 * the value's shape ({@link isoDateShape}), not by whether the day exists: an impossible day such as
 * `2025-02-29` is a broken date (`check` reports it), not text to translate, so a typo in a date
 * never makes every translation partial nor changes the source's hash.
 */
export function isTextValue(value: unknown): value is string {
  return typeof value === 'string' && isoDateShape(value) === null;
}

/**
 * The kind of a field's value. A translated field of another kind than the source's counts as
 * missing (the source's value is served), and `check` reports it.
 */
export type FieldKind = 'text' | 'date' | 'null' | 'list' | 'object' | 'number' | 'boolean' | 'other';

export function fieldKind(value: unknown): FieldKind {
  if (isTextValue(value)) return 'text';
  if (typeof value === 'string') return 'date';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  const type = typeof value;
  return type === 'object' || type === 'number' || type === 'boolean' ? type : 'other';
}

export function textFieldNames(data: EntryData): string[] {
  const names: string[] = [];
  for (const name of Object.keys(data)) {
    if (!isMetaKey(name) && isTextValue(data[name])) names.push(name);
  }
  return names;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
