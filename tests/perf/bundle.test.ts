/**
 * Browser weight, checked on every test run (`npm test` builds first): a page importing the core and
 * the Spanish catalog, bundled from dist/ as a site would (scripts/size.mjs). No timings here.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types; its shape is checked below.
import { measureSize } from '../../scripts/size.mjs';

interface Size {
  page: { minified: number; gzipped: number };
  parts: { group: string; minified: number; share: number }[];
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

  it('says what it carries: the source map cuts the whole page into modules of src/ and packages', () => {
    const groups = size.parts.map((part) => part.group);
    expect(size.parts.reduce((total, part) => total + part.minified, 0)).toBe(size.page.minified);
    expect(groups).toEqual(expect.arrayContaining(['i18next', '@formatjs/intl-localematcher', 'catalog es', 'catalog en', 'src/negotiation/negotiate.ts']));
    expect(groups.filter((group) => group.startsWith('catalog ') && !/^catalog (es|en|locales|own-names)$/.test(group))).toEqual([]);
    for (const group of groups.filter((name) => name.startsWith('src/'))) expect(existsSync(new URL(`../../${group}`, import.meta.url)), group).toBe(true);
  });

  it(`weighs at most the budget beyond i18next (min+gz)`, () => {
    expect(size.beyondKB).toBeLessThanOrEqual(size.budgetKB);
  });
});
