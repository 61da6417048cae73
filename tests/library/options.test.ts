import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ConfigError, createContentLibrary, type ContentLibraryOptions } from '../../src/index.node.js';
import { siteResources } from '../fixtures/site.js';

const resources = siteResources();

// [what is wrong, options, code, part of the message]
const bad: [string, unknown, string, string][] = [
  ['no options', undefined, 'INVALID_OPTION', 'options must be an object'],
  ['no defaultLocale', { resources }, 'INVALID_LOCALE', 'defaultLocale'],
  ['a malformed defaultLocale', { defaultLocale: 'en_US!', resources }, 'INVALID_LOCALE', 'defaultLocale'],
  ['neither resources nor i18n', { defaultLocale: 'en' }, 'INVALID_OPTION', 'give resources or i18n'],
  ['a resources key that is no tag', { defaultLocale: 'en', resources: { 'not a tag': {} } }, 'INVALID_LOCALE', 'resources key "not a tag"'],
  ['a non-canonical resources key', { defaultLocale: 'en', resources: { en_US: { articles: {} } } }, 'INVALID_OPTION', 'write "en-US"'],
  ['locales without the default', { defaultLocale: 'en', resources, locales: ['fr'] }, 'INVALID_OPTION', 'must include defaultLocale'],
  ['a bad fallback chain', { defaultLocale: 'en', resources, fallbacks: { ca: 'es' } }, 'INVALID_OPTION', 'fallbacks.ca'],
  ['an unknown labelStyle', { defaultLocale: 'en', resources, labelStyle: 'fancy' }, 'INVALID_OPTION', 'labelStyle'],
  ['a misspelt option', { defaultLocale: 'en', resources, fallback: {} }, 'INVALID_OPTION', 'unknown option "fallback"'],
  ['a catalog without @@locale', { defaultLocale: 'en', resources, catalogs: [{}] }, 'INVALID_CATALOG', 'catalogs[0]'],
  ['an empty contentNamespace', { defaultLocale: 'en', resources, contentNamespace: '' }, 'INVALID_OPTION', 'contentNamespace'],
];

describe('createContentLibrary(options) rejects a bad configuration', () => {
  it.each(bad)('%s', (_what, options, code, message) => {
    let error: unknown;
    try {
      createContentLibrary(options as ContentLibraryOptions);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ name: 'ConfigError', code });
    expect((error as Error).message).toContain(message);
  });
});

describe('createContentLibrary(options)', () => {
  it('uses an existing i18next instance without changing its language', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'fr', resources: resources as never });
    const library = createContentLibrary({ defaultLocale: 'en', i18n });
    expect(library.resolve('english-only', 'es')?.notice?.locale).toBe('es');
    expect(library.resolve('everywhere', 'ru')?.locale).toBe('ru');
    expect(i18n.language).toBe('fr');
  });

  it('serves content added to the store at run time', () => {
    const library = createContentLibrary({ defaultLocale: 'en', resources: siteResources() });
    expect(library.resolve('english-only', 'es')?.locale).toBe('en');
    library.i18n.addResourceBundle('es', 'articles', { 'english-only': { title: 'Ya en español', body: '<p>Hola.</p>' } }, true, true);
    expect(library.resolve('english-only', 'es')).toMatchObject({ locale: 'es', notice: null });
    expect(library.resolve('brand-new', 'en')).toBeNull();
    library.i18n.addResourceBundle('en', 'articles', { 'brand-new': { title: 'New' } }, true, true);
    expect(library.resolve('brand-new', 'en')?.entry.title).toBe('New');
  });

  it('restricts the site languages to `locales` and follows `fallbacks`', () => {
    const library = createContentLibrary({
      defaultLocale: 'en',
      resources: siteResources(),
      locales: ['en', 'es', 'fr', 'ca'],
      fallbacks: { ca: ['es'], default: ['en'] },
    });
    expect(library.locales()).toEqual(['en', 'es', 'fr', 'ca']);
    const r = library.resolve('everywhere', 'ca')!;
    expect(r).toMatchObject({ uiLocale: 'ca', locale: 'es', match: 'fallback' });
    expect(r.notice?.locale).toBe('ca');
  });

  it('uses a site override of a notice message, and falls back from a broken one with a problem reported', () => {
    const problems: string[] = [];
    const res = siteResources() as Record<string, Record<string, unknown>>;
    res.es = { ...res.es, notice: { unavailable: 'Solo en {served}, lo sentimos.' } };
    res.fr = { ...res.fr, notice: { unavailable: 'Cassé {served' } };
    const library = createContentLibrary({ defaultLocale: 'en', resources: res, onProblem: (p) => problems.push(p.code) });
    expect(library.resolve('english-only', 'es')?.notice?.text).toBe('Solo en inglés, lo sentimos.');
    const fr = library.resolve('english-only', 'fr')!.notice!;
    expect(fr.locale).toBe('fr');
    expect(fr.text).toContain('anglais');
    expect(problems).toEqual(['INVALID_MESSAGE']);
    expect(library.problems()[0]?.message).toContain('fr');
  });

  it('lets a site add a language the package has no catalog for', () => {
    const res = siteResources() as Record<string, Record<string, unknown>>;
    res.eo = { articles: {}, notice: { unavailable: 'Ĉi tiu paĝo ne ekzistas en la lingvo {requested}; ĝi estas montrata en la lingvo {served}.' } };
    const library = createContentLibrary({ defaultLocale: 'en', resources: res });
    const notice = library.resolve('english-only', 'eo')!.notice!;
    expect(notice.locale).toBe('eo');
    expect(notice.text).toBe('Ĉi tiu paĝo ne ekzistas en la lingvo Esperanto; ĝi estas montrata en la lingvo angla.');
    // A kind the site did not translate comes from the English catalog, and says so in its locale.
    const note = library.switcher('english-only', 'eo')!.find((item) => item.locale === 'fr')!.note!;
    expect(note.locale).toBe('en');
    expect(note.text).toContain('English');
  });

  it('escapes what it inserts into notice HTML', () => {
    const res = siteResources() as Record<string, Record<string, unknown>>;
    res.es = { ...res.es, notice: { unavailable: '<script>alert(1)</script> {requested} & {served}' } };
    const html = createContentLibrary({ defaultLocale: 'en', resources: res }).resolve('english-only', 'es')!.notice!.html;
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&amp;');
  });
});
