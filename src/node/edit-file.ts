/**
 * `editFile`: change a text file that people also edit, without ever discarding a change this
 * program did not read. Programs of this package take turns through a lock file; an editor, which
 * knows no lock, is caught by comparing the file's bytes with the ones read, right before the new
 * content replaces them: when they differ, the file is read again and the edit applied again.
 */
import type { Stats } from 'node:fs';
import { FileError } from '../core.js';
import { replaceFile, writeTarget, type WriteSystem } from './atomic-write.js';
import { withFileLock } from './file-lock.js';
import { readFileBytes, readTextFile } from './read-text-file.js';

/** How many times a file that keeps changing is read again before giving up. */
const EDIT_ATTEMPTS = 5;

export interface EditFileOptions {
  /** The path as shown to people. Default: `path`. */
  readonly shownAs?: string;
  /** File operations, replaceable in tests. */
  readonly system?: WriteSystem;
  /** How long to wait for another program's lock, in milliseconds. */
  readonly lockWaitMs?: number;
}

const sameFile = (a: Stats, b: Stats): boolean => a.ino === b.ino && a.dev === b.dev;

/**
 * Applies `edit` to the UTF-8 text of the file at `path` (a link is followed) and writes the
 * result, keeping the file's mode, owner and links. `edit` gets the current text (a byte-order mark
 * included) and returns the new text, or `undefined` for no change; it may be called more than
 * once, each time with the file as it is then. Returns whether the file was written.
 * Throws a `FileError`: `NOT_UTF8` or `NOT_A_FILE` (nothing is written), `FILE_CHANGED` when the
 * file kept changing, `FILE_LOCKED`, `WRITE_FAILED`, or what `edit` throws.
 *
 * @example
 * await editFile('locales/es/articles.json', (text) => text.replace('"Hola"', '"Buenas"'));
 */
export async function editFile(path: string, edit: (text: string) => string | undefined, options: EditFileOptions = {}): Promise<boolean> {
  const shownAs = options.shownAs ?? path;
  const { target } = await writeTarget(path, shownAs);
  return withFileLock(target, shownAs, async () => {
    for (let attempt = 0; attempt < EDIT_ATTEMPTS; attempt++) {
      const read = await readTextFile(target, shownAs);
      const next = edit(read.text);
      if (next === undefined || next === read.text) return false;
      const unchanged = async (): Promise<boolean> => {
        const now = await readFileBytes(target, shownAs).catch(() => undefined);
        return now !== undefined && sameFile(now.stats, read.stats) && now.bytes.equals(read.bytes);
      };
      const written = await replaceFile(target, read.stats, Buffer.from(next, 'utf8'), shownAs, {
        unchanged,
        ...(options.system === undefined ? {} : { system: options.system }),
      });
      if (written) return true;
    }
    throw new FileError('FILE_CHANGED', `the file kept changing while it was being written (${EDIT_ATTEMPTS} tries); nothing was written, try again once it is saved`, { file: shownAs });
  }, options.lockWaitMs);
}
