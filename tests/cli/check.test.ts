import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTree } from '../../src/tools/check/check-tree.js';
import { cli, ROOT, TREES } from './run-cli.js';

type Expected = [file: string, line: number, column: number, severity: 'error' | 'warning', rule: string];

// [fixture tree, every problem expected in it]: one tree per rule, positions 1-based in UTF-16 units.
const rules: [string, Expected[]][] = [
  ['clean', []],
  ['json-syntax', [['es/articles.json', 3, 40, 'error', 'json-syntax']]],
  ['duplicate-key', [['es/articles.json', 5, 5, 'error', 'duplicate-key']]],
  ['locale-folder', [['es_ES/articles.json', 1, 1, 'error', 'locale-folder'], ['zh-hant/articles.json', 1, 1, 'warning', 'locale-folder']]],
  ['not-an-object', [['es/articles.json', 2, 13, 'error', 'not-an-object']]],
  // Content is text: a literal { in code and French "l'{year}" pass (no ICU parsing, no ICU quoting).
  ['text-fields', []],
  [
    'placeholder-mismatch',
    [
      ['es/articles.json', 3, 15, 'error', 'placeholder-mismatch'], // {year} missing: the start of the string
      ['es/articles.json', 3, 33, 'error', 'placeholder-mismatch'], // {yaer}: the placeholder itself
    ],
  ],
  // Escapes take more characters in the file than in the message: {yaer} is the 12th character, column 34.
  ['escapes', [['es/articles.json', 3, 15, 'error', 'placeholder-mismatch'], ['es/articles.json', 3, 34, 'error', 'placeholder-mismatch']]],
  [
    'markup-mismatch',
    [
      ['es/articles.json', 4, 14, 'error', 'markup-mismatch'], // the <a> is missing: the start of the text
      ['es/articles.json', 4, 14, 'warning', 'link-mismatch'], // and so is its URL
      ['es/articles.json', 4, 14, 'warning', 'number-mismatch'], // 1,250 became 1.520
      ['es/articles.json', 4, 45, 'error', 'markup-mismatch'], // a <b> the source does not have
      ['es/articles.json', 4, 45, 'error', 'markup-mismatch'], // and never closed
      ['es/articles.json', 8, 21, 'warning', 'link-mismatch'], // the link to another URL
    ],
  ],
  ['unknown-entry', [['es/articles.json', 3, 3, 'warning', 'unknown-entry']]],
  ['unknown-field', [['es/articles.json', 4, 5, 'warning', 'unknown-field']]],
  ['missing-field', [['es/articles.json', 2, 3, 'warning', 'missing-field']]],
  [
    'field-type',
    [
      ['es/articles.json', 2, 3, 'warning', 'missing-field'],
      ['es/articles.json', 3, 14, 'error', 'field-type'],
      ['es/articles.json', 4, 13, 'warning', 'field-type'],
    ],
  ],
  // Date-shaped values that name no day stay dates (Spanish is complete with its title), reported at their place.
  ['invalid-date', [['en/articles.json', 4, 13, 'error', 'invalid-date'], ['en/articles.json', 5, 18, 'error', 'invalid-date']]],
  ['invalid-meta', [['es/articles.json', 5, 16, 'warning', 'outdated'], ['es/articles.json', 5, 30, 'error', 'invalid-meta']]],
  ['outdated', [['es/articles.json', 5, 16, 'warning', 'outdated']]],
  // A file per entry, JSON and Markdown, mixed with namespace files: positions inside front matter and Markdown.
  [
    'entry-files',
    [
      ['es/articles/fees.json', 2, 13, 'error', 'placeholder-mismatch'], // {year} missing: the start of the string
      ['es/articles/fees.json', 2, 37, 'error', 'placeholder-mismatch'], // {anio}
      ['es/articles/harbour.md', 4, 3, 'warning', 'outdated'], // the sourceHash key in the front matter
      ['es/articles/harbour.md', 4, 15, 'error', 'invalid-meta'], // its value
      ['es/articles/harbour.md', 6, 1, 'error', 'markdown-links'], // the pier link is missing: the body's start
      ['es/articles/harbour.md', 6, 1, 'error', 'markdown-code'], // `make map` is missing
      ['es/articles/harbour.md', 8, 1, 'error', 'markdown-headings'], // the heading the source lacks
      ['es/articles/harbour.md', 10, 23, 'error', 'markdown-links'], // a link the source lacks
      ['es/articles/harbour.md', 14, 9, 'error', 'markdown-code'], // inline code translated
      ['fr/articles.json', 2, 3, 'warning', 'missing-field'], // fr has only the title of the Markdown entry
    ],
  ],
  [
    'entry-files-syntax',
    [
      ['en/articles.json', 3, 3, 'error', 'duplicate-entry'],
      ['es/articles/a.md', 4, 1, 'error', 'front-matter'], // the quote opened on line 2 is still open where the front matter ends
      ['es/articles/b.md', 1, 1, 'error', 'front-matter'], // never closed
    ],
  ],
  // Careless hands over a file per entry, compared one entry at a time: an entry only in a
  // translation, a .json and a .md for one id, a broken source file among good ones (its
  // translations are not compared), empty locale folders; ties at one place keep their order.
  [
    'entry-files-careless',
    [
      ['en/articles.json', 3, 3, 'error', 'duplicate-entry'], // "a" also in en/articles/a.json
      ['en/articles/d.json', 4, 1, 'error', 'json-syntax'], // the closing } is missing; fr/articles/d.json is not compared
      ['es/articles/b.md', 4, 1, 'error', 'markdown-links'],
      ['es/articles/b.md', 4, 1, 'error', 'markdown-code'],
      ['es/articles/b.md', 6, 5, 'error', 'markdown-links'],
      ['es/articles/b.md', 6, 43, 'error', 'markdown-code'],
      ['es/articles/only-es.md', 1, 1, 'warning', 'unknown-entry'],
      ['fr/articles.json', 2, 24, 'error', 'placeholder-mismatch'],
      ['fr/articles/a.json', 1, 1, 'error', 'duplicate-entry'], // a.md is the one read
      ['fr/articles/a.md', 4, 1, 'error', 'markup-mismatch'],
      ['fr/articles/b.md', 2, 8, 'error', 'front-matter'],
      ['fr/articles/b.md', 2, 8, 'error', 'front-matter'],
      ['fr/articles/b.md', 4, 1, 'error', 'front-matter'],
      ['fr/articles/c.json', 1, 12, 'error', 'field-type'],
      ['fr/articles/c.json', 1, 29, 'error', 'duplicate-key'], // found reading the file…
      ['fr/articles/c.json', 1, 29, 'warning', 'unknown-field'], // …before comparing it with the source
      ['fr/articles/only-fr.json', 1, 1, 'warning', 'unknown-entry'],
    ],
  ],
  [
    'notice',
    [
      ['es/notice.json', 3, 19, 'error', 'placeholder-mismatch'],
      ['es/notice.json', 3, 63, 'error', 'notice-argument'],
      ['es/notice.json', 4, 3, 'error', 'notice-key'],
      ['es/notice.json', 5, 42, 'error', 'icu-syntax'],
    ],
  ],
  // {sameLanguage} and {count} are arguments the library provides; malformed catalog settings are not.
  [
    'notice-setting',
    [
      ['zh-Hant/notice.json', 3, 21, 'error', 'notice-setting'],
      ['zh-Hant/notice.json', 4, 14, 'error', 'notice-setting'],
    ],
  ],
];

