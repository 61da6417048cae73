/**
 * The `@meta` object of an entry version: `source` (a language tag that has the entry), `updated`
 * (an ISO date) and `sourceHash` (16 hex digits, as `stamp` writes it).
 */
import { isPlainObject, isTextValue, META_KEY } from '../../core.js';
import { canonicalizeTag } from '../../core.js';
import type { EntryPlace, LocaleContent } from './check-content.js';

const HASH = /^[0-9a-f]{16}$/;
const FIELD_HASH = /^[0-9a-f]{8}$/;

export function checkEntryMeta(
  place: EntryPlace,
  locale: string,
  value: Readonly<Record<string, unknown>>,
  id: string,
  files: ReadonlyMap<string, LocaleContent>,
): void {
  const property = place.fields.get(META_KEY);
  if (property === undefined) return;
  const meta = value[META_KEY];
  const file = { problems: place.problems, locale };
  if (!isPlainObject(meta)) {
    file.problems.add(property.value, 'error', 'invalid-meta', `"@meta" must be an object, such as { "sourceHash": "…" }`);
    return;
  }
  const at = (name: string): number => place.meta.get(name)?.value ?? property.value;
  if (meta.sourceHash !== undefined && (typeof meta.sourceHash !== 'string' || !HASH.test(meta.sourceHash))) {
    file.problems.add(at('sourceHash'), 'error', 'invalid-meta',
      `"sourceHash" must be 16 hexadecimal digits as written by "localized-content stamp ${id} ${file.locale}"; do not edit it by hand`);
  }
  const fields = meta.fieldHashes;
  if (fields !== undefined && (!isPlainObject(fields) || !Object.values(fields).every((h) => typeof h === 'string' && FIELD_HASH.test(h)))) {
    place.problems.add(at('fieldHashes'), 'error', 'invalid-meta',
      `"fieldHashes" must hold 8 hexadecimal digits per field as written by "localized-content stamp ${id} ${locale}"; do not edit it by hand`);
  }
  if (meta.updated !== undefined && (typeof meta.updated !== 'string' || isTextValue(meta.updated))) {
    file.problems.add(at('updated'), 'warning', 'invalid-meta', `"updated" should be an ISO date such as "2025-03-04"`);
  }
  if (meta.source !== undefined) {
    const tag = canonicalizeTag(meta.source);
    if (typeof meta.source !== 'string' || tag === undefined) {
      file.problems.add(at('source'), 'error', 'invalid-meta', `"source" must be a language tag such as "fr"`);
    } else if (!files.get(tag)?.entries.has(id)) {
      file.problems.add(at('source'), 'error', 'invalid-meta', `"source" names ${tag}, which has no version of "${id}"`);
    }
  }
}
