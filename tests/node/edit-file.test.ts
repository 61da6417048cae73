/**
 * Writing translators' files: nothing that someone else saved is lost, nothing that is not UTF-8
 * is rewritten, and a file keeps its owner, mode, hard links and symbolic links.
 */
import { execFile } from 'node:child_process';
import { chownSync, existsSync, linkSync, lstatSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, type WriteSystem } from '../../src/node/atomic-write.js';
import { editFile } from '../../src/node/edit-file.js';
import { stampTranslations } from '../../src/tools/stamp/stamp.js';
import { cli, ROOT } from '../cli/run-cli.js';
import { folder, spanishTree } from '../helpers/locale-trees.js';

const run = promisify(execFile);
const CLI = join(ROOT, 'dist/cli.js');

const stamps = (file: string): string[] =>
  Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, { '@meta'?: { sourceHash?: string } }>)
    .filter(([, entry]) => entry['@meta']?.sourceHash !== undefined)
    .map(([id]) => id);

/** The file operations, with `beforeTemporary` run when the new content's temporary file is opened. */
function saving(beforeTemporary: () => void, times = 1): WriteSystem {
  let left = times;
  return {
    rm: fs.rm,
    rename: fs.rename,
    open: async (path, flags, mode) => {
      if (flags === 'wx' && path.endsWith('.tmp') && left-- > 0) beforeTemporary();
      return fs.open(path, flags, mode);
    },
  };
}

describe('no change is lost', () => {
  it('20 concurrent "stamp <id> es" processes keep all 20 stamps', async () => {
    expect(existsSync(CLI), 'npm run build first').toBe(true);
    const { dir, es } = spanishTree(20);
    const runs = await Promise.all(Array.from({ length: 20 }, (_, i) => run(process.execPath, [CLI, 'stamp', `e${i}`, 'es', '--dir', dir])));
    expect(runs.map((r) => r.stdout)).toEqual(Array.from({ length: 20 }, (_, i) => `Stamped 1 in ${join(dir, 'es/articles.json')}: e${i}\n`));
    expect(stamps(es).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `e${i}`).sort());
    expect(readdirSync(join(dir, 'es'))).toEqual(['articles.json']);
  }, 60_000);

  it('an editor saving the file during "stamp --all" keeps the edit, and every entry is stamped', async () => {
    const { dir, es } = spanishTree(50);
    const edited = readFileSync(es, 'utf8').replace('"Título 7"', '"Título siete, corregido"');
    const result = await stampTranslations(dir, 'es', 'all', { system: saving(() => writeFileSync(es, edited)) });
    expect(result.stamped).toHaveLength(50);
    const after = JSON.parse(readFileSync(es, 'utf8'));
    expect(after.e7.title).toBe('Título siete, corregido');
    expect(stamps(es)).toHaveLength(50);
  });

  it('an editor adding an entry during "stamp --all": the new entry is kept, and stamped from the file as saved', async () => {
    const { dir, es } = spanishTree(3);
    const data = JSON.parse(readFileSync(es, 'utf8'));
    delete data.e1;
    const edited = `${JSON.stringify({ ...data, extra: { title: 'Nuevo' } }, null, 2)}\n`;
    const result = await stampTranslations(dir, 'es', 'all', { system: saving(() => writeFileSync(es, edited)) });
    const after = JSON.parse(readFileSync(es, 'utf8'));
    expect(Object.keys(after)).toEqual(['e0', 'e2', 'extra']);
    expect(result.stamped).toEqual(['e0', 'e2']);
  });

  it('editFile on a file that changes at every attempt refuses (FILE_CHANGED) and writes nothing of its own', async () => {
    const file = join(folder(), 'a.json');
    writeFileSync(file, '{}');
    let n = 0;
    const system = saving(() => writeFileSync(file, `{"n": ${++n}}`), Infinity);
    await expect(editFile(file, () => '{"stamped": true}', { system })).rejects.toMatchObject({ code: 'FILE_CHANGED' });
    expect(readFileSync(file, 'utf8')).toBe(`{"n": ${n}}`);
    expect(readdirSync(join(file, '..'))).toEqual(['a.json']);
  });
});

describe('files that are not UTF-8 are never rewritten', () => {
  const latin1 = Buffer.from('{\n  "a": { "title": "Café y niño" },\n  "b": { "title": "Hola" }\n}\n', 'latin1');

  it('stamp b es on a Latin-1 file refuses with the byte position and leaves the bytes as they were', async () => {
    const { dir, es } = spanishTree(0);
    writeFileSync(join(dir, 'en/articles.json'), '{ "a": { "title": "Coffee" }, "b": { "title": "Hello" } }');
    writeFileSync(es, latin1);
    const out = await cli(['stamp', 'b', 'es', '--dir', dir]);
    expect(out.code).toBe(1);
    expect(out.stderr).toBe(`localized-content: ${join(dir, 'es/articles.json')}:2:23: byte 24 (0xE9) is not UTF-8: the file was saved in another encoding (such as Latin-1 or Windows-1252); save it as UTF-8 in your editor (NOT_UTF8)\n`);
    expect(readFileSync(es).equals(latin1)).toBe(true);
  });

  it('check reports the Latin-1 file (file-encoding) at the first byte that is not UTF-8', async () => {
    const { dir, es } = spanishTree(0);
    writeFileSync(join(dir, 'en/articles.json'), '{ "a": { "title": "Coffee" }, "b": { "title": "Hello" } }');
    writeFileSync(es, latin1);
    const out = await cli(['check', '--dir', dir]);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain(`${join(dir, 'es/articles.json')}:2:23: error: byte 24 (0xE9) is not UTF-8`);
    expect(out.stdout).toContain('(file-encoding)');
  });
});