describe('checkTree(tree) reports each rule at its line and column', () => {
  it.each(rules)('checkTree(%j)', async (tree, expected) => {
    const result = await checkTree(join(TREES, tree));
    const got = result.problems.map((p): Expected => [p.file.slice(join(TREES, tree).length + 1), p.line, p.column, p.severity, p.rule]);
    expect(got).toEqual(expected);
    expect(result.errors).toBe(expected.filter((e) => e[3] === 'error').length);
  });

  // A tree with no folder in the default language is refused as the library refuses it, rather
  // than reported at a file that is not there.
  it('checkTree("no-source"): the default language en has no folder, only es', async () => {
    await expect(checkTree(join(TREES, 'no-source'))).rejects.toThrow(
      expect.objectContaining({ code: 'DEFAULT_LOCALE_NOT_FOUND', message: 'defaultLocale "en" has no "articles" content, which is in es; set defaultLocale to the language the entries are written in' }),
    );
  });
});

describe('localized-content check', () => {
  // The three typos: a missing comma, a duplicate key, a renamed placeholder.
  it.each([
    ['json-syntax', 'es/articles.json:3:40: error: a comma is missing at the end of line 3: every entry and field but the last ends with a comma (json-syntax)'],
    ['duplicate-key', 'es/articles.json:5:5: error: duplicate key "title" (also at line 3, column 5); JSON keeps only the last one (duplicate-key)'],
    ['placeholder-mismatch', 'es/articles.json:3:33: error: "title": placeholder {yaer} is not in the source (the source has {year}); placeholders are filled in by the site and are not translated (placeholder-mismatch)'],
  ])('check --dir tests/fixtures/trees/%s exits 1 with the position', async (tree, line) => {
    const run = await cli(['check', '--dir', `tests/fixtures/trees/${tree}`]);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')).toContain(`tests/fixtures/trees/${tree}/${line}`);
  });

  it('check on warnings alone exits 0, with a summary line', async () => {
    const run = await cli(['check', '--dir', 'tests/fixtures/trees/outdated']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('No errors, 1 warning in 1 file; 2 files and 1 entry checked.');
  });

  it('check groups problems by file, a blank line between files', async () => {
    const run = await cli(['check', '--dir', 'tests/fixtures/trees/locale-folder']);
    expect(run.stdout).toBe(
      'tests/fixtures/trees/locale-folder/es_ES/articles.json:1:1: error: folder "es_ES" is not a BCP 47 language tag; rename it "es-ES"; the library will not load this folder (locale-folder)\n' +
        '\n' +
        'tests/fixtures/trees/locale-folder/zh-hant/articles.json:1:1: warning: folder "zh-hant" is better written "zh-Hant" (locale-folder)\n' +
        '\n' +
        '1 error, 1 warning in 2 files; 3 files and 1 entry checked.\n',
    );
  });

  it('check --json writes the problems to stdout alone', async () => {
    const run = await cli(['check', '--json', '--dir', 'tests/fixtures/trees/placeholder-mismatch']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const parsed = JSON.parse(run.stdout) as { problems: { rule: string; line: number; column: number }[]; errors: number };
    expect(parsed.errors).toBe(2);
    expect(parsed.problems[1]).toMatchObject({ rule: 'placeholder-mismatch', line: 3, column: 33, severity: 'error' });
  });

  it('check never writes: every file keeps its bytes and modification time', async () => {
    const dir = join(TREES, 'invalid-meta');
    const snapshot = () => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort().map((f) => {
      const path = join(dir, f);
      return statSync(path).isFile() ? [f, readFileSync(path, 'utf8'), statSync(path).mtimeMs] : [f];
    });
    const before = snapshot();
    await cli(['check', '--dir', dir]);
    expect(snapshot()).toEqual(before);
  });

  it('check on a folder that does not exist exits 1 with a message', async () => {
    const run = await cli(['check', '--dir', 'no/such/folder']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('locales folder not found (FILE_NOT_FOUND)');
  });

  it('check --namespace notice finds the package’s built-in catalogs clean', async () => {
    const run = await cli(['check', '--dir', 'locales', '--namespace', 'notice']);
    expect(run.stdout).toMatch(/^No problems: 4\d files and 0 entries checked\.\n$/);
    expect(run.code).toBe(0);
  });

  it('check --dir examples/content/locales finds no errors in the example content', async () => {
    const run = await cli(['check', '--dir', join(ROOT, 'examples/content/locales')]);
    expect(run.code).toBe(0);
  });
});
