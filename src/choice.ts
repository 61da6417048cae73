/**
 * The two decisions `resolve` makes per request: which version of an entry a reader is served, and
 * which notice goes with it. Both read only what was worked out before (the reader's locale
 * positions and facts, the record's slots), so a request costs a few array and field reads.
 */
import type { EntryRecord, StoredRecord, Version } from './content/store.js';
import type { Notice, NoticeFormatter } from './notice/format.js';
import type { LocaleFacts, Reader } from './reader.js';

/**
 * The version served: the first along the reader's order (skipping outdated translations when
 * `skipOutdated`); failing that, the source if a translation was skipped, else the entry's first
 * locale in site order.
 */
export function chooseVersion(record: StoredRecord, reader: Reader, skipOutdated: boolean): Version {
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
function chooseAmong(record: StoredRecord, reader: Reader, skipOutdated: boolean): Version {
  const { alternates, versions } = record;
  if (alternates.length === 1) return versions.get(alternates[0]!.locale)!; // nothing to choose from
  const usable = skipOutdated ? alternates.filter((a) => a.status !== 'outdated') : alternates;
  const first = reader.firstAlong(usable.map((a) => a.locale));
  if (first !== undefined) return versions.get(first)!;
  const outdated = usable.length < alternates.length ? alternates.filter((a) => a.status === 'outdated') : [];
  const skipped = outdated.length > 0 && reader.firstAlong(outdated.map((a) => a.locale)) !== undefined;
  return versions.get(skipped ? record.source : alternates[0]!.locale)!;
}

/** The outdated translation passed over for the version served (with `skipOutdated` only). */
function skippedBefore(record: EntryRecord, reader: Reader): Version | undefined {
  if (record.alternates.length === 1) return undefined; // the only version is the source
  const first = reader.firstAlong(record.alternates.map((a) => a.locale));
  const version = first === undefined ? undefined : record.versions.get(first);
  return version?.status === 'outdated' ? version : undefined;
}

/**
 * The notice for serving `version` to `reader` (`facts` are the reader's facts for its locale).
 * A notice depends on the reader and one locale (and the source's date for `outdated`), so each is
 * formatted once and kept in that locale's facts: no key is built per request.
 */
export function noticeFor(
  record: EntryRecord,
  version: Version,
  facts: LocaleFacts,
  reader: Reader,
  notices: NoticeFormatter,
  skipOutdated: boolean,
): Notice | null {
  const noticeLocale = reader.noticeLocale;
  if (noticeLocale === undefined) return null;
  if (!facts.sameScript) {
    const skipped = skipOutdated ? skippedBefore(record, reader) : undefined;
    const [requested, served] = facts.labels;
    if (skipped !== undefined && reader.sameScriptAs(skipped.locale)) {
      return (facts.sourceServed ??= notices.notice({ kind: 'outdated', noticeLocale, requested, served, servedSource: true }));
    }
    return (facts.unavailable ??= notices.notice({ kind: 'unavailable', noticeLocale, requested, served }));
  }
  if (version.status !== 'partial' && version.status !== 'outdated') return null;
  const source = reader.facts(record.source);
  const [requested, served] = source.labels;
  if (version.status === 'partial') return (source.partial ??= notices.notice({ kind: 'partial', noticeLocale, requested, served }));
  const byDate = (source.outdated ??= new Map());
  const updated = record.updated ?? '';
  let notice = byDate.get(updated);
  if (notice === undefined) {
    notice = notices.notice({ kind: 'outdated', noticeLocale, requested, served, updated: record.updated });
    byDate.set(updated, notice);
  }
  return notice;
}
