import { describe, expect, it } from 'vitest';
import {
  MAX_PREFERENCES,
  MAX_READ,
  canonicalizeTag,
  languageOf,
  parseAcceptLanguage,
  readPreferences,
  scriptKey,
} from '../../src/negotiation/index.js';

describe('parseAcceptLanguage', () => {
  const table: [string, unknown, string[]][] = [
    ['q-values order', 'en;q=0.5, fr;q=0.9, de', ['de', 'fr', 'en']],
    ['ties keep header order', 'fr;q=0.8, en;q=0.8, de;q=0.8', ['fr', 'en', 'de']],
    ['default q is 1', 'en;q=1, fr, de;q=1.000', ['en', 'fr', 'de']],
    ['q=0 excluded', 'en;q=0, fr, de;q=0.000', ['fr']],
    ['* is not returned', '*;q=0.5, en', ['en']],
    ['only *', '*', []],
    ['_ read as -', 'en_US, pt_br;q=0.5', ['en-US', 'pt-BR']],
    ['case canonicalized', 'EN-us, ZH-hant-tw', ['en-US', 'zh-Hant-TW']],
    ['invalid tags dropped', 'en, 123, fr-, -de, e!n, es', ['en', 'es']],
    ['malformed q: letters', 'en;q=abc, fr', ['fr']],
    ['malformed q: above 1', 'en;q=1.5, fr', ['fr']],
    ['malformed q: 4 decimals', 'en;q=0.1234, fr', ['fr']],
    ['malformed q: empty', 'en;q=, fr;q', []],
    ['malformed q: 1.001', 'en;q=1.001, fr;q=0.001', ['fr']],
    ['unknown parameters ignored', 'en;foo=bar;q=0.5, fr', ['fr', 'en']],
    ['duplicates keep first position, highest q', 'en;q=0.2, fr;q=0.5, en;q=0.9', ['en', 'fr']],
    ['aliases merge duplicates', 'iw, he;q=0.5', ['he']],
    ['spaces and empty entries', ' en ;  q=0.5 ,, , fr ', ['fr', 'en']],
    ['legacy tags', 'i-klingon, no-bok', ['tlh', 'nb']],
    ['private use only dropped', 'x-pig-latin, en', ['en']],
    ['NUL inside a tag', 'en\u0000, fr', ['fr']],
    // What the character scanner must read as RFC 9110 and a regular expression's \s do.
    ['Unicode spaces around a range and a q-value', '\u00a0fr\u2003;\u3000q=0.5\ufeff, \u2028de', ['de', 'fr']],
    ['a space inside a range drops it', 'en US, fr', ['fr']],
    ['q read without case, first q wins', 'en;Q=0.3;q=0.9, fr;q=0.5', ['fr', 'en']],
    ['q without = is malformed', 'en;q;q=0.5, fr', ['fr']],
    ['spaces around = and value', 'en; q = 0.7 , fr;q=0.8', ['fr', 'en']],
    ['q=1. and q=0. read as 1 and 0', 'en;q=1., fr;q=0., de;q=0.5', ['en', 'de']],
    ['a leading zero or sign is malformed', 'en;q=01, fr;q=+0.5, de;q=.5, es', ['es']],
    ['an empty parameter list is q=1', 'de;q=0.5, en;', ['en', 'de']],
    ['subtags of 9 characters are no range', 'abcdefghi, en-abcdefghi, fr-12345678', ['fr-12345678']],
    ['a duplicate with a higher q keeps the first place', 'de;q=0.5, fr;q=0.8, DE;q=0.8', ['de', 'fr']],
    ['X- and x_ are private use', 'X-foo, x_bar, x, en', ['en']],
    // A range's place is where it first stands, whatever the q-value there: q=0, or a lower one.
    ['a range refused with q=0 and listed again keeps the first place', 'de;q=0, fr, de', ['de', 'fr']],
    ['a tie is ordered by first places, not by where the best q-values stand', 'fr;q=0.5, EN_us;q=0.1, de;q=0.5, en-US;q=0.5', ['fr', 'en-US', 'de']],
    ['two spellings of one tag: the first place of either', 'he;q=0.5, de, iw', ['he', 'de']],
    ['q=1.000 is 1, Q = 0.5 is read, q=0.5001 is malformed', 'en;q=0.5001, de;Q = 0.5, fr;q=1.000', ['fr', 'de']],
    ['non-string: null', null, []],
    ['non-string: number', 42, []],
    ['non-string: array', ['en'], []],
    ['non-string: object', { toString: () => 'en' }, []],
  ];
  it.each(table)('%s: parseAcceptLanguage(%j) → %j', (_name, header, expected) => {
    expect(parseAcceptLanguage(header)).toEqual(expected);
  });

  it(`returns at most ${MAX_PREFERENCES} tags`, () => {
    const header = Array.from({ length: 100 }, (_, i) => `en-${String(i + 100)}`).join(', ');
    expect(parseAcceptLanguage(header)).toHaveLength(MAX_PREFERENCES);
  });

  it('parseAcceptLanguage(1 MB header) returns quickly and bounded', () => {
    const header = 'en-US;q=0.9, '.repeat(40_000) + 'fr'.repeat(300_000);
    const started = performance.now();
    const result = parseAcceptLanguage(header);
    expect(performance.now() - started).toBeLessThan(200);
    expect(result).toEqual(['en-US']);
  });

  it('parseAcceptLanguage(header cut mid-tag) drops the cut entry', () => {
    const header = `${'x'.repeat(4090)}, de-CH-1996`;
    expect(parseAcceptLanguage(header)).toEqual([]);
  });

  it('parseAcceptLanguage(header cut in a q-value) drops the cut entry', () => {
    // The first 4,096 characters end in `fr;q=1.`, which would read as q=1.
    const header = `${'x'.repeat(4083)}, de, fr;q=1.000`;
    expect(header.slice(0, 4096).endsWith('fr;q=1.')).toBe(true);
    expect(parseAcceptLanguage(header)).toEqual(['de']);
  });
});

