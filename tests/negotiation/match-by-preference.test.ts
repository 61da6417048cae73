/**
 * A list's best fit put together from formatjs's answers about single preferences and pairs
 * (src/negotiation/match-by-preference.ts) must be formatjs's answer for the whole list. The
 * oracle is @formatjs/intl-localematcher on the whole list; the lists are the rewritten ones
 * best fit shows it (matcherInput), over probes chosen to fall into the same band of distance
 * often: the pair and whole-list paths are counted, so that a run that never took them fails.
 */
import { match } from '@formatjs/intl-localematcher';
import { describe, expect, it } from 'vitest';
import { matcherInput, prepareAvailable } from '../../src/negotiation/best-fit.js';
import { isPlaceHolder, PreferenceAnswers } from '../../src/negotiation/match-by-preference.js';

const SITES: Record<string, string[]> = {
  'six UN languages': ['en', 'fr', 'es', 'ru', 'ar', 'zh'],
  'regional variants': ['en', 'en-GB', 'pt-BR', 'pt-PT', 'es', 'es-419', 'zh-Hant', 'zh-Hans', 'ar-MA', 'sr-Latn', 'sr', 'nb', 'da'],
  'close languages': ['es', 'ca', 'pt', 'gl', 'it', 'nb', 'sv', 'da', 'hr', 'bs', 'sr', 'ms', 'id', 'hi', 'ur'],
};

// Languages CLDR puts near each other, in scripts and regions that give distances across the
// whole range under the threshold (so that two preferences often land in the same band of 5).
const LANGUAGES = ['en', 'es', 'pt', 'ca', 'gl', 'eu', 'it', 'fr', 'oc', 'nb', 'nn', 'no', 'da', 'sv', 'hr', 'bs', 'sr', 'ms', 'id', 'hi', 'ur', 'zh', 'ar', 'ru', 'uk', 'be', 'az', 'uz', 'gsw', 'de', 'ku'];
const SCRIPTS = ['', '', '', 'Latn', 'Cyrl', 'Arab', 'Hans', 'Hant', 'Deva'];
const REGIONS = ['', '', 'US', 'GB', 'AU', 'IN', 'BR', 'PT', 'AO', 'MX', '419', 'ES', 'AR', 'TW', 'HK', 'CN', 'MA', 'EG', 'BA', 'RS', 'ME', 'AD', 'CH', 'QM', '150'];

function seeded(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
}

const NONE = 'und-x-none';

describe('best fit from single preferences and pairs is formatjs\'s answer for the whole list', () => {
  it.each(Object.entries(SITES))('%s', (_name, site) => {
    const prepared = prepareAvailable(site);
    const formatjs = (desired: string[]) => {
      const found = match(desired, site, NONE, { algorithm: 'best fit' });
      return found === NONE ? undefined : found;
    };
    const shapes = { pairs: 0, wholeLists: 0 };
    let current = '';
    const asked = (desired: string[]) => {
      if (desired.join() === current) shapes.wholeLists++;
      else if (desired.filter((tag) => !isPlaceHolder(tag)).length === 2) shapes.pairs++;
      return formatjs(desired);
    };
    const answers = new PreferenceAnswers(10);
    const next = seeded(site.length);
    const differ: string[] = [];
    for (let run = 0; run < 6_000; run++) {
      const list = Array.from({ length: 1 + next(12) }, () => [LANGUAGES[next(LANGUAGES.length)], SCRIPTS[next(SCRIPTS.length)], REGIONS[next(REGIONS.length)]].filter(Boolean).join('-'));
      const desired = matcherInput(list, prepared);
      if (desired.length === 0) continue;
      current = desired.join();
      const expected = formatjs(desired);
      const got = answers.match(desired, asked);
      if (got !== expected) differ.push(`${desired.join(',')}: ${got}, formatjs ${expected}`);
    }
    expect(differ).toEqual([]);
    // The paths that need formatjs's answer about two preferences, or about the whole list, were taken.
    expect(shapes).toEqual({ pairs: expect.any(Number), wholeLists: expect.any(Number) });
    expect(Math.min(shapes.pairs, shapes.wholeLists)).toBeGreaterThan(0);
  });
});

