import { describe, expect, it } from 'vitest';
import { createContentLibrary, type Resolution } from '../../src/index.node.js';
import { siteResources } from '../fixtures/site.js';

const library = createContentLibrary({ defaultLocale: 'en', resources: siteResources() });
const { resolve } = library;

type Expect = Partial<Pick<Resolution, 'locale' | 'match' | 'uiLocale' | 'requested' | 'dir'>> & { notice?: string | null };

// [id, requested, expected]: the notice column is its kind and locale, or null.
const scenarios: [string, unknown, Expect][] = [
  ['english-only', 'es', { locale: 'en', match: 'fallback', uiLocale: 'es', requested: 'es', notice: 'unavailable/es' }],
  ['english-only', 'es-ES,es;q=0.9', { locale: 'en', uiLocale: 'es', requested: 'es-ES', notice: 'unavailable/es' }],
  ['english-only', 'en', { locale: 'en', match: 'exact', notice: null }],
  ['english-only', 'en-US', { locale: 'en', match: 'exact', notice: null }],
  ['everywhere', 'fr', { locale: 'fr', match: 'exact', uiLocale: 'fr', notice: null }],
  ['everywhere', 'es-MX', { locale: 'es', match: 'variant', notice: null }],
  ['latam', 'es-MX', { locale: 'es-419', match: 'variant', uiLocale: 'es-419', notice: null }],
  ['everywhere', 'de, fr;q=0.8', { locale: 'fr', match: 'exact', uiLocale: 'fr', requested: 'de', notice: null }],
  ['english-only', 'de', { locale: 'en', uiLocale: 'en', requested: 'de', notice: null }],
  ['everywhere', 'ar-EG', { locale: 'ar', dir: 'rtl', uiLocale: 'ar', notice: null }],
  ['english-only', 'ar', { locale: 'en', dir: 'ltr', notice: 'unavailable/ar' }],
  ['hans-only', 'zh-TW', { locale: 'zh', match: 'variant', uiLocale: 'zh-Hant', notice: 'unavailable/zh-Hant' }],
  ['everywhere', 'zh-TW', { locale: 'zh-Hant', notice: null }],
  ['report', 'es', { locale: 'es', notice: 'partial/es' }],
  ['report', 'fr', { locale: 'fr', notice: 'outdated/fr' }],
  ['fr-original', 'en', { locale: 'en', notice: null }],
  ['fr-original', 'ru', { locale: 'en', uiLocale: 'ru', notice: 'unavailable/ru' }],
  ['everywhere', undefined, { locale: 'en', uiLocale: 'en', requested: null, notice: null }],
  ['everywhere', ['ru', 'fr'], { locale: 'ru', requested: 'ru', notice: null }],
  ['everywhere', '*', { locale: 'en', requested: null, notice: null }],
  ['everywhere', 'en_US', { locale: 'en', requested: 'en-US', notice: null }],
];

describe('resolve(id, requested)', () => {
  it.each(scenarios)('resolve(%j, %j)', (id, requested, expected) => {
    const r = resolve(id, requested as never);
    expect(r).not.toBeNull();
    const { notice, ...fields } = expected;
    expect(r).toMatchObject(fields);
    if (notice !== undefined) expect(r!.notice && `${r!.notice.kind}/${r!.notice.locale}`).toBe(notice);
  });

  it('returns null for unknown and inherited ids, never throwing', () => {
    for (const id of ['nope', 'constructor', '__proto__', 'toString', 'hasOwnProperty', '', 42, null, undefined, {}, Symbol('x')]) {
      expect(resolve(id as never, 'es')).toBeNull();
    }
  });

  it('serves the fields as stored, source fields filling a partial translation, without metadata', () => {
    const r = resolve('report', 'es')!;
    expect(r.entry).toEqual({ title: 'Informe anual', date: '2024-05-02', body: '<p>The year in figures.</p>' });
    expect(Object.keys(resolve('english-only', 'en')!.entry)).not.toContain('@meta');
  });

  it('lists every available locale in alternates, with autonyms and status', () => {
    const r = resolve('report', 'en')!;
    expect(r.alternates.map((a) => [a.locale, a.status])).toEqual([
      ['en', 'source'],
      ['es', 'partial'],
      ['fr', 'outdated'],
    ]);
    expect(r.alternates.find((a) => a.locale === 'es')?.label).toBe('Español');
  });

  it('takes the source from @meta.source', () => {
    expect(library.entry('fr-original')?.source).toBe('fr');
    expect(resolve('fr-original', 'en')!.alternates.find((a) => a.locale === 'fr')?.status).toBe('source');
  });

  it('works when destructured and when called with hostile input', () => {
    const hostile = ['', '*', ';q=1', 'x'.repeat(100_000), 'en;q=abc', '\u0000', '../../etc', ['*', 42, null], { length: 3 }, 1e9, true];
    for (const h of hostile) expect(() => resolve('everywhere', h as never)).not.toThrow();
  });
});