describe('a file keeps what it is', () => {
  it.runIf(process.getuid?.() === 0)('stamp as root keeps the owner, group and mode of the file', async () => {
    const { dir, es } = spanishTree(2);
    chownSync(es, 4321, 4322);
    await fs.chmod(es, 0o640);
    await stampTranslations(dir, 'es', ['e0']);
    const after = statSync(es);
    expect([after.uid, after.gid, after.mode & 0o7777]).toEqual([4321, 4322, 0o640]);
    expect(stamps(es)).toEqual(['e0']);
  });

  it('stamp keeps a mode that the umask would have changed', async () => {
    const { dir, es } = spanishTree(2);
    await fs.chmod(es, 0o666);
    await stampTranslations(dir, 'es', ['e0']);
    expect(statSync(es).mode & 0o777).toBe(0o666);
  });

  it('stamp on a file with a second hard link writes through it: both names show the stamp', async () => {
    const { dir, es } = spanishTree(2);
    const other = join(dir, '..', 'backup-name.json');
    linkSync(es, other);
    const inode = statSync(es).ino;
    await stampTranslations(dir, 'es', ['e1']);
    expect(statSync(es)).toMatchObject({ ino: inode, nlink: 2 });
    expect(readFileSync(other, 'utf8')).toBe(readFileSync(es, 'utf8'));
    expect(stamps(other)).toEqual(['e1']);
  });

  it('stamp on a symbolic link writes the target and leaves the link a link', async () => {
    const { dir, es } = spanishTree(2);
    // Inside the locales folder (the tools follow no link out of it), in a folder they skip.
    mkdirSync(join(dir, '.store'));
    const real = join(dir, '.store', 'es.json');
    await fs.rename(es, real);
    symlinkSync(real, es);
    await stampTranslations(dir, 'es', ['e0']);
    expect(lstatSync(es).isSymbolicLink()).toBe(true);
    expect(stamps(real)).toEqual(['e0']);
  });

  it('status --html onto a symbolic link writes the link\'s target, and the link stays', async () => {
    const { dir } = spanishTree(2);
    const root = join(dir, '..');
    writeFileSync(join(root, 'report-target.html'), 'old');
    symlinkSync(join(root, 'report-target.html'), join(root, 'report.html'));
    const out = await cli(['status', '--dir', dir, '--html', join(root, 'report.html')]);
    expect(out.code).toBe(0);
    expect(lstatSync(join(root, 'report.html')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, 'report-target.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('writeFileAtomic onto a link to a missing file refuses (NOT_A_FILE) and keeps the link', async () => {
    const root = folder();
    symlinkSync(join(root, 'missing.html'), join(root, 'report.html'));
    await expect(writeFileAtomic(join(root, 'report.html'), 'x')).rejects.toMatchObject({ code: 'NOT_A_FILE' });
    expect(lstatSync(join(root, 'report.html')).isSymbolicLink()).toBe(true);
  });
});

describe('the lock between programs', () => {
  const deadPid = async (): Promise<number> => {
    const child = (await import('node:child_process')).spawn(process.execPath, ['-e', '']);
    await new Promise((done) => child.on('exit', done));
    return child.pid!;
  };

  it('takes over a lock left by a program that is gone, once the lock is a second old', async () => {
    const file = join(folder(), 'a.json');
    writeFileSync(file, '{}');
    const lock = join(file, '..', '.a.json.lock');
    writeFileSync(lock, `${await deadPid()}\n`);
    const old = new Date(Date.now() - 5_000);
    await fs.utimes(lock, old, old);
    expect(await editFile(file, () => '{"x": 1}', { lockWaitMs: 500 })).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('{"x": 1}');
    expect(existsSync(lock)).toBe(false);
  });

  it('waits for, and never removes, a fresh lock even when its program is gone (it may just have released it)', async () => {
    const file = join(folder(), 'a.json');
    writeFileSync(file, '{}');
    const lock = join(file, '..', '.a.json.lock');
    writeFileSync(lock, `${await deadPid()}\n`);
    await expect(editFile(file, () => '{"x": 1}', { lockWaitMs: 200 })).rejects.toMatchObject({ code: 'FILE_LOCKED' });
    expect(existsSync(lock)).toBe(true);
  });

  it('never takes over the lock of a program that is still running', async () => {
    const file = join(folder(), 'a.json');
    writeFileSync(file, '{}');
    const lock = join(file, '..', '.a.json.lock');
    writeFileSync(lock, `${process.ppid}\n`);
    const old = new Date(Date.now() - 5_000);
    await fs.utimes(lock, old, old);
    await expect(editFile(file, () => '{"x": 1}', { lockWaitMs: 300 })).rejects.toMatchObject({ code: 'FILE_LOCKED' });
    expect(readFileSync(file, 'utf8')).toBe('{}');
  });
});
