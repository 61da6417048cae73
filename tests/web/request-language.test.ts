import { describe, expect, it } from 'vitest';
import { createContentLibrary, requestLanguage, type RequestInput, type RequestLanguageOptions } from '../../src/index.js';

const locales = ['en', 'fr', 'es', 'ar', 'zh', 'zh-Hant'];
const options: RequestLanguageOptions = { locales };

/** A Web `Request` for `url` with the given headers. */
function web(url: string, headers: Record<string, string> = {}): Request {
  return new Request(new URL(url, 'http://127.0.0.1'), { headers });
}

/** A Node `IncomingMessage`-shaped object: a path-and-query `url`, lower-case header names. */
function node(url: string, headers: Record<string, string | string[]> = {}): RequestInput {
  return { url, headers };
}

type Expected = Pick<ReturnType<typeof requestLanguage>, 'requested' | 'source' | 'vary'>;

// [call, request, expected]
const cases: [string, RequestInput, Expected][] = [
  ['GET /es/articles/x', web('/es/articles/x'), { requested: ['es'], source: 'path', vary: [] }],
  ['GET /es/articles/x (Node)', node('/es/articles/x'), { requested: ['es'], source: 'path', vary: [] }],
  ['GET /ES/ reads the segment case-insensitively', node('/ES/'), { requested: ['es'], source: 'path', vary: [] }],
  ['GET /zh-hant/ gives the site spelling', node('/zh-hant/'), { requested: ['zh-Hant'], source: 'path', vary: [] }],
  ['path beats query, cookie and header', web('/fr/?lang=es', { cookie: 'lang=ar', 'accept-language': 'zh' }), { requested: ['fr'], source: 'path', vary: [] }],
  ['query beats cookie and header', web('/x?lang=es', { cookie: 'lang=ar', 'accept-language': 'zh' }), { requested: ['es'], source: 'query', vary: [] }],
  ['cookie beats header', node('/x', { cookie: 'theme=dark; lang=ar', 'accept-language': 'zh' }), { requested: ['ar'], source: 'cookie', vary: ['Cookie'] }],
  ['a quoted cookie', node('/x', { cookie: 'lang="fr"' }), { requested: ['fr'], source: 'cookie', vary: ['Cookie'] }],
  ['a query choice may be a variant (es-MX chooses es)', node('/x?lang=es-MX'), { requested: ['es'], source: 'query', vary: [] }],
  ['header decides when nothing else does', web('/x', { 'accept-language': 'fr-CH, fr;q=0.9, en;q=0.8' }), { requested: ['fr-CH', 'fr', 'en'], source: 'header', vary: ['Cookie', 'Accept-Language'] }],
  ['repeated Node header is read as one list', node('/x', { 'accept-language': ['de', 'fr;q=0.5'] }), { requested: ['de', 'fr'], source: 'header', vary: ['Cookie', 'Accept-Language'] }],
  ['nothing at all', node('/'), { requested: [], source: 'default', vary: ['Cookie', 'Accept-Language'] }],
  ['bare Headers: cookie', new Headers({ cookie: 'lang=es' }), { requested: ['es'], source: 'cookie', vary: ['Cookie'] }],
  ['bare Headers: Accept-Language', new Headers({ 'accept-language': 'ar' }), { requested: ['ar'], source: 'header', vary: ['Cookie', 'Accept-Language'] }],
  // Invalid or foreign values are ignored and the next source is read.
  ['GET /de/ (not a site locale) falls through to the header', node('/de/', { 'accept-language': 'es' }), { requested: ['es'], source: 'header', vary: ['Cookie', 'Accept-Language'] }],
  ['GET /es-MX/ is not the route /es/', node('/es-MX/'), { requested: [], source: 'default', vary: ['Cookie', 'Accept-Language'] }],
  ['GET /articles/x (no locale segment)', node('/articles/x', { 'accept-language': 'fr' }), { requested: ['fr'], source: 'header', vary: ['Cookie', 'Accept-Language'] }],
  ['path traversal in the segment', node('/..%2F..%2Fetc/x', { 'accept-language': 'fr' }), { requested: ['fr'], source: 'header', vary: ['Cookie', 'Accept-Language'] }],
  ['markup in the query', node('/x?lang=%3Cscript%3E', { cookie: 'lang=es' }), { requested: ['es'], source: 'cookie', vary: ['Cookie'] }],
  ['a malformed percent-escape in the cookie', node('/x?lang=', { cookie: 'lang=%E0%A4%A', 'accept-language': 'zh' }), { requested: ['zh'], source: 'header', vary: ['Cookie', 'Accept-Language'] }],
  ['* and en_US-style junk in the query', node('/x?lang=*', { 'accept-language': '*' }), { requested: [], source: 'default', vary: ['Cookie', 'Accept-Language'] }],
  ['a language the site lacks in the cookie', node('/x', { cookie: 'lang=de', 'accept-language': 'ar' }), { requested: ['ar'], source: 'header', vary: ['Cookie', 'Accept-Language'] }],
  ['a huge header', node('/x', { 'accept-language': `${'x-'.repeat(5000)}, es` }), { requested: [], source: 'default', vary: ['Cookie', 'Accept-Language'] }],
];

