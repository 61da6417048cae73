/**
 * "The same answer in a fresh process and after N distinct other requests": negotiation keeps no
 * state that changes an answer. Two child processes run the built package over the same probe
 * tags; one has first negotiated and resolved 3,500 distinct other tags (more than any cache
 * holds). Every answer (negotiate, the reader's site language, the version served) must agree.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

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
  it(`${probes.length} probe tags: the same answers fresh and after 3,500 distinct other tags`, { timeout: 120_000 }, () => {
    expect(unrelated.length).toBeGreaterThanOrEqual(3_500);
    const fresh = answersAfter(0);
    const after = answersAfter(3_500);
    const flipped = probes.filter((_, i) => JSON.stringify(fresh[i]) !== JSON.stringify(after[i]));
    expect(flipped).toEqual([]);
    // The example: Azerbaijani in Arabic script is out of reach of every language of the site.
    expect(fresh[0]![0]).toBeNull();
  });
});
