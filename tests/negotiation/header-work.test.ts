/**
 * The work of reading a header is bounded by what can come out of it, not by its length: entries
 * not shaped like a language range never reach `Intl`, only the best ranges by q-value are
 * canonicalized, and a reader keeps no more preferences than best fit can weigh. Counted, not timed:
 * each canonicalization is a call of `Intl.getCanonicalLocales`. Every tag here is new to the
 * process (a run-specific region or variant), so no cache answers for it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { canonicalizeTag, MAX_PREFERENCES, MAX_READ, negotiate, parseAcceptLanguage, readPreferences } from '../../src/negotiation/index.js';

afterEach(() => vi.restoreAllMocks());

/** Distinct, valid, never-seen tags: a language with a variant made of the test's key and `i`. */
const fresh = (key: string, i: number) => `de-1${key}${String(i).padStart(3, '0')}`;

function canonicalizations(run: () => unknown): number {
  const spy = vi.spyOn(Intl, 'getCanonicalLocales');
  run();
  const calls = spy.mock.calls.length;
  spy.mockRestore();
  return calls;
}

describe('reading a header costs what can come out of it', () => {
  it('a reader keeps the preferences best fit can weigh: ten (UTS #35 demotes each by 5 against a threshold of 50)', () => {
    expect(MAX_READ).toBe(10);
    const header = Array.from({ length: 12 }, (_, i) => `${['fr', 'de', 'it', 'es', 'pt', 'nl', 'sv', 'da', 'fi', 'pl', 'cs', 'en'][i]};q=0.${9 - Math.floor(i / 2)}`).join(', ');
    expect(readPreferences(header)).toEqual(['fr', 'de', 'it', 'es', 'pt', 'nl', 'sv', 'da', 'fi', 'pl']);
    expect(readPreferences(header.split(', ').map((entry) => entry.split(';')[0]))).toEqual(readPreferences(header));
    // The header itself is read whole (up to MAX_PREFERENCES tags).
    expect(parseAcceptLanguage(header)).toHaveLength(12);
    // The 11th preference could never be matched: the answer is the same with or without it.
    expect(negotiate('fr-CA;q=0.1, ' + header, ['en', 'cs']).locale).toBeNull();
  });

  it.each([
    ['250 plausible tags', Array.from({ length: 250 }, (_, i) => fresh('a', i)).join(',')],
    ['200 plausible tags, the best last', `${Array.from({ length: 200 }, (_, i) => `${fresh('b', i)};q=0.5`).join(',')},${fresh('c', 0)}`],
    ['2,000 one-letter entries', Array.from({ length: 2000 }, (_, i) => String.fromCharCode(97 + (i % 26))).join(',')],
    ['entries of punctuation and symbols', '€;q=1,'.repeat(600)],
  ])('%s: at most 3 ranges are canonicalized per tag wanted', (_name, header) => {
    expect(canonicalizations(() => parseAcceptLanguage(header))).toBeLessThanOrEqual(3 * MAX_PREFERENCES);
    expect(canonicalizations(() => readPreferences(`${header}, `))).toBeLessThanOrEqual(3 * MAX_READ);
  });

  it('ranges are counted once whatever their spellings: 300 spellings of one invalid range cost one attempt', () => {
    // Case and `_` variants of a range Intl refuses (a 5-letter language), then the tag that matters.
    const cased = (i: number) => [...'abcdefghij'].map((c, at) => ((i >> at) & 1 ? c.toUpperCase() : c)).join('');
    const spellings = Array.from({ length: 300 }, (_, i) => `${cased(i).slice(0, 5)}${i % 3 ? '-' : '_'}${cased(i).slice(5)}`);
    expect(new Set(spellings).size).toBe(300);
    const header = `${spellings.join(', ')}, ${fresh('f', 0)};q=0.5`;
    expect(canonicalizations(() => expect(readPreferences(header)).toEqual([fresh('f', 0)]))).toBeLessThanOrEqual(2);
    expect(header.length).toBeLessThan(4096);
    expect(parseAcceptLanguage(`${spellings.join(', ')}, fr;q=0.1`)).toEqual(['fr']);
  });

  it('the best ranges by q-value are the ones canonicalized', () => {
    const header = `${Array.from({ length: 200 }, (_, i) => `${fresh('d', i)};q=0.5`).join(',')},${fresh('e', 1)},${fresh('e', 2)};q=0.9`;
    expect(readPreferences(header).slice(0, 3)).toEqual([fresh('e', 1), fresh('e', 2), fresh('d', 0)]);
  });

  it('an entry not shaped like a language range never reaches Intl', () => {
    const header = ['e!n', '123', 'fr-', '-de', 'en--US', 'abcdefghi', `en-${'a'.repeat(70)}`, '*', 'x y'].join(', ');
    expect(canonicalizations(() => expect(parseAcceptLanguage(header)).toEqual([]))).toBe(0);
  });
});

