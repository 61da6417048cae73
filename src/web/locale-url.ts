/**
 * Where a site serves each language of a page. URLs are the site's business, so it gives either a
 * function or a pattern; the library only fills it in.
 */

/**
 * A function `(locale, id) => url`, or a pattern in which `{locale}` and `{id}` are replaced by
 * their percent-encoded values: `'https://example.org/{locale}/articles/{id}'`. Search engines
 * want absolute URLs in hreflang and canonical links.
 */
export type LocaleUrl = string | ((locale: string, id: string) => string);

/**
 * The URL of `id` in `locale`.
 *
 * @example localeUrl('/{locale}/articles/{id}', 'es', 'a b') // '/es/articles/a%20b'
 */
export function localeUrl(url: LocaleUrl, locale: string, id = ''): string {
  if (typeof url === 'function') return url(locale, id);
  return url.replaceAll('{locale}', encodeURIComponent(locale)).replaceAll('{id}', encodeURIComponent(id));
}
