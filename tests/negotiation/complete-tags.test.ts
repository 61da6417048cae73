/**
 * A canonical language-Script-REGION tag is read as its own maximized form, without asking `Intl`
 * (tags.ts, completeParts): likely subtags only fill in what is empty (UTS #35 §4.3). Checked here
 * against the engine's own `Intl.Locale#maximize` over every language of CLDR (cldr-core's likely
 * subtags), and for the subtags that mean "unknown", which likely subtags do replace.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { tagParts } from '../../src/negotiation/tags.js';

const require = createRequire(import.meta.url);
const likely = (require('cldr-core/supplemental/likelySubtags.json') as { supplemental: { likelySubtags: Record<string, string> } }).supplemental.likelySubtags;
const LANGUAGES = Object.keys(likely).filter((tag) => /^[a-z]{2,3}$/.test(tag));

/** What `Intl` says of a tag, in the shape tagParts gives. */
function fromIntl(tag: string) {
  const locale = new Intl.Locale(tag);
  const full = locale.maximize();
  // Some engines report `und` as no language.
  return { language: locale.language ?? 'und', script: locale.script ?? '', region: locale.region ?? '', maxLanguage: full.language ?? 'und', maxScript: full.script ?? '', maxRegion: full.region ?? '' };
}

describe('a complete tag is its own maximized form', () => {
  it(`every CLDR language (${LANGUAGES.length}) with scripts and regions: the parts Intl gives`, () => {
    let checked = 0;
    for (const language of LANGUAGES) {
      for (const [script, region] of [['Latn', 'CN'], ['Arab', '419'], ['Hant', 'XA']] as const) {
        const tag = `${language}-${script}-${region}`;
        if (Intl.getCanonicalLocales(tag)[0] !== tag) continue; // an alias: not of the complete shape once canonical
        expect(tagParts(tag), tag).toMatchObject({ ...fromIntl(tag), variants: [] });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(LANGUAGES.length * 2.9);
  });

  it.each([
    ['und-Latn-US', 'en', 'Latn', 'US'],
    ['und-Hant-TW', 'zh', 'Hant', 'TW'],
    ['avk-Latn-ZZ', 'avk', 'Latn', '001'],
  ])('%s: an unknown subtag is still filled in (%s-%s-%s)', (tag, maxLanguage, maxScript, maxRegion) => {
    expect(fromIntl(tag)).toMatchObject({ maxLanguage, maxScript, maxRegion });
    expect(tagParts(tag)).toMatchObject({ maxLanguage, maxScript, maxRegion });
  });

  it.each(['en-Zzzz-US', 'und-Zzzz-US', 'und-Arab-419'])('%s: the parts Intl gives', (tag) => {
    expect(tagParts(tag)).toMatchObject(fromIntl(tag));
  });
});
