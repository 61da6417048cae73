/**
 * responseHeaders: the headers that say which language a response is in and what chose it —
 * `Content-Language` (RFC 9110 §8.5) and `Vary` (RFC 9110 §12.5.5).
 */
import { canonicalizeTag } from '../negotiation/index.js';
import type { RequestLanguage } from './request-language.js';

/**
 * `Content-Language` is the language of the content shown (`resolution.locale`: `en` on a Spanish
 * page that shows the English original); `Vary` lists the request headers that chose it, when any
 * did, so that shared caches keep one copy per reader language.
 *
 * @example
 * responseHeaders(library.resolve(id, lang.requested), lang)
 * // → { 'Content-Language': 'en' }  or, when Accept-Language decided,
 * // → { 'Content-Language': 'en', Vary: 'Cookie, Accept-Language' }
 */
export function responseHeaders(
  content: { readonly locale: string } | null,
  language?: Pick<RequestLanguage, 'vary'>,
): Record<string, string> {
  const headers: Record<string, string> = {};
  // Canonical tags are [A-Za-z0-9-] only, so the value can never break the header.
  const locale = canonicalizeTag(content?.locale);
  if (locale !== undefined) headers['Content-Language'] = locale;
  if (language !== undefined && language.vary.length > 0) headers['Vary'] = language.vary.join(', ');
  return headers;
}
