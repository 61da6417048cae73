/**
 * localizedRequest: one request's view of a content library — the reader's language read once from
 * the request (`requestLanguage`), and `resolve`, `switcher` and `reader` bound to it. The Express
 * and Hono entries create one per request; anything that speaks Web `Request` or Node's
 * `IncomingMessage` can too.
 *
 * It also keeps the response's language metadata as the page is built: every call that consults
 * the reader's language adds the request headers that chose it to `Vary` (RFC 9110 §12.5.5), and
 * every resolution served adds its locale to `Content-Language` (RFC 9110 §8.5). A response that
 * never asks (a stylesheet behind the same middleware) gets neither.
 *
 * The core is imported through the package's public entry only, so a built framework entry shares
 * the core with `localized-content` instead of carrying a second copy.
 */
import {
  alternateLinks,
  localeUrl,
  requestLanguage,
  responseHeaders,
  switcherLinks,
  type AlternateLinks,
  type AlternateLinksOptions,
  type ContentLibrary,
  type EntryFields,
  type LocaleUrl,
  type ReaderInfo,
  type RequestInput,
  type RequestLanguage,
  type RequestLanguageOptions,
  type Resolution,
  type SwitcherLink,
} from '../core.js';

export interface LocalizedContentOptions extends Partial<RequestLanguageOptions> {
  /**
   * The URL of an entry in a locale, for switcher links and hreflang links: a `{locale}`/`{id}`
   * pattern or a function. Default `'/{locale}/articles/{id}'`.
   */
  readonly url?: LocaleUrl;
  /**
   * The site's origin (`'https://example.org'`), put before site-relative URLs in hreflang and
   * canonical links, which search engines want absolute. Switcher links stay relative.
   */
  readonly origin?: string;
  /**
   * Redirect a request for the site's root (`/`) to the reader's language (`/es/`), with `Vary`
   * and `Cache-Control: private`. `true` for `'/{locale}/'`, or a pattern or function of the
   * locale. No other URL is ever redirected: an article URL names its language. Default `false`.
   */
  readonly redirectRoot?: boolean | LocaleUrl;
  /** How hreflang links choose `x-default` and the canonical link (see `alternateLinks`). */
  readonly links?: Omit<AlternateLinksOptions, 'url'>;
}

/** What the middleware attaches to each request; `Entry` is the library's entry type. */
export interface LocalizedRequest<Entry = EntryFields> {
  /** The reader's language as the request states it (URL segment, `?lang`, cookie, Accept-Language). */
  readonly language: RequestLanguage;
  /**
   * The site locale named by the URL's locale segment, or `null` when the URL names none (then
   * `resolve` returns `null`, so that the app answers 404). Always `null` with `pathSegment: false`.
   */
  readonly pathLocale: string | null;
  /** Entry `id` for this reader, or `null` for an unknown id or an unknown locale in the URL. */
  resolve(id: string): Resolution<Entry> | null;
  /** The language switcher for entry `id`, each item with its `href`; `null` for an unknown id. */
  switcher(id: string): SwitcherLink[] | null;
  /** The reader's site language and direction, for pages that are not an entry. */
  reader(): ReaderInfo;
  /** The canonical and hreflang links of a resolution, for `<head>`. */
  alternates(resolution: Resolution<Entry>): AlternateLinks;
  /** The language headers this response has gathered so far (`Content-Language`, `Vary`). */
  headers(): Record<string, string>;
}

const DEFAULT_URL = '/{locale}/articles/{id}';
const DEFAULT_ROOT = '/{locale}/';

/**
 * The per-request object. `onHeaders` is told each time the gathered headers change, so that a
 * framework can set them on its response as they appear.
 *
 * @example
 * const localized = localizedRequest(library, request, { url: 'https://example.org/{locale}/articles/{id}' });
 * const r = localized.resolve('wco-uncac-2021'); // GET /es/articles/wco-uncac-2021: English content, Spanish notice
 * localized.headers();                           // { 'Content-Language': 'en' }
 */
