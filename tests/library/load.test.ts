/**
 * Content beyond memory: a library on i18next-http-backend, against a real HTTP server on
 * 127.0.0.1 standing in for a CDN, reads only the locales a reader may be served; `resolve` serves
 * what is loaded; a failed read keeps the last good content; locales unload and reload.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import i18next, { type i18n as I18n } from 'i18next';
import HttpBackend from 'i18next-http-backend';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContentLibrary, type Problem } from '../../src/index.node.js';
import { loadResources } from '../../src/node/index.js';

type Files = Map<string, unknown>;

/** The CDN stand-in: serves `files` by path, logs every request, answers 503 for paths in `failing`. */
function contentServer(files: Files) {
  const log: string[] = [];
  const failing = new Set<string>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    log.push(path);
    if (failing.has(path)) {
      res.writeHead(503).end();
      return;
    }
    const body = files.get(path);
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  return { server, log, failing };
}

const site = ['en', 'es', 'fr', 'de', 'ar', 'zh-Hans'];
const articles = (title: string) => ({ report: { title, body: `${title}.` } });

const files: Files = new Map(site.map((locale) => [`/locales/${locale}/articles.json`, articles(`report ${locale}`)]));
files.set('/locales/en/articles.json', { report: { title: 'report en', body: 'report en.' }, 'only-en': { title: 'Only English', body: 'Text.' } });

const cdn = contentServer(files);
let base = '';

