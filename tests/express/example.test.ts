/**
 * examples/express as a reader meets it: started as `npm run example:express` starts it (the
 * package built by `npm test`), on a free port of 127.0.0.1. Its integration code must stay short.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const server = resolve(import.meta.dirname, '../../examples/express/server.mjs');
let child: ChildProcess;
let origin: string;

beforeAll(async () => {
  child = spawn(process.execPath, [server], { env: { ...process.env, PORT: '0', ORIGIN: 'https://news.example' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await createInterface({ input: child.stdout! })[Symbol.asyncIterator]().next()).value.split('/es/');
  origin = line;
});
afterAll(() => {
  child?.kill();
});

describe('examples/express', () => {
  it('fits in 15 lines of code beyond its HTML templates', () => {
    const code = readFileSync(server, 'utf8').split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('//'));
    expect(code.length).toBeLessThanOrEqual(15);
  });

  it('serves the Spanish reader the English-only article: Spanish notice, English body, hreflang', async () => {
    const response = await fetch(`${origin}/es/articles/wco-uncac-2021`, { headers: { 'accept-language': 'es' } });
    const html = await response.text();
    expect({
      status: response.status,
      contentLanguage: response.headers.get('content-language'),
      htmlLang: /<html lang="([^"]+)"/.exec(html)?.[1],
      notice: /<p class="lc-notice lc-notice--unavailable" role="note" lang="es"/.test(html),
      body: /<div class="content" lang="en" dir="ltr">/.test(html),
      date: html.includes('Publicado el 17 de septiembre de 2021'),
      hreflang: html.includes('<link rel="alternate" hreflang="en" href="https://news.example/en/articles/wco-uncac-2021">'),
      switcher: html.includes('href="/fr/articles/wco-uncac-2021"'),
    }).toEqual({ status: 200, contentLanguage: 'en', htmlLang: 'es', notice: true, body: true, date: true, hreflang: true, switcher: true });
  });

  it('renders an article kept as Markdown as HTML: the templates read r.fieldFormats', async () => {
    const html = await (await fetch(`${origin}/fr/articles/port-community-systems`)).text();
    expect(html).toContain('<h2>Ce qui a changé</h2>');
    expect(html).not.toContain('## Ce qui a changé');
  });

  // [request, headers, status, Location, Vary, text]
  it.each([
    ['/', { 'accept-language': 'fr-CA, en;q=0.5' }, 302, '/fr/', 'Cookie, Accept-Language', ''],
    ['/es/articles/no-such-article', {}, 404, null, null, 'Página no encontrada'],
    ['/de/articles/wco-uncac-2021', { 'accept-language': 'ru' }, 404, null, 'Cookie, Accept-Language', 'Страница не найдена'],
    ['/es/articles/..%2F..%2Fpackage.json', {}, 404, null, null, 'Página no encontrada'],
  ] as [string, Record<string, string>, number, string | null, string | null, string][])('GET %s %j', async (path, headers, status, location, vary, text) => {
    const response = await fetch(origin + path, { headers, redirect: 'manual' });
    const body = await response.text();
    expect([response.status, response.headers.get('location'), response.headers.get('vary'), body.includes(text)]).toEqual([status, location, vary, true]);
  });
});
