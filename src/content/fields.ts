/**
 * What counts as text in an entry. Text fields are translated; non-text fields (dates, numbers,
 * booleans) are shared with the source; `@`-prefixed keys are metadata and never served.
 */
import { readIsoDate } from '../format/read-iso-date.js';

/** One version of an entry as stored: field name → value. */
export type EntryData = Readonly<Record<string, unknown>>;

/** The key of an entry version's metadata, read by {@link readEntryMeta} (read-entry-meta.ts). */
export const META_KEY = '@meta';

export function isMetaKey(name: string): boolean {
  return name.charCodeAt(0) === 64; // '@'
}

/** True for a translatable string field: a string that is not an ISO 8601 date ({@link readIsoDate}). */
export function isTextValue(value: unknown): value is string {
  return typeof value === 'string' && readIsoDate(value) === null;
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
