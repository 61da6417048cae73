/**
 * The CLI on files and outputs a careless script would give it: a pipe that closes early, files it
 * may not read, a FIFO in place of a file, ids and titles with terminal escape codes. Each gets one
 * clear line, never a stack trace, and never a hang.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../cli/run-cli.js';
import { spanishTree } from '../helpers/locale-trees.js';

const CLI = join(ROOT, 'dist/cli.js');

/** Runs the built CLI; `closeStdout` closes the reading end of its output at once, as `| head` does when done. */
function runBin(args: string[], options: { uid?: number; closeStdout?: boolean } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }) });
    let stdout = '';
    let stderr = '';
    if (options.closeStdout) child.stdout.destroy();
    else child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('outputs and files the CLI must survive', () => {
  it('status piped into a program that stops reading ends quietly (EPIPE), exit 0', async () => {
    expect(existsSync(CLI), 'npm run build first').toBe(true);
    const { dir } = spanishTree(150);
    const run = await runBin(['status', '--dir', dir], { closeStdout: true });
    expect(run).toMatchObject({ code: 0, stderr: '' });
  });

  it.runIf(process.getuid?.() === 0)('a file the user may not read: check reports it, status says so in one line (EACCES)', async () => {
    const { dir, es } = spanishTree(2);
    // The tree is made by root; run as "nobody", who may enter the folders but not read es/articles.json.
    chmodSync(join(dir, '..'), 0o755);
    chmodSync(es, 0o000);
    const check = await runBin(['check', '--dir', dir], { uid: 65534 });
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`${es}:1:1: error: cannot read the file: permission denied (EACCES) (unreadable-file)`);
    const status = await runBin(['status', '--dir', dir], { uid: 65534 });
    expect(status).toMatchObject({ code: 1, stderr: `localized-content: ${es}: cannot read the file: permission denied (EACCES) (FILE_UNREADABLE)\n` });
  });

  it('a FIFO named articles.json: check reports it at once instead of waiting forever; stamp refuses', async () => {
    const { dir, es } = spanishTree(1);
    rmSync(es);
    execFileSync('mkfifo', [es]);
    const check = await cli(['check', '--dir', dir]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`${es}:1:1: error: this is not a regular file (a pipe, a device or a socket); only ordinary files are read (unreadable-file)`);
    const stamp = await cli(['stamp', 'e0', 'es', '--dir', dir]);
    expect(stamp).toMatchObject({ code: 1, stderr: `localized-content: ${es}: this is not a regular file (a pipe, a device or a socket); only ordinary files are read (NOT_A_FILE)\n` });
  });
});

describe('terminal escape codes in ids, keys and titles', () => {
  const ESC = '\u001b]0;pwned\u0007\u001b[2J';
  function hostileTree(): string {
    const { dir } = spanishTree(0);
    writeFileSync(join(dir, 'en/articles.json'), JSON.stringify({ [`id${ESC}`]: { title: `Title${ESC}`, [`key${ESC}`]: 'x' } }));
    writeFileSync(join(dir, 'es/articles.json'), JSON.stringify({ [`id${ESC}`]: { title: 'Título', [`other${ESC}`]: 'y' } }));
    return dir;
  }

  it.each([[['check']], [['status']], [['stamp', '--all', 'es']], [['resolve', `id${ESC}`, 'es']]])('%j prints them escaped, never raw', async (args) => {
    const run = await cli([...args, '--dir', hostileTree()]);
    const printed = run.stdout + run.stderr;
    expect(printed).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(printed).toContain('\\u001b');
  });

  it('--json output stays JSON, whose own escapes keep control characters out', async () => {
    const run = await cli(['status', '--json', '--dir', hostileTree()]);
    expect(run.stdout).not.toContain('\u001b');
    expect((JSON.parse(run.stdout) as { matrix: { id: string }[] }).matrix[0]!.id).toBe(`id${ESC}`);
  });
});
