/** Runs the CLI as a function with captured output, as the `bin` wrapper would on a terminal or a pipe. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { onTestFinished } from 'vitest';
import { runCli } from '../../src/cli/main.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TREES = join(ROOT, 'tests/fixtures/trees');

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function cli(args: readonly string[], options: { cwd?: string; isTTY?: boolean } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd: options.cwd ?? ROOT,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    isTTY: options.isTTY ?? false,
  });
  return { code, stdout, stderr };
}

/** A writable copy of a fixture tree in a new temporary folder, removed after the test; returns its path. */
export function copyTree(from: string): string {
  const root = mkdtempSync(join(tmpdir(), 'lc-cli-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  const to = join(root, 'locales');
  cpSync(from, to, { recursive: true });
  return to;
}