export function localizedRequest<Entry = EntryFields>(
  library: ContentLibrary<Entry>,
  request: RequestInput,
  options: LocalizedContentOptions = {},
  onHeaders?: (headers: Record<string, string>) => void,
): LocalizedRequest<Entry> {
  const language = requestLanguage(request, { ...options, locales: options.locales ?? (() => library.locales()) });
  const url = options.url ?? DEFAULT_URL;
  // With locale URLs, a request whose URL names no site locale is not a page of the site.
  const unknownLocale = options.pathSegment !== false && language.pathLocale === null;
  const origin = options.origin?.replace(/\/+$/, '');
  const absolute = (locale: string, id: string): string => {
    const href = localeUrl(url, locale, id);
    return origin !== undefined && href.startsWith('/') && !href.startsWith('//') ? origin + href : href;
  };
  const served = new Set<string>();
  let asked = false;

  const headers = (): Record<string, string> => {
    const result: Record<string, string> = {};
    if (served.size > 0) result['Content-Language'] = [...served].join(', ');
    if (asked && language.vary.length > 0) result['Vary'] = language.vary.join(', ');
    return result;
  };
  const note = (resolution?: Resolution<Entry> | null): void => {
    const before = served.size;
    const wasAsked = asked;
    asked = true;
    // responseHeaders names every language the resolution serves, canonical: no request text.
    const languages = resolution ? responseHeaders(resolution)['Content-Language'] : undefined;
    for (const tag of languages?.split(',') ?? []) served.add(tag.trim());
    if (onHeaders !== undefined && (served.size !== before || !wasAsked)) onHeaders(headers());
  };

  return {
    language,
    pathLocale: language.pathLocale,
    resolve(id) {
      const resolution = unknownLocale ? null : library.resolve(id, language);
      note(resolution);
      return resolution;
    },
    switcher(id) {
      note();
      if (unknownLocale || typeof id !== 'string') return null;
      const items = library.switcher(id, language);
      return items === null ? null : switcherLinks(items, { url, id });
    },
    reader() {
      note();
      return library.reader(language);
    },
    alternates(resolution) {
      return alternateLinks(resolution, { ...options.links, url: absolute });
    },
    headers,
  };
}

/**
 * `url` with the request's query (`?x=1`) kept: a campaign or tracking parameter on `/` must reach
 * the page it is sent on to. The language parameter (`lang`) is left out: the target's path names
 * the language now. Parameters are kept as written; characters a header may not carry are
 * percent-encoded; a target that has a query of its own gets the request's after it.
 */
function withQuery(url: string, search: string, languageParameter: string | false): string {
  const nameOf = (pair: string): string => {
    const name = pair.split('=', 1)[0]!.replace(/\+/g, ' ');
    try {
      return decodeURIComponent(name);
    } catch {
      return name;
    }
  };
  const query = search
    .replace(/^\?/, '')
    .replace(/#.*$/s, '')
    .split('&')
    .filter((pair) => pair !== '' && nameOf(pair) !== languageParameter)
    .join('&')
    .replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c));
  if (query === '') return url;
  return `${url}${url.includes('?') ? '&' : '?'}${query}`;
}

/** Where to send a request for the site's root (its query kept), or `undefined` when it is not redirected. */
export function rootRedirect<Entry>(
  localized: LocalizedRequest<Entry>,
  path: string,
  options: LocalizedContentOptions,
  search = '',
): { readonly location: string; readonly headers: Record<string, string> } | undefined {
  if (!options.redirectRoot || path !== '/') return undefined;
  const pattern = options.redirectRoot === true ? DEFAULT_ROOT : options.redirectRoot;
  const { uiLocale } = localized.reader();
  const location = withQuery(localeUrl(pattern, uiLocale), search, options.query ?? 'lang');
  const headers: Record<string, string> = { Location: location, 'Cache-Control': 'private' };
  // The target depends on the request's cookie and Accept-Language: shared caches must key on them.
  if (localized.language.vary.length > 0) headers['Vary'] = localized.language.vary.join(', ');
  return { location, headers };
}
