/**
 * requestLanguage: the reader's language for one request, in the order a site should trust it —
 * the URL's locale segment, then an explicit choice (query parameter, then cookie), then
 * `Accept-Language` (RFC 9110 §12.5.4).
 *
 * A locale read from the URL, the query or a cookie is canonicalized and must be one of the site's
 * languages before it is returned, so a caller never puts request text into a path, a header or
 * HTML. The header is only ever turned into canonical tags.
 */
import { canonicalizeTag, negotiate, readPreferences } from '../negotiation/index.js';
import { ConfigError } from '../errors.js';
import { cookieOf, headerOf, pathSegmentOf, queryOf, type RequestInput } from './request-parts.js';

export interface RequestLanguageOptions {
  /**
   * The site's languages: only these are accepted from the URL, query or cookie. The list
   * (`library.locales()`) or the function that gives it (`library.locales`).
   */
  readonly locales: readonly string[] | (() => readonly string[]);
  /** Which path segment names the locale: 0 for `/es/…` (default); `false` when URLs carry none. */
  readonly pathSegment?: number | false;
  /** The query parameter of an explicit choice. Default `'lang'`; `false` to ignore the query. */
  readonly query?: string | false;
  /** The cookie of an explicit choice. Default `'lang'`; `false` to ignore cookies. */
  readonly cookie?: string | false;
}

/** What decided the reader's language; `'default'` when nothing did (no usable header either). */
export type LanguageSource = 'path' | 'query' | 'cookie' | 'header' | 'default';

export interface RequestLanguage {
  /**
   * What to pass to `resolve`, `reader` and `switcher`: `[siteLocale]` when the URL or a choice
   * decided, else the header's tags that matching weighs (the first 10 by q-value), best first
   * (possibly none).
   */
  readonly requested: readonly string[];
  readonly source: LanguageSource;
  /** The site locale named by the URL's locale segment, if it names one; else `null` (a 404, usually). */
  readonly pathLocale: string | null;
  /**
   * The request headers the choice depended on, for the response's `Vary`: none when the URL
   * decided, `Cookie` when the cookie did, `Accept-Language` (and `Cookie`, which was read and
   * absent) when the header did.
   */
  readonly vary: readonly string[];
}

/** The site's languages from `options.locales`, a list or the function `library.locales`. */
function siteLocales(options: RequestLanguageOptions): readonly string[] {
  const given = (options as { readonly locales?: unknown } | undefined)?.locales;
  const locales = typeof given === 'function' ? (given as () => unknown)() : given;
  if (!Array.isArray(locales)) {
    throw new ConfigError('INVALID_OPTION', 'requestLanguage: options.locales must be the site\'s languages: { locales: library.locales } or { locales: library.locales() }');
  }
  return locales as readonly string[];
}

/** `value` as a site locale: the same tag (any case or `_`), else for a choice, the same language. */
function siteLocale(value: string | undefined, locales: readonly string[], sameTagOnly: boolean): string | undefined {
  const tag = canonicalizeTag(value);
  if (tag === undefined) return undefined;
  const same = locales.find((locale) => canonicalizeTag(locale) === tag);
  if (same !== undefined || sameTagOnly) return same;
  const { locale, match } = negotiate([tag], locales);
  return locale !== null && match !== 'fallback' ? locale : undefined;
}

/**
 * The reader's language for a Web `Request`, a `Headers` or Node's `IncomingMessage`. Never throws.
 *
 * A URL segment must name a site locale exactly (`/es/`, `/ES/`), since it names a route; a query
 * or cookie choice may name a variant (`es-MX` chooses `es`). Invalid values are ignored and the
 * next source is read.
 *
 * The options are the site's code, not the request: a missing or malformed `locales` throws a
 * `ConfigError` naming the fix on the first request.
 *
 * @example
 * const lang = requestLanguage(request, { locales: library.locales });
 * const r = library.resolve(id, lang); // or lang.requested
 * // GET /es/articles/x              → { requested: ['es'], source: 'path', vary: [] }
 * // GET /x, Accept-Language: fr, en → { requested: ['fr', 'en'], source: 'header', vary: ['Cookie', 'Accept-Language'] }
 */
export function requestLanguage(input: RequestInput, options: RequestLanguageOptions): RequestLanguage {
  const locales = siteLocales(options);
  const segment = options.pathSegment ?? 0;
  const queryName = options.query ?? 'lang';
  const cookieName = options.cookie ?? 'lang';

  const pathLocale = (segment === false ? undefined : siteLocale(pathSegmentOf(input, segment), locales, true)) ?? null;
  if (pathLocale !== null) return { requested: [pathLocale], source: 'path', pathLocale, vary: [] };

  const chosen = queryName === false ? undefined : siteLocale(queryOf(input, queryName), locales, false);
  if (chosen !== undefined) return { requested: [chosen], source: 'query', pathLocale, vary: [] };

  const kept = cookieName === false ? undefined : siteLocale(cookieOf(input, cookieName), locales, false);
  if (kept !== undefined) return { requested: [kept], source: 'cookie', pathLocale, vary: ['Cookie'] };

  // A cache must not serve this response to a reader with another header, or with the cookie set.
  const vary = cookieName === false ? ['Accept-Language'] : ['Cookie', 'Accept-Language'];
  // Read as the library reads it (readPreferences: the tags best fit weighs, recent headers cached).
  const header = headerOf(input, 'accept-language');
  const requested = typeof header === 'string' ? readPreferences(header) : [];
  return { requested, source: requested.length > 0 ? 'header' : 'default', pathLocale, vary };
}
