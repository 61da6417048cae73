/**
 * An entry that only translations have (not in the source language, and no `@meta.source` saying
 * where it was first written) is what `check` calls `unknown-entry`: often a mistyped id. `status`
 * agrees: it lists it as `unknown` in the locales that have it, and counts it as missing nowhere,
 * least of all in the source language's row. An entry that says where it was first written is a
 * real source: the other locales, the default one included, are to translate it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTree } from '../../src/node/index.js';
import { folder } from '../helpers/locale-trees.js';
import { cli } from './run-cli.js';

interface LocaleJson {
  translated: string[];
  missing: string[];
  source: string[];
  unknown: string[];
  total: number;
}
interface StatusJson {
  locales: Record<string, LocaleJson>;
  matrix: { id: string; cells: Record<string, string[]> }[];
}

function tree(files: Record<string, Record<string, object>>): string {
  const dir = join(folder(), 'locales');
  for (const [locale, entries] of Object.entries(files)) {
    mkdirSync(join(dir, locale), { recursive: true });
    writeFileSync(join(dir, locale, 'articles.json'), `${JSON.stringify(entries, null, 2)}\n`);
  }
  return dir;
}

const a = { title: 'A' };
const stamped = (title: string): object => ({ title, '@meta': { sourceHash: '0000000000000000' } });

type Row = [locale: string, missing: string[], source: string[], unknown: string[], total: number];
type Case = [name: string, files: Record<string, Record<string, object>>, rows: Row[], cells: Record<string, string[]>, unknownLine: string | undefined];

const cases: Case[] = [
  [
    'only-fr in fr alone',
    { en: { a }, fr: { a: stamped('A'), 'only-fr': { title: 'Seulement' } } },
    [
      ['en', [], ['a'], [], 0],
      ['fr', [], [], ['only-fr'], 1],
    ],
    { en: [], fr: ['unknown'] },
    'only-fr (fr)',
  ],
  [
    'only-es in es and fr, a third locale without it',
    { en: { a }, es: { 'only-es': { title: 'Solo' } }, fr: { 'only-es': { title: 'Seul' } }, ru: { a: stamped('А') } },
    [
      ['en', [], ['a'], [], 0],
      ['es', ['a'], [], ['only-es'], 1],
      ['fr', ['a'], [], ['only-es'], 1],
      ['ru', [], [], [], 1],
    ],
    { en: [], es: ['unknown'], fr: ['unknown'], ru: [] },
    'only-es (es, fr)',
  ],
  [
    'first-fr says "@meta": { "source": "fr" }: a real source, en and es are to translate it',
    { en: { a }, es: { a: stamped('A') }, fr: { 'first-fr': { title: 'Premier', '@meta': { source: 'fr' } } } },
    [
      ['en', ['first-fr'], ['a'], [], 1],
      ['es', ['first-fr'], [], [], 2],
      ['fr', ['a'], ['first-fr'], [], 1],
    ],
    { en: ['missing'], es: ['missing'], fr: ['source'] },
    undefined,
  ],
];

describe('status counts an entry the source language lacks as check does (unknown-entry)', () => {
  it.each(cases)('%s', async (_, files, rows, cells, unknownLine) => {
    const dir = tree(files);
    const run = await cli(['status', '--json', '--dir', dir]);
    expect(run.code, run.stderr).toBe(0);
    const status = JSON.parse(run.stdout) as StatusJson;
    expect(rows.map(([locale]) => [locale, status.locales[locale]!.missing, status.locales[locale]!.source, status.locales[locale]!.unknown, status.locales[locale]!.total])).toEqual(rows);
    const odd = status.matrix.find((row) => row.id !== 'a')!;
    expect(odd.cells).toEqual(cells);
    // The locales status calls unknown are those check warns about.
    const { problems } = await checkTree(dir);
    const warned = problems.filter((p) => p.rule === 'unknown-entry').map((p) => p.file.slice(dir.length + 1).split('/')[0]);
    expect(warned).toEqual(rows.filter((row) => row[3].length > 0).map(([locale]) => locale));
    const text = (await cli(['status', '--dir', dir])).stdout;
    if (unknownLine === undefined) expect(text).not.toContain('unknown-entry');
    else expect(text).toContain(`Not in the source language, so nobody's to translate and counted nowhere (check: unknown-entry): ${unknownLine}.`);
  });
});

describe('an entry whose source file does not read is not unknown', () => {
  it('status lists it as unknown nowhere, and check does not call it unknown-entry', async () => {
    const dir = join(folder(), 'locales');
    mkdirSync(join(dir, 'en/articles'), { recursive: true });
    mkdirSync(join(dir, 'fr/articles'), { recursive: true });
    writeFileSync(join(dir, 'en/articles/a.json'), '{ "title": "A" }\n');
    writeFileSync(join(dir, 'en/articles/broken.json'), '{ "title": "Broken", }\n');
    writeFileSync(join(dir, 'fr/articles/broken.json'), '{ "title": "Cassé" }\n');
    const run = await cli(['status', '--json', '--dir', dir]);
    const status = JSON.parse(run.stdout) as StatusJson;
    expect(Object.values(status.locales).flatMap((l) => l.unknown)).toEqual([]);
    expect(run.stderr).toContain('en/articles/broken.json');
    const { problems } = await checkTree(dir);
    expect(problems.filter((p) => p.rule === 'unknown-entry')).toEqual([]);
  });
});
