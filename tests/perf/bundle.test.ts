/**
 * Browser weight, checked on every test run (`npm test` builds first): a page importing the core and
 * the Spanish catalog, bundled from dist/ as a site would (scripts/size.mjs). No timings here.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types; its shape is checked below.
import { measureSize } from '../../scripts/size.mjs';

interface Size {
  beyondKB: number;
  budgetKB: number;
  otherCatalogs: string[];
  spanishIncluded: boolean;
}

describe('browser bundle: core + one catalog', async () => {
  const size = (await measureSize()) as Size;

  it('carries the catalog it imports', () => {
    expect(size.spanishIncluded).toBe(true);
  });

  it('carries no other catalog (tree-shaken)', () => {
    expect(size.otherCatalogs).toEqual([]);
  });

  it(`weighs at most the budget beyond i18next (min+gz)`, () => {
    expect(size.beyondKB).toBeLessThanOrEqual(size.budgetKB);
  });
});
