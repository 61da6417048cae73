import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, createContentLibrary, FileError } from '../../src/index.js';
import { loadResources } from '../../src/node/index.js';

let root: string;
function tree(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'lc-load-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function failure(dir: string): Promise<FileError> {
  try {
    await loadResources(dir);
  } catch (error) {
    return error as FileError;
  }
  throw new Error('expected loadResources to throw');
}

describe('loadResources(dir)', () => {
  it('reads <dir>/<locale>/<namespace>.json into i18next’s resource shape', async () => {
    const dir = tree({ 'en/articles.json': '{"a":{"title":"A"}}', 'zh-hant/articles.json': '{"a":{"title":"甲"}}', 'en/notice.json': '{}', 'README.md': 'x' });
    expect(await loadResources(dir)).toEqual({ en: { articles: { a: { title: 'A' } }, notice: {} }, 'zh-Hant': { articles: { a: { title: '甲' } } } });
  });

  it('takes the folder as a file: URL too', async () => {
    const dir = tree({ 'en/articles.json': '{"a":{"title":"A"}}' });
    expect(await loadResources(pathToFileURL(`${dir}/`))).toEqual({ en: { articles: { a: { title: 'A' } } } });
  });

  it.each([
    [{ dir: 'locales' }, 'object'],
    [undefined, 'undefined'],
    [new URL('https://example.com/locales/'), 'a https: URL'],
  ])('rejects %j as the folder with a ConfigError, not a missing folder', async (dir, given) => {
    const error = await loadResources(dir as unknown as string).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ code: 'INVALID_OPTION', message: `loadResources: the locales folder must be a path or a file: URL, not ${given}` });
  });

  it.each([
    ['a missing comma', '{\n  "a": {\n    "title": "A"\n    "body": "B"\n  }\n}', 3, 17, 'a comma is missing at the end of line 3'],
    ['a trailing comma', '{\n  "a": 1,\n}', 2, 9, 'remove the comma after the last entry'],
    ['an unclosed string', '{"a": "b}', 1, 7, 'this text has no closing quote'],
  ])('reports %s with file, line and column', async (_what, text, line, column, message) => {
    const dir = tree({ 'en/articles.json': text });
    const error = await failure(dir);
    expect(error).toBeInstanceOf(FileError);
    expect(error).toMatchObject({ code: 'JSON_SYNTAX', file: join(dir, 'en', 'articles.json'), line, column });
    expect(error.message).toContain(`articles.json:${line}:${column}: ${message}`);
  });

  it.each(['en_US', 'not a tag', 'x'])('leaves out the locale folder %j and reports it with a typed error', async (folder) => {
    const problems: FileError[] = [];
    const resources = await loadResources(tree({ [`${folder}/articles.json`]: '{}', 'en/articles.json': '{}' }), { onProblem: (p) => problems.push(p) });
    expect(Object.keys(resources)).toEqual(['en']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ name: 'FileError', code: 'INVALID_LOCALE' });
    expect(problems[0]!.file).toContain(folder);
  });

  it('refuses a namespace file that links outside the folder', async () => {
    const dir = tree({ 'en/keep.json': '{}' });
    const outside = mkdtempSync(join(tmpdir(), 'lc-secret-'));
    writeFileSync(join(outside, 'secret.json'), '{"secret":true}');
    symlinkSync(join(outside, 'secret.json'), join(dir, 'en', 'articles.json'));
    const error = await failure(dir);
    expect(error.code).toBe('PATH_OUTSIDE_DIR');
    rmSync(outside, { recursive: true, force: true });
  });

  it('keeps __proto__ as an own key, never as a prototype', async () => {
    const dir = tree({ 'en/articles.json': '{"__proto__":{"title":"P"},"constructor":{"title":"C"}}' });
    const resources = await loadResources(dir);
    const articles = resources.en!.articles as Record<string, unknown>;
    expect(Object.hasOwn(articles, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).title).toBeUndefined();
  });

  it('declares the body of a Markdown entry file Markdown (@meta.fieldFormats), keeping the rest of @meta; a library says so in fieldFormats', async () => {
    const dir = tree({
      'en/articles/harbour.md': '---\ntitle: Harbour\n"@meta":\n  updated: 2025-03-04\n  fieldFormats: { summary: markdown }\n---\n# Harbour\n',
      'en/articles/fees.json': '{ "title": "Fees", "body": "<p>Fees.</p>" }',
      'de/articles/harbour.json': '{ "title": "Hafen", "body": "<p>Hafen.</p>" }',
    });
    const resources = await loadResources(dir);
    const en = resources.en!.articles as Record<string, Record<string, unknown>>;
    expect(en.harbour!['@meta']).toEqual({ updated: '2025-03-04', fieldFormats: { summary: 'markdown', body: 'markdown' } });
    expect(en.fees).toEqual({ title: 'Fees', body: '<p>Fees.</p>' });
    const library = createContentLibrary({ defaultLocale: 'en', resources });
    expect(library.resolve('harbour', 'en')!.fieldFormats).toEqual({ body: 'markdown' });
    // The German version is a JSON file with an HTML body: no format, whatever the source's.
    expect(library.resolve('harbour', 'de')!.fieldFormats).toEqual({});
    expect(library.resolve('fees', 'en')!.fieldFormats).toEqual({});
  });

  it('says when the folder does not exist', async () => {
    root = mkdtempSync(join(tmpdir(), 'lc-load-'));
    expect(await failure(join(root, 'nope'))).toMatchObject({ code: 'FILE_NOT_FOUND' });
  });
});
