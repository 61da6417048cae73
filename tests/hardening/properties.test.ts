/**
 * Property-based tests (fast-check), fixed seed so that CI is reproducible: 300 inputs per property,
 * a few thousand in all. The same properties run a million inputs, with a random seed, in
 * `npm run fuzz` (scripts/fuzz.mjs).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.node.js';
import { engineDirection, hardeningProperties, respell } from './properties.js';

const properties = hardeningProperties(api);

describe('properties (seed 42)', () => {
  it.each(properties.map((p) => [p.name, p] as const))('%s', (_name, { property }) => {
    fc.assert(property, { seed: 42, numRuns: 300 });
  });
});

describe('respell(tag, upper, underscore)', () => {
  it.each([
    ['es-MX', [true], [true], 'ES_MX'],
    ['es-MX', [false], [false], 'es-mx'],
    ['zh-Hant-TW', [true, false], [false, true], 'Zh-hAnT_Tw'],
  ] as const)('respell(%j, %j, %j) → %j', (tag, upper, underscore, expected) => {
    expect(respell(tag, upper, underscore)).toBe(expected);
  });
});

describe('engineDirection(tag): the direction oracle of the properties', () => {
  it.each([
    ['ar', 'rtl'], ['he', 'rtl'], ['fa-AF', 'rtl'], ['en', 'ltr'], ['zh-Hant', 'ltr'], ['sr-Latn', 'ltr'], ['uz', 'ltr'],
  ] as const)('engineDirection(%j) → %j', (tag, expected) => {
    expect(engineDirection(tag)).toBe(expected);
  });
});
