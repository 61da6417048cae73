/**
 * Third-party negotiation cases (../shared/conformance, see SOURCES.md there), read in place and never
 * copied into this repository: the conformance tests check each one, and the fuzz uses them as an
 * oracle (the same case, respelled and wrapped in odd arrays, must give the same answer).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the data lives: `../shared/conformance` from the repository's root (the directory tests and
 * scripts run in), or the same folder beside a parent of the root (a checkout kept one level deeper).
 */
export const CONFORMANCE_DIR = ['..', '../..'].map((up) => path.resolve(process.cwd(), up, 'shared/conformance')).find((dir) => existsSync(dir)) ?? path.resolve(process.cwd(), '../shared/conformance');

export const conformancePresent = (): boolean => existsSync(CONFORMANCE_DIR);

export const readConformance = (file: string): string => readFileSync(path.join(CONFORMANCE_DIR, file), 'utf8');

/**
 * ICU cases we knowingly answer differently, keyed `group: desired >> expected`, with the reason
 * (details in docs/negotiation.md). Any other failure makes the conformance test fail.
 */
export const ICU_DEVIATIONS: Readonly<Record<string, string>> = {
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

/** One negotiation with a known answer: `negotiate(desired, supported, { defaultLocale })` → `expected`. */
export interface NegotiationCase {
  readonly desired: readonly string[];
  readonly supported: readonly string[];
  readonly defaultLocale?: string;
  readonly expected: string | null;
}

export interface IcuCase extends NegotiationCase {
  readonly group: string;
  readonly line: string;
}

/** localeMatcherTest.txt: `** test:` opens a group and resets `@` parameters; cases are `desired >> match | …`. */
export function icuCases(text: string): IcuCase[] {
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
      const defaultLocale = params.default || supported[0];
      cases.push({
        group,
        desired: list(desired),
        supported,
        ...(defaultLocale === undefined ? {} : { defaultLocale }),
        expected: match === 'null' ? null : match,
        line: `${group}: ${list(desired).join(', ')} >> ${match}`,
      });
    }
  }
  return cases;
}

/**
 * Every case whose answer negotiate is meant to give: ICU's (without the listed deviations),
 * formatjs's best-fit fixtures and fluent's lookup cases. Empty when the data is absent.
 */
export function agreedCases(): NegotiationCase[] {
  if (!conformancePresent()) return [];
  const icu = icuCases(readConformance('localeMatcherTest.txt')).filter((c) => ICU_DEVIATIONS[c.line] === undefined);
  const formatjs = (JSON.parse(readConformance('formatjs-intl-localematcher-cases.json')) as { cases: { api: string; requested: string[]; supported: string[]; defaultLocale: string; expected: string }[] }).cases
    .filter((c) => c.api === 'match' || c.api === 'BestFitMatcher')
    .map((c) => ({ desired: c.requested, supported: c.supported, defaultLocale: c.defaultLocale, expected: c.expected }));
  const fluent = (JSON.parse(readConformance('fluent-langneg-cases.json')) as { negotiateLanguages: { strategy: string; requested: string[]; available: string[]; expected: string[] }[] }).negotiateLanguages
    .filter((c) => c.strategy === 'lookup')
    .map((c) => ({ desired: c.requested, supported: c.available, expected: c.expected[0] ?? null }));
  return [...icu, ...formatjs, ...fluent];
}
