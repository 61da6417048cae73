/**
 * "The same answer in a fresh process and after N distinct other requests": negotiation keeps no
 * state that changes an answer. Two child processes run the built package over the same probe
 * tags and headers; one has first negotiated and resolved 9,000 distinct other tags or more
 * (more than any cache holds: tag caches keep 8,192). Every answer (negotiate, the reader's site
 * language, the version served) must agree. The headers list a dozen probe tags each, so that the
 * preferences a reader keeps (10), the end of the matcher's input at a preference that settles the
 * answer, and the tag caches all take part.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { negotiate } from '../../src/index.node.js';

const require = createRequire(import.meta.url);
const likely = Object.keys(require('cldr-core/supplemental/likelySubtags.json').supplemental.likelySubtags as object);
const languages = likely.filter((tag) => /^[a-z]{2,3}$/.test(tag));

const SITES = [
  ['en', 'fr', 'es', 'ru', 'ar', 'zh'],
  ['en', 'pt-BR', 'pt-PT', 'es', 'es-419', 'zh-Hant', 'sr-Latn', 'de-CH-1996', 'de'],
];
// Every 3rd CLDR language with and without a region, and the cases the issue saw flip.
const PROBE_REGIONS = ['', '-AO', '-IR', '-MX', '-CH', '-TW', '-419', '-GB'];
const probes = [
  'az-IR', 'pt-AO', 'pt-MZ', 'es-US', 'en-CA', 'zh-HK', 'sr-ME', 'de-CH-1996', 'uz-Arab', 'ku-IQ',
  ...languages.filter((_, i) => i % 3 === 0).map((language, i) => `${language}${PROBE_REGIONS[i % PROBE_REGIONS.length]}`),
];
// Headers of 12 probe tags, best first, with one of the cases at a position that moves from
// header to header: matching settles at different depths, and the last two are never kept.
const headers = Array.from({ length: 200 }, (_, i) =>
  Array.from({ length: 12 }, (_, n) => (n === i % 12 ? probes[i % 10] : probes[10 + ((i * 37 + n * 13) % (probes.length - 10))]))
    .map((tag, n) => `${tag};q=0.${String(999 - n).padStart(3, '0')}`)
    .join(', '),
);
probes.push(...headers);
const SCRIPTS = ['Latn', 'Cyrl', 'Arab', 'Hans', 'Hant', 'Deva'];
const UNRELATED_REGIONS = ['US', 'GB', 'BR', 'PT', 'RU', 'EG', 'CN', 'TW', 'IN', 'NG', 'FR', 'CA'];
const unrelated = languages
  .filter((_, i) => i % 3 !== 0)
  .flatMap((language, i) => [`${language}-${SCRIPTS[i % SCRIPTS.length]}-${UNRELATED_REGIONS[i % UNRELATED_REGIONS.length]}`, `${language}-${UNRELATED_REGIONS[(i + 5) % UNRELATED_REGIONS.length]}`]);

const script = path.resolve(import.meta.dirname, 'fixtures/answers-after-history.mjs');
const file = path.join(mkdtempSync(path.join(tmpdir(), 'lc-history-')), 'probes.json');
writeFileSync(file, JSON.stringify({ probes, unrelated, sites: SITES }));
const answersAfter = (history: number): (string | null)[][] =>
  JSON.parse(execFileSync(process.execPath, [script, String(history), file], { encoding: 'utf8', maxBuffer: 1 << 26 }));

describe('answers do not depend on what a process served before', () => {
  it(`${probes.length} probe tags and headers: the same answers fresh and after ${unrelated.length.toLocaleString('en')} distinct other tags`, { timeout: 180_000 }, () => {
    expect(unrelated.length).toBeGreaterThanOrEqual(9_000);
    const fresh = answersAfter(0);
    const after = answersAfter(unrelated.length);
    const flipped = probes.filter((_, i) => JSON.stringify(fresh[i]) !== JSON.stringify(after[i]));
    expect(flipped).toEqual([]);
    // The example: Azerbaijani in Arabic script is out of reach of every language of the site.
    expect(fresh[0]![0]).toBeNull();
  });
});

describe('a list never answers for another list', () => {
  // [a list negotiated first, the list asked next, the tag, the answer a fresh process gives]
  it.each<[string[], string[], string, { locale: string; match: string }]>([
    [['en\u0000fr'], ['en', 'fr'], 'fr', { locale: 'fr', match: 'exact' }],
    [['de\u0000es', 'it'], ['de', 'es', 'it'], 'es', { locale: 'es', match: 'exact' }],
    [['es-MX\u0000de'], ['es-MX', 'de'], 'de-AT', { locale: 'de', match: 'variant' }],
    [['pt\u0000'], ['pt', ''], 'pt', { locale: 'pt', match: 'exact' }],
  ])('after negotiate(tag, %j), negotiate(tag, %j)', (first, next, tag, expected) => {
    negotiate(tag, first);
    expect(negotiate(tag, next)).toMatchObject(expected);
  });
});
