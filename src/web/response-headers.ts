/**
 * responseHeaders: the headers that say which language a response is in and what chose it —
 * `Content-Language` (RFC 9110 §8.5) and `Vary` (RFC 9110 §12.5.5).
 */
import { canonicalizeTag } from '../negotiation/index.js';
import type { RequestLanguage } from './request-language.js';

/** What `responseHeaders` reads of a resolution: the locale served and, for a partial one, each field's. */
export interface ServedContent {
  readonly locale: string;
  readonly fieldLocales?: Readonly<Record<string, string>>;
}

/**
 * `Content-Language` lists every language of the content shown, the served locale first: `en` on a
 * Spanish page that shows the English original, `fr, en` on a French page whose body is still
 * English (RFC 9110 §8.5 allows a list for content in several languages). `Vary` lists the request
 * headers that chose it, when any did, so that shared caches keep one copy per reader language.
 *
 * @example
 * responseHeaders(library.resolve(id, lang), lang)
 * // → { 'Content-Language': 'en' }  or, for a partial French version, when Accept-Language decided,
 * // → { 'Content-Language': 'fr, en', Vary: 'Cookie, Accept-Language' }
 */
export function responseHeaders(content: ServedContent | null, language?: Pick<RequestLanguage, 'vary'>): Record<string, string> {
  const headers: Record<string, string> = {};
  // Canonical tags are [A-Za-z0-9-] only, so the value can never break the header.
  const languages = new Set<string>();
  for (const tag of [content?.locale, ...Object.values(content?.fieldLocales ?? {})]) {
    const locale = canonicalizeTag(tag);
    if (locale !== undefined) languages.add(locale);
  }
  if (languages.size > 0) headers['Content-Language'] = [...languages].join(', ');
  if (language !== undefined && language.vary.length > 0) headers['Vary'] = language.vary.join(', ');
  return headers;
}
