import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, type WriteSystem } from '../../src/node/atomic-write.js';
import { stampText } from '../../src/tools/stamp/stamp-text.js';
import { stampTranslations } from '../../src/tools/stamp/stamp.js';
import { cli, copyTree, TREES } from './run-cli.js';

const H = '0123456789abcdef';

// [how the translator laid the file out, the text before, the text after stamping "a" with H].
const layouts: [string, string, string][] = [
  ['two spaces, no @meta', '{\n  "a": {\n    "title": "Hola"\n  }\n}\n', `{\n  "a": {\n    "title": "Hola",\n    "@meta": {\n      "sourceHash": "${H}"\n    }\n  }\n}\n`],
  ['tabs', '{\n\t"a": {\n\t\t"title": "Hola"\n\t}\n}', `{\n\t"a": {\n\t\t"title": "Hola",\n\t\t"@meta": {\n\t\t\t"sourceHash": "${H}"\n\t\t}\n\t}\n}`],
  ['CRLF line ends', '{\r\n    "a": {\r\n        "title": "Hola"\r\n    }\r\n}\r\n', `{\r\n    "a": {\r\n        "title": "Hola",\r\n        "@meta": {\r\n            "sourceHash": "${H}"\r\n        }\r\n    }\r\n}\r\n`],
  ['an entry on one line', '{ "a": { "title": "Hola" }, "b": {"title":"x"} }', `{ "a": { "title": "Hola", "@meta": { "sourceHash": "${H}" } }, "b": {"title":"x"} }`],
  ['@meta on one line', '{\n  "a": {\n    "title": "Hola",\n    "@meta": { "updated": "2024-01-01" }\n  }\n}', `{\n  "a": {\n    "title": "Hola",\n    "@meta": { "updated": "2024-01-01", "sourceHash": "${H}" }\n  }\n}`],
  ['@meta over lines', '{\n  "a": {\n    "@meta": {\n      "source": "en"\n    },\n    "title": "Hola"\n  }\n}', `{\n  "a": {\n    "@meta": {\n      "source": "en",\n      "sourceHash": "${H}"\n    },\n    "title": "Hola"\n  }\n}`],
  ['an empty @meta', '{"a":{"title":"Hola","@meta":{}}}', `{"a":{"title":"Hola","@meta":{ "sourceHash": "${H}" }}}`],
  ['an older hash', '{\n  "a": { "@meta": { "sourceHash":"ffffffffffffffff" }, "title": "Hola" }\n}', `{\n  "a": { "@meta": { "sourceHash":"${H}" }, "title": "Hola" }\n}`],
  ['a byte-order mark', '\ufeff{"a": {"title": "Hola"}}', `\ufeff{"a": {"title": "Hola", "@meta": { "sourceHash": "${H}" }}}`],
];

describe('stampText(text, { a: hash }) edits in place', () => {
  it.each(layouts)('stampText with %s', (_, before, after) => {
    expect(stampText(before, new Map([['a', H]]), 'x.json')).toBe(after);
  });

  it('stampText with the current hash returns the text unchanged', () => {
    const text = `{ "a": { "title": "Hola", "@meta": { "sourceHash": "${H}" } } }`;
    expect(stampText(text, new Map([['a', H]]), 'x.json')).toBe(text);
  });

  it.each([
    ['{ "a": { "title": "Hola" } ', 'JSON_SYNTAX'],
    ['{ "b": { "title": "Hola" } }', 'UNKNOWN_ENTRY'],
    ['{ "a": { "title": "Hola" }, "a": { "title": "Hi" } }', 'INVALID_RESOURCES'],
    ['{ "a": { "title": "Hola", "@meta": "x" } }', 'INVALID_RESOURCES'],
  ])('stampText(%j) throws %s', (text, code) => {
    expect(() => stampText(text, new Map([['a', H]]), 'x.json')).toThrow(expect.objectContaining({ code }));
  });
});

describe('stampText scales linearly', () => {
  const file = (count: number): { text: string; hashes: Map<string, string> } => {
    const data = Object.fromEntries(Array.from({ length: count }, (_, i) => [`e${i}`, { title: `Título ${i}`, body: `Cuerpo ${i}` }]));
    return { text: JSON.stringify(data, null, 2), hashes: new Map(Object.keys(data).map((id) => [id, H])) };
  };

  /**
   * The characters that string searches and copies go through while stamping every entry: work
   * counted, not timed. Stamping looked for "\r\n" in the whole file once per entry, which made a
   * whole locale quadratic (10,000 entries 1.7 s, 30,000 entries 17.7 s).
   */
  function charactersScanned(count: number): number {
    const { text, hashes } = file(count);
    let scanned = 0;
    const proto = String.prototype as unknown as Record<string, (this: string, ...args: unknown[]) => unknown>;
    // What each search or copy went through, given its arguments and its result.
    const costs: Record<string, (s: string, args: readonly unknown[], result: unknown) => number> = {
      indexOf: (s, [needle, from = 0], at) => ((at as number) === -1 ? s.length : (at as number) + String(needle).length) - (from as number),
      includes: (s, [needle, from = 0], found) => (found ? String(needle).length : s.length - (from as number)),
      lastIndexOf: (s, [, from = s.length], at) => (from as number) - Math.max(0, at as number),
      slice: (s, [start = 0, end = s.length]) => Math.max(0, normal(s, end as number) - normal(s, start as number)),
    };
    const normal = (s: string, i: number): number => (i < 0 ? Math.max(0, s.length + i) : Math.min(i, s.length));
    const originals = Object.fromEntries(Object.keys(costs).map((name) => [name, proto[name]!]));
    for (const [name, cost] of Object.entries(costs)) {
      proto[name] = function (this: string, ...args: unknown[]) {
        const result = originals[name]!.apply(this, args);
        scanned += cost(String(this), args, result);
        return result;
      };
    }
    try {
      stampText(text, hashes, 'x.json');
    } finally {
      Object.assign(proto, originals);
    }
    return scanned;
  }

  it('stamping 30,000 entries scans at most 3.3 times the characters of 10,000', () => {
    const ratio = charactersScanned(30_000) / charactersScanned(10_000);
    expect(ratio).toBeGreaterThan(2.7);
    expect(ratio).toBeLessThan(3.3);
  });
});

