/**
 * `r.fieldFormats`: the format of each served field that declares one (`@meta.fieldFormats`), taken
 * from the version the field is served from, so that a site renders a Markdown body as Markdown
 * whichever locale it came from.
 */
import { describe, expect, it } from 'vitest';
import { createContentLibrary } from '../../src/index.node.js';

const MD = { '@meta': { fieldFormats: { body: 'markdown' } } };
const resources = {
  en: {
    articles: {
      harbour: { title: 'Harbour', body: '# Harbour\n\nText.', ...MD },
      plain: { title: 'Plain', body: '<p>HTML.</p>' },
      mixed: { title: 'Mixed', summary: '*short*', body: '<p>HTML.</p>', '@meta': { fieldFormats: { summary: 'markdown', body: 'html', title: 42 } } },
    },
  },
  // es translates all of harbour; fr only its title (the body is the source's Markdown); de writes
  // plain's body as Markdown where its source is HTML.
  es: { articles: { harbour: { title: 'Puerto', body: '# Puerto\n\nTexto.', ...MD }, plain: { title: 'Llano', body: '<p>HTML.</p>' } } },
  fr: { articles: { harbour: { title: 'Port' } } },
  de: { articles: { plain: { title: 'Schlicht', body: '**Text.**', ...MD } } },
};
const library = createContentLibrary({ defaultLocale: 'en', resources });

describe('resolve(id, requested).fieldFormats', () => {
  // [id, requested, fieldFormats, fieldLocales.body]
  const cases: [string, string, Record<string, string>, string][] = [
    ['harbour', 'en', { body: 'markdown' }, 'en'],
    ['harbour', 'es', { body: 'markdown' }, 'es'],
    // Partial: the body is the English Markdown, and says so.
    ['harbour', 'fr', { body: 'markdown' }, 'en'],
    ['plain', 'en', {}, 'en'],
    ['plain', 'es', {}, 'es'],
    // The German body is Markdown, the English one was not: each field as its own version says.
    ['plain', 'de', { body: 'markdown' }, 'de'],
    // Unknown formats ("html", a number) are left out: the field is served as stored.
    ['mixed', 'en', { summary: 'markdown' }, 'en'],
  ];
  it.each(cases)('resolve(%j, %j).fieldFormats → %j (body from %s)', (id, requested, formats, bodyFrom) => {
    const r = library.resolve(id, requested)!;
    expect(r.fieldFormats).toEqual(formats);
    expect(r.fieldLocales.body).toBe(bodyFrom);
    expect(r.entry).not.toHaveProperty('@meta');
  });

  it('a field a translation leaves blank takes the source’s text and the source’s format', () => {
    const blank = createContentLibrary({
      defaultLocale: 'en',
      resources: { en: { articles: { a: { title: 'A', body: '# A', ...MD } } }, it: { articles: { a: { title: 'Una', body: '' } } } },
    });
    expect(blank.resolve('a', 'it')).toMatchObject({ entry: { title: 'Una', body: '# A' }, fieldFormats: { body: 'markdown' } });
  });

  it('entry(id) versions say the same', () => {
    expect(library.entry('harbour')!.versions.get('fr')!.fieldFormats).toEqual({ body: 'markdown' });
    expect(library.entry('plain')!.versions.get('en')!.fieldFormats).toEqual({});
  });
});
