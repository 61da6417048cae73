/**
 * Tags with an extended language subtag (RFC 5646 §2.2.2), which `Intl` rejects, keep what follows
 * the extlang: `zh-cmn-Hans-CN` is `zh-Hans-CN`, `zh-yue-HK` is `yue-HK`. Each row gives, by hand,
 * the tag's RFC 5646 §4.5 canonical form (the extlang in place of the language); the engine's
 * `Intl.getCanonicalLocales` of that form is the oracle, and where CLDR's alias table names the
 * language-extlang pair (cldr-core's aliases.json, read here), its replacement agrees.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { negotiate, parseAcceptLanguage } from '../../src/index.js';
import { canonicalizeTag } from '../../src/negotiation/index.js';

const require = createRequire(import.meta.url);
const ALIASES = (require('cldr-core/supplemental/aliases.json') as { supplemental: { metadata: { alias: { languageAlias: Record<string, { _replacement: string }> } } } })
  .supplemental.metadata.alias.languageAlias;

// [tag, its RFC 5646 §4.5 canonical form (the extlang in the language's place), the canonical tag]
const EXTLANG: [string, string, string][] = [
  ['zh-cmn-Hans-CN', 'cmn-Hans-CN', 'zh-Hans-CN'],
  ['zh-cmn-Hant-TW', 'cmn-Hant-TW', 'zh-Hant-TW'],
  ['zh-cmn-CN', 'cmn-CN', 'zh-CN'],
  ['zh-yue-HK', 'yue-HK', 'yue-HK'],
  ['zh-yue-Hant-HK', 'yue-Hant-HK', 'yue-Hant-HK'],
  ['zh-hak-TW', 'hak-TW', 'hak-TW'],
  ['zh-gan-CN', 'gan-CN', 'gan-CN'],
  ['zh-wuu', 'wuu', 'wuu'],
  ['zh-nan-TW', 'nan-TW', 'nan-TW'],
  ['ar-arz-EG', 'arz-EG', 'arz-EG'],
  ['ar-arb', 'arb', 'ar'],
  ['ar-apc-SY', 'apc-SY', 'apc-SY'],
  ['sgn-ase-US', 'ase-US', 'ase-US'],
  ['sgn-bfi-GB', 'bfi-GB', 'bfi-GB'],
  ['ms-zsm-MY', 'zsm-MY', 'ms-MY'],
  ['sw-swh-KE', 'swh-KE', 'sw-KE'],
  ['uz-uzs-AF', 'uzs-AF', 'uzs-AF'],
  ['lv-ltg', 'ltg', 'ltg'],
  ['ZH-YUE-hk', 'yue-HK', 'yue-HK'],
  ['zh_yue_HK', 'yue-HK', 'yue-HK'],
  ['zh-yue-HK-u-nu-hanidec', 'yue-HK-u-nu-hanidec', 'yue-HK-u-nu-hanidec'],
  ['zh-cmn-Hans-SG', 'cmn-Hans-SG', 'zh-Hans-SG'],
];

describe('extended language subtags (RFC 5646 §4.5, CLDR aliases)', () => {
  it.each(EXTLANG)('canonicalizeTag(%j) is %j\'s canonical form', (tag, rfcForm, canonical) => {
    expect(Intl.getCanonicalLocales(rfcForm)[0]).toBe(canonical);
    expect(canonicalizeTag(tag)).toBe(canonical);
    const subtags = tag.toLowerCase().replaceAll('_', '-').split('-');
    for (const n of [3, 2]) {
      const cldr = ALIASES[subtags.slice(0, n).join('-')]?._replacement;
      if (cldr !== undefined && !cldr.includes('-x-')) {
        expect(canonical.startsWith(cldr)).toBe(true);
        break;
      }
    }
  });

  it.each([
    ['en-abc-US', 'English has no extended language subtags'],
    ['fr-yue', 'French has none either'],
    ['zh-cmn-yue', 'two extlangs: RFC 5646 allows one'],
    ['zh-min-nan-TW', 'a grandfathered tag (zh-min-nan) cannot be extended, and min is no extlang'],
  ])('canonicalizeTag(%j) is undefined: %s', (tag) => {
    expect(canonicalizeTag(tag)).toBeUndefined();
  });

  it('a reader who sends zh-yue-HK is served Cantonese, one who sends zh-cmn-Hans-CN Simplified Chinese', () => {
    expect(parseAcceptLanguage('zh-yue-HK, zh-cmn-Hans-CN;q=0.5')).toEqual(['yue-HK', 'zh-Hans-CN']);
    expect(negotiate('zh-yue-HK', ['en', 'yue', 'zh-Hans'])?.locale).toBe('yue');
    expect(negotiate('zh-cmn-Hans-CN', ['en', 'yue', 'zh-Hant', 'zh-Hans'])?.locale).toBe('zh-Hans');
  });
});
