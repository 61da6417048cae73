/**
 * One small site, written once per framework the same way: `/` redirects to the reader's language,
 * `/<locale>/` is an index built from `reader()`, `/<locale>/articles/<id>` an article, and anything
 * else the app's own 404 page. The cases below are what a reader of each framework's site gets.
 */
import { fileURLToPath } from 'node:url';
import { createContentLibrary, type Resolution } from '../../src/index.node.js';
import { loadResources } from '../../src/node/index.js';
import type { LocalizedContentOptions, LocalizedRequest } from '../../src/middleware/localized-request.js';

const CONTENT = fileURLToPath(new URL('../../examples/content/locales/', import.meta.url));

export async function exampleLibrary() {
  return createContentLibrary({ defaultLocale: 'en', resources: await loadResources(CONTENT) });
}

export const options: LocalizedContentOptions = { redirectRoot: true, origin: 'https://news.example/' };

/** The 404 page the app itself writes: the middleware must let requests reach it. */
export const APP_NOT_FOUND = 'the app’s own 404 page';

const esc = (text: unknown) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The article page: the site's chrome in the reader's language, the body in the content's. */
export function articlePage(localized: LocalizedRequest, r: Resolution): string {
  const { uiLocale, dir } = localized.reader();
  const switcher = (localized.switcher(r.id) ?? []).map((item) => `<a href="${esc(item.href)}"${item.current ? ' aria-current="page"' : ''}>${esc(item.label)}</a>`);
  return `<!doctype html><html lang="${esc(uiLocale)}" dir="${dir}"><head>${localized.alternates(r).html}</head><body>
<nav>${switcher.join(' ')}</nav>
${r.notice?.html ?? ''}
<div class="content" lang="${esc(r.locale)}" dir="${r.dir}"><h1>${esc(r.entry['title'])}</h1>${String(r.entry['body'])}</div>
</body></html>`;
}

export function indexPage(localized: LocalizedRequest): string {
  return `<!doctype html><html lang="${esc(localized.reader().uiLocale)}"><body>index</body></html>`;
}

export interface SiteCase {
  readonly method?: 'GET' | 'HEAD';
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly status: number;
  readonly contentLanguage?: string | null;
  readonly vary?: string | null;
  readonly location?: string | null;
  /** Text the body must contain. */
  readonly body?: readonly (string | RegExp)[];
}

const SPANISH_NOTICE = /<p class="lc-notice lc-notice--unavailable" role="note" lang="es" dir="ltr">Esta página no está disponible en <bdi>español<\/bdi>/;
const ENGLISH_BODY = /<div class="content" lang="en" dir="ltr"><h1>[^<]+<\/h1>/;
const LONG_GARBAGE = Array.from({ length: 400 }, (_, i) => `x${i}-${'q'.repeat(9)};q=0.${i % 10}`).join(',');

