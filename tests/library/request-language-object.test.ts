import { describe, expect, it } from 'vitest';
import { createContentLibrary, requestLanguage, switcherLinks } from '../../src/index.node.js';
import { siteResources } from '../fixtures/site.js';

const library = createContentLibrary({ defaultLocale: 'en', resources: siteResources() });

const get = (path: string, headers: Record<string, string> = {}): Request => new Request(new URL(path, 'http://127.0.0.1'), { headers });

describe('the library takes what requestLanguage returns', () => {
  // [request, what the same reader passes as a tag list]
  const cases: [string, Request, readonly string[]][] = [
    ['GET /x, Accept-Language: es-MX, en', get('/x', { 'accept-language': 'es-MX, en;q=0.5' }), ['es-MX', 'en']],
    ['GET /fr/articles/report', get('/fr/articles/report'), ['fr']],
    ['GET /x?lang=ar', get('/x?lang=ar'), ['ar']],
    ['GET /x (nothing)', get('/x'), []],
  ];
  it.each(cases)('%s: resolve, reader, switcher and alsoAvailable read the object as its tags', (_, request, tags) => {
    const lang = requestLanguage(request, { locales: library.locales() });
    expect(lang.requested).toEqual(tags);
    expect(library.resolve('report', lang)).toEqual(library.resolve('report', tags));
    expect(library.reader(lang)).toEqual(library.reader(tags));
    expect(library.switcher('report', lang)).toEqual(library.switcher('report', tags));
    expect(library.alsoAvailable('report', lang)).toEqual(library.alsoAvailable('report', tags));
  });

  it('a Spanish reader’s object is served with a Spanish notice, not the default language silently', () => {
    const lang = requestLanguage(get('/x', { 'accept-language': 'es' }), { locales: library.locales });
    const r = library.resolve('english-only', lang)!;
    expect([r.uiLocale, r.notice?.kind, r.notice?.locale]).toEqual(['es', 'unavailable', 'es']);
  });

  it('an object whose requested is not own data is no preference (never thrown on)', () => {
    const inherited = Object.create({ requested: ['es'] }) as object;
    const getter = { get requested() { throw new Error('read'); } };
    for (const value of [inherited, getter, { requested: 'es' }, {}]) {
      expect(library.resolve('report', value as never)?.requested).toBeNull();
    }
  });
});

describe('requestLanguage(request, { locales }) and switcherLinks(items, { url })', () => {
  it('takes the function library.locales as well as its list', () => {
    const request = get('/es/articles/report');
    expect(requestLanguage(request, { locales: library.locales })).toEqual(requestLanguage(request, { locales: library.locales() }));
  });

  it.each([
    ['{}', {}],
    ['{ locales: "en" }', { locales: 'en' }],
    ['undefined', undefined],
  ])('requestLanguage(request, %s) throws a ConfigError naming { locales: library.locales }', (_, options) => {
    expect(() => requestLanguage(get('/x'), options as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', message: expect.stringContaining('{ locales: library.locales }') }));
  });

  it('switcherLinks takes the entry id from the items when it is not passed again', () => {
    const links = switcherLinks(library.switcher('report', 'es'), { url: '/{locale}/articles/{id}' });
    expect(links.map((l) => l.href)).toEqual(library.locales().map((l) => `/${l}/articles/report`));
  });

  it('switcherLinks with {id} and items without one throws a ConfigError naming the fix', () => {
    const items = library.switcher('report', 'es')!.map(({ id: _, ...rest }) => rest);
    expect(() => switcherLinks(items as never, { url: '/{locale}/articles/{id}' })).toThrow(/pass the items library\.switcher\(id, …\) returns, or \{ url, id \}/);
  });
});
