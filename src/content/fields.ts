/**
 * What counts as text in an entry. Text fields are translated; non-text fields (dates, numbers,
 * booleans) are shared with the source; `@`-prefixed keys are metadata and never served.
 */
import { readIsoDate } from '../format/read-iso-date.js';

/** One version of an entry as stored: field name → value. */
export type EntryData = Readonly<Record<string, unknown>>;

/** Metadata an entry version may carry under `@meta`. */
export interface EntryMeta {
  /** The locale the entry was written in. */
  readonly source?: string;
  /** When the source text last changed (ISO date). */
  readonly updated?: string;
  /** Hash of the source text this translation was made from. */
  readonly sourceHash?: string;
}

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

export function readMeta(data: EntryData): EntryMeta {
  const meta = data[META_KEY];
  if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) return {};
  const m = meta as Record<string, unknown>;
  const out: { source?: string; updated?: string; sourceHash?: string } = {};
  if (typeof m.source === 'string') out.source = m.source;
  if (typeof m.updated === 'string') out.updated = m.updated;
  if (typeof m.sourceHash === 'string') out.sourceHash = m.sourceHash;
  return out;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
