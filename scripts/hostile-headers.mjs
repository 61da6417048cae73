// Distinct hostile Accept-Language headers, a pure function of their index (shared by
// scripts/heap-growth.mjs and tests/hardening/memory.test.ts). Each family embeds the index, so
// headers never repeat, and each aims at a different cache: valid language-script-region
// combinations (CLDR matching), private-use and variant subtags (tag canonicalization), long
// two-byte headers (header and reader caches), many entries, garbage.
import { createRequire } from 'node:module';
import { random } from '../bench/corpus.mjs';

const require = createRequire(import.meta.url);

const LANGUAGES = ('en fr es de it pt ru ar zh ja ko nl sv da nb nn fi pl cs sk hu ro bg el tr he fa ' +
  'hi bn ur ta te mr gu kn ml th vi id ms tl sw am yo ig zu xh af sq hy az eu be bs ca hr et gl ka ' +
  'kk km lo lv lt mk mn ne ps si sl so sr tg uk uz cy ga mt is lb fo').split(' ');
const SCRIPTS = 'Latn Cyrl Arab Hans Hant Grek Hebr Deva Beng Thai Jpan Kore Armn Geor Ethi Taml Telu Knda Mlym Gujr Guru Orya Sinh Khmr Laoo'.split(' ');
const REGIONS = ('US GB FR ES MX AR CO CL PE VE DE AT CH IT PT BR RU UA BY KZ CN TW HK MO SG JP KR IN PK BD ' +
  'EG SA AE MA DZ TN IR IQ IL TR GR NL BE LU SE NO DK FI IS PL CZ SK HU RO BG RS HR SI BA MK AL ' +
  'CA AU NZ ZA NG KE ET TZ UG GH SN CI CM ID MY PH TH VN KH LA MM LK NP AF UZ TJ KG TM AZ GE AM ' +
  '001 419 150 142 002 019 021 029 030 035 039 053 054 057 061 145 151 154 155').split(' ');

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const q = (rand) => `;q=0.${Math.floor(rand() * 1000)}`;

/** Language-script-region, different for every `n` below LANGUAGES × SCRIPTS × REGIONS (≈ 250,000). */
export function combination(n) {
  const l = LANGUAGES[n % LANGUAGES.length];
  const s = SCRIPTS[Math.floor(n / LANGUAGES.length) % SCRIPTS.length];
  const r = REGIONS[Math.floor(n / LANGUAGES.length / SCRIPTS.length) % REGIONS.length];
  return `${l}-${s}-${r}`;
}

/** The `i`th hostile header (deterministic, distinct for distinct `i`). */
export function hostileHeader(i) {
  const rand = random(i * 2654435761);
  const n = Math.floor(i / 8);
  const id = i.toString(36);
  switch (i % 8) {
    case 0:
      return `${combination(n)}, ${pick(rand, LANGUAGES)}-${pick(rand, REGIONS)}${q(rand)}, ${combination(n + 7919)}${q(rand)}`;
    case 1:
      return `${pick(rand, LANGUAGES)}-${pick(rand, REGIONS)}-x-${id}`;
    case 2:
      return `${pick(rand, LANGUAGES)}-${pick(rand, SCRIPTS)}-v${id.padStart(4, '0')}${q(rand)}, fr;q=0.1`;
    case 3: // about 8 KB, two bytes per character: longer than every key limit
      return `${`€${id};q=0.5, ${pick(rand, LANGUAGES)}-${pick(rand, REGIONS)};q=0.${id.length}, `.repeat(400)}${id}`;
    case 4: // more entries than are ever kept
      return [...Array(48)].map(() => `${pick(rand, LANGUAGES)}-${pick(rand, REGIONS)}${q(rand)}`).join(',') + `,${combination(n)}`;
    case 5: // garbage code points
      return String.fromCodePoint(...[...Array(1 + Math.floor(rand() * 120))].map(() => Math.floor(rand() * 0x2ffff))) + id;
    case 6:
      return `i-klingon, en_US, *, ;q=, ,,, EN-us;q=1.000, ${pick(rand, LANGUAGES)}_${pick(rand, REGIONS)}, x-${id}, ${combination(n)}`;
    default: // just under the reader cache's key limit, two-byte
      return `${`${combination(n)};q=0.9, ${pick(rand, LANGUAGES)};q=0.8, `.repeat(12)}¤${id}`.slice(0, 500);
  }
}

const article = (title) => ({ title, body: `<p>${title}</p>` });

/** The small site the memory checks resolve against: a few entries over five locales. */
export function hostileSiteResources() {
  return {
    en: { articles: { a: article('A'), b: article('B') } },
    es: { articles: { a: article('A es') } },
    fr: { articles: { a: article('A fr'), b: article('B fr') } },
    ar: { articles: { b: article('B ar') } },
    'zh-Hant': { articles: { a: article('A zh') } },
  };
}

/**
 * The full CLDR sweep for a site: every language CLDR has likely subtags for (cldr-core, a dev
 * dependency), bare, with each script and each region the site's locales use (as written or as
 * likely subtags complete them), and with both. Distinct tags, about 7,000 languages × 30.
 */
export function cldrSweep(siteLocales) {
  const likely = require('cldr-core/supplemental/likelySubtags.json').supplemental.likelySubtags;
  const languages = Object.keys(likely).filter((tag) => /^[a-z]{2,3}$/.test(tag));
  const scripts = new Set();
  const regions = new Set();
  for (const locale of siteLocales) {
    const full = new Intl.Locale(locale).maximize();
    if (full.script) scripts.add(full.script);
    if (full.region) regions.add(full.region);
  }
  const out = [];
  for (const language of languages) {
    out.push(language);
    for (const script of scripts) out.push(`${language}-${script}`);
    for (const region of regions) {
      out.push(`${language}-${region}`);
      for (const script of scripts) out.push(`${language}-${script}-${region}`);
    }
  }
  return out;
}
