/**
 * Replacing a file's content without losing it and without changing what the file is:
 *
 * - The new text goes to a temporary file in the same folder (so the rename stays on one
 *   filesystem), gets the original's mode, owner and group, and is renamed over the original.
 *   A reader, an editor or a crash sees either the old file or the new one, never half of each.
 * - A symbolic link is followed: its target is written and the link stays a link.
 * - A file with other hard links (or whose owner this process cannot give to a new file) is
 *   written in place, through its own inode, and read back to verify; a rename would cut it off
 *   from its other names.
 * - `unchanged`, when given, is asked right before the new content takes the place of the old:
 *   a file that changed since it was read is not written over (see `editFile`).
 */
import type { Stats } from 'node:fs';
import * as fs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { FileError } from '../core.js';
import { fileErrorOf, isSystemError } from './system-error.js';

/** What is used of an open file (Node's `FileHandle` has it all). */
export interface OpenFile {
  readFile(): Promise<Uint8Array>;
  writeFile(data: Uint8Array): Promise<void>;
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  write(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
  truncate(length: number): Promise<void>;
  chmod(mode: number): Promise<void>;
  chown(uid: number, gid: number): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The file operations used, replaceable in tests to make a step fail or to act in between.
 * Typed without Node's own types, so that the package's declarations need none.
 */
export interface WriteSystem {
  open(path: string, flags: string, mode?: number): Promise<OpenFile>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
}

const nodeWriteSystem: WriteSystem = fs;

/** What is kept of a file being replaced. */
export type FileStats = Pick<Stats, 'mode' | 'uid' | 'gid' | 'nlink'>;

/** Where the bytes go: the file itself or, for a link, its target. Refuses what is not a regular file. */
export async function writeTarget(path: string, shownAs: string): Promise<{ target: string; stats: FileStats | undefined }> {
  let link: Stats;
  try {
    link = await fs.lstat(path);
  } catch (error) {
    if (isSystemError(error) && error.code === 'ENOENT') return { target: path, stats: undefined };
    throw fileErrorOf(error, shownAs, 'write');
  }
  let target = path;
  let stats = link;
  if (link.isSymbolicLink()) {
    try {
      target = await fs.realpath(path);
      stats = await fs.stat(target);
    } catch (cause) {
      throw new FileError('NOT_A_FILE', 'this is a link to a file that does not exist; point the link at a file, or remove it', { file: shownAs }, { cause });
    }
  }
  if (!stats.isFile()) throw new FileError('NOT_A_FILE', 'this is not a regular file (a folder, pipe, device or socket); nothing was written', { file: shownAs });
  return { target, stats };
}

export interface ReplaceOptions {
  readonly system?: WriteSystem;
  /** Asked last, before the new content replaces the old; `false` leaves the file as it is. */
  readonly unchanged?: () => Promise<boolean>;
}

async function writeInPlace(target: string, bytes: Buffer, options: ReplaceOptions, shownAs: string): Promise<boolean> {
  const system = options.system ?? nodeWriteSystem;
  const handle = await system.open(target, 'r+');
  try {
    const before = Buffer.from(await handle.readFile());
    if (options.unchanged !== undefined && !(await options.unchanged())) return false;
    try {
      await handle.write(bytes, 0, bytes.length, 0);
      await handle.truncate(bytes.length);
      await handle.sync();
      const back = Buffer.alloc(bytes.length);
      const { bytesRead } = await handle.read(back, 0, bytes.length, 0);
      if (bytesRead !== bytes.length || !back.equals(bytes)) throw new Error('the file read back differs from what was written');
    } catch (cause) {
      // Put the old content back: a half-written file is worse than an unchanged one.
      await handle.write(before, 0, before.length, 0).then(() => handle.truncate(before.length)).catch(() => undefined);
      throw new FileError('WRITE_FAILED', `could not write the file in place: ${(cause as Error).message}; it was restored`, { file: shownAs }, { cause });
    }
    return true;
  } finally {
    await handle.close();
  }
}

/**
 * Writes `bytes` to `target` (a regular file or a new path; see `writeTarget`), whose current
 * stats are `stats`. Returns `false` when `options.unchanged` said no. Throws a `FileError`
 * (`WRITE_FAILED`) when a step fails; the original is then untouched.
 */
export async function replaceFile(target: string, stats: FileStats | undefined, bytes: Buffer, shownAs: string, options: ReplaceOptions = {}): Promise<boolean> {
  const system = options.system ?? nodeWriteSystem;
  if (stats !== undefined && stats.nlink > 1) return writeInPlace(target, bytes, options, shownAs);
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let inPlace = false;
  try {
    // "wx": never write through a file or link someone placed at the temporary name.
    const handle = await system.open(temporary, 'wx', stats === undefined ? 0o666 : 0o600);
    try {
      await handle.writeFile(bytes);
      if (stats !== undefined) {
        await handle.chmod(stats.mode & 0o7777);
        if (stats.uid !== process.geteuid?.() || stats.gid !== process.getegid?.()) {
          await handle.chown(stats.uid, stats.gid).catch((error: unknown) => {
            // Not allowed to give the file its owner back: write through the original instead.
            if (isSystemError(error) && (error.code === 'EPERM' || error.code === 'EINVAL')) inPlace = true;
            else throw error;
          });
          // chown clears set-user-ID bits: put the mode back.
          if (!inPlace) await handle.chmod(stats.mode & 0o7777);
        }
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (inPlace) {
      await system.rm(temporary, { force: true });
      return await writeInPlace(target, bytes, options, shownAs);
    }
    if (options.unchanged !== undefined && !(await options.unchanged())) {
      await system.rm(temporary, { force: true });
      return false;
    }
    await system.rename(temporary, target);
    return true;
  } catch (cause) {
    await system.rm(temporary, { force: true }).catch(() => undefined);
    if (cause instanceof FileError) throw cause;
    throw new FileError('WRITE_FAILED', `could not write the file: ${(cause as Error).message}`, { file: shownAs }, { cause });
  }
}

/**
 * Writes `text` to `path` as UTF-8, replacing the file at once, keeping its mode, owner and links
 * (see above). For a file people edit, use `editFile`, which also keeps their changes.
 */
export async function writeFileAtomic(path: string, text: string, options: { system?: WriteSystem; shownAs?: string } = {}): Promise<void> {
  const shownAs = options.shownAs ?? path;
  const { target, stats } = await writeTarget(path, shownAs);
  await replaceFile(target, stats, Buffer.from(text, 'utf8'), shownAs, options.system === undefined ? {} : { system: options.system });
}
