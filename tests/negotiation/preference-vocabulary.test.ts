/**
 * The rewrite of preferences before formatjs sees them (src/negotiation/preference-vocabulary.ts)
 * must keep formatjs's answer: for each site, each probe tag is matched by
 * @formatjs/intl-localematcher as it is and as rewritten, and the two answers must be equal. The
 * oracle is formatjs itself, on the tag as a reader sent it.
 */
import { match } from '@formatjs/intl-localematcher';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { reducePreference, vocabularyOf } from '../../src/negotiation/preference-vocabulary.js';
import { canonicalizeTag } from '../../src/negotiation/index.js';
import { matcherInput, prepareAvailable } from '../../src/negotiation/best-fit.js';
// @ts-expect-error: a plain .mjs module without types (an array of tags).
import { LOCALES as BENCH_SITE } from '../../bench/corpus.mjs';

const require = createRequire(import.meta.url);
const likely = Object.keys(require('cldr-core/supplemental/likelySubtags.json').supplemental.likelySubtags as object);
const languages = likely.filter((tag) => /^[a-z]{2,3}$/.test(tag));

const SITES: Record<string, string[]> = {
  'six UN languages': ['en', 'fr', 'es', 'ru', 'ar', 'zh'],
  'regional variants': ['en', 'en-GB', 'pt-BR', 'pt-PT', 'es', 'es-419', 'zh-Hant', 'zh-Hans', 'ar-MA', 'sr-Latn', 'sr'],
  'the bench site (30 locales)': BENCH_SITE as string[],
};
const SCRIPTS = ['', 'Latn', 'Cyrl', 'Arab', 'Hans', 'Hant', 'Deva', 'Jpan', 'Ethi'];
const REGIONS = ['', 'US', 'GB', 'AO', 'BR', 'PT', 'MX', '419', 'CA', 'HK', 'MO', 'TW', 'MA', 'EG', 'PH', 'AQ', 'QM', '150', 'AU', 'IN', 'CH', 'RS', 'ME', 'DZ', 'VI'];

/** A seeded choice of language × script × region probes (deterministic). */
function probes(count: number, seed: number): string[] {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
  const popular = ['en', 'fr', 'es', 'pt', 'ar', 'zh', 'ru', 'sr', 'de', 'az', 'uz', 'ja', 'ko', 'hi', 'nb', 'nn', 'no', 'da', 'ca', 'gl', 'gsw', 'ku'];
  const out = new Set<string>();
  while (out.size < count) {
    const language = next(3) === 0 ? popular[next(popular.length)]! : languages[next(languages.length)]!;
    const tag = [language, SCRIPTS[next(SCRIPTS.length)], REGIONS[next(REGIONS.length)]].filter(Boolean).join('-');
    const canonical = canonicalizeTag(tag);
    if (canonical !== undefined) out.add(canonical);
  }
  return [...out];
}

const NONE = 'und-x-none';
const raw = (desired: string[], site: string[]) => match(desired, site, NONE, { algorithm: 'best fit' });

describe('reducePreference keeps formatjs\'s answer', () => {
  const tags = probes(2_500, 15);
  it.each(Object.entries(SITES))('%s: every probe gets the same answer rewritten', (_name, site) => {
    const vocabulary = vocabularyOf(site);
    const differ: string[] = [];
    for (const tag of tags) {
      const reduced = reducePreference(tag, vocabulary);
      const expected = raw([tag], site);
      const got = reduced === undefined ? NONE : raw([reduced], site);
      if (got !== expected) differ.push(`${tag} → ${reduced ?? 'left out'}: ${got}, formatjs ${expected}`);
    }
    expect(differ).toEqual([]);
  });

  it.each(Object.entries(SITES))('%s: lists of 1 to 14 probes get the same answer as formatjs gives them as written', (_name, site) => {
    const prepared = prepareAvailable(site);
    const differ: string[] = [];
    let state = 7;
    const next = (n: number) => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % n;
    };
    for (let run = 0; run < 1_500; run++) {
      const list = [...new Set(Array.from({ length: 1 + next(14) }, () => tags[next(tags.length)]!))];
      const input = matcherInput(list, prepared);
      const expected = raw(list, site);
      const got = input.length === 0 ? NONE : raw(input, site);
      if (got !== expected) differ.push(`${list.join(',')} → ${input.join(',')}: ${got}, formatjs ${expected}`);
    }
    expect(differ).toEqual([]);
  });

  it.each([
    ['az-IR', SITES['six UN languages']!, undefined],
    ['az-Latn-IR', SITES['six UN languages']!, 'az-Latn-AC'],
    ['en-Cyrl', ['en', 'fr'], undefined],
    ['pt-AO', ['en', 'pt-BR', 'pt-PT'], 'pt-Latn-AC'],
    ['es-AR', ['es', 'es-419'], 'es-Latn-AG'],
    ['de-CH-1996-u-co-phonebk', ['de-CH-1996', 'de'], 'de-CH-1996'],
    ['de-CH-fonipa', ['de-CH', 'de'], 'de-CH'],
    ['qaa', ['en', 'qaa'], 'qaa'],
  ])('reducePreference(%j, %j) is %j', (tag, site, expected) => {
    expect(reducePreference(tag, vocabularyOf(site))).toBe(expected);
  });
});
