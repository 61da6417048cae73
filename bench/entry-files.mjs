// The scale corpus as a file per entry (`<locale>/articles/<id>.json` and `<id>.md`, as a site keeping
// one file per article and language lays it out): how long `check` and `status` take over it, against
// the same content in one namespace file per locale (`<locale>/articles.json`), measured in the same
// process. The same content as bench/http-scale.mjs (100,000 entries over 30 locales); every other
// entry is Markdown (YAML front matter, the body as Markdown), the others JSON, and translations are
// stamped (one in 20 from an older source). Run after a build:
// `npm run build && node bench/entry-files.mjs [entries] [--keep <dir>]` (`--keep` writes the tree
// into an empty `<dir>` and leaves it there). Prints one JSON line.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sourceHash } from 'localized-content';
import { checkTree, coverageOf, readContentTree } from '../dist/node.js';
import { buildResources, DEFAULT_LOCALE, LOCALES } from './corpus.mjs';

const args = process.argv.slice(2);
const keepAt = args.indexOf('--keep');
const keep = keepAt === -1 ? undefined : args.splice(keepAt, 2)[1];
const ENTRIES = Number(args[0] ?? 100_000);

/** Entries with an odd number are Markdown files: the body loses its `<p>` wrapper and gains a heading. */
const isMarkdown = (id) => Number(id.slice(id.lastIndexOf('-') + 1)) % 2 === 1;
const toMarkdown = (fields) => (typeof fields.body === 'string' ? { ...fields, body: `## ${fields.body.slice(3, 20)}\n\n${fields.body.slice(3, -4)}\n` } : fields);

/** The corpus as each entry is stored: Markdown bodies for Markdown entries; translations stamped from their source. */
function corpus() {
  const stored = (id, fields) => (isMarkdown(id) ? toMarkdown(fields) : fields);
  let current;
  const resources = buildResources({ entries: ENTRIES, words: 12, sourceHash: (source) => (current = sourceHash(source)) });
  // buildResources stamps with the hash of the source as generated; a Markdown source is stored changed, so stamp again.
  for (const [id, source] of Object.entries(resources[DEFAULT_LOCALE].articles)) {
    if (!isMarkdown(id)) continue;
    const before = sourceHash(source);
    current = sourceHash(stored(id, source));
    for (const locale of LOCALES.slice(1)) {
      const meta = resources[locale].articles[id]?.['@meta'];
      if (meta?.sourceHash === before) meta.sourceHash = current;
    }
  }
  for (const locale of LOCALES) {
    const articles = resources[locale].articles;
    for (const id of Object.keys(articles)) articles[id] = stored(id, articles[id]);
  }
  return resources;
}

/** A YAML scalar for generated text: plain when it reads back as itself, else double-quoted. */
const yamlScalar = (value) => (/^[a-z][a-z ]*$/.test(value) ? value : JSON.stringify(value));

function markdownFile(fields) {
  const lines = ['---'];
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'body') continue;
    if (key === '@meta') {
      lines.push(`"@meta":`);
      for (const [metaKey, metaValue] of Object.entries(value)) lines.push(`  ${metaKey}: ${yamlScalar(metaValue)}`);
    } else lines.push(`${key}: ${yamlScalar(value)}`);
  }
  lines.push('---', '');
  return `${lines.join('\n')}${fields.body ?? ''}`;
}

/** Writes both layouts of `resources`: per-entry files under `entries/`, one file per locale under `single/`. */
function writeTrees(root, resources) {
  let files = 0;
  let markdown = 0;
  for (const locale of LOCALES) {
    const articles = resources[locale].articles;
    const folder = join(root, 'entries', locale, 'articles');
    mkdirSync(folder, { recursive: true });
    for (const [id, fields] of Object.entries(articles)) {
      // A Markdown entry without a body (a partial translation) stays Markdown: the front matter alone.
      if (isMarkdown(id)) {
        writeFileSync(join(folder, `${id}.md`), markdownFile(fields));
        markdown++;
      } else writeFileSync(join(folder, `${id}.json`), `${JSON.stringify(fields, null, 2)}\n`);
      files++;
    }
    mkdirSync(join(root, 'single', locale), { recursive: true });
    writeFileSync(join(root, 'single', locale, 'articles.json'), `${JSON.stringify(articles, null, 2)}\n`);
  }
  return { files, markdown };
}

async function measure(dir) {
  let start = performance.now();
  const checked = await checkTree(dir, { defaultLocale: DEFAULT_LOCALE });
  const checkMs = performance.now() - start;
  start = performance.now();
  const coverage = coverageOf(await readContentTree(dir, { defaultLocale: DEFAULT_LOCALE }));
  const statusMs = performance.now() - start;
  const outdated = Object.values(coverage.byLocale).reduce((n, l) => n + l.outdated.length, 0);
  return {
    check: { ms: checkMs, errors: checked.errors, warnings: checked.warnings, entries: checked.entries },
    status: { ms: statusMs, rows: coverage.rows.length, outdated },
  };
}

const root = keep ?? mkdtempSync(join(tmpdir(), 'lc-entry-files-'));
try {
  let start = performance.now();
  const { files, markdown } = writeTrees(root, corpus());
  const writeMs = performance.now() - start;
  const single = await measure(join(root, 'single'));
  const perEntry = await measure(join(root, 'entries'));
  console.log(JSON.stringify({ entries: ENTRIES, locales: LOCALES.length, files, markdown, writeMs, single, perEntry }));
} finally {
  if (keep === undefined) rmSync(root, { recursive: true, force: true });
}
