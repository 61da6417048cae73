/**
 * The example site over HTTP (no browser): statuses, language headers, links. It imports the built
 * package by name, so `npm test` builds first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type RunningSite } from '../../examples/site/server.mjs';

let site: RunningSite;
beforeAll(async () => {
  site = await startSite({ port: 0 });
});
afterAll(() => site?.close());

async function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; html: string }> {
  const res = await fetch(site.url + path, { headers, redirect: 'manual' });
  return { status: res.status, headers: res.headers, html: await res.text() };
}

describe('the example site', () => {
  it('GET /?lang=fr: a redirect chosen by the query, with no Vary header at all (not an empty one)', async () => {
    const { status, headers } = await get('/?lang=fr', { 'accept-language': 'es' });
    expect(status).toBe(302);
    expect(headers.get('location')).toBe('/fr/');
    expect(headers.get('vary')).toBeNull();
  });

  it('GET /es/articles/wco-uncac-2021: Spanish page, English content, hreflang, date in Spanish', async () => {
    const { status, headers, html } = await get('/es/articles/wco-uncac-2021', { 'accept-language': 'ru' });
    expect(status).toBe(200);
    expect(headers.get('content-language')).toBe('en');
    expect(headers.get('vary')).toBeNull(); // the URL decided, not the header
    expect(html).toContain('<html lang="es" dir="ltr">');
    expect(html).toMatch(/<p class="lc-notice lc-notice--unavailable" role="note" lang="es" dir="ltr">[^<]*<bdi>español<\/bdi>/);
    expect(html).toContain('<div class="content" lang="en" dir="ltr">');
    expect(html).toContain('<time datetime="2021-09-17">Publicado el 17 de septiembre de 2021</time>');
    expect(html).toContain(`<link rel="canonical" href="${site.url}/en/articles/wco-uncac-2021">`);
    expect(html).toContain(`<link rel="alternate" hreflang="en" href="${site.url}/en/articles/wco-uncac-2021">`);
    expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${site.url}/en/articles/wco-uncac-2021">`);
    expect(html).not.toContain('hreflang="es" href');
  });

  it('GET /fr/articles/capacity-building-report: a partial page names both languages, each field marked with its own', async () => {
    const { headers, html } = await get('/fr/articles/capacity-building-report');
    expect(headers.get('content-language')).toBe('fr, en');
    expect(html).toMatch(/class="lc-notice lc-notice--partial" role="note" lang="fr"/);
    expect(html).toContain('<div class="content" lang="fr" dir="ltr">');
    expect(html).toMatch(/<h1 lang="fr" dir="ltr">[^<]+<\/h1>\n<div class="body" lang="en" dir="ltr">/);
  });

  it('GET /ar/articles/capacity-building-report: a complete translation is one language, its fields right-to-left', async () => {
    const { headers, html } = await get('/ar/articles/capacity-building-report');
    expect(headers.get('content-language')).toBe('ar');
    expect(html).toMatch(/<h1 lang="ar" dir="rtl">[^<]+<\/h1>\n<div class="body" lang="ar" dir="rtl">/);
  });

  it('GET /ar/articles/wco-uncac-2021: right-to-left page and notice, left-to-right English body', async () => {
    const { headers, html } = await get('/ar/articles/wco-uncac-2021');
    expect(headers.get('content-language')).toBe('en');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toMatch(/class="lc-notice lc-notice--unavailable" role="note" lang="ar" dir="rtl"/);
    expect(html).toContain('<div class="content" lang="en" dir="ltr">');
  });

  it('GET /fr/articles/green-customs-2024: French content, no notice, hreflang for all six languages', async () => {
    const { headers, html } = await get('/fr/articles/green-customs-2024');
    expect(headers.get('content-language')).toBe('fr');
    expect(html).not.toContain('lc-notice--unavailable');
    expect(html.match(/<link rel="alternate" hreflang="[^"]+"/g)).toEqual(
      ['en', 'fr', 'es', 'ru', 'ar', 'zh', 'x-default'].map((l) => `<link rel="alternate" hreflang="${l}"`),
    );
    expect(html).toContain(`<link rel="canonical" href="${site.url}/fr/articles/green-customs-2024">`);
  });

  it('GET /es/: the index in Spanish, every article with its languages', async () => {
    const { status, headers, html } = await get('/es/');
    expect([status, headers.get('content-language')]).toEqual([200, 'es']);
    expect(html).toContain('<h1>Últimos artículos</h1>');
    expect(html.match(/class="title" href="\/es\/articles\//g)).toHaveLength(site.library.ids().length);
    expect(html).toContain('(en inglés)');
  });

  // [request, expected status, expected Location]
  const statuses: [string, Record<string, string>, number, string | null][] = [
    ['/es/articles/no-such-article', {}, 404, null],
    ['/es/articles/constructor', {}, 404, null],
    ['/de/articles/wco-uncac-2021', {}, 404, null],
    ['/%3Cscript%3E/', {}, 404, null],
    ['/es/articles/%E0%A4%A', {}, 404, null],
    ['/es', {}, 301, '/es/'],
    ['/', { 'accept-language': 'ar-EG, en;q=0.5' }, 302, '/ar/'],
    ['/', { 'accept-language': 'de' }, 302, '/en/'],
    ['/', { 'accept-language': 'ar', cookie: 'lang=zh' }, 302, '/zh/'],
  ];
  it.each(statuses)('GET %s %j → %i %s', async (path, headers, status, location) => {
    const res = await get(path, headers);
    expect([res.status, res.headers.get('location')]).toEqual([status, location]);
  });

  it('GET / (root) varies on the language headers; article URLs never redirect by language', async () => {
    expect((await get('/', { 'accept-language': 'fr' })).headers.get('vary')).toBe('Cookie, Accept-Language');
    expect((await get('/en/articles/wco-uncac-2021', { 'accept-language': 'fr' })).status).toBe(200);
  });

  it('GET an unknown page is a 404 in the reader\'s language, with no request text echoed', async () => {
    const { html } = await get('/%3Cscript%3Ealert(1)%3C%2Fscript%3E/articles/x', { 'accept-language': 'es' });
    expect(html).toContain('<html lang="es" dir="ltr">');
    expect(html).toContain('Página no encontrada');
    expect(html).not.toContain('<script>');
  });
});

describe('the example site serves articles kept as Markdown files', () => {
  it('GET /fr/articles/port-community-systems: a translated Markdown article, rendered, no notice', async () => {
    const { status, headers, html } = await get('/fr/articles/port-community-systems');
    expect(status).toBe(200);
    expect(headers.get('content-language')).toBe('fr');
    expect(html).not.toMatch(/lc-notice--(?:unavailable|partial|outdated)/);
    expect(html).toContain('<div class="content" lang="fr" dir="ltr">');
    expect(html).toContain('<h2>Ce qui a changé</h2>');
    expect(html).toContain('<a href="https://example.org/data-model">modèle commun de données douanières</a>');
    expect(html).toContain('<code>GET /schema/v2</code>');
    expect(html).toContain('<pre><code class="language-sh">manifest-check --schema v2 manifest.xml\n</code></pre>');
  });

  it('GET /es/articles/laboratory-network-2025: a partial Markdown translation: Spanish title, English body, partial notice', async () => {
    const { headers, html } = await get('/es/articles/laboratory-network-2025');
    expect(headers.get('content-language')).toBe('es, en');
    expect(html).toMatch(/class="lc-notice lc-notice--partial" role="note" lang="es"/);
    expect(html).toContain('<h1 lang="es" dir="ltr">Los laboratorios aduaneros forman una red regional</h1>\n<div class="body" lang="en" dir="ltr">');
    expect(html).toContain('<h2>Why it matters</h2>');
  });

  it('GET /ru/articles/risk-management-handbook: an English-only Markdown article with the notice in Russian', async () => {
    const { headers, html } = await get('/ru/articles/risk-management-handbook');
    expect(headers.get('content-language')).toBe('en');
    expect(html).toMatch(/class="lc-notice lc-notice--unavailable" role="note" lang="ru"/);
    expect(html).toContain('<ol>\n<li>Setting up a risk register</li>');
    expect(html).toContain('<img src="https://example.org/img/risk-matrix.png" alt="Risk matrix from chapter 2" />');
  });

  it('GET /es/: the index lists the Markdown articles with the others', async () => {
    const { html } = await get('/es/');
    for (const id of ['port-community-systems', 'laboratory-network-2025', 'risk-management-handbook']) expect(html).toContain(`/es/articles/${id}"`);
    expect(html).toContain('Sistemas de comunidad portuaria, un año después');
  });
});
