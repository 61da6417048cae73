// The example site's `GET /` with the header read as the package reads it, and no negotiation: a
// bare node:http server that calls `requestLanguage` (the header's first 10 tags by q-value,
// canonical), then answers the site's redirect to the first tag if it is a site language. What it
// loses under hostile headers is what reading them costs by itself, the part of the site's loss
// that any negotiation on top of the same reading keeps: bench/hostile-site.mjs measures it beside
// the site, the floor and the composition.
import { createServer } from 'node:http';
import { requestLanguage } from 'localized-content';

const SITE_LOCALES = ['en', 'fr', 'es', 'ru', 'ar', 'zh'];

const server = createServer((req, res) => {
  const first = requestLanguage(req, { locales: SITE_LOCALES }).requested[0];
  const locale = first !== undefined && SITE_LOCALES.includes(first) ? first : 'en';
  res.writeHead(302, { Location: `/${locale}/`, Vary: 'Accept-Language', 'Cache-Control': 'private' });
  res.end();
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => console.log(`Read-only site on http://127.0.0.1:${server.address().port}/`));
