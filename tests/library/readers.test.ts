import { describe, expect, it } from 'vitest';
import { readOptions } from '../../src/options.js';
import { Readers } from '../../src/reader.js';
import { negotiate } from '../../src/negotiation/index.js';

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

  it('keeps different preferences apart', () => {
    const r = readers();
    expect(r.get('es,fr')).not.toBe(r.get('fr,es'));
    expect(r.get('es').uiLocale).toBe('es');
    expect(r.get('fr,es').uiLocale).toBe('fr');
  });
});

describe("the reader's site language, whether or not it can be read off the content ranking", () => {
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
