/**
 * One broken file of its own (YAML front matter, JSON) or a folder that is no language tag is
 * reported with its place and left out; every other entry and locale keeps working, in the loader,
 * `status`, `resolve` and `stamp`.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileError } from '../../src/index.js';
import { loadResources } from '../../src/node/index.js';
import { cli, copyTree, TREES } from '../cli/run-cli.js';

const TREE = join(TREES, 'broken-entry-files');

// [file or folder under the tree, code, line, column]: what is left out, by file. The JSON lacks
// its closing brace (said at the end); the quote opened on line 2 is still open where the front
// matter ends (said there, as check says it).
const expected: [string, string, number | null, number | null][] = [
  ['es/articles/fees.json', 'JSON_SYNTAX', 4, 1],
  ['es/articles/harbour.md', 'YAML_SYNTAX', 3, 1],
  ['es_MX', 'INVALID_LOCALE', null, null],
];

describe('a broken file is left out, with its place, and nothing else is', () => {
  it('loadResources passes each to onProblem and loads the rest', async () => {
    const problems: FileError[] = [];
    const resources = await loadResources(TREE, { onProblem: (p) => problems.push(p) });
    const got = problems.map((p) => [p.file.slice(TREE.length + 1), p.code, p.line, p.column]).sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1));
    expect(got).toEqual(expected);
    expect(Object.keys(resources).sort()).toEqual(['en', 'es']);
    expect(Object.keys(resources.en!.articles as object)).toEqual(['welcome', 'fees', 'harbour']);
    expect(Object.keys(resources.es!.articles as object)).toEqual(['welcome']);
  });

  it('status counts every other entry and names each broken file on stderr', async () => {
    const run = await cli(['status', '--json', '--dir', TREE]);
    expect(run.code).toBe(0);
    const { locales } = JSON.parse(run.stdout);
    expect(locales.es).toMatchObject({ unverified: ['welcome'], missing: ['fees', 'harbour'] });
    const lines = run.stderr.trim().split('\n').sort();
    expect(lines.map((line) => line.slice(TREE.length + 1).split(': warning:')[0])).toEqual(['es/articles/fees.json:4:1', 'es/articles/harbour.md:3:1', 'es_MX']);
    expect(lines.map((line) => /\((\w+)\)$/.exec(line)?.[1])).toEqual(['JSON_SYNTAX', 'YAML_SYNTAX', 'INVALID_LOCALE']);
  });

  // [entry, requested, locale served]
  it.each([
    ['welcome', 'es', 'es'],
    ['harbour', 'es', 'en'],
    ['fees', 'es-MX', 'en'],
  ])('resolve %s %s is served in %s', async (id, requested, locale) => {
    const run = await cli(['resolve', id, requested, '--json', '--dir', TREE]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).locale).toBe(locale);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(3);
  });

  it('stamp of the broken entry names the file and its place', async () => {
    const dir = copyTree(TREE);
    const run = await cli(['stamp', 'harbour', 'es', '--dir', dir]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`${join(dir, 'es/articles/harbour.md')}:3:1`);
    expect(run.stderr).toContain('YAML_SYNTAX');
  });
});
