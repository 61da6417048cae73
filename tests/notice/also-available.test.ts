/**
 * "Also available in …": the labels in the library's style, joined as the catalog joins lists, and
 * a `count` so that a catalog can say one language and several each in its own words.
 */
import { describe, expect, it } from 'vitest';
import { createContentLibrary } from '../../src/index.node.js';
import type { LabelStyle } from '../../src/index.js';

const OTHERS = ['en', 'fr', 'es', 'ar'];

/** An article in `reader`'s language and the first `count` of OTHERS. */
function also(reader: string, count: number, labelStyle: LabelStyle = 'localized') {
  const resources: Record<string, Record<string, unknown>> = {};
  for (const locale of [reader, ...OTHERS.slice(0, count)]) resources[locale] = { articles: { a: { title: 'A', '@meta': { source: reader } } } };
  const library = createContentLibrary({ defaultLocale: reader, resources, labelStyle });
  return library.alsoAvailable('a', reader)!;
}

describe('one language and several', () => {
  it.each([
    ['de', 1, 'Diese Seite ist auch in folgender Sprache verfügbar: Englisch.'],
    ['de', 2, 'Diese Seite ist auch in folgenden Sprachen verfügbar: Englisch und Französisch.'],
    ['es', 1, 'Esta página también está disponible en el siguiente idioma: inglés.'],
    ['fr', 1, 'Cette page est également disponible dans la langue suivante\u00a0: anglais.'],
    ['ru', 1, 'Эта страница доступна также на следующем языке: английский.'],
    ['pl', 1, 'Ta strona jest dostępna również w następującym języku: angielski.'],
    ['tr', 1, 'Bu sayfa şu dilde de mevcuttur: İngilizce.'],
    ['ar', 1, 'هذه الصفحة متوفرة أيضًا باللغة التالية: الإنجليزية.'],
    ['ar', 2, 'هذه الصفحة متوفرة أيضًا باللغتين التاليتين: الإنجليزية والفرنسية.'],
    ['ar', 3, 'هذه الصفحة متوفرة أيضًا باللغات التالية: الإنجليزية والفرنسية والإسبانية.'],
    ['vi', 1, 'Trang này cũng có sẵn bằng ngôn ngữ sau: tiếng Anh.'],
    ['vi', 2, 'Trang này cũng có sẵn bằng các ngôn ngữ sau: tiếng Anh và tiếng Pháp.'],
  ])('%s, %i language(s): %s', (reader, count, text) => {
    expect(also(reader, count).text).toBe(text);
  });
});

describe('lists corrected by the catalog (@@listPatterns): no comma before the conjunction', () => {
  it.each([
    ['hi', ' और ', ', और '],
    ['ur', ' اور ', '، اور '],
    ['fa', ' و ', '، و '],
  ])('%s', (reader, conjunction, cldr) => {
    const text = also(reader, 4).text;
    expect(text).toContain(conjunction);
    expect(text).not.toContain(cldr);
    // The other separators stay CLDR's: four items, three joins.
    expect(text.split(conjunction)).toHaveLength(2);
  });
});

describe('labels in the library style', () => {
  it('autonyms, and the list isolates a right-to-left one in a left-to-right sentence', () => {
    const message = also('de', 4, 'autonym');
    expect(message.text).toBe('Diese Seite ist auch in folgenden Sprachen verfügbar: English, Français, Español und \u2068العربية\u2069.');
    expect(message.html).toContain('<bdi lang="en">English</bdi>, <bdi lang="fr">Français</bdi>');
    expect(message.html).toContain('und <bdi lang="ar">العربية</bdi>.');
  });

  it('"English : autonym", each run in its own language', () => {
    expect(also('de', 1, 'english-autonym').html).toContain('<bdi><span lang="en">English</span> : <span lang="en">English</span></bdi>');
    expect(also('de', 2, 'english-autonym').html).toContain('<bdi><span lang="en">French</span> : <span lang="fr">Français</span></bdi>');
  });
});