describe('notices', () => {
  it('tells a Spanish reader, in Spanish, that the page is shown in English', () => {
    const n = resolve('english-only', 'es')!.notice!;
    expect(n).toMatchObject({ kind: 'unavailable', locale: 'es', dir: 'ltr' });
    expect(n.text).toContain('español');
    expect(n.text).toContain('inglés');
    expect(n.html).toMatch(/^<p [^>]*lang="es" dir="ltr"/);
  });

  it('names scripts when only the script differs', () => {
    const n = resolve('hans-only', 'zh-TW')!.notice!;
    expect(n.text).toContain('繁體');
    expect(n.text).toContain('簡體');
  });

  it('writes Arabic notices right to left', () => {
    const n = resolve('english-only', 'ar')!.notice!;
    expect(n.dir).toBe('rtl');
    expect(n.html).toContain('dir="rtl"');
  });

  it('gives the date of the source in outdated notices, in the notice language', () => {
    const n = resolve('report', 'fr')!.notice!;
    expect(n.text).toContain('2024');
    expect(n.text).toMatch(/juin/);
  });

  it('can serve the source instead of an outdated translation', () => {
    const strict = createContentLibrary({ defaultLocale: 'en', resources: siteResources(), outdated: 'source' });
    const r = strict.resolve('report', 'fr')!;
    expect(r.locale).toBe('en');
    expect(r.notice?.kind).toBe('outdated');
    expect(r.notice?.locale).toBe('fr');
    // The French version exists but is out of date: "not available in French" would be untrue.
    expect(r.notice?.text).toBe('Cette page n’est pas à jour en français. Elle vous est proposée dans sa langue originale (anglais).');
  });

  it.each([
    ['localized', 'inglés'],
    ['autonym', 'English'],
    ['english-autonym', 'Spanish : Español'],
  ] as const)('labelStyle %s names languages as %s', (labelStyle, label) => {
    const styled = createContentLibrary({ defaultLocale: 'en', resources: siteResources(), labelStyle });
    expect(styled.resolve('english-only', 'es')!.notice!.text).toContain(label);
  });
});

describe('switcher(id, requested) and alsoAvailable(id, requested)', () => {
  it('lists every site language, marks the current one, and notes those that fall back', () => {
    const items = library.switcher('report', 'es')!;
    expect(items.map((i) => i.locale)).toEqual(library.locales());
    expect(items.find((i) => i.current)?.locale).toBe('es');
    const ru = items.find((i) => i.locale === 'ru')!;
    expect(ru).toMatchObject({ served: 'en', label: 'Русский' });
    expect(ru.note?.locale).toBe('es');
    expect(ru.note?.text).toContain('inglés');
    expect(items.find((i) => i.locale === 'fr')?.note).toBeNull();
    expect(library.switcher('nope', 'es')).toBeNull();
  });

  it('names the other languages of an entry in the reader’s language', () => {
    const message = library.alsoAvailable('report', 'es')!;
    expect(message.locale).toBe('es');
    expect(message.text).toContain('inglés');
    expect(message.text).toContain('francés');
    expect(library.alsoAvailable('english-only', 'en')).toBeNull();
  });
});
