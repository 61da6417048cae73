/**
 * `check` on the `@meta` object of an entry version: what {@link readEntryMeta} finds wrong in it
 * (the library reads it the same way, and ignores what is reported here), and a `source` that names
 * a locale without a version of the entry.
 */
import { isFieldFormat, isPlainObject, META_KEY, readEntryMeta } from '../../core.js';
import type { EntryPlace, LocaleContent } from './check-content.js';

export function checkEntryMeta(
  place: EntryPlace,
  locale: string,
  value: Readonly<Record<string, unknown>>,
  id: string,
  files: ReadonlyMap<string, LocaleContent>,
): void {
  const property = place.fields.get(META_KEY);
  if (property === undefined) return;
  const { meta, problems } = readEntryMeta(value);
  const at = (name: string): number => place.meta.get(name)?.value ?? property.value;
  // Declared by the Node loader for Markdown bodies; read by the content store, not by readEntryMeta.
  const raw = value[META_KEY];
  const formats = isPlainObject(raw) ? raw.fieldFormats : undefined;
  if (formats !== undefined && (!isPlainObject(formats) || !Object.values(formats).every(isFieldFormat))) {
    place.problems.add(at('fieldFormats'), 'error', 'invalid-meta',
      `"fieldFormats" must name a format per field, such as { "body": "markdown" }; "markdown" is the one format known`);
  }
  for (const { key } of problems) {
    switch (key) {
      case '@meta':
        place.problems.add(property.value, 'error', 'invalid-meta', `"@meta" must be an object, such as { "sourceHash": "…" }`);
        break;
      case 'sourceHash':
      case 'fieldHashes':
        place.problems.add(at(key), 'error', 'invalid-meta',
          `"${key}" must be ${key === 'sourceHash' ? '16 hexadecimal digits' : 'an object of 8 hexadecimal digits per field'} as written by "localized-content stamp ${id} ${locale}"; do not edit it by hand`);
        break;
      case 'updated':
        place.problems.add(at(key), 'warning', 'invalid-meta', `"updated" should be an ISO date such as "2025-03-04"`);
        break;
      case 'source':
        place.problems.add(at(key), 'error', 'invalid-meta', `"source" must be a language tag such as "fr"`);
        break;
    }
  }
  if (meta.source !== undefined && !files.get(meta.source)?.entries.has(id)) {
    place.problems.add(at('source'), 'error', 'invalid-meta', `"source" names ${meta.source}, which has no version of "${id}"`);
  }
}
