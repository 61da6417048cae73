import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createContentLibrary } from '../../src/index.node.js';
import { catalogLocales, renderGolden } from './golden.js';

const RTL = new Set(['ar', 'fa', 'he', 'ur']);
const resources: Record<string, Record<string, unknown>> = { en: { articles: { note: { title: 'Note', body: '<p>English.</p>' } } } };
for (const locale of catalogLocales) resources[locale] ??= { articles: {} };
const library = createContentLibrary({ defaultLocale: 'en', resources });
const english = (tag: string) => new Intl.DisplayNames([tag], { type: 'language' }).of('en')!;

describe('a reader of each built-in language shown an English-only article', () => {
  it('covers the 46 built-in catalogs', () => expect(catalogLocales).toHaveLength(46));

  it.each(catalogLocales.filter((l) => l !== 'en'))('resolve(note, %s) → notice in that language naming both', (locale) => {
    const r = library.resolve('note', locale)!;
    expect(r.locale).toBe('en');
    expect(r.uiLocale).toBe(locale);
    const notice = r.notice!;
    expect(notice).toMatchObject({ kind: 'unavailable', locale, dir: RTL.has(locale) ? 'rtl' : 'ltr' });
    expect(notice.text).toContain(english(locale));
    const ownName = new Intl.DisplayNames([locale], { type: 'language' }).of(locale === 'zh-Hant' || locale === 'pt-PT' ? locale.slice(0, 2) : locale)!;
    expect(notice.text).toContain(ownName);
    expect(notice.html).toContain(`lang="${locale}" dir="${notice.dir}"`);
  });

  it('isolates a Latin autonym inside a right-to-left notice', () => {
    const autonyms = createContentLibrary({ defaultLocale: 'en', resources, labelStyle: 'autonym' });
    for (const locale of RTL) {
      const notice = autonyms.resolve('note', locale)!.notice!;
      expect(notice.html).toContain('<bdi lang="en">English</bdi>');
      expect(notice.text).toContain('\u2068English\u2069');
    }
  });

  it.each([
    ['ca', 'anglès'],
    ['de', 'Englisch'],
  ])('a %s reader on a site with that language gets the notice in it', (locale, englishName) => {
    const site = createContentLibrary({ defaultLocale: 'en', resources: { en: resources.en!, [locale]: { articles: {} } } });
    const notice = site.resolve('note', `${locale}-ES,${locale};q=0.9`)!.notice!;
    expect(notice.locale).toBe(locale);
    expect(notice.text).toContain(englishName);
  });

  it('a reader whose language the site lacks gets no notice', () => {
    const site = createContentLibrary({ defaultLocale: 'en', resources: { en: resources.en!, fr: { articles: {} } } });
    expect(site.resolve('note', 'de')).toMatchObject({ uiLocale: 'en', notice: null });
  });
});

describe('the golden file docs/notices.md', () => {
  it('is current (run `npm run golden` after changing a catalog)', () => {
    const golden = renderGolden();
    if (process.env.UPDATE_GOLDEN) writeFileSync(new URL('../../docs/notices.md', import.meta.url), golden);
    expect(readFileSync(new URL('../../docs/notices.md', import.meta.url), 'utf8')).toBe(golden);
  });
});