// [name, case]
export const siteCases: [string, SiteCase][] = [
  ['a Spanish reader of the English-only article: Spanish notice, English body', {
    path: '/es/articles/wco-uncac-2021',
    headers: { 'accept-language': 'es-ES,es;q=0.9' },
    status: 200, contentLanguage: 'en', vary: null,
    body: [SPANISH_NOTICE, ENGLISH_BODY, '<html lang="es" dir="ltr">', 'hreflang="en" href="https://news.example/en/articles/wco-uncac-2021"', '<a href="/es/articles/wco-uncac-2021" aria-current="page">Español</a>'],
  }],
  ['the URL decides over the header, and an article URL is never redirected', {
    path: '/es/articles/wco-uncac-2021', headers: { 'accept-language': 'fr', cookie: 'lang=ru' },
    status: 200, contentLanguage: 'en', vary: null, location: null, body: [SPANISH_NOTICE],
  }],
  ['an article in the reader\'s language has no notice', {
    path: '/fr/articles/single-window-guide', status: 200, contentLanguage: 'fr', vary: null,
    body: ['<html lang="fr"', '<div class="content" lang="fr"'],
  }],
  ['/ redirects to the Accept-Language choice, varying on it', {
    path: '/', headers: { 'accept-language': 'es-MX, en;q=0.5' }, status: 302, location: '/es/', vary: 'Cookie, Accept-Language',
  }],
  ['HEAD / redirects too', { method: 'HEAD', path: '/', headers: { 'accept-language': 'zh-CN' }, status: 302, location: '/zh/', vary: 'Cookie, Accept-Language' }],
  ['/ redirects to the cookie\'s choice over the header', {
    path: '/', headers: { cookie: 'theme=dark; lang=fr', 'accept-language': 'es' }, status: 302, location: '/fr/', vary: 'Cookie',
  }],
  ['/?lang=ar redirects to the query\'s choice', { path: '/?lang=ar', headers: { 'accept-language': 'es' }, status: 302, location: '/ar/', vary: null }],
  ['/ with no preference goes to the default language', { path: '/', status: 302, location: '/en/', vary: 'Cookie, Accept-Language' }],
  ['an index page uses the URL\'s language and names no content language', {
    path: '/ar/', headers: { 'accept-language': 'es' }, status: 200, contentLanguage: null, vary: null, body: ['<html lang="ar">'],
  }],
  ['an unknown id reaches the app\'s 404', { path: '/es/articles/no-such-article', status: 404, contentLanguage: null, body: [APP_NOT_FOUND] }],
  ['an unknown locale reaches the app\'s 404', { path: '/de/articles/wco-uncac-2021', headers: { 'accept-language': 'de' }, status: 404, contentLanguage: null, location: null, body: [APP_NOT_FOUND] }],
  ['a locale-less article URL is not redirected: 404', { path: '/articles/wco-uncac-2021', headers: { 'accept-language': 'es' }, status: 404, location: null, body: [APP_NOT_FOUND] }],
  // Hostile input.
  ['/ with a long garbage Accept-Language goes to the default', { path: '/', headers: { 'accept-language': LONG_GARBAGE }, status: 302, location: '/en/' }],
  ['/ with *, en_US, empty entries and a bad q-value', { path: '/', headers: { 'accept-language': '*, en_US, ;;, ,es;q=abc, zz-ZZZZZZZZZZZZ' }, status: 302, location: '/en/' }],
  ['/ with a broken percent-escape in the cookie falls through to the header', {
    path: '/', headers: { cookie: 'lang=%E0%A4%A', 'accept-language': 'ru' }, status: 302, location: '/ru/', vary: 'Cookie, Accept-Language',
  }],
  ['/ with a path in the cookie ignores it', { path: '/', headers: { cookie: 'lang=../../etc/passwd' }, status: 302, location: '/en/' }],
  ['/ with markup in the query and the cookie ignores both', {
    path: '/?lang=%3Cscript%3E', headers: { cookie: 'lang="<img src=x>"', 'accept-language': 'ar' }, status: 302, location: '/ar/',
  }],
  ['a path-traversal id is unknown', { path: '/es/articles/..%2F..%2Fpackage.json', status: 404, body: [APP_NOT_FOUND] }],
  ['an inherited property name is no id', { path: '/es/articles/__proto__', status: 404, body: [APP_NOT_FOUND] }],
  ['constructor is no id either', { path: '/es/articles/constructor', status: 404, body: [APP_NOT_FOUND] }],
  ['a traversal in the locale segment is no locale', { path: '/..%2Fes/articles/wco-uncac-2021', status: 404, body: [APP_NOT_FOUND] }],
];

/** The response, reduced to what the cases state. */
export interface Observed {
  status: number;
  contentLanguage: string | null;
  vary: string | null;
  location: string | null;
  body: string;
}

export async function observe(response: Response): Promise<Observed> {
  return {
    status: response.status,
    contentLanguage: response.headers.get('content-language'),
    vary: response.headers.get('vary'),
    location: response.headers.get('location'),
    body: await response.text(),
  };
}

/** The parts of `observed` that `expected` states, for one `toEqual`. */
export function stated(expected: SiteCase, observed: Observed): { actual: object; wanted: object } {
  const actual: Record<string, unknown> = { status: observed.status };
  const wanted: Record<string, unknown> = { status: expected.status };
  for (const key of ['contentLanguage', 'vary', 'location'] as const) {
    if (expected[key] !== undefined) {
      actual[key] = observed[key];
      wanted[key] = expected[key];
    }
  }
  for (const text of expected.body ?? []) {
    actual[String(text)] = typeof text === 'string' ? observed.body.includes(text) : text.test(observed.body);
    wanted[String(text)] = true;
  }
  return { actual, wanted };
}
