import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileError } from '../../src/index.js';
import { readTextFileGroups, readTextFiles } from '../../src/node/read-text-files.js';

const root = mkdtempSync(join(tmpdir(), 'lc-read-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A file under the test folder, written as given (a string as UTF-8, or raw bytes). */
function file(name: string, content: string | Buffer): { absolute: string; file: string } {
  writeFileSync(join(root, name), content);
  return { absolute: join(root, name), file: `locales/${name}` };
}

const long = 'é'.repeat(50_000); // 100,000 bytes: more than one read buffer
const cases: [string, () => { absolute: string; file: string }, string | { code: string; line?: number; column?: number }][] = [
  ['a short file', () => file('short.md', '---\ntitle: Un\n---\nTexte\n'), '---\ntitle: Un\n---\nTexte\n'],
  ['an empty file', () => file('empty.json', ''), ''],
  ['a file longer than the read buffer, whole', () => file('long.md', long), long],
  ['a byte-order mark, kept', () => file('bom.json', '\ufeff{}'), '\ufeff{}'],
  ['a Latin-1 file: NOT_UTF8 at the byte', () => file('latin1.md', Buffer.from('title: caf\xe9\n', 'latin1')), { code: 'NOT_UTF8', line: 1, column: 11 }],
  ['a missing file: FILE_NOT_FOUND', () => ({ absolute: join(root, 'gone.json'), file: 'locales/gone.json' }), { code: 'FILE_NOT_FOUND' }],
  ['a folder: NOT_A_FILE', () => ({ absolute: root, file: 'locales' }), { code: 'NOT_A_FILE' }],
  ['a FIFO: NOT_A_FILE at once, never waiting for a writer', () => {
    execFileSync('mkfifo', [join(root, 'pipe.md')]);
    return { absolute: join(root, 'pipe.md'), file: 'locales/pipe.md' };
  }, { code: 'NOT_A_FILE' }],
  ['a link to a file: the file', () => {
    file('target.json', '{"a":1}');
    symlinkSync(join(root, 'target.json'), join(root, 'link.json'));
    return { absolute: join(root, 'link.json'), file: 'locales/link.json' };
  }, '{"a":1}'],
];

describe('readTextFiles(files)', () => {
  it('reads each file in order, or says why it could not; one bad file does not stop the others', async () => {
    const files = cases.map(([, make]) => make());
    const seen: number[] = [];
    const texts = await readTextFiles(files, (index) => seen.push(index));
    expect(seen).toEqual(cases.map((_, index) => index));
    for (const [index, [name, , want]] of cases.entries()) {
      const got = texts[index];
      if (typeof want === 'string') expect(got, name).toBe(want);
      else {
        expect(got, name).toBeInstanceOf(FileError);
        expect(got, name).toMatchObject({ ...want, file: files[index]!.file });
      }
    }
  });

  it('a short file read after a long one holds none of the long one’s bytes (the read buffer is reused)', async () => {
    const texts = await readTextFiles([file('first.md', 'x'.repeat(70_000)), file('second.md', 'ab'), file('third.md', 'c')]);
    expect(texts.map((t) => (typeof t === 'string' ? t.length : t))).toEqual([70_000, 2, 1]);
    expect(texts.slice(1)).toEqual(['ab', 'c']);
  });
});

describe('readTextFileGroups(groups)', () => {
  it('reads a group when it is asked for, not before: a caller holds one group at a time', async () => {
    const first = [file('group-a.json', '{"a":1}'), file('group-b.md', 'B')];
    const second = [{ absolute: join(root, 'group-c.json'), file: 'locales/group-c.json' }];
    const seen: [string, (string | FileError)[]][] = [];
    for await (const { key, texts } of readTextFileGroups([['first', first], ['second', second]] as const)) {
      seen.push([key, [...texts]]);
      // Written after the first group was handed over: read only if the second is read afterwards.
      if (key === 'first') file('group-c.json', '{"c":3}');
    }
    expect(seen).toEqual([['first', ['{"a":1}', 'B']], ['second', ['{"c":3}']]]);
  });
});
