// The example site's `GET /` as an integrator would compose it without this package: the header
// split into tags by q-value, each tag checked by the engine, and one best-fit pass of
// @formatjs/intl-localematcher over the site's languages, then the same redirect. The reference
// bench/hostile-site.mjs holds the site's loss under hostile headers against.
import { createServer } from 'node:http';
import { match } from '@formatjs/intl-localematcher';

const SITE_LOCALES = ['en', 'fr', 'es', 'ru', 'ar', 'zh'];

/** Tags of an Accept-Language header, best q-value first (ties in header order); invalid ones left out. */
function preferences(header) {
  const entries = [];
  for (const [index, entry] of String(header ?? '').split(',').entries()) {
    const [range, ...params] = entry.split(';').map((part) => part.trim());
    const q = params.find((param) => /^q=/i.test(param));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (!range || range === '*' || !(weight > 0)) continue;
    try {
      entries.push({ tag: Intl.getCanonicalLocales(range.replaceAll('_', '-'))[0], weight, index });
    } catch {
      // not a tag
    }
  }
  return entries.sort((a, b) => b.weight - a.weight || a.index - b.index).map((entry) => entry.tag);
}

const server = createServer((req, res) => {
  let locale = 'en';
  try {
    locale = match(preferences(req.headers['accept-language']), SITE_LOCALES, 'en', { algorithm: 'best fit' });
  } catch {
    // formatjs refused the list: the default
  }
  res.writeHead(302, { Location: `/${locale}/`, Vary: 'Accept-Language', 'Cache-Control': 'private' });
  res.end();
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => console.log(`Composition site on http://127.0.0.1:${server.address().port}/`));
