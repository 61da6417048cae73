/**
 * The example site: a news section in six languages, server-rendered with node:http.
 *
 *   /                         → 302 to the reader's language (Accept-Language, or the `lang` cookie)
 *   /<locale>/                → the articles, as this reader would get them, with their languages
 *   /<locale>/articles/<id>   → an article: notice, date in the reader's language, hreflang links
 *   /browser/                 → the client-side page (examples/browser), once built
 *
 * Article URLs are never redirected by language: the URL's locale decides. Run `npm run site`.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { alternateLinks, createContentLibrary, requestLanguage, responseHeaders, switcherLinks } from 'localized-content';
import { loadResources } from 'localized-content/node';
import { articleMain, indexMain, layout, notFoundMain, siteSwitcher } from './pages.mjs';
import { chromeFor } from './chrome.mjs';

const SITE_LOCALES = ['en', 'fr', 'es', 'ru', 'ar', 'zh'];
const CONTENT = fileURLToPath(new URL('../content/locales/', import.meta.url));
const BROWSER = new URL('../browser/', import.meta.url);
// The client-side page's files: a fixed table, so no request text ever reaches the filesystem.
const STATIC = new Map([
  ['/browser/', ['index.html', 'text/html; charset=utf-8']],
  ['/browser/main.js', ['dist/main.js', 'text/javascript; charset=utf-8']],
]);
const ROUTE = /^\/([^/]+)\/(?:articles\/([^/]+))?$/;

function decode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * Builds the request handler for a library; `origin` makes hreflang and canonical URLs absolute.
 */
export function siteHandler(library, origin) {
  const articleUrl = `${origin}/{locale}/articles/{id}`;

  function page(res, status, headers, html) {
    res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...headers });
    res.end(res.req.method === 'HEAD' ? undefined : html);
  }

  function notFound(res, lang) {
    const { uiLocale, dir } = library.reader(lang);
    const switcher = siteSwitcher(library, uiLocale, (l) => `/${l}/`);
    const html = layout({ uiLocale, dir, title: chromeFor(uiLocale).notFound, switcher, main: notFoundMain(uiLocale) });
    page(res, 404, responseHeaders({ locale: uiLocale }, lang), html);
  }

  function article(res, lang, id) {
    const r = id === undefined ? null : library.resolve(id, lang);
    if (r === null) return notFound(res, lang);
    const links = alternateLinks(r, { url: articleUrl });
    const switcher = switcherLinks(library.switcher(id, lang), { url: '/{locale}/articles/{id}' });
    const main = articleMain(r, library.alsoAvailable(id, lang));
    const dir = library.reader(lang).dir;
    page(res, 200, responseHeaders(r, lang), layout({ uiLocale: r.uiLocale, dir, title: r.entry.title, head: links.html, switcher, main }));
  }

  function index(res, lang) {
    const { uiLocale, dir } = library.reader(lang);
    const items = library.ids().map((id) => {
      const r = library.resolve(id, lang);
      const note = library.switcher(id, lang).find((item) => item.current)?.note ?? null;
      return { r, note, href: `/${uiLocale}/articles/${encodeURIComponent(id)}` };
    });
    items.sort((a, b) => String(b.r.entry.date ?? '').localeCompare(String(a.r.entry.date ?? '')));
    const site = { id: '', uiLocale, locale: uiLocale, alternates: library.locales().map((locale) => ({ locale })) };
    const links = alternateLinks(site, { url: `${origin}/{locale}/`, xDefault: library.defaultLocale });
    const switcher = siteSwitcher(library, uiLocale, (l) => `/${l}/`);
    const html = layout({ uiLocale, dir, title: chromeFor(uiLocale).latest, head: links.html, switcher, main: indexMain(uiLocale, items) });
    page(res, 200, responseHeaders({ locale: uiLocale }, lang), html);
  }

  async function serveStatic(res, [file, type]) {
    let body;
    try {
      body = await readFile(new URL(file, BROWSER));
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('Not built yet: run `node examples/browser/build.mjs`.\n');
    }
    res.writeHead(200, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' });
    res.end(res.req.method === 'HEAD' ? undefined : body);
  }

  return async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      return res.end();
    }
    const path = (req.url ?? '/').split(/[?#]/, 1)[0];
    const lang = requestLanguage(req, { locales: library.locales() });
    if (STATIC.has(path)) return serveStatic(res, STATIC.get(path));
    if (path === '/') {
      // Only the root offers the reader's language; Vary tells caches it depends on the request.
      const { uiLocale } = library.reader(lang);
      // responseHeaders(null, lang) is the Vary header alone, and none when nothing in the request decided.
      res.writeHead(302, { Location: `/${uiLocale}/`, ...responseHeaders(null, lang), 'Cache-Control': 'private' });
      return res.end();
    }
    if (lang.pathLocale !== null && path === `/${path.split('/')[1]}`) {
      res.writeHead(301, { Location: `/${lang.pathLocale}/` });
      return res.end();
    }
    const route = ROUTE.exec(path);
    if (route === null || lang.pathLocale === null) return notFound(res, lang);
    return route[2] === undefined ? index(res, lang) : article(res, lang, decode(route[2]));
  };
}

/**
 * Starts the site on 127.0.0.1; `port: 0` picks a free port (tests read it from the result).
 * @returns {Promise<{ url: string, port: number, library: import('localized-content').ContentLibrary, close(): Promise<void> }>}
 */
export async function startSite({ port = 0, host = '127.0.0.1' } = {}) {
  const resources = await loadResources(CONTENT);
  const library = createContentLibrary({ defaultLocale: 'en', resources, locales: SITE_LOCALES });
  let handle;
  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal error\n');
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actual = server.address().port;
  const url = `http://${host}:${actual}`;
  handle = siteHandler(library, url);
  return { url, port: actual, library, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number, not "${process.env.PORT}"`);
    process.exit(1);
  }
  const site = await startSite({ port });
  console.log(`Example site on ${site.url}/ (PORT=${site.port}; set PORT to change it)
  Spanish reader, English-only article: ${site.url}/es/articles/wco-uncac-2021
  Arabic reader:                        ${site.url}/ar/articles/wco-uncac-2021
  Client-side page:                     ${site.url}/browser/`);
}
