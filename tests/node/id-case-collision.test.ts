/**
 * Entry files of one language whose names differ only by case (`About.md` and `about.md`) are one
 * file on macOS and Windows; keys of one namespace file (`About`, `about`) are two keys of one file. `check` warns at each place, naming the other's
 * file:line:col (`id-case-collision`); `loadResources` serves both and reports the group once
 * (`ID_CASE_COLLISION`). The test runs on a file system that tells case apart, as CI's does.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileError } from '../../src/index.js';
import { checkTree, loadResources } from '../../src/node/index.js';
import { folder } from '../helpers/locale-trees.js';

function tree(files: Record<string, string>): string {
  const dir = join(folder(), 'locales');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const md = (title: string): string => `---\ntitle: ${title}\n---\nText.\n`;
const json = (entries: Record<string, string>): string => `{\n${Object.entries(entries).map(([id, title]) => `  ${JSON.stringify(id)}: { "title": ${JSON.stringify(title)} }`).join(',\n')}\n}\n`;

type Place = [file: string, line: number, column: number, id: string, other: string];
type Case = [name: string, files: Record<string, string>, places: Place[], reported: [ids: string, where: string[]][], served: string[]];

const cases: Case[] = [
  [
    'About.md and about.md in en and es',
    { 'en/articles/About.md': md('About'), 'en/articles/about.md': md('about'), 'es/articles/About.md': md('Acerca'), 'es/articles/about.md': md('acerca') },
    [
      ['en/articles/About.md', 1, 1, 'About', '"about" (en/articles/about.md:1:1)'],
      ['en/articles/about.md', 1, 1, 'about', '"About" (en/articles/About.md:1:1)'],
      ['es/articles/About.md', 1, 1, 'About', '"about" (es/articles/about.md:1:1)'],
      ['es/articles/about.md', 1, 1, 'about', '"About" (es/articles/About.md:1:1)'],
    ],
    [['"About" and "about"', ['en/articles/About.md', 'en/articles/about.md', 'es/articles/About.md', 'es/articles/about.md']]],
    ['About', 'about'],
  ],
  [
    'About.json and ABOUT.md in en (a JSON and a Markdown file)',
    { 'en/articles/About.json': '{ "title": "About" }\n', 'en/articles/ABOUT.md': md('ABOUT') },
    [
      ['en/articles/ABOUT.md', 1, 1, 'ABOUT', '"About" (en/articles/About.json:1:1)'],
      ['en/articles/About.json', 1, 1, 'About', '"ABOUT" (en/articles/ABOUT.md:1:1)'],
    ],
    [['"ABOUT" and "About"', ['en/articles/ABOUT.md', 'en/articles/About.json']]],
    ['About', 'ABOUT'],
  ],
  // Keys of one namespace file are two keys of one file on every file system: nothing to say.
  ['keys About and about in one namespace file', { 'en/articles.json': json({ About: 'About', news: 'News', about: 'about' }) }, [], [], ['About', 'news', 'about']],
  ['key NEWS in the namespace file, news.json a file of its own', { 'en/articles.json': json({ NEWS: 'News' }), 'en/articles/news.json': '{ "title": "news" }\n' }, [], [], ['NEWS', 'news']],
  ['keys café written with é and with e + U+0301', { 'en/articles.json': json({ 'caf\u00e9': 'A', 'cafe\u0301': 'B' }) }, [], [], ['caf\u00e9', 'cafe\u0301']],
  ['about in en, About in es only: not one folder (unknown-entry says it)', { 'en/articles/about.md': md('about'), 'es/articles/About.md': md('Acerca') }, [], [], ['about', 'About']],
  ['about and about-us: not the same name', { 'en/articles.json': json({ about: 'a', 'about-us': 'b' }) }, [], [], ['about', 'about-us']],
];

describe('ids that differ only by case', () => {
  it.each(cases)('check: %s', async (_, files, places) => {
    const dir = tree(files);
    const { problems } = await checkTree(dir);
    const got = problems.filter((p) => p.rule === 'id-case-collision').map((p) => [p.file.slice(dir.length + 1), p.line, p.column, p.severity, p.message]);
    expect(got).toEqual(places.map(([file, line, column, id, other]) => [file, line, column, 'warning', `entry "${id}" differs only by case from ${other.replace(/\((\w)/, `(${dir}/$1`)}: on a file system that ignores case (macOS, Windows) they are one file, and a copy of the tree made there keeps only one; rename one of them`]));
  });

  it.each(cases)('loadResources: %s', async (_, files, _places, reported, ids) => {
    const dir = tree(files);
    const problems: FileError[] = [];
    const resources = await loadResources(dir, { onProblem: (problem) => problems.push(problem) });
    expect(problems.map((p) => [p.code, p.file.slice(dir.length + 1), p.reason])).toEqual(reported.map(([names, where]) => [
      'ID_CASE_COLLISION',
      where[0],
      `entries ${names} of "articles" differ only by case (in ${where.map((w) => join(dir, w)).join(', ')}): a file system that ignores case (macOS, Windows) holds one file for them, so a copy of this tree made there loses one; rename one of them (both are served)`,
    ]));
    for (const problem of problems) expect(problem).toBeInstanceOf(FileError);
    // What is served does not change: every id is there, as written.
    const served = new Set(Object.values(resources).flatMap((namespaces) => Object.keys((namespaces as { articles?: object }).articles ?? {})));
    expect(served).toEqual(new Set(ids));
  });
});
