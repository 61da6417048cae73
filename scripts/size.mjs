#!/usr/bin/env node
// Browser weight: bundles a page that imports the core and one catalog (Spanish) from the built
// package, as a site's bundler would (esbuild, minified, browser conditions), gzips it, and subtracts
// the same page with i18next alone. Also checks tree-shaking: no other catalog's text may be in the
// bundle. `npm run size` prints the figures and exits 1 over budget; tests/perf runs the same check.
// `npm run size -- --parts` also lists what each module of the page weighs (from its source map).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

// 33 KB (25 before): CLDR's matching rules (1.7 KB min+gz) ship with negotiation, so that a preference is
// rewritten into a bounded vocabulary by its own content only (see src/negotiation/preference-vocabulary.ts),
// and notice messages are tested by formatting them before use (src/notice/validate-message.ts); the
// creation-time checks of the options against the content (a content namespace no locale has, a
// default locale the content lacks, site languages without a catalog) add 1.2 KB; bounding the work of
// a header seen once (a one-pass header reader, the end of matching at a preference that settles the
// answer, the forms within reach of the preferences, a two-generation cache) adds 0.5 KB; each field's
// format (`fieldFormats`, so a site renders a Markdown body as Markdown) 0.1 KB; the field-kind check and
// line-ending-blind hashes 0.2 KB; the message test trying every branch with the catalog's own language
// code, and refusing quoted placeholders, 0.6 KB; reading a hostile header seen once cheaply (one sticky
// expression per entry, tags canonical in shape without Intl, one array per sublist best fit is
// asked about) 0.3 KB; reading extended language subtags (zh-yue-HK as yue-HK, not as no tag) 0.07 KB;
// a first-seen hostile header at half the CPU (the header read a character at a time, complete tags
// and canonical preferences not read again, bounded maps of results instead of weak ones) 0.7 KB.
// Trimmed to 33.15 KB (from 34.2): notices are formatted with intl-messageformat's `formatToParts`
// instead of its `IntlMessageFormat` class, whose static blocks kept the class, its default
// formatters and its parser hook in every bundle, unused (1.0 KB; src/notice/engine.ts); one
// `ConfigError` maker for the options (refuseOption), one "got an array" (text/type-in-words.ts),
// `supportedLngs` read by the one reader of tag lists, and the content loader's list of loaded
// locales made in one place (0.05 KB). Then 33.65 KB: best fit put together from formatjs's answers
// about single preferences and pairs, kept per list of locales, so that a stream of first-seen
// hostile headers does not cost a formatjs pass each (src/negotiation/match-by-preference.ts, 0.5 KB),
// and a preference's rewrite kept per site (0.03 KB).
export const BUDGET_KB = 33.7;
const root = fileURLToPath(new URL('../', import.meta.url));

// Imports use the package's own name: inside its folder, Node and esbuild resolve a package's
// self-reference through its `exports`, so this measures what a site gets from `dist/`.
const PAGE = `
import { createContentLibrary } from 'localized-content';
import es from 'localized-content/catalogs/es';
const library = createContentLibrary({ defaultLocale: 'en', resources: globalThis.resources, catalogs: [es] });
globalThis.show = (id, header) => library.resolve(id, header);
`;
const I18NEXT_ONLY = `
import i18next from 'i18next';
globalThis.i18n = i18next.createInstance();
`;

