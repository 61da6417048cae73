/**
 * A request value seen once (a crawler, a hostile or unusual header) costs best-fit passes bounded
 * by a constant, not by the number of languages it lists times the site's: the reader is ranked
 * only when the value comes back (src/reader/readers.ts). Counted, not timed: each pass is one call of
 * @formatjs/intl-localematcher's `ResolveLocale`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ResolveLocale } from '@formatjs/intl-localematcher';
import { createContentLibrary } from '../../src/index.js';

vi.mock('@formatjs/intl-localematcher', async (original) => {
  const real = await original<typeof import('@formatjs/intl-localematcher')>();
  return { ...real, ResolveLocale: vi.fn(real.ResolveLocale) };
});

const site = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'fi', 'nb', 'pl', 'cs', 'ro', 'hu', 'el', 'tr', 'ru', 'uk', 'ar', 'he', 'ja', 'ko', 'zh', 'hi', 'id', 'vi', 'th', 'ca', 'hr'];
const resources = Object.fromEntries(site.map((locale) => [locale, { articles: locale === 'en' || locale === 'ja' ? { a: { title: `A (${locale})` } } : {} }]));
// Every site language, in an order no real browser sends.
const header = [...site].reverse().join(', ');

afterEach(() => vi.mocked(ResolveLocale).mockClear());

describe('a request value seen once', () => {
  it('costs a few best-fit passes however many languages it lists; coming back, it is ranked once', () => {
    const library = createContentLibrary({ defaultLocale: 'en', resources });
    library.resolve('a', 'en'); // a first request warms nothing below: counts start here
    vi.mocked(ResolveLocale).mockClear();

    const first = library.resolve('a', header);
    const firstPasses = vi.mocked(ResolveLocale).mock.calls.length;
    vi.mocked(ResolveLocale).mockClear();
    const again = library.resolve('a', header);
    const rankingPasses = vi.mocked(ResolveLocale).mock.calls.length;
    vi.mocked(ResolveLocale).mockClear();
    library.resolve('a', header);

    expect(firstPasses).toBeLessThanOrEqual(3);
    // The ranking: a pass per locale the reader accepts (CLDR's demotion of later preferences puts
    // the last dozen or so out of reach).
    // (the first preference, a site language as written, is taken without a pass).
    expect(rankingPasses).toBeGreaterThanOrEqual(9);
    expect(vi.mocked(ResolveLocale).mock.calls.length).toBe(0); // ranked: later requests are lookups
    expect(again).toEqual(first);
    expect(first?.locale).toBe('ja'); // 'hr, ca, th, …, ja, …, en': ja comes before en
  });

  it('a preference that settles the answer ends what best fit is shown: later ones are not read', () => {
    const library = createContentLibrary({ defaultLocale: 'en', resources });
    library.resolve('a', 'en');
    vi.mocked(ResolveLocale).mockClear();
    // fr-FR is the site's fr once likely subtags are added: nothing after it can win.
    const r = library.resolve('a', 'tlh, fr-FR, de, it, es, ja, ko, zh, ru, ar');
    const shown = vi.mocked(ResolveLocale).mock.calls.flatMap(([, desired]) => desired).filter((tag) => !tag.startsWith('und-x-'));
    expect(r?.uiLocale).toBe('fr');
    // The site's languages: best fit stops at fr-FR. The entry's own (en, ja): at ja, which settles
    // it; tlh, fr, de, it and es are out of reach of both and only keep their places (the
    // private-use tags left out here). What follows fr-FR and ja is never shown to formatjs.
    expect(shown).toContain('fr-FR');
    expect(shown.filter((tag) => tag !== 'fr-FR' && tag !== 'ja')).toEqual([]);
    expect(r?.locale).toBe('ja');
  });
});
