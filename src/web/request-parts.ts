/**
 * Reads the parts of a request that carry a language — a path segment, a query parameter, a cookie,
 * `Accept-Language` — from a Web `Request`, a bare `Headers`, or Node's `IncomingMessage`.
 *
 * The request types are structural, so this module needs neither the DOM nor `node:http` and stays
 * usable in browsers and edge runtimes. Nothing here throws: a malformed URL, cookie or
 * percent-escape reads as absent.
 */
import { readList } from '../negotiation/read-list.js';

/** Web `Headers`, or anything with its `get`. */
export interface HeadersLike {
  get(name: string): string | null;
}

/** Node's `IncomingHttpHeaders`: lower-case names; a repeated header may arrive as an array. */
export type NodeHeaders = Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * A Web `Request` (`url` absolute) or Node's `IncomingMessage` (`url` is the path and query,
 * `/es/articles/x?lang=fr`).
 */
export interface RequestLike {
  readonly url?: string | undefined;
  readonly headers: HeadersLike | NodeHeaders;
}

/** What the request-reading functions accept. A bare `Headers` has no URL: no path or query. */
export type RequestInput = RequestLike | HeadersLike;

function isHeadersLike(value: unknown): value is HeadersLike {
  return typeof value === 'object' && value !== null && typeof (value as HeadersLike).get === 'function';
}

/** How many values of a repeated Node header are read (a real request repeats a header a few times). */
const MAX_REPEATED = 64;

/**
 * A header's value, or `undefined`; repeated Node headers are joined as RFC 9110 §5.3 allows. A
 * request object that throws when read (a getter, a revoked Proxy) reads as having no such header.
 */
export function headerOf(input: RequestInput, name: string): string | undefined {
  try {
    return readHeader(input, name);
  } catch {
    return undefined;
  }
}

function readHeader(input: RequestInput, name: string): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const headers = 'headers' in input ? input.headers : input;
  if (isHeadersLike(headers)) {
    const value = headers.get(name);
    return typeof value === 'string' ? value : undefined;
  }
  if (typeof headers !== 'object' || headers === null || !Object.hasOwn(headers, name)) return undefined;
  const value: unknown = (headers)[name];
  if (typeof value === 'string') return value;
  const values = readList(value, MAX_REPEATED);
  return values !== undefined && values.length > 0 && values.every((v) => typeof v === 'string') ? values.join(', ') : undefined;
}

// scheme "://" authority, to strip from an absolute URL (RFC 3986 §3).
const ORIGIN = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/;

function urlOf(input: RequestInput): string | undefined {
  try {
    if (typeof input !== 'object' || input === null || !('headers' in input)) return undefined;
    const url: unknown = input.url;
    return typeof url === 'string' ? url.replace(ORIGIN, '') : undefined;
  } catch {
    return undefined; // a request object that throws when read: no URL
  }
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** Path segment `index` (0 = the first after the leading `/`), percent-decoded. */
export function pathSegmentOf(input: RequestInput, index: number): string | undefined {
  const url = urlOf(input);
  if (url === undefined) return undefined;
  const path = url.split(/[?#]/, 1)[0] ?? '';
  const segment = path.split('/')[index + 1];
  return segment === undefined || segment === '' ? undefined : decode(segment);
}

/** The first value of query parameter `name`. */
export function queryOf(input: RequestInput, name: string): string | undefined {
  const url = urlOf(input);
  const start = url?.indexOf('?') ?? -1;
  if (url === undefined || start < 0) return undefined;
  const query = url.slice(start + 1).split('#', 1)[0] ?? '';
  return new URLSearchParams(query).get(name) ?? undefined;
}

/** The value of cookie `name` (RFC 6265 §5.4 `Cookie` header; optional quotes removed). */
export function cookieOf(input: RequestInput, name: string): string | undefined {
  const header = headerOf(input, 'cookie');
  if (header === undefined) return undefined;
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq).trim() !== name) continue;
    const value = pair.slice(eq + 1).trim();
    return decode(value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value);
  }
  return undefined;
}
