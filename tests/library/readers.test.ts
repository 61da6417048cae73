import { describe, expect, it } from 'vitest';
import { readOptions } from '../../src/options.js';
import { Readers } from '../../src/reader.js';

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