describe('stampTranslations(dir, locale, ids)', () => {
  it('leaves every other byte of the file, and every other file, unchanged', async () => {
    const dir = copyTree(join(TREES, 'clean'));
    const before = readFileSync(join(dir, 'es/articles.json'), 'utf8');
    const ru = readFileSync(join(dir, 'ru/articles.json'), 'utf8');
    const result = await stampTranslations(dir, 'es', ['budget']);
    expect(result.stamped).toEqual(['budget']);
    const after = readFileSync(join(dir, 'es/articles.json'), 'utf8');
    const insertAt = before.indexOf('</p>"') + '</p>"'.length;
    const inserted = after.slice(insertAt, after.length - (before.length - insertAt));
    expect(after.slice(0, insertAt) + after.slice(insertAt + inserted.length)).toBe(before);
    expect(inserted).toMatch(/^,\n {4}"@meta": \{\n {6}"sourceHash": "[0-9a-f]{16}",\n {6}"fieldHashes": \{ "body": "[0-9a-f]{8}", "title": "[0-9a-f]{8}" \}\n {4}\}$/);
    expect(readFileSync(join(dir, 'ru/articles.json'), 'utf8')).toBe(ru);
    expect(readdirSync(join(dir, 'es'))).toEqual(['articles.json']);
  });

  it('stamps --all but the outdated and the partial', async () => {
    const dir = copyTree(join(TREES, 'clean'));
    const en = JSON.parse(readFileSync(join(dir, 'en/articles.json'), 'utf8'));
    en.partly = { title: 'Partly', body: 'Body' };
    en.stale = { title: 'Stale' };
    writeFileSync(join(dir, 'en/articles.json'), JSON.stringify(en));
    const es = JSON.parse(readFileSync(join(dir, 'es/articles.json'), 'utf8'));
    es.partly = { title: 'En parte' };
    es.stale = { title: 'Viejo', '@meta': { sourceHash: H } };
    writeFileSync(join(dir, 'es/articles.json'), JSON.stringify(es, null, 2));
    const result = await stampTranslations(dir, 'es', 'all');
    expect(result).toMatchObject({ stamped: ['budget'], current: [], skipped: [{ id: 'partly', reason: 'partial' }, { id: 'stale', reason: 'outdated' }] });
  });
});

describe('writeFileAtomic(path, text, system) when a step fails', () => {
  const failing = (step: 'writeFile' | 'rename'): WriteSystem => ({
    rm: fs.rm,
    open: async (path, flags, mode) => {
      const handle = await fs.open(path, flags, mode);
      if (step !== 'writeFile') return handle;
      // Half written, then the disk is full.
      return Object.assign(Object.create(handle), {
        writeFile: async (data: Buffer) => {
          await handle.writeFile(data.subarray(0, 10));
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        },
      });
    },
    rename: async (from, to) => {
      if (step === 'rename') throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
      return fs.rename(from, to);
    },
  });

  it.each(['writeFile', 'rename'] as const)('writeFileAtomic with a failing %s keeps the original and leaves no temporary file', async (step) => {
    const dir = copyTree(join(TREES, 'clean'));
    const file = join(dir, 'es/articles.json');
    const before = readFileSync(file, 'utf8');
    await expect(writeFileAtomic(file, '{"replaced": true}', { system: failing(step) })).rejects.toMatchObject({ code: 'WRITE_FAILED', file });
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(join(dir, 'es'))).toEqual(['articles.json']);
  });

  it('stampTranslations with a failing rename leaves the translation as it was', async () => {
    const dir = copyTree(join(TREES, 'clean'));
    const before = readFileSync(join(dir, 'es/articles.json'), 'utf8');
    await expect(stampTranslations(dir, 'es', ['budget'], { system: failing('rename') })).rejects.toMatchObject({ code: 'WRITE_FAILED' });
    expect(readFileSync(join(dir, 'es/articles.json'), 'utf8')).toBe(before);
  });
});

describe('localized-content stamp', () => {
  it.each([
    [['stamp', 'nope', 'es'], 1, 'no entry "nope" in this file (UNKNOWN_ENTRY)'],
    [['stamp', 'budget', 'en'], 1, 'it is the source, and only translations are stamped'],
    [['stamp', 'budget', 'de'], 1, 'no articles.json for "de"'],
    [['stamp', 'budget'], 2, 'stamp takes an entry id and a locale'],
    [['stamp', '--all'], 2, 'stamp --all takes one locale'],
  ])('%j exits %i', async (args, code, message) => {
    const dir = copyTree(join(TREES, 'clean'));
    const run = await cli([...args, '--dir', dir]);
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(message);
  });

  it('stamp budget es, then again: stamped, then already current', async () => {
    const dir = copyTree(join(TREES, 'clean'));
    const first = await cli(['stamp', 'budget', 'es', '--dir', dir]);
    expect(first).toMatchObject({ code: 0, stdout: `Stamped 1 in ${join(dir, 'es/articles.json')}: budget\n` });
    const second = await cli(['stamp', 'budget', 'es', '--dir', dir]);
    expect(second).toMatchObject({ code: 0, stdout: 'Already current: budget\n' });
  });
});
