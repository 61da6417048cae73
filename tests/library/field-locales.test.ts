import { describe, expect, it } from 'vitest';
import { createContentLibrary, responseHeaders } from '../../src/index.node.js';
import { siteResources } from '../fixtures/site.js';

const library = createContentLibrary({ defaultLocale: 'en', resources: siteResources() });

describe('resolve(id, requested).fieldLocales and responseHeaders(r)', () => {
  // [id, requested, fieldLocales, Content-Language]
  const cases: [string, string, Record<string, string>, string][] = [
    // Spanish has the title only: the body is the English source's; the date carries no language.
    ['report', 'es', { title: 'es', date: 'es', body: 'en' }, 'es, en'],
    ['report', 'en', { title: 'en', date: 'en', body: 'en' }, 'en'],
    // An outdated translation is still all French.
    ['report', 'fr', { title: 'fr', date: 'fr', body: 'fr' }, 'fr'],
    // Not available in Spanish: all of it is English, one language.
    ['english-only', 'es', { title: 'en', date: 'en', body: 'en' }, 'en'],
    ['everywhere', 'ar', { title: 'ar', body: 'ar' }, 'ar'],
  ];
  it.each(cases)('resolve(%j, %j).fieldLocales → %j; Content-Language: %s', (id, requested, fieldLocales, header) => {
    const r = library.resolve(id, requested)!;
    expect(r.fieldLocales).toEqual(fieldLocales);
    expect(Object.keys(r.fieldLocales)).toEqual(Object.keys(r.entry));
    expect(responseHeaders(r)['Content-Language']).toBe(header);
  });

  it('a blank translated field is the source’s, and says so', () => {
    const resources = {
      en: { articles: { a: { title: 'Title', body: 'Body' } } },
      fr: { articles: { a: { title: 'Titre', body: '' } } },
    };
    const r = createContentLibrary({ defaultLocale: 'en', resources }).resolve('a', 'fr')!;
    expect(r.entry).toEqual({ title: 'Titre', body: 'Body' });
    expect(r.fieldLocales).toEqual({ title: 'fr', body: 'en' });
    expect(r.notice?.kind).toBe('partial');
  });
});
