// The scale corpus as a file per entry (`<locale>/articles/<id>.json` and `<id>.md`, as a site keeping
// one file per article and language lays it out): how long `check` and `status` take over it, and
// their peak resident memory, against the same content in one namespace file per locale
// (`<locale>/articles.json`), measured in the same run. The same content as bench/http-scale.mjs
// (100,000 entries over 30 locales); every other entry is Markdown (YAML front matter, the body as
// Markdown), the others JSON, and translations are stamped (one in 20 from an older source).
// Each command runs in a process of its own, so that its peak resident memory (`maxRSS`) is its own.
// Run after a build:
// `npm run build && node bench/entry-files.mjs [entries] [--keep <dir>]` (`--keep` writes the tree
// into `<dir>` and leaves it there; run again with the same `<dir>` and number, it measures the tree
// already there). Prints one JSON line.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sourceHash } from 'localized-content';
import { checkTree, readCoverage } from '../dist/node.js';
import { buildResources, DEFAULT_LOCALE, LOCALES } from './corpus.mjs';

const args = process.argv.slice(2);
const measureAt = args.indexOf('--measure');
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

/** One command over one tree, in this process: its time, its peak resident memory, and what it found. */
async function measureOne(command, dir) {
  const start = performance.now();
  let found;
  if (command === 'check') {
    const checked = await checkTree(dir, { defaultLocale: DEFAULT_LOCALE });
    found = { errors: checked.errors, warnings: checked.warnings, entries: checked.entries };
  } else {
    const { coverage } = await readCoverage(dir, { defaultLocale: DEFAULT_LOCALE });
    found = { rows: coverage.rows.length, outdated: Object.values(coverage.byLocale).reduce((n, l) => n + l.outdated.length, 0) };
  }
  const ms = performance.now() - start;
  // maxRSS is in kilobytes.
  return { ms, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024), ...found };
}

/** `command` over `dir` in a process of its own, with the same heap limit as this one. */
function measure(command, dir) {
  const out = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--measure', command, dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out);
}

/** The machine's load averages when a figure is taken: the two cores may be shared. */
const load = () => (readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '));

if (measureAt !== -1) {
  console.log(JSON.stringify(await measureOne(args[measureAt + 1], args[measureAt + 2])));
} else {
  const root = keep ?? mkdtempSync(join(tmpdir(), 'lc-entry-files-'));
  // A kept tree of the same size is measured again rather than written again (writing 1.4 million files takes minutes).
  const marker = join(root, 'tree.json');
  try {
    let start = performance.now();
    let written;
    if (keep !== undefined && existsSync(marker) && JSON.parse(readFileSync(marker, 'utf8')).entries === ENTRIES) {
      written = { ...JSON.parse(readFileSync(marker, 'utf8')), writeMs: null };
    } else {
      written = { entries: ENTRIES, ...writeTrees(root, corpus()), writeMs: performance.now() - start };
      writeFileSync(marker, JSON.stringify(written));
    }
    const figures = {};
    for (const command of ['check', 'status']) {
      const single = { load: load(), ...measure(command, join(root, 'single')) };
      const perEntry = { load: load(), ...measure(command, join(root, 'entries')) };
      figures[command] = { single, perEntry, ratio: perEntry.ms / single.ms };
    }
    console.log(JSON.stringify({ entries: ENTRIES, locales: LOCALES.length, files: written.files, markdown: written.markdown, writeMs: written.writeMs, ...figures }));
  } finally {
    if (keep === undefined) rmSync(root, { recursive: true, force: true });
  }
}
