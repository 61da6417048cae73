/** The one JSON reader: positions, and files no parser should recurse into. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadResources } from '../../src/node/load-resources.js';
import { MAX_JSON_DEPTH, nestingBeyond, parseJsonFile, positionOf, readJsonDocument } from '../../src/node/json-document.js';
import { cli } from '../cli/run-cli.js';

const deep = (levels: number): string => `{"a": {"title": "x", "deep": ${'['.repeat(levels)}${']'.repeat(levels)}}}`;

describe('readJsonDocument', () => {
  it.each([
    ['{}', 1, -1],
    ['{"a": {}}', 1, 6],
    ['[[1], [[2]]]', 2, 7],
    ['{"a": "[[[[[[", "b": "\\"[[["}', 1, -1],
    [deep(MAX_JSON_DEPTH - 2), MAX_JSON_DEPTH, -1],
    [deep(MAX_JSON_DEPTH - 1), MAX_JSON_DEPTH, `{"a": {"title": "x", "deep": ${'['.repeat(MAX_JSON_DEPTH - 2)}`.length],
  ])('nestingBeyond(%#: %s, %i) is %i', (text, max, expected) => {
    expect(nestingBeyond(text, max)).toBe(expected);
  });

  it('a file nested 100,000 deep gives one error at the level that is too deep, and no stack overflow', () => {
    const doc = readJsonDocument(deep(100_000));
    expect(doc.syntaxErrors).toEqual([{ offset: `{"a": {"title": "x", "deep": ${'['.repeat(MAX_JSON_DEPTH - 2)}`.length, message: expect.stringContaining(`nested more than ${MAX_JSON_DEPTH} levels deep`) }]);
    expect(doc.value).toBeUndefined();
    expect(() => parseJsonFile(deep(100_000), 'x.json')).toThrow(expect.objectContaining({ code: 'JSON_SYNTAX', line: 1 }));
  });

  it.each([
    ['a\nbc\r\nd', 0, 1, 1],
    ['a\nbc\r\nd', 3, 2, 2],
    ['a\nbc\r\nd', 6, 3, 1],
  ])('positionOf(%j, %i) is %i:%i', (text, offset, line, column) => {
    expect(positionOf(text, offset)).toEqual({ line, column });
  });

  it('keeps the byte-order mark out of the text, and says it was there', () => {
    expect(readJsonDocument('\ufeff{"a": 1}')).toMatchObject({ bom: true, text: '{"a": 1}', value: { a: 1 } });
  });
});

describe('a file nested 100,000 deep, through every command', () => {
  function tree(): string {
    const dir = join(mkdtempSync(join(tmpdir(), 'lc-deep-')), 'locales');
    onTestFinished(() => rmSync(join(dir, '..'), { recursive: true, force: true }));
    mkdirSync(join(dir, 'en'), { recursive: true });
    mkdirSync(join(dir, 'es'));
    writeFileSync(join(dir, 'en/articles.json'), '{"a": {"title": "x"}}');
    writeFileSync(join(dir, 'es/articles.json'), deep(100_000));
    return dir;
  }
  const message = `objects and lists are nested more than ${MAX_JSON_DEPTH} levels deep here`;

  it.each([['check'], ['status'], ['stamp', 'a', 'es'], ['resolve', 'a', 'es']])('%s gives one line, no stack', async (...args) => {
    const dir = tree();
    const out = await cli([...args, '--dir', dir]);
    expect(out.code).toBe(1);
    const text = out.stdout + out.stderr;
    expect(text).toContain(`${join(dir, 'es/articles.json')}:1:${`{"a": {"title": "x", "deep": ${'['.repeat(MAX_JSON_DEPTH - 2)}`.length + 1}`);
    expect(text).toContain(message);
    expect(text).not.toMatch(/\n\s+at /);
  });

  it('loadResources throws a JSON_SYNTAX FileError', async () => {
    await expect(loadResources(tree())).rejects.toMatchObject({ code: 'JSON_SYNTAX' });
  });
});