describe('readPreferences', () => {
  const table: [string, unknown, string[]][] = [
    ['a tag', 'es-MX', ['es-MX']],
    ['a tag with _', 'en_GB', ['en-GB']],
    ['an invalid tag', '*', []],
    ['a header', 'de;q=0.5, fr', ['fr', 'de']],
    ['a header with ; only', 'de;q=0.5', ['de']],
    // Ten tags wanted: the two invalid ranges make the ten best ranges yield eight, and the next are read.
    ['a header whose best ranges are invalid', 'abcde, fghij, de, fr, it, es, pt, nl, sv, da, fi, pl', ['de', 'fr', 'it', 'es', 'pt', 'nl', 'sv', 'da', 'fi', 'pl']],
    ['the same with q-values, the next ones tied', 'abcde, de;q=0.9, fghij, fr;q=0.9, it;q=0.9, es;q=0.9, pt;q=0.9, nl;q=0.9, sv;q=0.9, da;q=0.9, fi;q=0.9, pl;q=0.9, cs;q=0.9', ['de', 'fr', 'it', 'es', 'pt', 'nl', 'sv', 'da', 'fi', 'pl']],
    ['an array (non-strings skipped)', ['en_GB', 42, null, 'fr', 'en-GB'], ['en-GB', 'fr']],
    ['an array of headers is not split', ['en, fr'], []],
    ['undefined', undefined, []],
    ['an object', { 0: 'en', length: 1 }, []],
  ];
  it.each(table)('%s: readPreferences(%j) → %j', (_name, input, expected) => {
    expect(readPreferences(input)).toEqual(expected);
  });

  it('returns the same frozen array for the same header (cached)', () => {
    const a = readPreferences('fr-CH, fr;q=0.9');
    expect(readPreferences('fr-CH, fr;q=0.9')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it('readPreferences(10k-element array) is bounded', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => `en-${String(100 + (i % 800))}`);
    expect(readPreferences(many)).toHaveLength(MAX_READ);
  });
});

describe('tags', () => {
  const canonical: [unknown, string | undefined][] = [
    ['EN_us', 'en-US'], [' fr-ca ', 'fr-CA'], ['iw', 'he'], ['in', 'id'], ['ji', 'yi'], ['mo', 'ro'],
    ['sh', 'sr-Latn'], ['no', 'no'], ['nb', 'nb'], ['i-klingon', 'tlh'], ['en-GB-oed', 'en-GB-oxendict'],
    ['zh-min-nan', 'nan'], ['art-lojban', 'jbo'], ['en-US-u-ca-gregory', 'en-US-u-ca-gregory'],
    ['*', undefined], ['', undefined], ['x-foo', undefined], ['root', undefined], ['en-', undefined],
    ['__proto__', undefined], ['en\u0000', undefined], [`en-${'a'.repeat(70)}`, undefined],
    [null, undefined], [42, undefined], [{}, undefined],
  ];
  it.each(canonical)('canonicalizeTag(%j) → %j', (input, expected) => {
    expect(canonicalizeTag(input)).toBe(expected);
  });

  const scripts: [string, string | undefined][] = [
    ['zh-TW', 'zh-Hant'], ['zh', 'zh-Hans'], ['zh-HK', 'zh-Hant'], ['sr', 'sr-Cyrl'], ['sh', 'sr-Latn'],
    ['en-US', 'en-Latn'], ['nb', 'no-Latn'], ['no', 'no-Latn'], ['nn', 'nn-Latn'], ['und', 'und'], ['*', undefined],
  ];
  it.each(scripts)('scriptKey(%j) → %j', (input, expected) => {
    expect(scriptKey(input)).toBe(expected);
  });

  it.each([['iw-IL', 'he'], ['zh-Hant-TW', 'zh'], ['nb', 'nb'], ['*', undefined]] as const)(
    'languageOf(%j) → %j',
    (input, expected) => expect(languageOf(input)).toBe(expected),
  );
});
