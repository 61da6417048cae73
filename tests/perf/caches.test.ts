/**
 * The fast path keeps per-reader facts, per-locale notices and per-entry version slots. These tests
 * check, without timing anything, that a library whose caches are warm answers exactly as a fresh
 * one does, and that each result is the caller's own object.
 */
import { describe, expect, it } from 'vitest';
import { createContentLibrary, sourceHash, type ContentLibraryOptions, type Resources } from '../../src/index.node.js';
import { siteResources } from '../fixtures/site.js';

const HEADERS = [
  'es', 'es-MX,es;q=0.9', 'fr-CA,fr;q=0.9,en;q=0.5', 'zh-TW', 'ar,en;q=0.9', 'de', 'ru', 'en-US,en;q=0.9',
  'pt-BR', '*', '', 'en;q=abc', 'x_Y!!', ['ru', 'fr'], undefined,
];

/** A site where one article in two is partial or outdated somewhere, built for these tests. */
function mixedResources(): Resources {
  const source = (i: number) => ({ title: `Title ${i}`, date: '2024-01-02', body: `<p>Body ${i}</p>`, '@meta': { updated: `2024-0${1 + (i % 9)}-01` } });
  const en: Record<string, unknown> = {};
  const es: Record<string, unknown> = {};
  const fr: Record<string, unknown> = {};
  const zh: Record<string, unknown> = {};
  for (let i = 0; i < 24; i++) {
    const src = source(i);
    en[`a${i}`] = src;
    if (i % 2 === 0) es[`a${i}`] = { title: `Título ${i}`, body: `<p>${i}</p>`, '@meta': { sourceHash: sourceHash(src) } };
    if (i % 3 === 0) es[`a${i}`] = { title: `Título ${i}` }; // partial
    if (i % 4 === 0) fr[`a${i}`] = { title: `Titre ${i}`, body: `<p>${i}</p>`, '@meta': { sourceHash: '0123456789abcdef' } }; // outdated
    if (i % 5 === 0) zh[`a${i}`] = { title: `标题 ${i}`, body: `<p>${i}</p>` };
  }
  return { en: { articles: en }, es: { articles: es }, fr: { articles: fr }, zh: { articles: zh } };
}

const sites: [string, ContentLibraryOptions][] = [
  ['the fixture site', { defaultLocale: 'en', resources: siteResources() }],
  ['a mixed site', { defaultLocale: 'en', resources: mixedResources() }],
  ['a mixed site serving sources over outdated translations', { defaultLocale: 'en', resources: mixedResources(), outdated: 'source' }],
  ['a mixed site with a fallback chain', { defaultLocale: 'en', resources: mixedResources(), fallbacks: { pt: ['es'], default: ['fr'] } }],
];

describe.each(sites)('on %s, warm caches answer as a fresh library', (_name, options) => {
  it('for every entry and reader, in any order', () => {
    const warm = createContentLibrary(options);
    const ids = warm.ids();
    // Warm every cache first, in one order; then compare in another against fresh libraries.
    for (const header of HEADERS) for (const id of ids) warm.resolve(id, header);
    for (const id of [...ids].reverse()) {
      for (const header of HEADERS) {
        const fresh = createContentLibrary(options).resolve(id, header);
        expect(warm.resolve(id, header), `${id} for ${JSON.stringify(header)}`).toEqual(fresh);
      }
    }
  });
});

describe('results belong to the caller', () => {
  const library = createContentLibrary({ defaultLocale: 'en', resources: siteResources() });

  it('is a fresh object per call, so changing one changes no later result', () => {
    const first = library.resolve('english-only', 'es')! as { -readonly [K in 'locale']: string };
    first.locale = 'xx';
    const second = library.resolve('english-only', 'es')!;
    expect(second).not.toBe(first);
    expect(second.locale).toBe('en');
  });

  it('shares the frozen parts (entry, notice, alternates) between calls', () => {
    const a = library.resolve('english-only', 'es')!;
    const b = library.resolve('english-only', 'es')!;
    for (const part of [a.entry, a.notice, a.alternates]) expect(Object.isFrozen(part)).toBe(true);
    expect([b.entry, b.notice, b.alternates]).toEqual([a.entry, a.notice, a.alternates]);
  });
});
