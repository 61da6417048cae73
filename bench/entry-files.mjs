// The scale corpus as a file per entry (`<locale>/articles/<id>.json`, as a site keeping one file per
// article and language lays it out): how long `check` and `status` take over it. The same content as
// bench/http-scale.mjs (100,000 entries over 30 locales). Run after a build:
// `npm run build && node bench/entry-files.mjs [entries]`. Prints one JSON line.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkTree, coverageOf, readContentTree } from '../dist/node.js';
import { buildResources, DEFAULT_LOCALE, LOCALES } from './corpus.mjs';

const ENTRIES = Number(process.argv[2] ?? 100_000);

function writeTree(root) {
  const corpus = buildResources({ entries: ENTRIES, words: 12 });
  let files = 0;
  for (const locale of LOCALES) {
    const folder = join(root, locale, 'articles');
    mkdirSync(folder, { recursive: true });
    for (const [id, fields] of Object.entries(corpus[locale].articles)) {
      writeFileSync(join(folder, `${id}.json`), `${JSON.stringify(fields, null, 2)}\n`);
      files++;
    }
  }
  return files;
}

const root = mkdtempSync(join(tmpdir(), 'lc-entry-files-'));
try {
  const files = writeTree(root);
  let start = performance.now();
  const checked = await checkTree(root, { defaultLocale: DEFAULT_LOCALE });
  const checkMs = performance.now() - start;
  start = performance.now();
  const coverage = coverageOf(await readContentTree(root, { defaultLocale: DEFAULT_LOCALE }));
  const statusMs = performance.now() - start;
  console.log(JSON.stringify({
    entries: ENTRIES,
    locales: LOCALES.length,
    files,
    check: { ms: checkMs, errors: checked.errors, warnings: checked.warnings, entries: checked.entries },
    status: { ms: statusMs, rows: coverage.rows.length },
  }));
} finally {
  rmSync(root, { recursive: true, force: true });
}
