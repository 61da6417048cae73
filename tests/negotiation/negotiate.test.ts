import { describe, expect, it } from 'vitest';
import { matchKind, negotiate, rankLocales, readPreferences } from '../../src/negotiation/index.js';
import type { MatchKind } from '../../src/negotiation/index.js';

type Row = [requested: unknown, available: string[], locale: string | null, match: MatchKind];
const show = (value: unknown) => JSON.stringify(value);

describe('negotiate', () => {
  const table: Row[] = [
    // exact: equal once likely subtags are added
    [['en-US'], ['en', 'fr'], 'en', 'exact'],
    [['en'], ['en-US', 'fr'], 'en-US', 'exact'],
    [['fr-FR', 'en'], ['en-US', 'fr-FR', 'en', 'fr'], 'fr-FR', 'exact'],
    ['en-us', ['EN-US', 'fr'], 'EN-US', 'exact'], // the caller's spelling is returned
    ['en-US-u-ca-buddhist', ['en', 'th'], 'en', 'exact'],
    // an available tag equal to a preference wins and is exact, whatever the list order
    ['de-CH-1996', ['de-CH', 'de-CH-1996'], 'de-CH-1996', 'exact'],
    ['en-US', ['en-US-windows', 'en', 'en-US'], 'en-US', 'exact'],
    ['sl-rozaj', ['sl', 'sl-rozaj'], 'sl-rozaj', 'exact'],
    ['en-GB-oed', ['en-GB', 'en-GB-oxendict', 'en'], 'en-GB-oxendict', 'exact'],
    ['qaa-PT', ['en', 'qaa-Zzzz-PT', 'qaa-PT'], 'qaa-PT', 'exact'], // found by npm run fuzz: no likely script for qaa
    [['fr', 'en-US'], ['fr-CA', 'en-US'], 'fr-CA', 'variant'], // an earlier preference still comes first
    // variant: same language, other region or script
    [['es-MX'], ['en', 'es-419'], 'es-419', 'variant'],
    [['es-AR'], ['es', 'es-419', 'en'], 'es-419', 'variant'],
    [['pt-BR'], ['en', 'pt-PT'], 'pt-PT', 'variant'],
    [['pt-AO'], ['pt-BR', 'pt-PT'], 'pt-PT', 'variant'],
    [['de', 'fr'], ['fr', 'de-AT'], 'de-AT', 'variant'],
    // the en-001 cluster (CLDR parentLocales / languageMatching): en-GB before en and en-US
    [['en-AU'], ['en', 'en-GB'], 'en-GB', 'variant'],
    [['en-AU'], ['en-US', 'en-GB'], 'en-GB', 'variant'],
    [['en-IN'], ['en', 'en-GB'], 'en-GB', 'variant'],
    [['en-NZ'], ['en-US', 'en-GB'], 'en-GB', 'variant'],
    // CLDR 48 puts CA in the $enUS cluster and en-CA is no child of en-001 (see docs/negotiation.md)
    [['en-CA'], ['en', 'en-GB'], 'en', 'variant'],
    // Traditional <-> Simplified Chinese, only as a last resort
    [['zh-TW'], ['en', 'zh-Hans'], 'zh-Hans', 'variant'],
    [['zh-Hant'], ['fr', 'zh-Hans-CN', 'en-US'], 'zh-Hans-CN', 'variant'],
    [['zh-CN'], ['zh-TW', 'en'], 'zh-TW', 'variant'],
    [['zh-TW', 'en'], ['zh-Hans', 'en'], 'en', 'exact'],
    [['zh-HK'], ['zh-Hans', 'zh-TW'], 'zh-TW', 'variant'],
    // Norwegian: no ~ nb are one language in CLDR, nn is another written standard
    ['no', ['nb', 'en'], 'nb', 'exact'],
    ['nb', ['no', 'en'], 'no', 'exact'],
    ['no-NO', ['nn', 'en'], 'nn', 'fallback'],
    ['nn', ['nb', 'en'], 'nb', 'fallback'],
    ['nn', ['nn-NO', 'nb'], 'nn-NO', 'exact'],
    // legacy codes
    ['iw', ['he', 'en'], 'he', 'exact'],
    ['he', ['iw', 'en'], 'iw', 'exact'],
    ['i-klingon', ['tlh', 'en'], 'tlh', 'exact'],
    ['sh', ['sr-Latn', 'en'], 'sr-Latn', 'exact'],
    ['mo', ['ro', 'en'], 'ro', 'exact'],
    // preferences trimmed to what CLDR can match, unless the site uses the rest (see best-fit.ts)
    ['qqq, fr', ['en', 'fr'], 'fr', 'exact'],
    ['qaa', ['en', 'qaa'], 'qaa', 'exact'],
    ['en-XA', ['en', 'en-XA'], 'en-XA', 'exact'],
    ['ca-ES-valencia', ['ca', 'es'], 'ca', 'variant'],
    ['ca-ES-valencia', ['ca', 'ca-ES-valencia', 'es'], 'ca-ES-valencia', 'exact'],
    // headers: q-values and demotion of later preferences
    ['fr;q=0.5, de', ['fr', 'de'], 'de', 'exact'],
    ['es-MX, en;q=0.8', ['en', 'es'], 'es', 'variant'],
    ['de-CH, en;q=0.5', ['en', 'de-AT'], 'de-AT', 'variant'],
    // nothing acceptable
    ['de', ['en', 'fr'], null, 'fallback'],
    ['ja', [], null, 'fallback'],
  ];
  it.each(table)('negotiate(%j, %j) → %s (%s)', (requested, available, locale, match) => {
    expect(negotiate(requested, available)).toEqual({ locale, match });
  });

  it("negotiate('de', list, { defaultLocale: '' }) answers '' even right after the same call without a default", () => {
    const list = ['en', 'fr'];
    expect(negotiate('de', list).locale).toBeNull();
    expect(negotiate('de', list, { defaultLocale: '' }).locale).toBe('');
    expect(negotiate('de', list).locale).toBeNull();
  });

  it("negotiate('de', ['en','fr'], { defaultLocale: 'en' }) → en (fallback)", () => {
    expect(negotiate('de', ['en', 'fr'], { defaultLocale: 'en' })).toEqual({ locale: 'en', match: 'fallback' });
  });

  it("negotiate('es-419', ['fr','es-MX','es-AR'], { defaultLocale: 'es-AR' }) → es-AR: the default wins ties", () => {
    expect(negotiate('es-419', ['fr', 'es-MX', 'es-AR']).locale).toBe('es-MX');
    expect(negotiate('es-419', ['fr', 'es-MX', 'es-AR'], { defaultLocale: 'es-AR' }).locale).toBe('es-AR');
  });

  const hostile: [string, unknown, unknown][] = [
    ['*', '*', ['en', 'fr']],
    ['en_US', 'en_US', ['en', 'fr']],
    ["''", '', ['en']],
    ['null', null, ['en']],
    ['a number', 42, ['en']],
    ['an object', { toString: () => { throw new Error('boom'); } }, ['en']],
    ['a Symbol', Symbol('en'), ['en']],
    ['NUL in a string', 'en\u0000US', ['en']],
    ['a 10k-element array', Array.from({ length: 10_000 }, () => 'x-y'), ['en']],
    ['hostile available', 'en', ['*', '', 'en_US', null, 42, 'i-klingon', 'x-bork', 'root']],
    ['available not an array', 'en', null],
    ['available with a throwing element', 'en', [{ toString: () => { throw new Error('boom'); } }]],
  ];
  it.each(hostile)('negotiate(%s) never throws', (_name, requested, available) => {
    const result = negotiate(requested, available as string[]);
    expect(['exact', 'variant', 'fallback']).toContain(result.match);
  });

  it("negotiate('en', ['*', 'en_US']) → 'en_US' as spelled", () => {
    expect(negotiate('en', ['*', 'en_US'])).toEqual({ locale: 'en_US', match: 'exact' });
  });

  it('negotiate keeps working after `available` is mutated', () => {
    const available = ['en', 'fr'];
    expect(negotiate('fr', available).locale).toBe('fr');
    available[1] = 'de';
    expect(negotiate('fr', available).locale).toBe(null);
  });
});

