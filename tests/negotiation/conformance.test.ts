// Runs third-party test data (../shared/conformance, see SOURCES.md there) through the negotiation
// layer. The data is read in place, never copied into this repository.
import { describe, expect, it } from 'vitest';
import { canonicalizeTag, negotiate, parseAcceptLanguage } from '../../src/negotiation/index.js';
import { CONFORMANCE_DIR as dir, conformancePresent, ICU_DEVIATIONS, icuCases, readConformance as read } from './conformance-cases.js';

const present = conformancePresent();
const same = (a: string | null, b: string | null) => a === b || (a !== null && b !== null && canonicalizeTag(a) === canonicalizeTag(b));

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
