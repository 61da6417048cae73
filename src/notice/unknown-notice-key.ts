/**
 * Whether a key of a notice file (a built-in catalog or a site's `notice` namespace) names nothing
 * the library reads: `"unavialable"` is silently never used. One judgement for `check` (an error at
 * the key, with "did you mean") and the library (`UNKNOWN_MESSAGE`, once per change of the
 * resources). Settings and notes (`@@…`, `@key`) are judged by `check` itself.
 *
 * @example isUnknownNoticeKey('unavialable') // true
 * @example isUnknownNoticeKey('partial') // false
 */
import { NOTICE_KEYS } from './catalogs.js';

export function isUnknownNoticeKey(key: string): boolean {
  return !key.startsWith('@') && !(NOTICE_KEYS as readonly string[]).includes(key);
}