describe('tags already canonical in shape cost no Intl call once their subtags are known', () => {
  // Subtags learnt from tags Intl left unchanged (each is canonicalized once, the slow way).
  const known = ['de-AT', 'fr-CH', 'pt-BR', 'es-419', 'en-Latn-US', 'sr-Cyrl-RS', 'it-IT', 'nl-BE', 'pl-PL', 'sv-SE'];

  it('a header of 60 language-script-region tags never seen before: 0 canonicalizations', () => {
    for (const tag of known) expect(parseAcceptLanguage(tag)).toEqual([tag]);
    const languages = ['de', 'fr', 'pt', 'es', 'en', 'sr', 'it', 'nl', 'pl', 'sv'];
    const regions = ['AT', 'CH', 'BR', '419', 'US', 'RS', 'IT', 'BE', 'PL', 'SE'];
    // New to the process: combinations no test read before, in any case.
    const tags = Array.from({ length: 60 }, (_, i) => `${languages[i % 10]}-${['Latn', 'Cyrl'][i % 2]}-${regions[(i * 3 + 1) % 10]}`);
    const header = tags.map((tag, i) => `${i % 3 ? tag : tag.toUpperCase()};q=0.${String(900 - i).padStart(3, '0')}`).join(', ');
    let read: string[] = [];
    expect(canonicalizations(() => (read = parseAcceptLanguage(header)))).toBe(0);
    expect(read).toEqual([...new Set(tags)].slice(0, MAX_PREFERENCES));
  });

  // Intl's own answers (CLDR aliases), after every subtag of the expected form has been seen: an
  // alias of a language, script or region is never taken for a known subtag.
  it.each([
    ['sgn-BR', 'bzs', 'sgn-ZZ'], // the one alias of a language and a region together
    ['sgn-US', 'ase', 'sgn-ZZ'],
    ['iw-IL', 'he-IL', 'he-IL'],
    ['in-ID', 'id-ID', 'id-ID'],
    ['mo-MD', 'ro-MD', 'ro-MD'],
    ['tl-PH', 'fil-PH', 'fil-PH'],
    ['sh', 'sr-Latn', 'sr-Latn'],
    ['cnr', 'sr-ME', 'sr-ME'],
    ['hy-SU', 'hy-AM', 'hy-AM'], // a region alias that depends on the language
    ['en-840', 'en-US', 'en-US'],
    ['en-Qaai', 'en-Zinh', 'en-Zinh'],
    ['zh-cmn-Hans', 'zh-Hans', 'zh-Hans'],
    ['no', 'no', 'nb-NO'],
    ['EN-latn-us', 'en-Latn-US', 'en-Latn-US'],
  ])('canonicalizeTag(%j) → %j, after %s was read', (tag, expected, seen) => {
    canonicalizeTag(seen);
    expect(canonicalizeTag(tag)).toBe(expected);
    expect(readPreferences(`${tag}, x-${tag}`)).toEqual([expected]);
  });
});

describe('hostile headers get the answer a browser header would', () => {
  const site = ['en', 'fr', 'es', 'ru', 'ar', 'zh', 'he', 'nb', 'sr-Latn', 'zh-Hant'];
  const unreachable = (n: number, q: string) => Array.from({ length: n }, (_, i) => `qq${String.fromCharCode(97 + (i % 26))}-${String.fromCharCode(65 + ((i / 26) % 26))}${String.fromCharCode(65 + (i % 7))};q=${q}`).join(',');
  // [what, header, expected locale]
  const table: [string, string, string | null][] = [
    ['1,000 tags after the one that matters', `fr, ${unreachable(1000, '0.9')}`, 'fr'],
    ['1,000 tags of lower q before it, within the 4,096 characters read', `${unreachable(300, '0.4')}, es;q=0.5`, 'es'],
    ['a tag beyond the 4,096 characters read is not read (MAX_HEADER_LENGTH)', `${unreachable(1000, '0.4')}, es;q=0.5`, null],
    ['q-values that reorder', 'en;q=0.1, zh-cmn-Hans;q=0.9, fr;q=0.5', 'zh'],
    ['q-values that reorder, Traditional', 'en;q=0.1, zh-cmn-Hant;q=0.9, fr;q=0.5', 'zh-Hant'],
    ['duplicates: the first position and the highest q', 'es;q=0.1, fr, es', 'es'],
    ['duplicates in other spellings', 'ES_es;q=0.1, fr, es-ES', 'es'],
    ['iw is Hebrew', 'de, iw;q=0.9, en;q=0.8', 'he'],
    ['no is Norwegian Bokmål', 'da-DK;q=0.3, no;q=0.9', 'nb'],
    ['sh is Serbian in Latin', 'sh-RS, ru;q=0.5', 'sr-Latn'],
    ['zh-cmn-Hans is Chinese', 'zh-cmn-Hans, en;q=0.1', 'zh'],
    ['the 11th distinct preference is never weighed', `${['de', 'it', 'pt', 'nl', 'sv', 'pl', 'cs', 'fi', 'hu', 'tr'].join(',')}, fr`, null],
  ];
  it.each(table)('%s', (_what, header, expected) => {
    expect(negotiate(header, site).locale).toBe(expected);
    // Read as a list, the same preferences give the same answer.
    expect(negotiate([...readPreferences(header)], site).locale).toBe(expected);
  });
});

describe('a canonical form does not depend on what was read before', () => {
  // The engine leaves some bare languages as they are (tw, bh) but aliases them beside a region or
  // script (tw-GH → ak-GH): a tag read first must not teach the reader a shortcut that skips that.
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const languages = [...letters].flatMap((a) => [...letters].map((b) => a + b));
  it.each(['NG', 'Latn', 'Latn-IN'])('every two-letter language alone, then with -%s: as the engine canonicalizes it', (suffix) => {
    const wrong: string[] = [];
    for (const language of languages) {
      let expected: string;
      try {
        expected = Intl.getCanonicalLocales(`${language}-${suffix}`)[0]!;
        Intl.getCanonicalLocales(language);
      } catch {
        continue;
      }
      parseAcceptLanguage(language);
      const [read] = parseAcceptLanguage(`${language}-${suffix}`);
      if (read !== undefined && read !== expected) wrong.push(`${language}-${suffix} → ${read} (engine: ${expected})`);
    }
    expect(wrong).toEqual([]);
  });
});
