/**
 * Which notice goes with the version served: it reads the reader's facts for the locale, so each
 * notice is formatted once per (reader, locale) and kept there.
 */
import type { EntryRecord, Version } from '../content/store.js';
import type { LocaleFacts } from '../reader/locale-facts.js';
import type { Reader } from '../reader/reader.js';
import type { Notice, NoticeFormatter } from './format.js';

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
  if (noticeLocale === null) return null;
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
  const byDate = (source.outdated ??= new Map<string, Notice | null>());
  const updated = record.updated ?? '';
  let notice = byDate.get(updated);
  if (notice === undefined) {
    notice = notices.notice({ kind: 'outdated', noticeLocale, requested, served, updated: record.updated });
    byDate.set(updated, notice);
  }
  return notice;
}
