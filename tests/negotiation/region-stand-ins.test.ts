/**
 * A preference whose region CLDR does not know (`en-XY`) is matched through a stand-in: a
 * private-use region the site does not use. The stand-in must survive canonicalization, or the
 * reader is put in a real region: `QU` is canonicalized to `EU`, the European Union. The site
 * below takes the private-use regions one by one, so that each stand-in in turn is chosen.
 */
import { describe, expect, it } from 'vitest';
import { reducePreference, vocabularyOf } from '../../src/negotiation/preference-vocabulary.js';

const TAKEN = ['QM', 'QN', 'QP', 'QQ', 'QR', 'QS', 'QT', 'QV', 'QW', 'QX', 'QY'];

describe('the stand-in for a region CLDR does not know is a region Intl keeps', () => {
  it.each(TAKEN.map((_, k) => [k, TAKEN.slice(0, k)] as const))('a site that uses %i private-use regions', (_, taken) => {
    const site = vocabularyOf(['en', 'en-GB', ...taken.map((region) => `en-${region}`)]);
    const reduced = reducePreference('en-XY', site);
    expect(reduced).toMatch(/^en-Latn-Q[A-Z]$/);
    expect(Intl.getCanonicalLocales(reduced)[0]).toBe(reduced);
    expect(taken).not.toContain(reduced!.slice(-2));
  });
});
