/**
 * `localized-content/express`: the library as Express middleware (Express 5 and 4, and any
 * Connect-style stack: only Node's `IncomingMessage`/`ServerResponse` and `next` are used).
 *
 * Per request, `req.localized` (and `res.locals.localized`) holds the reader's language and
 * `resolve`, `switcher`, `reader` bound to it. `Content-Language` and `Vary` are set on the response
 * as the handler resolves content. An unknown id or locale resolves to `null`, so the handler calls
 * `next()` and the app's 404 answers.
 *
 * @example
 * import { localizedContent } from 'localized-content/express';
 * app.use(localizedContent(library, { redirectRoot: true }));
 * app.get('/:locale/articles/:id', (req, res, next) => {
 *   const r = req.localized.resolve(req.params.id);
 *   if (r === null) return next();
 *   res.send(page(r, req.localized.switcher(r.id), req.localized.alternates(r)));
 * });
 */
import type { ContentLibrary, EntryFields, NodeHeaders } from '../core.js';
import { mergeVary } from '../middleware/merge-vary.js';
import { readOptions } from '../middleware/read-options.js';
import { localizedRequest, rootRedirect, type LocalizedContentOptions, type LocalizedRequest } from '../middleware/localized-request.js';

export type { LocalizedContentOptions, LocalizedRequest } from '../middleware/localized-request.js';

declare global {
  // Express's own types (`@types/express`) are open to augmentation through this namespace.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** Set by `localizedContent()` from `localized-content/express`. */
      localized: LocalizedRequest;
    }
    interface Locals {
      /** Set by `localizedContent()` from `localized-content/express`, for templates. */
      localized: LocalizedRequest;
    }
  }
}

/**
 * The parts of Node's `IncomingMessage` (and Express's `Request`, which extends it) that are read.
 * Structural, so that the types need neither `@types/node` nor `@types/express`.
 */
export interface NodeRequest {
  readonly url?: string | undefined;
  readonly method?: string | undefined;
  readonly headers: NodeHeaders;
}

/** The parts of Node's `ServerResponse` (and Express's `Response`) that are used. */
export interface NodeResponse {
  readonly headersSent: boolean;
  statusCode: number;
  getHeader(name: string): number | string | readonly string[] | undefined;
  setHeader(name: string, value: string): unknown;
  end(): unknown;
}

/** A Connect-style middleware: `(req, res, next)`. */
export type LocalizedContentMiddleware = (req: NodeRequest, res: NodeResponse, next: (error?: unknown) => void) => void;

type Request = NodeRequest & { localized?: unknown; path?: unknown; baseUrl?: unknown };
type Response = NodeResponse & { locals?: Record<string, unknown> };

/** The path without query, relative to where the middleware is mounted (Express's `req.path`). */
/** The query of the URL the app sees, with its `?`, or `''`. */
function searchOf(req: Request): string {
  const url = typeof req.url === 'string' ? req.url : '';
  const at = url.indexOf('?');
  return at === -1 ? '' : url.slice(at);
}

function pathOf(req: Request): string {
  return typeof req.path === 'string' ? req.path : (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
}

/**
 * Creates the middleware for `library`. Options: `url` (the entry URL pattern for switcher and
 * hreflang links), `redirectRoot`, and `requestLanguage`'s `pathSegment`, `query`, `cookie`.
 * Locale segments are read from the URL the app sees (`req.url`: inside a mounted router, after its mount path).
 */
export function localizedContent<Entry = EntryFields>(library: ContentLibrary<Entry>, given?: LocalizedContentOptions): LocalizedContentMiddleware {
  const options = readOptions('localized-content/express', library, given);
  return function localizedContentMiddleware(incoming, outgoing, next) {
    const req = incoming as Request;
    const res = outgoing as Response;
    const localized = localizedRequest(library, req, options, (headers) => {
      if (res.headersSent) return;
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, name === 'Vary' ? mergeVary(res.getHeader('Vary'), value) : value);
    });
    req.localized = localized;
    if (typeof res.locals === 'object' && res.locals !== null) res.locals['localized'] = localized;

    const redirect = (req.method === 'GET' || req.method === 'HEAD') && rootRedirect(localized, pathOf(req), options, searchOf(req));
    if (!redirect) return next();
    // Inside a mounted router, a site-relative target keeps the mount path.
    const mounted = redirect.location.startsWith('/') && !redirect.location.startsWith('//');
    const location = (mounted && typeof req.baseUrl === 'string' ? req.baseUrl : '') + redirect.location;
    res.statusCode = 302;
    for (const [name, value] of Object.entries({ ...redirect.headers, Location: location })) {
      res.setHeader(name, name === 'Vary' ? mergeVary(res.getHeader('Vary'), value) : value);
    }
    res.end();
  };
}
