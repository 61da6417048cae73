/**
 * Which version of an entry a reader is served. It reads only what was worked out before (the
 * reader's locale positions, the record's slots), so a request costs a few array reads.
 */
import type { Reader } from '../reader/reader.js';
import type { StoredRecord, StoredVersion } from './store.js';

/**
 * The version served: the first along the reader's order (skipping outdated translations when
 * `skipOutdated`); failing that, the source if a translation was skipped, else the entry's first
 * locale in site order.
 */
export function chooseVersion(record: StoredRecord, reader: Reader, skipOutdated: boolean): StoredVersion {
  const { positions } = reader;
  if (positions === undefined) return chooseAmong(record, reader, skipOutdated);
  const { slots } = record;
  let skipped = false;
  for (let i = 0; i < positions.length; i++) {
    const version = slots[positions[i]!];
    if (version === undefined) continue;
    if (!skipOutdated || version.status !== 'outdated') return version;
    skipped = true;
  }
  return record.versions.get(skipped ? record.source : record.alternates[0]!.locale)!;
}

/** The same choice for a reader not ranked yet: asked of the record's own locales (see Readers). */
function chooseAmong(record: StoredRecord, reader: Reader, skipOutdated: boolean): StoredVersion {
  const { alternates, versions } = record;
  if (alternates.length === 1) return versions.get(alternates[0]!.locale)!; // nothing to choose from
  const usable = skipOutdated ? alternates.filter((a) => a.status !== 'outdated') : alternates;
  const first = reader.firstAlong(usable.map((a) => a.locale));
  if (first !== undefined) return versions.get(first)!;
  const outdated = usable.length < alternates.length ? alternates.filter((a) => a.status === 'outdated') : [];
  const skipped = outdated.length > 0 && reader.firstAlong(outdated.map((a) => a.locale)) !== undefined;
  return versions.get(skipped ? record.source : alternates[0]!.locale)!;
}