beforeAll(async () => {
  await new Promise<void>((done) => cdn.server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(cdn.server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => cdn.server.close(() => done())));

async function librarySite(options: { fallbacks?: Record<string, string[]> } = {}) {
  const i18n: I18n = i18next.createInstance().use(HttpBackend);
  await i18n.init({
    backend: { loadPath: `${base}/locales/{{lng}}/{{ns}}.json` },
    supportedLngs: site,
    ns: ['articles'],
    defaultNS: 'articles',
    fallbackLng: false,
  });
  const problems: Problem[] = [];
  const library = createContentLibrary({ defaultLocale: 'en', i18n, onProblem: (p) => problems.push(p), ...options });
  return { i18n, library, problems };
}

/** Requests logged while `run` ran. */
async function fetched(run: () => Promise<unknown>): Promise<string[]> {
  const from = cdn.log.length;
  await run();
  return cdn.log.slice(from).sort();
}

describe('library.load on an HTTP backend', () => {
  it('nothing is fetched before a reader asks', async () => {
    const requests = await fetched(() => librarySite());
    expect(requests).toEqual([]);
  });

  it.each([
    ['es', {}, ['/locales/en/articles.json', '/locales/es/articles.json']],
    ['es-MX, fr;q=0.5', {}, ['/locales/en/articles.json', '/locales/es/articles.json', '/locales/fr/articles.json']],
    ['ca', { ca: ['es'], default: ['en'] }, ['/locales/en/articles.json', '/locales/es/articles.json']],
    ['zh-CN', {}, ['/locales/en/articles.json', '/locales/zh-Hans/articles.json']],
    ['en', {}, ['/locales/en/articles.json']],
    ['xx-invalid-*', {}, ['/locales/en/articles.json']],
  ])('load(%j) fetches only the reader’s candidates', async (requested, fallbacks, expected) => {
    const { library } = await librarySite({ fallbacks });
    expect(await fetched(() => library.load(requested))).toEqual(expected);
    // Loaded once: the next reader of the same languages reads nothing.
    expect(await fetched(() => library.load(requested))).toEqual([]);
  });

  it('concurrent loads of one language share one fetch', async () => {
    const { library } = await librarySite();
    const requests = await fetched(() => Promise.all([library.load('fr'), library.load('fr'), library.load('fr-CA')]));
    expect(requests).toEqual(['/locales/en/articles.json', '/locales/fr/articles.json']);
  });

  it('resolve serves what is loaded: the reader’s language once loaded, with no notice', async () => {
    const { library } = await librarySite();
    await library.load('de');
    expect(library.resolve('report', 'de')).toMatchObject({ locale: 'de', notice: null, entry: { title: 'report de' } });
    expect(library.resolve('only-en', 'de')).toMatchObject({ locale: 'en', notice: { kind: 'unavailable', locale: 'de' } });
    // Arabic was never loaded: an Arabic reader who skipped `load` is served English, told so in Arabic.
    expect(library.resolve('report', 'ar')).toMatchObject({ locale: 'en', uiLocale: 'ar', notice: { kind: 'unavailable', locale: 'ar' } });
  });

  it('a candidate that cannot be fetched: served another language with the notice, and a problem reported', async () => {
    const { library, problems } = await librarySite();
    cdn.failing.add('/locales/ar/articles.json');
    try {
      const result = await library.load('ar');
      expect(result).toEqual({ locales: ['ar', 'en'], loaded: ['en'], failed: ['ar'] });
    } finally {
      cdn.failing.delete('/locales/ar/articles.json');
    }
    expect(library.resolve('report', 'ar')).toMatchObject({ locale: 'en', uiLocale: 'ar', notice: { kind: 'unavailable', locale: 'ar', dir: 'rtl' } });
    expect(problems.map((p) => [p.code, p.locale, p.key])).toEqual([['LOAD_FAILED', 'ar', 'articles']]);
    // The next load tries again, and succeeds.
    await library.load('ar');
    expect(library.resolve('report', 'ar')).toMatchObject({ locale: 'ar', notice: null });
  });
});

describe('reload and unload', () => {
  it('a failed reload keeps serving the last good content', async () => {
    const { library, problems } = await librarySite();
    await library.load('fr');
    const before = library.resolve('report', 'fr');
    cdn.failing.add('/locales/fr/articles.json');
    try {
      const requests = await fetched(async () => expect(await library.reload(['fr'])).toMatchObject({ loaded: ['fr'], failed: ['fr'] }));
      expect(requests).toEqual(['/locales/fr/articles.json']);
    } finally {
      cdn.failing.delete('/locales/fr/articles.json');
    }
    expect(library.resolve('report', 'fr')).toEqual(before);
    expect(problems.at(-1)).toMatchObject({ code: 'LOAD_FAILED', locale: 'fr', message: expect.stringMatching(/still served/) });
  });

  it('a reload replaces the bundle whole: changed entries are new, removed ones are gone', async () => {
    const { library } = await librarySite();
    await library.load('en');
    expect(library.resolve('only-en', 'en')?.locale).toBe('en');
    const original = files.get('/locales/en/articles.json');
    files.set('/locales/en/articles.json', { report: { title: 'report en v2', body: 'v2.' } });
    try {
      await library.reload();
    } finally {
      files.set('/locales/en/articles.json', original);
    }
    expect(library.resolve('report', 'en')?.entry.title).toBe('report en v2');
    expect(library.resolve('only-en', 'en')).toBeNull();
  });

  it('unload drops a locale; the next load fetches it again', async () => {
    const { library, i18n } = await librarySite();
    await library.load('es');
    expect(library.unload(['es'])).toEqual({ locales: ['es'], loaded: [], failed: [] });
    expect(i18n.store.data.es?.articles).toBeUndefined();
    expect(i18n.options.ns).toContain('articles');
    expect(library.resolve('report', 'es')).toMatchObject({ locale: 'en', notice: { kind: 'unavailable' } });
    expect(await fetched(() => library.load('es'))).toEqual(['/locales/es/articles.json']);
    expect(library.resolve('report', 'es')?.locale).toBe('es');
  });
});

describe('Markdown entry files, built into namespace files and served over HTTP', () => {
  it('the body keeps its format: resolve says fieldFormats.body is markdown, in the source and a partial translation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lc-built-'));
    try {
      const write = (path: string, text: string) => {
        mkdirSync(join(dir, path, '..'), { recursive: true });
        writeFileSync(join(dir, path), text);
      };
      write('en/articles/harbour.md', '---\ntitle: The harbour\n---\n# The harbour\n\nShips [dock](https://example.org/pier).\n');
      write('en/articles/fees.json', '{ "title": "Fees", "body": "<p>Fees.</p>" }');
      write('fr/articles/harbour.md', '---\ntitle: Le port\n---\n');
      write('es/articles/harbour.md', '---\ntitle: El puerto\n---\n# El puerto\n\nLos barcos [atracan](https://example.org/pier).\n');
      // The build step: the tree as loadResources reads it, one namespace file per locale (JSON on the wire).
      for (const [locale, namespaces] of Object.entries(await loadResources(dir))) files.set(`/built/${locale}/articles.json`, namespaces.articles);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const i18n: I18n = i18next.createInstance().use(HttpBackend);
    await i18n.init({ backend: { loadPath: `${base}/built/{{lng}}/{{ns}}.json` }, supportedLngs: ['en', 'fr', 'es'], ns: ['articles'], defaultNS: 'articles', fallbackLng: false });
    const library = createContentLibrary({ defaultLocale: 'en', i18n });
    expect(await fetched(() => library.load('fr'))).toEqual(['/built/en/articles.json', '/built/fr/articles.json']);
    expect(library.resolve('harbour', 'en')).toMatchObject({ fieldFormats: { body: 'markdown' }, entry: { body: '# The harbour\n\nShips [dock](https://example.org/pier).\n' } });
    expect(library.resolve('harbour', 'fr')).toMatchObject({ locale: 'fr', fieldLocales: { title: 'fr', body: 'en' }, fieldFormats: { body: 'markdown' }, notice: { kind: 'partial' } });
    expect(library.resolve('fees', 'fr')!.fieldFormats).toEqual({});
    await library.load('es');
    expect(library.resolve('harbour', 'es')).toMatchObject({ locale: 'es', fieldLocales: { body: 'es' }, fieldFormats: { body: 'markdown' } });
  });
});

describe('without a backend', () => {
  it('load reads nothing and reports what is in memory', async () => {
    const library = createContentLibrary({ defaultLocale: 'en', resources: { en: { articles: articles('a') }, es: { articles: articles('b') } } });
    expect(await library.load('es')).toEqual({ locales: ['es', 'en'], loaded: ['es', 'en'], failed: [] });
  });
});
