// Runs third-party test data (../shared/conformance, see SOURCES.md there) through the negotiation
// layer. The data is read in place, never copied into this repository.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalizeTag, negotiate, parseAcceptLanguage } from '../../src/negotiation/index.js';

const dir = path.resolve(process.cwd(), '../shared/conformance');
const present = existsSync(dir);
const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
const same = (a: string | null, b: string | null) => a === b || (a !== null && b !== null && canonicalizeTag(a) === canonicalizeTag(b));

/**
 * ICU cases we knowingly answer differently, keyed `group: desired >> expected`, with the reason
 * (details in docs/negotiation.md). Any other failure makes the test fail.
 */
const ICU_DEVIATIONS: Record<string, string> = {
  'testGetBestMatch-regionDistance: en-CA >> en-GB': 'CLDR 48: CA is in $enUS, en-CA is not a child of en-001',
  'TestScriptAndRegion: en-CA >> en-GB': 'CLDR 48: CA is in $enUS, en-CA is not a child of en-001',
  'Englishes: en-CA >> en-GB': 'CLDR 48: CA is in $enUS, en-CA is not a child of en-001',
  'testLooseMatchForEnglish_getBestMatches: en-CA >> en-GB': 'CLDR 48: CA is in $enUS, en-CA is not a child of en-001',
  'testAsymmetry: af >> nl': 'CLDR 48 replaced af→nl by af→en',
  'TwoSpanishes: ca >> und': 'CLDR 48 has ca→es (distance 20, one way)',
  'Three Spanishes: ca >> und': 'CLDR 48 has ca→es (distance 20, one way)',
  'language-specific script fallbacks 1: sh >> en': 'CLDR 48 aliases sh to sr-Latn, and sr-Latn→sr-Cyrl is 5',
  'TestBasics: zu >> en-GB': 'formatjs breaks equal distances toward the likely region (en = en-US); ICU keeps list order',
  'testGetBestMatchWithMinMatchScore: fr-SN >> fr-CA': 'formatjs breaks equal distances toward the likely region (fr-FR)',
  'prefer matching languages over language variants.: no, en-US >> nn': 'formatjs demotion: en-US→en-GB (5) + 5 beats no→nn (20)',
  'prefer matching languages over language variants.: nb, en-US >> nn': 'formatjs demotion: en-US→en-GB (5) + 5 beats nb→nn (20)',
  'MatchGooglePrivateUseSubtag: x-bork >> x-bork': 'private-use-only tags are invalid here: they name no language',
  'private use subtags: x-bork >> x-bork': 'private-use-only tags are invalid here: they name no language',
};

interface IcuCase { group: string; desired: string[]; supported: string[]; defaultLocale?: string; expected: string | null; line: string }

/** localeMatcherTest.txt: `** test:` opens a group and resets `@` parameters; cases are `desired >> match | …`. */
function icuCases(text: string): IcuCase[] {
  const cases: IcuCase[] = [];
  let group = '';
  let params: Record<string, string> = {};
  for (const raw of text.split('\n')) {
    const hash = raw.indexOf('#');
    const line = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    if (line === '') continue;
    if (line.startsWith('** test:')) {
      group = line.slice('** test:'.length).trim();
      params = {};
    } else if (line.startsWith('@')) {
      const eq = line.indexOf('=');
      params[line.slice(1, eq).trim()] = line.slice(eq + 1).trim();
    } else if (line.includes('>>')) {
      // Script-favoring and explicit thresholds are matcher settings negotiate does not offer.
      if (params.favor === 'script' || (params.threshold ?? '') !== '') continue;
      const [desired = '', rest = ''] = line.split('>>');
      const match = rest.split('|')[0]?.trim() ?? '';
      const list = (value: string) => value.split(',').map((s) => s.trim()).filter(Boolean);
      const supported = list(params.supported ?? '');
      cases.push({
        group,
        desired: list(desired),
        supported,
        defaultLocale: params.default || supported[0],
        expected: match === 'null' ? null : match,
        line: `${group}: ${list(desired).join(', ')} >> ${match}`,
      });
    }
  }
  return cases;
}

