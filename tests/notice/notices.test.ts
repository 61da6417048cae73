import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
    // Vietnamese writes names lowercase inside a sentence ("tiếng Anh"), where CLDR capitalizes them.
    expect(notice.text.toLocaleLowerCase(locale)).toContain(english(locale).toLocaleLowerCase(locale));
    const ownName = new Intl.DisplayNames([locale], { type: 'language' }).of(locale === 'zh-Hant' || locale === 'pt-PT' ? locale.slice(0, 2) : locale)!;
    expect(notice.text.toLocaleLowerCase(locale)).toContain(ownName.toLocaleLowerCase(locale));
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

  // Read from the file itself, against lists written here, so that a renderer that skips a kind,
  // a style or a catalog cannot pass by agreeing with itself.
  const doc = readFileSync(new URL('../../docs/notices.md', import.meta.url), 'utf8');
  const folders = readdirSync(new URL('../../locales/', import.meta.url));
  const KINDS = ['unavailable', 'partial', 'outdated', 'outdatedUndated', 'outdated, source served', 'alsoAvailable', 'fallbackLabel'];
  const STYLE_NAMES = ['localized', 'autonym', 'english-autonym'];
  /** Lines of `### <locale>, <style>`, up to the next heading. */
  const block = (locale: string, style: string): string[] => {
    const lines = doc.split('\n');
    const start = lines.indexOf(`### ${locale}, ${style}`);
    if (start === -1) return [];
    const end = lines.findIndex((line, i) => i > start && line.startsWith('#'));
    return lines.slice(start + 1, end === -1 ? undefined : end).filter((line) => line.startsWith('- **'));
  };

  it('has one section per catalog folder in locales/', () => {
    const sections = doc.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3).split(' ')[0]);
    expect(sections.sort()).toEqual(folders.sort());
  });

  it.each(folders.flatMap((locale) => STYLE_NAMES.map((style) => [locale, style])))('%s, %s: every kind, with text', (locale, style) => {
    const lines = block(locale, style);
    for (const kind of KINDS) {
      const found = lines.filter((line) => line.startsWith(`- **${kind}** (`));
      expect(found.length, `${locale} ${style} ${kind}`).toBeGreaterThan(0);
      for (const line of found) expect(line, line).toMatch(/\): \S/u);
      for (const line of found) expect(line, line).not.toContain('*(none)*');
    }
    for (const length of ['1 language)', '2 languages)', '4 languages)']) {
      expect(lines.some((line) => line.startsWith(`- **alsoAvailable** (${length}`)), `${locale} ${style} list of ${length}`).toBe(true);
    }
    expect(lines.some((line) => line.startsWith('- **outdated** (source updated 2021-10-01)')), 'a date on the 1st').toBe(true);
  });

  it.each([
    ['zh-Hant', '因此改以簡體中文顯示'],
    ['zh', '因此改以繁体中文显示'],
  ])('shows the script case for %s readers', (locale, words) => {
    expect(block(locale, 'localized').find((line) => line.startsWith('- **unavailable** (other script'))).toContain(words);
  });

  it('shows the isolates of right-to-left notices', () => {
    for (const locale of ['ar', 'fa', 'he', 'ur']) expect(block(locale, 'english-autonym').join('\n')).toMatch(/\[FSI\]English : English\[PDI\]/);
  });
});
