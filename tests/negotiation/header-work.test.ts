/**
 * The work of reading a header is bounded by what can come out of it, not by its length: entries
 * not shaped like a language range never reach `Intl`, only the best ranges by q-value are
 * canonicalized, and a reader keeps no more preferences than best fit can weigh. Counted, not timed:
 * each canonicalization is a call of `Intl.getCanonicalLocales`. Every tag here is new to the
 * process (a run-specific region or variant), so no cache answers for it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_PREFERENCES, MAX_READ, negotiate, parseAcceptLanguage, readPreferences } from '../../src/negotiation/index.js';

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

  it('the best ranges by q-value are the ones canonicalized', () => {
    const header = `${Array.from({ length: 200 }, (_, i) => `${fresh('d', i)};q=0.5`).join(',')},${fresh('e', 1)},${fresh('e', 2)};q=0.9`;
    expect(readPreferences(header).slice(0, 3)).toEqual([fresh('e', 1), fresh('e', 2), fresh('d', 0)]);
  });

  it('an entry not shaped like a language range never reaches Intl', () => {
    const header = ['e!n', '123', 'fr-', '-de', 'en--US', 'abcdefghi', `en-${'a'.repeat(70)}`, '*', 'x y'].join(', ');
    expect(canonicalizations(() => expect(parseAcceptLanguage(header)).toEqual([]))).toBe(0);
  });
});
