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

/** The outdated translation passed over for the version served (with `skipOutdated` only). */
function skippedBefore(record: EntryRecord, reader: Reader): Version | undefined {
  for (const locale of reader.order) {
    const version = record.versions.get(locale);
    if (version !== undefined) return version.status === 'outdated' ? version : undefined;
  }
  return undefined;
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
