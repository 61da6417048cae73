/**
 * Language labels as a native reader expects them inside a sentence: an autonym is capitalized only
 * where it stands alone; catalogs correct CLDR's names and the way their language writes labels.
 */
import { describe, expect, it } from 'vitest';
import { createContentLibrary } from '../../src/index.node.js';
import { englishOnlySite } from './site.js';

describe("'autonym' labels: the reader's own language inside a sentence in that language", () => {
  it.each([
    ['es', 'no está disponible en español'],
    ['fr', 'n’est pas disponible en français'],
    ['it', '(italiano)'],
    ['pt', '(português)'],
    ['pt-PT', '(português)'],
    ['ca', '(català)'],
    ['da', '(dansk)'],
    ['sv', '(svenska)'],
    ['nb', '(norsk bokmål)'],
    ['bg', '(български)'],
    ['et', '(eesti)'],
  ])('%s: %s', (locale, words) => {
    const notice = englishOnlySite([locale], 'autonym').resolve('article', locale)!.notice!;
    expect(notice.text).toContain(words);
    // Another language's autonym in the same sentence keeps its capital.
    expect(notice.text).toContain('English');
  });

  it('an autonym standing alone (the language switcher) is capitalized', () => {
    const labels = englishOnlySite(['es', 'et', 'fr'], 'autonym').switcher('article', 'es')!.map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['Español', 'Eesti', 'Français']));
  });
});

describe("a catalog's own names (@@names)", () => {
  it.each([
    ['id', 'Bahasa Indonesia'],
    ['ms', 'Bahasa Melayu'],
  ])('%s: the switcher reads "%s"', (locale, label) => {
    const site = englishOnlySite([locale]);
    expect(site.switcher('article', locale)!.find((item) => item.locale === locale)!.label).toBe(label);
  });

  it.each([
    ['id', 'localized', '(bahasa Indonesia)'],
    ['id', 'autonym', '(bahasa Indonesia)'],
    ['id', 'english-autonym', '(Indonesian : Bahasa Indonesia)'],
    ['ms', 'localized', '(bahasa Melayu)'],
  ] as const)('%s, %s: %s inside the sentence', (locale, style, words) => {
    expect(englishOnlySite([locale], style).resolve('article', locale)!.notice!.text).toContain(words);
  });

  it('Urdu names Indonesian with ش (CLDR misspells it with ث)', () => {
    const site = createContentLibrary({
      defaultLocale: 'id',
      resources: { id: { articles: { article: { title: 'Artikel' } } }, ur: { articles: {} } },
    });
    const text = site.resolve('article', 'ur')!.notice!.text;
    expect(text).toContain('انڈونیشیائی');
    expect(text).not.toContain('انڈونیثیائی');
  });
});

describe('how a catalog writes labels', () => {
  it('French: a no-break space before the colon of "English : English" labels', () => {
    const text = englishOnlySite(['fr'], 'english-autonym').resolve('article', 'fr')!.notice!.text;
    expect(text).toContain('French\u00a0: Français');
    expect(text).toContain('English\u00a0: English');
    expect(text).not.toMatch(/ :/);
  });

  it('English keeps a plain " : "', () => {
    const site = createContentLibrary({ defaultLocale: 'fr', resources: { fr: { articles: { a: { title: 'A' } } }, en: { articles: {} } }, labelStyle: 'english-autonym' });
    expect(site.resolve('a', 'en')!.notice!.text).toContain('in French : Français instead');
  });

  it.each([
    ['localized', '(tiếng Việt)', '(tiếng Anh)'],
    ['autonym', '(tiếng Việt)', '(English)'],
  ] as const)('Vietnamese, %s: names start lowercase inside a sentence', (style, own, english) => {
    const text = englishOnlySite(['vi'], style).resolve('article', 'vi')!.notice!.text;
    expect(text).toContain(own);
    expect(text).toContain(english);
  });

  it('Vietnamese: the switcher still shows "Tiếng Việt"', () => {
    expect(englishOnlySite(['vi']).switcher('article', 'vi')!.find((item) => item.locale === 'vi')!.label).toBe('Tiếng Việt');
  });
});

describe("a site's own notice namespace may set the same catalog settings", () => {
  it('@@labelSeparator and @@listPatterns for German', () => {
    const site = createContentLibrary({
      defaultLocale: 'de',
      labelStyle: 'english-autonym',
      resources: {
        de: { articles: { a: { title: 'A' } }, notice: { '@@labelSeparator': ' / ', '@@listPatterns': { pair: '{0} sowie {1}' } } },
        en: { articles: { a: { title: 'A' } } },
        fr: { articles: { a: { title: 'A' } } },
      },
    });
    expect(site.alsoAvailable('a', 'de')!.text).toBe('Diese Seite ist auch in folgenden Sprachen verfügbar: English / English sowie French / Français.');
  });
});
