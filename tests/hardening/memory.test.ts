/**
 * Bounded memory under hostile Accept-Language headers. Heap figures are taken after full garbage
 * collections, so they are deterministic enough to assert loosely; the full 200,000-header run is
 * `npm run heap` (scripts/heap-growth.mjs), which prints its figures.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createContentLibrary, parseAcceptLanguage } from '../../src/index.node.js';
import { MAX_HEADER_LENGTH } from '../../src/negotiation/index.js';
import { combination, hostileHeader, hostileSiteResources } from '../../scripts/hostile-headers.mjs';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapMb(): number {
  for (let i = 0; i < 4; i++) gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

const makeLibrary = () => createContentLibrary({ defaultLocale: 'en', resources: hostileSiteResources() });

/** Heap growth (MB) while `library` resolves `headers(i)` for i in [from, to). */
function growth(library: ReturnType<typeof makeLibrary>, from: number, to: number, headers: (i: number) => string): number {
  const before = heapMb();
  for (let i = from; i < to; i++) library.resolve(i % 2 ? 'a' : 'b', headers(i));
  return heapMb() - before;
}

/** Three valid, distinct language-script-region tags per header: every subtag is one CLDR knows. */
const validCombinations = (i: number) => [0, 1, 2].map((k) => `${combination(i * 3 + k)};q=0.${9 - k}`).join(', ');

describe('a header is cut to MAX_HEADER_LENGTH characters before parsing', () => {
  it.each([
    ['fr inside the bound', `en,${' '.repeat(MAX_HEADER_LENGTH - 10)},fr`, ['en', 'fr']],
    ['fr beyond the bound', `en,${' '.repeat(MAX_HEADER_LENGTH)},fr`, ['en']],
    ['a 1 MB header', `de,${'x-y;q=0.5,'.repeat(100_000)}fr`, ['de']],
    ['a tag cut in half at the bound', `${' '.repeat(MAX_HEADER_LENGTH - 6)},en,es-MX`, ['en']],
  ])('parseAcceptLanguage(%s)', (_name, header, expected) => {
    expect(parseAcceptLanguage(header)).toEqual(expected);
  });
});

describe('heap growth', () => {
  it('20,000 distinct hostile headers (scripts/hostile-headers.mjs) grow the heap by at most 10 MB', () => {
    const library = makeLibrary();
    growth(library, 1e9, 1e9 + 1000, hostileHeader); // one-time costs: catalogs, Intl data
    const grown = growth(library, 0, 20_000, hostileHeader);
    console.log(`heap growth: ${grown.toFixed(2)} MB for 20000 distinct hostile headers`);
    expect(grown).toBeLessThan(10);
  }, 120_000);

  // Once every bounded cache is full, more distinct headers must not cost more memory. A cache that
  // keeps every tag it sees shows here as steady growth (about 0.5 KB a header).
  it('a second batch of 6,000 headers of valid language-script-region tags adds under 1 MB', () => {
    const library = makeLibrary();
    growth(library, 0, 6000, validCombinations);
    const second = growth(library, 6000, 12_000, validCombinations);
    console.log(`second batch of valid-tag headers: ${second.toFixed(2)} MB`);
    expect(second).toBeLessThan(1);
  }, 120_000);

  it('3,000 distinct 8 KB two-byte headers grow the heap by under 4 MB', () => {
    const library = makeLibrary();
    growth(library, 1e9, 1e9 + 200, hostileHeader);
    // The index comes first: headers that differ only beyond the cut would be one cache entry.
    const long = (i: number) => `${i}€, ${'es-MX;q=0.9, fr;q=0.8, '.repeat(350)}`;
    const grown = growth(library, 0, 3000, long);
    console.log(`heap growth: ${grown.toFixed(2)} MB for 3000 long two-byte headers`);
    expect(grown).toBeLessThan(4);
  }, 120_000);
});
