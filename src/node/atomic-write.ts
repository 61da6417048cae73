/**
 * Replacing a file all at once: the new text goes to a temporary file in the same folder (so the
 * rename stays on one filesystem), which is then renamed over the original. A reader, an editor or
 * a crash sees either the old file or the new one, never half of each.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FileError } from '../errors.js';

/** The file operations used, replaceable in tests to make a step fail. */
export interface WriteSystem {
  writeFile(path: string, text: string, options: { encoding: 'utf8'; mode: number; flag: 'wx' }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  stat(path: string): Promise<{ mode: number }>;
  rm(path: string, options: { force: true }): Promise<void>;
}

const nodeSystem: WriteSystem = fs;

/**
 * Writes `text` to `path` atomically, keeping the original's permissions. Throws a `FileError`
 * (`WRITE_FAILED`) when a step fails, after removing the temporary file; the original is untouched.
 */
export async function writeFileAtomic(path: string, text: string, system: WriteSystem = nodeSystem): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const mode = await system.stat(path).then((s) => s.mode & 0o777, () => 0o644);
    // "wx": never write through a file or link someone placed at the temporary name.
    await system.writeFile(temporary, text, { encoding: 'utf8', mode, flag: 'wx' });
    await system.rename(temporary, path);
  } catch (cause) {
    await system.rm(temporary, { force: true }).catch(() => undefined);
    throw new FileError('WRITE_FAILED', `could not write the file: ${(cause as Error).message}`, { file: path }, { cause });
  }
}
