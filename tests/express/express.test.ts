/**
 * localized-content/express on the real Express 5 and Express 4, over HTTP on 127.0.0.1, and as a
 * bare Connect-style function on node:http.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express5 from 'express';
import express4 from 'express4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localizedContent } from '../../src/express/index.js';
import type { ContentLibrary } from '../../src/index.js';
import { APP_NOT_FOUND, articlePage, exampleLibrary, indexPage, observe, options, siteCases, stated } from '../middleware/site-cases.js';

type Express = typeof express5;

function siteApp(express: Express, library: ContentLibrary) {
  const app = express();
  app.use(localizedContent(library, options));
  app.get('/:locale/', (req, res) => {
    res.send(indexPage(req.localized));
  });
  app.get('/:locale/articles/:id', (req, res, next) => {
    const r = req.localized.resolve(req.params['id']);
    if (r === null) return next();
    res.send(articlePage(res.locals.localized, r));
  });
  app.use((_req, res) => {
    res.status(404).send(APP_NOT_FOUND);
  });
  return app;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

let library: ContentLibrary;
beforeAll(async () => {
  library = await exampleLibrary();
});

describe.each([
  ['Express 5', express5],
  ['Express 4', express4],
])('%s', (_name, express) => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    server = createServer(siteApp(express, library));
    origin = await listen(server);
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it.each(siteCases)('%s', async (_case, expected) => {
    const response = await fetch(origin + expected.path, { method: expected.method ?? 'GET', headers: expected.headers ?? {}, redirect: 'manual' });
    const { actual, wanted } = stated(expected, await observe(response));
    expect(actual).toEqual(wanted);
  });

  it('keeps the Vary names other middleware set, each once', async () => {
    const app = express();
    app.use((_req, res, next) => {
      res.setHeader('Vary', 'Accept-Encoding, cookie');
      next();
    });
    app.use(localizedContent(library, { pathSegment: false }));
    app.get('/article', (req, res) => {
      res.send(req.localized.resolve('wco-uncac-2021')?.notice?.locale ?? 'none');
    });
    const s = createServer(app);
    const url = await listen(s);
    const response = await fetch(`${url}/article`, { headers: { 'accept-language': 'fr' } });
    s.close();
    expect([response.headers.get('vary'), response.headers.get('content-language'), await response.text()]).toEqual(['Accept-Encoding, cookie, Accept-Language', 'en', 'fr']);
  });

  it('names every language a page served in Content-Language', async () => {
    const app = express();
    app.use(localizedContent(library));
    app.get('/:locale/both', (req, res) => {
      req.localized.resolve('wco-uncac-2021');
      req.localized.resolve('single-window-guide');
      res.end();
    });
    const s = createServer(app);
    const url = await listen(s);
    const response = await fetch(`${url}/fr/both`);
    s.close();
    expect(response.headers.get('content-language')).toBe('en, fr');
  });

  it('redirects / inside a mounted router to the router\'s prefix', async () => {
    const app = express();
    const router = express.Router();
    router.use(localizedContent(library, { redirectRoot: true }));
    app.use('/news', router);
    const s = createServer(app);
    const url = await listen(s);
    const response = await fetch(`${url}/news/`, { headers: { 'accept-language': 'ru' }, redirect: 'manual' });
    s.close();
    expect([response.status, response.headers.get('location')]).toEqual([302, '/news/ru/']);
  });

  // [redirectRoot, path asked, Location]: the query goes with the reader.
  it.each<[true | string, string, string]>([
    [true, '/?x=1', '/ru/?x=1'],
    [true, '/?utm_source=mail&b=%20c', '/ru/?utm_source=mail&b=%20c'],
    [true, '/?', '/ru/'],
    [true, '/', '/ru/'],
    ['/{locale}/home?from=root', '/?x=1', '/ru/home?from=root&x=1'],
    // The language parameter has done its work: the path names the language.
    [true, '/?lang=ar&x=1', '/ar/?x=1'],
    [true, '/?x=1&lang=zz', '/ru/?x=1'],
  ])('redirectRoot %j: %s goes to %s', async (redirectRoot, path, location) => {
    const app = express();
    app.use(localizedContent(library, { redirectRoot }));
    const s = createServer(app);
    const url = await listen(s);
    const response = await fetch(`${url}${path}`, { headers: { 'accept-language': 'ru' }, redirect: 'manual' });
    s.close();
    expect([response.status, response.headers.get('location')]).toEqual([302, location]);
  });
});

describe('Connect-style use on node:http', () => {
  it('sets req.localized and calls next; a response that never asked gets no language headers', async () => {
    const middleware = localizedContent(library);
    const seen: unknown[] = [];
    const server = createServer((req, res) => {
      middleware(req, res, (error?: unknown) => {
        const localized = (req as typeof req & { localized: import('../../src/express/index.js').LocalizedRequest }).localized;
        seen.push(error, localized.pathLocale);
        if (req.url === '/es/style.css') return res.end('body{}');
        res.end(localized.resolve('wco-uncac-2021')?.notice?.text ?? '');
      });
    });
    const url = await listen(server);
    const plain = await fetch(`${url}/es/style.css`, { headers: { 'accept-language': 'fr' } });
    const article = await fetch(`${url}/es/articles/x`);
    server.close();
    expect([plain.headers.get('content-language'), plain.headers.get('vary'), article.headers.get('content-language'), await article.text()]).toEqual([
      null, null, 'en', 'Esta página no está disponible en español, por lo que se muestra en inglés.',
    ]);
    expect(seen).toEqual([undefined, 'es', undefined, 'es']);
  });
});
