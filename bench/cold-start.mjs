// Cold start, meant to run in a fresh process (bench/run.mjs spawns it): importing the package,
// creating a library of 10,000 entries and the first resolve, timed with performance.now().
// The corpus is built before timing starts (it is the site's data, not our cost). The first request
// needs a notice and a choice: a Spanish reader, and the first article with no Spanish version
// (article-0, in eleven other languages), so best fit also runs among the article's own languages.
// Prints one JSON line. Usage: node bench/cold-start.mjs [library|composition|minimum]
import { performance } from 'node:perf_hooks';
import { buildResources, DEFAULT_LOCALE, LOCALES } from './corpus.mjs';

const subject = process.argv[2] ?? 'library';
const resources = buildResources({ entries: 10_000 });
const id = Object.keys(resources.en.articles).find((key) => !resources.es.articles[key]);
const header = 'es-ES,es;q=0.9,en;q=0.8';

// The corpus is the site's data: collect its garbage now so that it is not charged to the library.
globalThis.gc?.();
const t0 = performance.now();
let first;
let t1;
let t2;
if (subject === 'library') {
  const { createContentLibrary } = await import('localized-content');
  t1 = performance.now();
  const library = createContentLibrary({ defaultLocale: DEFAULT_LOCALE, resources, locales: LOCALES });
  t2 = performance.now();
  first = library.resolve(id, header);
} else if (subject === 'minimum') {
  // What any library on the brief's store and matcher pays at least: import i18next and
  // @formatjs/intl-localematcher, load the store, and one best-fit match for the reader. No notice.
  const [{ default: i18next }, { match }] = await Promise.all([import('i18next'), import('@formatjs/intl-localematcher')]);
  t1 = performance.now();
  const i18n = i18next.createInstance();
  await i18n.init({ resources, initAsync: false });
  t2 = performance.now();
  const locale = match(['es-ES', 'es', 'en'], LOCALES, DEFAULT_LOCALE, { algorithm: 'best fit' });
  first = { notice: i18n.getResource(locale, 'articles', id) ?? i18n.getResource(DEFAULT_LOCALE, 'articles', id) };
} else {
  const { createBaseline } = await import('./baseline.mjs');
  t1 = performance.now();
  const resolve = createBaseline({ resources, locales: LOCALES, defaultLocale: DEFAULT_LOCALE, catalogsDir: new URL('../locales/', import.meta.url) });
  t2 = performance.now();
  first = resolve(id, header);
}
const t3 = performance.now();
if (!first?.notice) throw new Error('cold-start: the first request was expected to carry a notice');
console.log(JSON.stringify({ subject, importMs: t1 - t0, createMs: t2 - t1, firstResolveMs: t3 - t2, totalMs: t3 - t0 }));