if (!present) {
  describe('conformance', () => {
    it.skip(`conformance data absent: ${dir}`, () => {});
    console.warn(`conformance data absent: ${dir} (tests skipped)`);
  });
} else {
  describe('ICU localeMatcherTest.txt', () => {
    it('negotiate agrees with ICU on ≥ 95% of the cases, never throws, deviations listed', () => {
      const cases = icuCases(read('localeMatcherTest.txt'));
      let pass = 0;
      let throws = 0;
      const unexpected: string[] = [];
      const deviations = new Set<string>();
      for (const c of cases) {
        let got: string | null;
        try {
          got = negotiate(c.desired, c.supported, c.defaultLocale === undefined ? {} : { defaultLocale: c.defaultLocale }).locale;
        } catch {
          throws++;
          continue;
        }
        // ICU answers canonical tags (i-klingon → tlh); negotiate answers the caller's spelling.
        if (same(got, c.expected)) pass++;
        else if (ICU_DEVIATIONS[c.line]) deviations.add(c.line);
        else unexpected.push(`${c.line} (got ${got})`);
      }
      const percent = ((pass / cases.length) * 100).toFixed(1);
      console.log(`ICU LocaleMatcher conformance: ${pass}/${cases.length} (${percent}%), ${throws} throws`);
      expect(throws).toBe(0);
      expect(unexpected).toEqual([]);
      expect(pass / cases.length).toBeGreaterThanOrEqual(0.95);
      // A deviation that no longer occurs should be removed from the list.
      expect([...deviations].sort()).toEqual(Object.keys(ICU_DEVIATIONS).sort());
    });
  });

  describe('negotiator languages() ordering', () => {
    interface Case { acceptLanguage: string | null; method: string; available: string[] | null; expected: unknown; skippedUpstream?: boolean }
    const data = JSON.parse(read('negotiator-language-cases.json')) as { cases: Case[] };
    // Applies: languages() without an available list, i.e. the header's own order. Skipped: the
    // absent header (negotiator answers '*'), and cases whose answer is filtered by `available`
    // (negotiator's specificity ordering, not best fit). `*` is removed from its answers.
    const applicable = data.cases.filter((c) => c.method === 'languages' && c.available === null && c.acceptLanguage !== null);
    it.each(applicable.map((c) => [c.acceptLanguage, c.expected] as const))(
      'parseAcceptLanguage(%j) orders like negotiator.languages() → %j (without *)',
      (header, expected) => {
        expect(parseAcceptLanguage(header)).toEqual((expected as string[]).filter((t) => t !== '*'));
      },
    );
  });

  describe('fluent-langneg', () => {
    interface Neg { strategy: string; requested: string[]; available: string[]; expected: string[]; defaultLocale: string | null }
    interface Header { header: string; expected: unknown; note?: string }
    const data = JSON.parse(read('fluent-langneg-cases.json')) as { negotiateLanguages: Neg[]; acceptedLanguages: Header[] };
    // 'lookup' returns the single best locale, as negotiate does; 'filtering' and 'matching' return
    // lists of every acceptable locale (RFC 4647 filtering), which is not negotiate's contract.
    const lookup = data.negotiateLanguages.filter((c) => c.strategy === 'lookup');
    it.each(lookup.map((c) => [c.requested, c.available, c.expected[0] ?? null] as const))(
      'negotiate(%j, %j) → %j (fluent lookup)',
      (requested, available, expected) => {
        expect(negotiate(requested, available).locale).toBe(expected);
      },
    );
    // Skipped: 'duff q values' (fluent keeps entries with a malformed q; we drop them, per RFC 9110)
    // and non-string input (fluent throws; we return []).
    const headers = data.acceptedLanguages.filter((c) => Array.isArray(c.expected) && c.note !== 'duff q values');
    it.each(headers.map((c) => [c.header, c.expected] as const))(
      'parseAcceptLanguage(%j) → %j (fluent acceptedLanguages, without *)',
      (header, expected) => {
        expect(parseAcceptLanguage(header)).toEqual((expected as string[]).filter((t) => t !== '*'));
      },
    );
  });

  describe('@formatjs/intl-localematcher fixtures', () => {
    interface Case { api: string; requested: string[]; supported: string[]; defaultLocale: string; expected: string }
    const data = JSON.parse(read('formatjs-intl-localematcher-cases.json')) as { cases: Case[] };
    // Applies: best-fit cases ('match', 'BestFitMatcher'). Skipped: LookupMatcher (RFC 4647 lookup,
    // another algorithm) and findMatchingDistance (an internal API).
    const bestFit = data.cases.filter((c) => c.api === 'match' || c.api === 'BestFitMatcher');
    it.each(bestFit.map((c) => [c.requested, c.supported.length > 8 ? `${c.supported.length} locales` : c.supported, c.expected, c] as const))(
      'negotiate(%j, %j) → %j',
      (_requested, _shown, expected, c) => {
        expect(negotiate(c.requested, c.supported, { defaultLocale: c.defaultLocale }).locale).toBe(expected);
      },
    );
  });
}