/**
 * The same, against a matcher of known distances: the scan of UTS #35 §4.4 (a preference's
 * distance plus 5 per place before it, the lowest under 50, the earliest on a tie), over tables of
 * distances chosen to fall into one band often, forms shared by several preferences included
 * (there, formatjs's answer about two preferences cannot tell which won).
 */
describe('against a scan of known distances', () => {
  const DISTANCES = [0, 0.25, 0.5, 3, 4, 4.5, 5, 8, 9, 10, 13, 14, 19, 20, 26, 27, 33, 40, 44, 49, 55];
  const FORMS = ['a', 'b', 'c'];
  const scan = (table: ReadonlyMap<string, readonly [string, number]>) => (desired: string[]) => {
    let best = 50;
    let form: string | undefined;
    for (const tag of desired) {
      const entry = table.get(tag);
      if (entry !== undefined && entry[1] < best) [form, best] = entry;
      best -= 5;
    }
    return form;
  };

  it.each([
    // [table: tag form distance, list, expected]: p and q pick form a in one band (q scores lower),
    // r picks b between them: r must lose to q, though it beats p.
    // Scores: p 33, q 26 + 5, r 17 + 15 (all three in one band).
    [{ p: ['a', 33], q: ['a', 26], r: ['b', 17] }, ['p', 'q', 'und-x-skip2', 'r'], 'a'],
    [{ p: ['a', 33], q: ['a', 26], r: ['b', 15] }, ['p', 'q', 'und-x-skip2', 'r'], 'b'],
    [{ p: ['a', 4], q: ['b', 0] }, ['p', 'q'], 'a'],
    [{ p: ['a', 5], q: ['b', 0] }, ['p', 'q'], 'a'],
    [{ p: ['a', 5.5], q: ['b', 0] }, ['p', 'q'], 'b'],
    [{ p: ['a', 49] }, ['p'], 'a'],
    [{ p: ['a', 45] }, ['und-x-skip0', 'p'], undefined],
    [{ p: ['a', 44] }, ['und-x-skip0', 'p'], 'a'],
  ] as const)('%j, %j: %s', (entries, list, expected) => {
    const matcher = scan(new Map(Object.entries(entries).map(([tag, [form, distance]]) => [tag, [form, distance] as const])));
    expect(matcher([...list])).toBe(expected); // the table says what the case claims
    const answers = new PreferenceAnswers(10);
    expect(answers.match(list, matcher)).toBe(expected); // learning
    for (const tag of Object.keys(entries)) answers.match([tag], matcher);
    expect(answers.match(list, matcher)).toBe(expected); // every preference known
  });

  it('random tables and lists', () => {
    const next = seeded(11);
    const differ: string[] = [];
    for (let run = 0; run < 20_000; run++) {
      const table = new Map(Array.from({ length: 6 }, (_, i) => [`t${i}`, [FORMS[next(FORMS.length)]!, DISTANCES[next(DISTANCES.length)]!] as const]));
      const matcher = scan(table);
      const answers = new PreferenceAnswers(10);
      // Several lists per table, the later ones with every preference known.
      for (let n = 0; n < 6; n++) {
        if (n === 3) for (const tag of table.keys()) answers.match([tag], matcher);
        const list = Array.from({ length: 1 + next(10) }, (_, i) => (next(4) === 0 ? `und-x-skip${i}` : `t${next(6)}`)).filter((tag, i, all) => all.indexOf(tag) === i);
        const expected = matcher(list);
        const got = answers.match(list, matcher);
        if (got !== expected) differ.push(`${JSON.stringify([...table])} ${list.join(',')}: ${got}, expected ${expected}`);
      }
    }
    expect(differ.slice(0, 5)).toEqual([]);
  });
});
