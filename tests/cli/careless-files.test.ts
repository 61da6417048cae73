/**
 * Files as careless hands leave them, through `localized-content check`: a misnamed entry file is
 * named with what was expected (it used to be passed over without a word), a symbolic link to
 * nothing is an error at its path and the check goes on (it used to stop the check), and a file
 * saved as UTF-16 or UTF-32 is called that (it used to be described as Latin-1).
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, copyTree, ROOT } from './run-cli.js';

const EXAMPLE = join(ROOT, 'examples/content/locales');
const ENTRY = '{ "title": "Un título" }\n';

/** The example tree with `files` added (path under the tree → text), and `check`'s output for it. */
async function checkWith(files: Record<string, string>): Promise<{ dir: string; code: number; stdout: string }> {
  const dir = copyTree(EXAMPLE);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const run = await cli(['check', '--dir', dir]);
  return { dir, code: run.code, stdout: run.stdout };
}

describe('a misnamed file is named, with what was expected (stray-file)', () => {
  it.each([
    ['es/articles/green-customs-2024.MD', 'an entry file\'s extension is ".json" or ".md", in lowercase, so the file is not read: rename it "green-customs-2024.md"'],
    ['es/articles/green-customs-2024.Json', 'an entry file\'s extension is ".json" or ".md", in lowercase, so the file is not read: rename it "green-customs-2024.json"'],
    ['es/articles/green-customs-2024.markdown', 'an entry file\'s extension is ".json" or ".md", in lowercase, so the file is not read: rename it "green-customs-2024.md"'],
    ['es/articles/_green-customs-2024.json', '"_green-customs-2024" is not an entry id (ASCII letters, digits, ".", "_", "@" and "-", starting with a letter or a digit), so the file is not read: rename it "green-customs-2024.json"'],
    ['es/articles/green customs 2024.md', '"green customs 2024" is not an entry id (ASCII letters, digits, ".", "_", "@" and "-", starting with a letter or a digit), so the file is not read: rename it "green-customs-2024.md"'],
    ['es/articles/aduana-verde-año.json', '"aduana-verde-año" is not an entry id (ASCII letters, digits, ".", "_", "@" and "-", starting with a letter or a digit), so the file is not read: rename it "aduana-verde-ano.json"'],
    ['es/articles/green-customs-2024.json.bak', 'it looks like a backup or a leftover copy, and is not read: entry files are named <id>.json or <id>.md (move it out of the locales folder)'],
    ['es/articles/green-customs-2024.md~', 'it looks like a backup or a leftover copy, and is not read: entry files are named <id>.json or <id>.md (move it out of the locales folder)'],
    ['es/articles/notes.txt', 'it is not read: entry files are named <id>.json or <id>.md'],
    ['es/articles/drafts/green-customs-2024.json', 'a folder inside articles/ is not read: entry files sit directly in es/articles/'],
    ['es/Articles.JSON', 'a namespace file is named <namespace>.json (letters, digits, ".", "_" and "-", extension in lowercase), so it is not read: rename it "Articles.json"'],
    ['es/articles.json.orig', 'it looks like a backup or a leftover copy, and is not read: a locale folder holds <namespace>.json files and <namespace>/ folders (move it out of the locales folder)'],
  ])('%s', async (path, expected) => {
    const { dir, code, stdout } = await checkWith({ [path]: ENTRY });
    // A folder is reported at its own path; a file at its path.
    const shown = path.endsWith('drafts/green-customs-2024.json') ? join(dir, 'es/articles/drafts') : join(dir, path);
    expect(stdout).toContain(`${shown}:1:1: warning: ${expected} (stray-file)`);
    // A warning: the check still passes, and still checks the rest.
    expect(code).toBe(0);
    expect(stdout).toMatch(/checked\.\n$/);
  });

  it('what is read raises no such warning: the example tree as it is, and hidden files', async () => {
    const { stdout } = await checkWith({ 'es/articles/.DS_Store': 'x', 'es/.gitkeep': '' });
    expect(stdout).not.toContain('stray-file');
  });
});

describe('a symbolic link to nothing is an error at its path, and the check goes on (broken-link)', () => {
  it.each([
    ['an entry file', 'es/articles/green-customs-2024.json'],
    ['a namespace file', 'ru/articles.json'],
  ])('%s', async (_, path) => {
    const dir = copyTree(EXAMPLE);
    const target = join(dir, path);
    rmSync(target, { force: true });
    symlinkSync(join(dir, 'nowhere.json'), target);
    // A real problem elsewhere in the tree, to show that the check did not stop at the link.
    writeFileSync(join(dir, 'fr/articles/stray.txt'), 'x');
    const run = await cli(['check', '--dir', dir]);
    expect(run.stdout).toContain(`${target}:1:1: error: a symbolic link to a file that does not exist, so it cannot be read: point it at the file, or remove it (broken-link)`);
    expect(run.stdout).toContain(`${join(dir, 'fr/articles/stray.txt')}:1:1: warning:`);
    expect(run.code).toBe(1);
    // status, which serves nothing it cannot read, stops at the link and names it.
    const status = await cli(['status', '--dir', dir]);
    expect(status.code).not.toBe(0);
    expect(status.stderr).toContain(`${target}: a symbolic link to a file that does not exist`);
  });
});

describe('a file saved as UTF-16 or UTF-32 is called that (file-encoding)', () => {
  const json = readFileSync(join(EXAMPLE, 'es/articles.json'), 'utf8');
  /** `text` in UTF-16 big-endian: Node writes only little-endian, so the bytes of each pair are swapped. */
  const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();
  const utf32le = (text: string): Buffer => {
    const points = [...text].map((c) => c.codePointAt(0)!);
    const bytes = Buffer.alloc(points.length * 4);
    points.forEach((point, i) => bytes.writeUInt32LE(point, i * 4));
    return bytes;
  };
  it.each([
    ['UTF-16 little-endian with a byte-order mark (Notepad\'s "Unicode")', Buffer.from(`\ufeff${json}`, 'utf16le'), 'UTF-16 (little-endian)'],
    ['UTF-16 little-endian without a mark', Buffer.from(json, 'utf16le'), 'UTF-16 (little-endian)'],
    ['UTF-16 big-endian with a byte-order mark', utf16be(`\ufeff${json}`), 'UTF-16 (big-endian)'],
    ['UTF-16 big-endian without a mark', utf16be(json), 'UTF-16 (big-endian)'],
    ['UTF-32 little-endian with a byte-order mark', utf32le(`\ufeff${json}`), 'UTF-32 (little-endian)'],
  ])('%s', async (_, bytes, named) => {
    const dir = copyTree(EXAMPLE);
    const file = join(dir, 'es/articles.json');
    writeFileSync(file, bytes);
    const run = await cli(['check', '--dir', dir]);
    expect(run.stdout).toContain(`${file}:1:1: error: the file is saved as ${named}, not UTF-8: save it again choosing the encoding "UTF-8" in your editor (file-encoding)`);
    expect(run.stdout).not.toContain('Latin-1');
    expect(run.code).toBe(1);
  });

  it('a Latin-1 file is still told apart: the byte and its place', async () => {
    const dir = copyTree(EXAMPLE);
    const file = join(dir, 'es/articles.json');
    writeFileSync(file, Buffer.from(json, 'latin1'));
    const run = await cli(['check', '--dir', dir]);
    expect(run.stdout).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: error: byte \\d+ \\(0x[0-9A-F]{2}\\) is not UTF-8: .*Latin-1`));
  });
});
