/**
 * An entry the source language does not have: the default locale lacks it and no version says, in
 * `@meta.source`, which language it was first written in. Most often a mistyped id in a
 * translation. The library still serves it (its only version is its source), but it is nobody's to
 * translate: `check` warns about it (`unknown-entry`) and `status` lists it apart, counted as
 * missing in no locale.
 */
import type { EntryData } from './fields.js';
import { readEntryMeta } from './read-entry-meta.js';

/**
 * Whether the entry with these versions (by locale) is unknown to the source language.
 *
 * @example isUnknownEntry(new Map([['fr', { title: 'Seulement' }]]), 'en') // true
 * @example isUnknownEntry(new Map([['fr', { title: 'Seulement', '@meta': { source: 'fr' } }]]), 'en') // false
 */
export function isUnknownEntry(versions: ReadonlyMap<string, EntryData>, defaultLocale: string): boolean {
  if (versions.has(defaultLocale)) return false;
  for (const version of versions.values()) if (readEntryMeta(version).meta.source !== undefined) return false;
  return true;
}
