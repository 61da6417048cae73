/**
 * Every script CLDR writes right to left is right to left everywhere the project states a
 * direction, also for a language whose usual script runs left to right (`az-Arab`, `pa-Arab`,
 * `ms-Arab`, `pal-Phlp`): `directionOf`, a notice's and the switcher's `dir`, a reader's `dir`, the
 * alternates, and the CLI's HTML report; and a sample letter of each script reads as such in text.
 * The expected values come from CLDR's own table (cldr-core's scriptMetadata.json), not from the code.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createContentLibrary } from '../../src/index.node.js';
import { directionOf, directionOfText } from '../../src/locale/direction.js';
import { renderCoverageHtml } from '../../src/cli/report-html.js';
import { coverageOf } from '../../src/tools/coverage/coverage.js';
import type { ContentTree } from '../../src/tools/content-tree.js';

const require = createRequire(import.meta.url);
const { scriptMetadata } = require('cldr-core/scriptMetadata.json') as { scriptMetadata: Record<string, { rtl: string; sampleChar: string; likelyLanguage?: string }> };
const scripts = Object.entries(scriptMetadata);
/** Scripts newer than this engine's Unicode data (Garay and Sidetic in Node 20) cannot be told by it: left out, and listed by the first test. */
const known = (code: string): boolean => {
  try {
    return new RegExp(`\\p{Script=${code}}`, 'u').test('') || true;
  } catch {
    return false;
  }
};
const rtlAll = scripts.filter(([, m]) => m.rtl === 'YES').map(([code, m]) => [code, m.sampleChar] as const);
const rtlScripts = rtlAll.filter(([code]) => known(code));
const ltrScripts = scripts.filter(([, m]) => m.rtl !== 'YES' && /\p{L}/u.test(m.sampleChar)).map(([code, m]) => [code, m.sampleChar] as const);

describe('every right-to-left script of CLDR', () => {
  it('the table is CLDR\'s (37 scripts in CLDR 48, Arab to Yezi); the engine knows at least 35 of them', () => {
    expect(rtlAll.length).toBeGreaterThanOrEqual(37);
    expect(rtlScripts.length).toBeGreaterThanOrEqual(35);
    expect(rtlScripts.map(([code]) => code)).toEqual(expect.arrayContaining(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr', 'Yezi', 'Phlp', 'Sogd', 'Mend']));
  });

  // A language whose default script is Latin (az, en, tr) written in the script; and the script's own language.
  it.each(rtlScripts)('%s: az-%s, en-%s and its likely language are rtl; its sample letter %s reads rtl', (code, sample) => {
    for (const tag of [`az-${code}`, `en-${code}`, `tr-${code}-TR`]) expect([tag, directionOf(tag)]).toEqual([tag, 'rtl']);
    const language = scriptMetadata[code]!.likelyLanguage;
    if (language !== undefined && language !== 'und') expect([language, directionOf(`${language}-${code}`)]).toEqual([language, 'rtl']);
    expect(directionOfText(sample)).toBe('rtl');
    expect(directionOfText(`Latin ${sample}`)).toBe('mixed');
  });

  it.each(ltrScripts)('%s is ltr (sample %s)', (code, sample) => {
    expect(directionOf(`und-${code}`)).toBe('ltr');
    expect(directionOfText(sample)).toBe('ltr');
  });
});

describe('codes that name no writing system are ltr', () => {
  // Zyyy (common) has letters in right-to-left blocks (U+0640 ARABIC TATWEEL), yet is no script of its own.
  it.each([['en-Zyyy'], ['und-Zyyy'], ['und-Zinh'], ['en-Zzzz'], ['und-Zmth']])('%s', (tag) => {
    expect(directionOf(tag)).toBe('ltr');
  });
});

describe('one direction for az-Arab and pal-Phlp wherever the library states one', () => {
  const library = createContentLibrary({
    defaultLocale: 'en',
    locales: ['en', 'az', 'az-Arab', 'pal-Phlp'],
    resources: {
      en: { articles: { a: { title: 'Hello' } } },
      az: { articles: { a: { title: 'Salam' } } },
      'az-Arab': { articles: { a: { title: 'سلام' } } },
      'pal-Phlp': { articles: { a: { title: '𐭮𐭫𐭠𐭬' } } },
    },
  });

  it.each([['az-Arab'], ['pal-Phlp']])('%s', (tag) => {
    expect(library.reader(tag).dir).toBe('rtl');
    const r = library.resolve('a', tag)!;
    expect([r.locale, r.dir]).toEqual([tag, 'rtl']);
    expect(r.alternates.find((a) => a.locale === tag)?.dir).toBe('rtl');
    expect(library.switcher('a', 'en')?.find((item) => item.locale === tag)?.dir).toBe('rtl');
    // An English reader of the Azerbaijani (Latin) version: the switcher's item for the RTL one is rtl.
    expect(library.resolve('a', 'az')!.alternates.find((a) => a.locale === tag)?.dir).toBe('rtl');
  });

  it('the CLI\'s HTML report marks the locale heading rtl', () => {
    const data = new Map<string, Record<string, unknown>>([
      ['en', { a: { title: 'Hello' } }],
      ['pal-Phlp', { a: { title: '𐭮𐭫𐭠𐭬' } }],
    ]);
    const tree = { defaultLocale: 'en', namespace: 'articles', locales: ['en', 'pal-Phlp'], bundles: new Map(), entryFiles: new Map(), data, ids: ['a'], skipped: [] } as unknown as ContentTree;
    const html = renderCoverageHtml(coverageOf(tree));
    expect(html).toMatch(/<code>pal-Phlp<\/code> <span lang="pal-Phlp" dir="rtl">/);
  });
});
