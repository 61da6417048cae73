import { describe, expect, it } from 'vitest';
import { chooseVersion } from '../../src/content/choose-version.js';
import { buildRecord } from '../../src/content/store.js';
import { readOptions } from '../../src/options.js';
import { Readers } from '../../src/reader/readers.js';
import { negotiate, readPreferences } from '../../src/negotiation/index.js';

const locales = ['en', 'es', 'fr', 'ar'];
const readers = () =>
  new Readers({
    config: readOptions({ defaultLocale: 'en', resources: { en: {} } }),
    siteLocales: () => locales,
    contentLocales: () => locales,
    catalogLocales: () => locales,
  });

describe('Readers.get(requested): one reader per distinct list of preferences', () => {
  it.each([
    ['es-ES,es;q=0.9', 'es-ES, es;q=0.90'],
    ['es-ES,es;q=0.9', ['es-ES', 'es']],
    ['es_es', 'ES-es'],
    ['fr', `fr;q=1, ${'x'.repeat(600)}`],
  ])('get(%j) and get(%j) share the reader', (a, b) => {
    const r = readers();
    expect(r.get(a)).toBe(r.get(b));
  });

  it("get(requestLanguage's list) takes the list as read: the reader keeps that very array", () => {
    // A header read once by requestLanguage (readPreferences) is not read and canonicalized again.
    const header = `de-AT;q=0.2, es-MX, ${Array.from({ length: 40 }, (_, i) => `qq${String.fromCharCode(97 + (i % 26))}-${10 + i}`).join(', ')}`;
    const list = readPreferences(header);
    const r = readers();
    expect(r.get(list).prefs).toBe(list);
    expect(r.get({ requested: list }).prefs).toBe(list);
    expect(r.get(list).uiLocale).toBe('es');
  });

  it('keeps different preferences apart', () => {
    const r = readers();
    expect(r.get('es,fr')).not.toBe(r.get('fr,es'));
    expect(r.get('es').uiLocale).toBe('es');
    expect(r.get('fr,es').uiLocale).toBe('fr');
  });
});

describe('a string and a list never share a cache entry, whatever came first', () => {
  // Lists are keyed by their items joined with NUL after a NUL; a header starting with NUL must not
  // find (or leave) the reader of the list it spells. Such a header names no tag: the default, en.
  it.each([
    ['\u0000fr', ['fr'], 'fr'],
    ['\u0000es\u0000fr', ['es', 'fr'], 'es'],
    ['\u0000ar', ['ar'], 'ar'],
  ])('get(%j) is en and get(%j) is %s, in either order', (text, list, fromList) => {
    for (const order of [[text, list], [list, text]] as const) {
      const r = readers();
      for (let seen = 0; seen < 2; seen++) for (const value of order) r.get(value); // cached, then ranked
      expect({ text: r.get(text).uiLocale, list: r.get(list).uiLocale }).toEqual({ text: 'en', list: fromList });
    }
  });
});

describe("the reader's site language is what negotiating the site's languages picks", () => {
  const content = ['en', 'es', 'es-419', 'fr', 'pt-PT', 'pt-BR', 'zh-Hant', 'zh', 'ar', 'de-AT'];
  const sites: [string, string[]][] = [
    ['the same list', content],
    ['a subsequence', ['en', 'es-419', 'pt-BR', 'zh']],
    ['another order', ['zh', 'pt-BR', 'es-419', 'en', 'de-AT']],
    ['languages without content', ['en', 'es', 'de', 'ja', 'zh-Hant']],
  ];
  const headers = ['es-MX', 'pt', 'pt-PT, pt;q=0.5', 'zh-TW', 'zh-CN', 'de-CH', 'de', 'ja, es;q=0.2', 'ar-EG', 'fr-CA, en;q=0.5', 'nn', '*'];
  it.each(sites)('%s', (_, site) => {
    const r = new Readers({
      config: readOptions({ defaultLocale: 'en', resources: { en: {} } }),
      siteLocales: () => site,
      contentLocales: () => content,
      catalogLocales: () => site,
    });
    for (const header of headers) {
      expect(r.get(header).uiLocale, header).toBe(negotiate(header, site).locale ?? 'en');
    }
  });
});

describe('a reader is ranked when their request comes back, and is served the same either way', () => {
  it('the first request leaves the reader unranked; the second ranks it', () => {
    const r = readers();
    expect(r.get('es-MX, fr;q=0.5').positions).toBeUndefined();
    expect(r.get('es-MX, fr;q=0.5').positions).toEqual([1, 2, 0]);
    expect(r.get(['es-MX', 'fr']).positions).toEqual([1, 2, 0]); // the same preferences
  });

  it('chooses the same version as a ranked reader, for random entries and headers (seeded)', () => {
    const content = ['en', 'en-GB', 'fr', 'fr-CA', 'es', 'es-419', 'pt-BR', 'pt-PT', 'zh-Hans', 'zh-Hant', 'sr',
      'sr-Latn', 'hr', 'nb', 'nn', 'da', 'ca', 'de', 'de-AT', 'ar', 'he', 'ja'];
    const headers = ['es-AR, en;q=0.5', 'zh-TW', 'zh-TW, en;q=0.1', 'pt-AO, es', 'nn, en-US', 'no', 'sh', 'ca, en',
      'de-LU, fr-BE;q=0.8', 'en-IN, hi', 'gsw', 'ko', '*', '', 'fr-CA, fr;q=0.9, en;q=0.8, de;q=0.1', 'ja, he, ar'];
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const options = (fallbacks: Record<string, string[]>) => ({
      config: readOptions({ defaultLocale: 'en', resources: { en: {} }, fallbacks }),
      siteLocales: () => content,
      contentLocales: () => content,
      catalogLocales: () => ['en', 'es', 'fr'],
    });
    const source = { title: 'T', body: 'B' };
    const mismatches: string[] = [];
    const settings: Record<string, string[]>[] = [{}, { ca: ['es'], nn: ['nb'], default: ['fr', 'en'] }];
    for (const fallbacks of settings) {
      for (let n = 0; n < 300; n++) {
        // An entry in a random subset of the content locales, each translation complete, partial or outdated.
        const data = new Map<string, Record<string, unknown>>();
        for (const locale of content) {
          if (locale !== 'en' && random() > 0.35) continue;
          if (locale === 'en' && random() < 0.2) continue;
          const kind = random();
          data.set(locale, kind < 0.5 ? { ...source } : kind < 0.75 ? { title: 'T' } : { ...source, '@meta': { sourceHash: 'stale' } });
        }
        if (data.size === 0) continue;
        if (random() < 0.4) {
          // Sometimes the source is declared, so that it need not be the entry's first locale.
          const declared = [...data.keys()][Math.floor(random() * data.size)]!;
          data.set(declared, { ...source, '@meta': { source: declared } });
        }
        const record = buildRecord('a', data, 'en', new Map(content.map((locale, i) => [locale, i])));
        const header = headers[Math.floor(random() * headers.length)]!;
        for (const skip of [false, true]) {
          const fresh = new Readers(options(fallbacks)).get(header);
          const seen = new Readers(options(fallbacks));
          seen.get(header);
          const ranked = seen.get(header);
          const [a, b] = [chooseVersion(record, fresh, skip).locale, chooseVersion(record, ranked, skip).locale];
          const all = record.alternates.map((alt) => alt.locale);
          const [c, d] = [fresh.firstAlong(all), ranked.firstAlong(all)];
          if (a !== b || c !== d) mismatches.push(`${header} in ${JSON.stringify([...data.keys()])} (skip ${skip}): ${a}/${c} vs ${b}/${d}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