describe('requestLanguage(request, { locales })', () => {
  it.each(cases)('%s', (_, request, expected) => {
    const result = requestLanguage(request, options);
    expect({ requested: [...result.requested], source: result.source, vary: [...result.vary] }).toEqual(expected);
  });
});

describe('requestLanguage options', () => {
  const request = node('/news/fr/x?hl=es', { cookie: 'site_lang=ar', 'accept-language': 'zh' });
  // [call, options, expected requested, expected source]
  const table: [string, RequestLanguageOptions, string[], string][] = [
    ['{ pathSegment: 1 }', { locales, pathSegment: 1 }, ['fr'], 'path'],
    ['{ pathSegment: false, query: "hl" }', { locales, pathSegment: false, query: 'hl' }, ['es'], 'query'],
    ['{ query: false, cookie: "site_lang" }', { locales, query: false, cookie: 'site_lang' }, ['ar'], 'cookie'],
    ['{ query: false, cookie: false }', { locales, query: false, cookie: false }, ['zh'], 'header'],
  ];
  it.each(table)('requestLanguage(request, %s)', (_, opts, requested, source) => {
    const result = requestLanguage(request, opts);
    expect([[...result.requested], result.source]).toEqual([requested, source]);
  });

  it('requestLanguage(request, { cookie: false }) varies on Accept-Language alone', () => {
    expect(requestLanguage(node('/x', { 'accept-language': 'fr' }), { locales, cookie: false }).vary).toEqual(['Accept-Language']);
  });

  it('requestLanguage(request).pathLocale is set only for a site locale', () => {
    expect([requestLanguage(node('/fr/'), options).pathLocale, requestLanguage(node('/xx/'), options).pathLocale]).toEqual(['fr', null]);
  });

  it.each([null, undefined, 42, 'GET /es/', {}])('requestLanguage(%j) never throws', (input) => {
    expect(requestLanguage(input as RequestInput, options).source).toBe('default');
  });
});

describe('a header read by requestLanguage answers as the header itself', () => {
  const article = (title: string) => ({ a: { title, body: `<p>${title}</p>` } });
  const library = createContentLibrary({
    defaultLocale: 'en',
    resources: { en: { articles: article('A') }, fr: { articles: article('A fr') }, he: { articles: article('A he') }, 'sr-Latn': { articles: article('A sr') }, zh: { articles: {} } },
  });
  const noise = (n: number) => Array.from({ length: n }, (_, i) => `qq${String.fromCharCode(97 + (i % 26))}-${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(66 + (i % 7))};q=0.3`).join(', ');
  // [header, uiLocale, locale served]
  const table: [string, string, string][] = [
    [`de;q=0.2, iw;q=0.9, ${noise(200)}`, 'he', 'he'],
    [`sh-RS, ${noise(60)}, fr;q=0.5`, 'sr-Latn', 'sr-Latn'],
    [`${noise(40)}, zh-cmn-Hans;q=0.4, fr;q=0.35`, 'zh', 'fr'],
    ['fr;q=0.1, es, fr, en;q=0.2', 'fr', 'fr'],
    [noise(300), 'en', 'en'],
  ];
  it.each(table)('%s: resolve, reader and switcher agree for the header, its list and the request language', (header, uiLocale, served) => {
    const lang = requestLanguage(node('/x', { 'accept-language': header }), { locales: library.locales });
    const forms = [header, lang, lang.requested, [...lang.requested]];
    for (const requested of forms) {
      const r = library.resolve('a', requested)!;
      expect([r.uiLocale, r.locale]).toEqual([uiLocale, served]);
      expect(r).toEqual(library.resolve('a', header));
      expect(library.reader(requested)).toEqual(library.reader(header));
      expect(library.switcher('a', requested)).toEqual(library.switcher('a', header));
      expect(library.alsoAvailable('a', requested)).toEqual(library.alsoAvailable('a', header));
    }
  });
});