describe('matchKind', () => {
  const table: [string[], string, MatchKind][] = [
    [['en'], 'en-US', 'exact'],
    [['en-US'], 'en', 'exact'],
    [['en-GB'], 'en', 'variant'],
    [['es-MX'], 'es-419', 'variant'],
    [['pt-BR'], 'pt-PT', 'variant'],
    [['zh-TW'], 'zh-Hans', 'variant'],
    [['zh-TW'], 'zh-Hant', 'exact'],
    [['sr'], 'sr-Latn', 'variant'],
    [['no'], 'nb', 'exact'],
    [['nn'], 'nb', 'fallback'],
    [['iw'], 'he', 'exact'],
    [['en-US-u-ca-buddhist'], 'en', 'exact'],
    [['fr', 'en'], 'en', 'exact'],
    [['fr'], 'en', 'fallback'],
    [['und'], 'en', 'fallback'],
    [['*'], 'en', 'fallback'],
    [['en'], '*', 'fallback'],
  ];
  it.each(table)('matchKind(%j, %j) → %s', (preferences, locale, kind) => {
    expect(matchKind(preferences, locale)).toBe(kind);
  });
});

describe('rankLocales', () => {
  const table: [string, string[], string[]][] = [
    ['es-MX, en;q=0.5', ['en', 'es', 'es-419', 'fr'], ['es-419', 'es', 'en']],
    ['zh-TW, en;q=0.1', ['zh-Hans', 'en', 'zh-Hant'], ['zh-Hant', 'en', 'zh-Hans']],
    ['en-AU', ['en', 'en-US', 'en-GB', 'fr'], ['en-GB', 'en', 'en-US']],
    ['de', ['en', 'fr'], []],
    ['en', ['en-us', 'fr', 'EN-US'], ['en-us', 'EN-US']],
  ];
  it.each(table)('rankLocales(%j, %j) → %j', (header, available, expected) => {
    expect(rankLocales(readPreferences(header), available)).toEqual(expected);
  });

  const subsets: [string, string[], string[]][] = [
    ['es-MX', ['en', 'es', 'es-419'], ['en', 'es']],
    ['es-MX', ['en', 'es', 'es-419'], ['en']],
    ['zh-TW, en;q=0.1', ['zh-Hans', 'en', 'zh-Hant'], ['zh-Hans', 'en']],
    ['zh-TW, en;q=0.1', ['zh-Hans', 'en', 'zh-Hant'], ['zh-Hans']],
    ['en-AU', ['en', 'en-US', 'en-GB'], ['en', 'en-US']],
  ];
  it.each(subsets)('first of rankLocales(%j, %j) in %j equals negotiate', (header, available, subset) => {
    const ranked = rankLocales(readPreferences(header), available).find((l) => subset.includes(l)) ?? null;
    expect(ranked).toBe(negotiate(header, subset).locale);
  });

  it('subset property holds for random subsets of a large site (seeded)', () => {
    const site = ['en', 'en-GB', 'en-US', 'en-AU', 'fr', 'fr-CA', 'es', 'es-419', 'es-MX', 'pt-BR', 'pt-PT',
      'zh-Hans', 'zh-Hant', 'zh-HK', 'ar', 'ru', 'de', 'de-AT', 'de-CH', 'nb', 'nn', 'sr', 'sr-Latn', 'hr',
      'bs', 'ca', 'gl', 'da', 'af', 'nl', 'he', 'ja', 'ko'];
    const headers = ['en-CA', 'es-AR, en;q=0.5', 'zh-TW', 'zh-TW, en;q=0.1', 'pt-AO, es', 'nn, en-US', 'no',
      'de-LU, fr-BE;q=0.8, en;q=0.2', 'sh', 'ca, en', 'af', 'gsw', 'zh-Hans-HK', 'en-IN, hi', 'und-Hant', 'da'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const mismatches: string[] = [];
    for (const header of headers) {
      const ranked = rankLocales(readPreferences(header), site);
      for (let i = 0; i < 150; i++) {
        const subset = site.filter(() => random() < 0.3);
        const expected = negotiate(header, subset).locale;
        const first = ranked.find((l) => subset.includes(l)) ?? null;
        if (first !== expected) mismatches.push(`${show(header)} in ${show(subset)}: ${first} vs ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
