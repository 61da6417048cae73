/**
 * `localized-content/hono`: the library as Hono middleware. It reads only the Web `Request`
 * (`c.req.raw`) and sets headers on the Web `Response`, so it runs wherever Hono runs: Node, Bun,
 * Deno, edge runtimes. Hono itself is needed only for its types.
 *
 * Per request, `c.get('localized')` holds the reader's language and `resolve`, `switcher`, `reader`
 * bound to it; `Content-Language` and `Vary` are added to the response the handler returns when it
 * consulted them. An unknown id or locale resolves to `null`: return `c.notFound()`.
 *
 * @example
 * import { localizedContent, type LocalizedEnv } from 'localized-content/hono';
 * const app = new Hono<LocalizedEnv>();
 * app.use(localizedContent(library, { redirectRoot: true }));
 * app.get('/:locale/articles/:id', (c) => {
 *   const r = c.get('localized').resolve(c.req.param('id'));
 *   return r === null ? c.notFound() : c.html(page(r));
 * });
 */
import type { MiddlewareHandler } from 'hono';
import type { ContentLibrary, EntryFields } from '../core.js';
import { localizedRequest, rootRedirect, type LocalizedContentOptions, type LocalizedRequest } from '../middleware/localized-request.js';
import { mergeVary } from '../middleware/merge-vary.js';
import { readOptions } from '../middleware/read-options.js';

export type { LocalizedContentOptions, LocalizedRequest } from '../middleware/localized-request.js';

/** The Hono environment the middleware provides: `c.get('localized')`. */
export interface LocalizedEnv<Entry = EntryFields> {
  Variables: { localized: LocalizedRequest<Entry> };
}

/** The query of the request's URL, with its `?`, or `''` (a URL that does not parse has none). */
function searchOf(request: Request): string {
  try {
    return new URL(request.url).search;
  } catch {
    return '';
  }
}

/** Creates the middleware for `library` (options as for `localized-content/express`). */
export function localizedContent<Entry = EntryFields>(
  library: ContentLibrary<Entry>,
  given?: LocalizedContentOptions,
): MiddlewareHandler<LocalizedEnv<Entry>> {
  const options = readOptions('localized-content/hono', library, given);
  return async function localizedContentMiddleware(c, next) {
    const localized = localizedRequest(library, c.req.raw, options);
    c.set('localized', localized);

    const redirect = (c.req.method === 'GET' || c.req.method === 'HEAD') && rootRedirect(localized, c.req.path, options, searchOf(c.req.raw));
    if (redirect) return new Response(null, { status: 302, headers: redirect.headers });

    await next();
    const headers = Object.entries(localized.headers());
    if (headers.length === 0) return;
    const apply = (target: Headers): void => {
      for (const [name, value] of headers) target.set(name, name === 'Vary' ? mergeVary(target.get('Vary'), value) : value);
    };
    try {
      apply(c.res.headers);
    } catch {
      // A response from fetch() has immutable headers: serve a copy. Clearing c.res first keeps
      // Hono from copying the old headers back over the new ones.
      const copy = new Response(c.res.body, c.res);
      apply(copy.headers);
      c.res = undefined;
      c.res = copy;
    }
  };
}
