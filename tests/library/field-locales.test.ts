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

  // A translated field of another kind than the source's is missing: the source's value, its locale, one problem.
  // [French fields, entry served, fieldLocales, status, fields reported]
  const kinds: [Record<string, unknown>, Record<string, unknown>, Record<string, string>, string, string[]][] = [
    [
      { title: 'Bonjour', summary: null, date: null },
      { title: 'Bonjour', summary: 'Summary', date: '2025-03-04', body: 'Body' },
      { title: 'fr', summary: 'en', date: 'fr', body: 'en' },
      'partial',
      ['summary', 'date'],
    ],
    [
      { title: 'Bonjour', summary: 'Résumé', body: ['array'] },
      { title: 'Bonjour', summary: 'Résumé', date: '2025-03-04', body: 'Body' },
      { title: 'fr', summary: 'fr', date: 'fr', body: 'en' },
      'partial',
      ['body'],
    ],
    [
      { title: 'Bonjour', summary: 7, body: { text: 'x' }, date: 'le 4 mars' },
      { title: 'Bonjour', summary: 'Summary', date: '2025-03-04', body: 'Body' },
      { title: 'fr', summary: 'en', date: 'fr', body: 'en' },
      'partial',
      ['summary', 'body', 'date'],
    ],
    // A date-shaped string is no text: it does not translate a text field.
    [
      { title: 'Bonjour', summary: '2025-03-04', body: 'Corps' },
      { title: 'Bonjour', summary: 'Summary', date: '2025-03-04', body: 'Corps' },
      { title: 'fr', summary: 'en', date: 'fr', body: 'fr' },
      'partial',
      ['summary'],
    ],
    [
      { title: 'Bonjour', summary: 'Résumé', body: 'Corps', date: '2025-03-05' },
      { title: 'Bonjour', summary: 'Résumé', date: '2025-03-05', body: 'Corps' },
      { title: 'fr', summary: 'fr', date: 'fr', body: 'fr' },
      'translated',
      [],
    ],
  ];
  it.each(kinds)('French %j is served as %j from %j (%s)', (fr, entry, fieldLocales, status, reported) => {
    const problems: { code: string; key?: string }[] = [];
    const resources = {
      en: { articles: { a: { title: 'Hello', summary: 'Summary', date: '2025-03-04', body: 'Body' } } },
      fr: { articles: { a: fr } },
    };
    const library = createContentLibrary({ defaultLocale: 'en', locales: ['en', 'fr'], resources, onProblem: (p) => problems.push(p) });
    const r = library.resolve('a', 'fr')!;
    expect(r.locale).toBe('fr');
    expect(r.entry).toEqual(entry);
    expect(r.fieldLocales).toEqual(fieldLocales);
    expect(r.alternates.find((a) => a.locale === 'fr')?.status).toBe(status);
    library.resolve('a', 'fr');
    library.resolve('a', 'fr-CA');
    expect(problems.filter((p) => p.code === 'INVALID_FIELD').map((p) => p.key)).toEqual(reported.map((name) => `a.${name}`));
  });
});
