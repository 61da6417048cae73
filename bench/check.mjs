// How long `check` takes on a large tree: 10,000 entries × 20 locales, generated deterministically
// in a temporary folder. Run after a build: `npm run build && node bench/check.mjs [entries] [locales]`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkTree } from '../dist/node.js';

const ENTRIES = Number(process.argv[2] ?? 10_000);
const LOCALES = ['en', 'ar', 'bg', 'cs', 'da', 'de', 'el', 'es', 'fi', 'fr', 'hu', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'ru', 'sv', 'zh'].slice(0, Number(process.argv[3] ?? 20));

// A small linear congruential generator: the same tree on every run and machine.
let seed = 42;
const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

function entry(i, locale) {
  const body = `<p>${locale} paragraph ${i}: ${'text '.repeat(20 + Math.floor(next() * 40))}</p>`;
  const out = {
    title: `${locale} title ${i} for {year}`,
    date: '2025-03-04',
    summary: i % 5 === 0 ? `{count, plural, one {# item} other {# items}} in ${locale}` : `Summary ${i} in ${locale}`,
    body,
  };
  if (locale !== 'en' && i % 7 === 0) out['@meta'] = { sourceHash: '0123456789abcdef' }; // outdated
  return out;
}

const root = mkdtempSync(join(tmpdir(), 'lc-bench-'));
try {
  for (const locale of LOCALES) {
    const data = {};
    for (let i = 0; i < ENTRIES; i++) {
      if (locale !== 'en' && next() < 0.2) continue; // a fifth missing in each translation
      data[`entry-${i}`] = entry(i, locale);
    }
    mkdirSync(join(root, locale));
    writeFileSync(join(root, locale, 'articles.json'), JSON.stringify(data, null, 2));
  }
  const start = performance.now();
  const result = await checkTree(root, { defaultLocale: 'en' });
  const seconds = (performance.now() - start) / 1000;
  console.log(`check: ${ENTRIES} entries × ${LOCALES.length} locales in ${seconds.toFixed(2)} s ` +
    `(${Math.round(result.entries / seconds)} entries/s, ${Math.round((ENTRIES * LOCALES.length) / seconds)} versions/s; ` +
    `${result.errors} errors, ${result.warnings} warnings)`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