async function bundle(dir, name, source) {
  const entry = join(dir, `${name}.mjs`);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    absWorkingDir: root,
    // esbuild follows dist/'s own source maps, so the page's bytes map back to src/ and packages.
    sourcemap: 'external',
    outdir: dir,
  });
  const output = result.outputFiles.find((file) => file.path.endsWith('.js'));
  const map = result.outputFiles.find((file) => file.path.endsWith('.map'));
  const code = output.contents;
  return { code: Buffer.from(code).toString('utf8'), map: map?.text, minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One source map segment's fields (Base64 VLQ, as the Source Map spec, ECMA-426, defines them). */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/** What a bundled file counts as: a package (its CLDR data apart), a module of src/, or a built-in catalog. */
function groupOf(source) {
  const file = source.replace(/^(\.\.\/)+/, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  // fast-memoize's source map names its source "../index.ts", outside its own folder.
  if (pkg?.[1] === '@formatjs/index.ts') return '@formatjs/fast-memoize';
  if (pkg) return file.includes('/cldr.core/') ? `${pkg[1]}: CLDR data` : pkg[1];
  const catalog = /catalogs\/generated\/([\w-]+)\.ts$/.exec(file);
  if (catalog) return `catalog ${catalog[1]}`;
  const module = /src\/[\w/.-]+$/.exec(file);
  return module ? module[0] : file;
}

/**
 * What each part of the page weighs: the minified bundle cut by its source map into the bytes each
 * package or module of src/ produced; each part is gzipped alone, and its share of the page's
 * gzipped size is its part of the sum (gzip shares repeats across parts, so alone they add up to more).
 */
function breakdown(page) {
  const { sources, mappings } = JSON.parse(page.map);
  const bytes = new Map();
  const lines = page.code.split('\n');
  let sourceIndex = 0;
  mappings.split(';').forEach((line, row) => {
    let column = 0;
    const cuts = [];
    for (const segment of line.split(',')) {
      if (segment === '') continue;
      const fields = decodeSegment(segment);
      column += fields[0];
      if (fields.length > 1) sourceIndex += fields[1];
      cuts.push({ column, group: fields.length > 1 ? groupOf(sources[sourceIndex]) : 'unmapped' });
    }
    // Text before a line's first segment is unmapped; the line break belongs to the line's last part.
    const text = (lines[row] ?? '') + (row < lines.length - 1 ? '\n' : '');
    if (cuts[0]?.column !== 0) cuts.unshift({ column: 0, group: 'unmapped' });
    cuts.forEach((cut, i) => {
      const part = text.slice(cut.column, cuts[i + 1]?.column ?? text.length);
      bytes.set(cut.group, (bytes.get(cut.group) ?? '') + part);
    });
  });
  const parts = [...bytes].map(([group, text]) => ({ group, minified: Buffer.byteLength(text), alone: gzipSync(text, { level: 9 }).length }));
  const sum = parts.reduce((total, part) => total + part.alone, 0);
  return parts.map((part) => ({ ...part, share: (page.gzipped * part.alone) / sum })).sort((a, b) => b.share - a.share);
}

/** Messages of the other built-in catalogs found in the page bundle (tree-shaking failures). */
function otherCatalogs(code) {
  const found = [];
  for (const locale of readdirSync(join(root, 'locales'))) {
    if (locale === 'es' || locale === 'en') continue; // English is the bundled last resort
    let catalog;
    try {
      catalog = JSON.parse(readFileSync(join(root, 'locales', locale, 'notice.json'), 'utf8'));
    } catch {
      continue;
    }
    if (typeof catalog.unavailable === 'string' && code.includes(JSON.stringify(catalog.unavailable).slice(1, -1))) found.push(locale);
  }
  return found;
}

/** Bundles both pages and returns their sizes in bytes and the budget's verdict. */
export async function measureSize() {
  // The temporary pages live inside the package so that its self-reference resolves.
  const dir = mkdtempSync(join(root, '.size-'));
  try {
    const page = await bundle(dir, 'page', PAGE);
    const base = await bundle(dir, 'i18next-only', I18NEXT_ONLY);
    const beyondKB = (page.gzipped - base.gzipped) / 1024;
    return {
      page: { minified: page.minified, gzipped: page.gzipped },
      i18next: { minified: base.minified, gzipped: base.gzipped },
      beyondKB,
      budgetKB: BUDGET_KB,
      otherCatalogs: otherCatalogs(page.code),
      spanishIncluded: page.code.includes('disponible en'),
      parts: breakdown(page),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const size = await measureSize();
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`page (core + es catalog + i18next): ${kb(size.page.minified)} min, ${kb(size.page.gzipped)} min+gz`);
  console.log(`i18next alone:                      ${kb(size.i18next.minified)} min, ${kb(size.i18next.gzipped)} min+gz`);
  console.log(`core + es catalog beyond i18next: ${size.beyondKB.toFixed(1)} KB min+gz (budget ${size.budgetKB} KB)`);
  console.log(`other catalogs in the bundle: ${size.otherCatalogs.length === 0 ? 'none' : size.otherCatalogs.join(', ')}`);
  if (process.argv.includes('--parts')) {
    console.log('\nwhat the page carries (minified bytes from its source map; gzip share of the page):');
    for (const part of size.parts) console.log(`  ${part.group.padEnd(44)} ${kb(part.minified).padStart(9)} min  ${kb(part.share).padStart(8)} min+gz`);
  }
  if (size.beyondKB > size.budgetKB || size.otherCatalogs.length > 0 || !size.spanishIncluded) process.exitCode = 1;
}
