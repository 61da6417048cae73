/**
 * localized-content/hono on the real Hono 4: through `app.request` (Web Request in, Response out,
 * as on an edge runtime) and over HTTP on 127.0.0.1 through @hono/node-server.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localizedContent, type LocalizedEnv } from '../../src/hono/index.js';
import type { ContentLibrary } from '../../src/index.js';
import { APP_NOT_FOUND, articlePage, exampleLibrary, indexPage, observe, options, siteCases, stated } from '../middleware/site-cases.js';

function siteApp(library: ContentLibrary) {
  const app = new Hono<LocalizedEnv>();
  app.use(localizedContent(library, options));
  app.get('/:locale/', (c) => c.html(indexPage(c.get('localized'))));
  app.get('/:locale/articles/:id', (c) => {
    const localized = c.get('localized');
    const r = localized.resolve(c.req.param('id'));
    return r === null ? c.notFound() : c.html(articlePage(localized, r));
  });
  app.notFound((c) => c.text(APP_NOT_FOUND, 404));
  return app;
}

let library: ContentLibrary;
let app: ReturnType<typeof siteApp>;
beforeAll(async () => {
  library = await exampleLibrary();
  app = siteApp(library);
});

describe('Hono 4, app.request', () => {
  it.each(siteCases)('%s', async (_case, expected) => {
    const response = await app.request(expected.path, { method: expected.method ?? 'GET', headers: expected.headers ?? {} });
    const { actual, wanted } = stated(expected, await observe(response));
    expect(actual).toEqual(wanted);
  });

  it('adds its headers to a Response the handler built itself, keeping its Vary', async () => {
    const custom = new Hono<LocalizedEnv>();
    custom.use(localizedContent(library, { pathSegment: false }));
    custom.get('/a', (c) => new Response(c.get('localized').resolve('wco-uncac-2021')?.locale ?? '', { headers: { Vary: 'Accept-Encoding' } }));
    // Response.redirect's headers are immutable, as those of a fetch() response are.
    custom.get('/b', (c) => (c.get('localized').resolve('wco-uncac-2021'), Response.redirect('https://news.example/elsewhere', 303)));
    const a = await custom.request('/a', { headers: { 'accept-language': 'es' } });
    const b = await custom.request('/b', { headers: { cookie: 'lang=fr' } });
    expect([a.headers.get('vary'), a.headers.get('content-language'), await a.text()]).toEqual(['Accept-Encoding, Cookie, Accept-Language', 'en', 'en']);
    expect([b.status, b.headers.get('location'), b.headers.get('vary'), b.headers.get('content-language')]).toEqual([303, 'https://news.example/elsewhere', 'Cookie', 'en']);
  });

  it('sets nothing on a response that never asked for the language', async () => {
    const custom = new Hono<LocalizedEnv>();
    custom.use(localizedContent(library));
    custom.get('/:locale/style.css', (c) => c.text('body{}'));
    const response = await custom.request('/es/style.css', { headers: { 'accept-language': 'fr' } });
    expect([response.headers.get('vary'), response.headers.get('content-language')]).toEqual([null, null]);
  });
});

describe('Hono 4 on Node, over HTTP on 127.0.0.1', () => {
  let server: ReturnType<typeof serve>;
  let origin: string;
  beforeAll(async () => {
    origin = await new Promise<string>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(`http://127.0.0.1:${info.port}`));
    });
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it.each(siteCases)('%s', async (_case, expected) => {
    const response = await fetch(origin + expected.path, { method: expected.method ?? 'GET', headers: expected.headers ?? {}, redirect: 'manual' });
    const { actual, wanted } = stated(expected, await observe(response));
    expect(actual).toEqual(wanted);
  });
});
