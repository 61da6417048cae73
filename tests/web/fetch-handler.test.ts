/**
 * The http helpers in a Web-standard `fetch` handler, as an edge runtime or a service worker would
 * run them: Request in, Response out, on the package's universal entry (src/index.ts).
 */
import { describe, expect, it } from 'vitest';
import { alternateLinks, createContentLibrary, requestLanguage, responseHeaders } from '../../src/index.js';
import ar from '../../src/catalogs/generated/ar.js';
import es from '../../src/catalogs/generated/es.js';
import { siteResources } from '../fixtures/site.js';

// The universal entry carries English alone: a bundle passes the catalogs of its languages.
const library = createContentLibrary({ defaultLocale: 'en', resources: siteResources(), locales: ['en', 'es', 'fr', 'ar'], catalogs: [es, ar] });

function handle(request: Request): Response {
  const lang = requestLanguage(request, { locales: library.locales() });
  const id = new URL(request.url).pathname.split('/')[3] ?? '';
  const r = lang.pathLocale === null ? null : library.resolve(id, lang.requested);
  if (r === null) return new Response('not found', { status: 404, headers: responseHeaders(null, lang) });
  const head = alternateLinks(r, { url: 'https://news.example/{locale}/articles/{id}' }).html;
  return new Response(`${head}\n${r.notice?.html ?? ''}`, { headers: { 'Content-Type': 'text/html', ...responseHeaders(r, lang) } });
}

describe('a fetch handler built on requestLanguage, resolve, responseHeaders and alternateLinks', () => {
  // [request, status, Content-Language, Vary, notice lang]
  const cases: [string, Record<string, string>, number, string | null, string | null, string | null][] = [
    ['/es/articles/english-only', { 'accept-language': 'fr' }, 200, 'en', null, 'es'],
    ['/ar/articles/english-only', {}, 200, 'en', null, 'ar'],
    ['/fr/articles/everywhere', {}, 200, 'fr', null, null],
    ['/es/articles/nothing', {}, 404, null, null, null],
    ['/xx/articles/everywhere', { 'accept-language': 'es' }, 404, null, 'Cookie, Accept-Language', null],
  ];
  it.each(cases)('GET %s %j', async (path, headers, status, contentLanguage, vary, noticeLang) => {
    const res = handle(new Request(`https://news.example${path}`, { headers }));
    const body = await res.text();
    expect([res.status, res.headers.get('content-language'), res.headers.get('vary'), /role="note" lang="([^"]+)"/.exec(body)?.[1] ?? null]).toEqual([
      status, contentLanguage, vary, noticeLang,
    ]);
  });

  it('GET /es/articles/english-only links the English original as canonical and x-default', async () => {
    const body = await handle(new Request('https://news.example/es/articles/english-only')).text();
    expect(body).toContain('<link rel="canonical" href="https://news.example/en/articles/english-only">');
    expect(body).toContain('<link rel="alternate" hreflang="x-default" href="https://news.example/en/articles/english-only">');
  });
});
