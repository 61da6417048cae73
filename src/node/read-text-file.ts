/**
 * Reading a translator's file: a regular file only (a FIFO or a device named `articles.json` would
 * block or never end), strict UTF-8, and the bytes and identity kept so that a later write can tell
 * whether the file changed in between.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { FileError } from '../core.js';
import { fileErrorOf } from './system-error.js';
import { decodeUtf8, wideEncoding } from './utf8.js';

export interface TextFile {
  /** The decoded text, a byte-order mark included (as U+FEFF). */
  readonly text: string;
  /** The bytes as read: compared before a write replaces them. */
  readonly bytes: Buffer;
  readonly stats: Stats;
}

/** The 1-based line and column (in characters) of byte `byte`, all bytes before it being valid UTF-8. */
function positionOfByte(bytes: Buffer, byte: number): { line: number; column: number } {
  const before = bytes.subarray(0, byte).toString('utf8');
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
  return { line, column: before.length - lineStart + 1 };
}

/** What a path that opened but is no regular file is: a folder (often a link to one), or a pipe, a device or a socket. */
function notAFile(stats: Stats, shownAs: string): FileError {
  const what = stats.isDirectory() ? 'a folder (or a symbolic link to one), not a file' : 'not a regular file (a pipe, a device or a socket)';
  return new FileError('NOT_A_FILE', `this is ${what}; only ordinary files are read`, { file: shownAs });
}

/** The bytes of a regular file. Throws a `FileError` (`NOT_A_FILE`, `FILE_UNREADABLE`, `FILE_NOT_FOUND`). */
export async function readFileBytes(path: string, shownAs = path): Promise<{ bytes: Buffer; stats: Stats }> {
  let handle;
  try {
    // Non-blocking open: opening a FIFO for reading would otherwise wait for a writer forever.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = await handle.stat();
    if (!stats.isFile()) {
      throw notAFile(stats, shownAs);
    }
    return { bytes: await handle.readFile(), stats };
  } catch (cause) {
    throw fileErrorOf(cause, shownAs, 'read');
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** The text of `bytes`, strictly UTF-8. Throws `NOT_UTF8` with the line, column and byte offset of the first byte that is not. */
function decodeText(bytes: Uint8Array, shownAs: string): string {
  const wide = wideEncoding(bytes);
  if (wide !== undefined) {
    // Its bytes may all be valid UTF-8 (ASCII letters with zero bytes between them), or fail at the mark.
    const order = wide.endsWith('LE') ? 'little-endian' : 'big-endian';
    throw new FileError('NOT_UTF8', `the file is saved as ${wide.slice(0, 6)} (${order}), not UTF-8: save it again choosing the encoding "UTF-8" in your editor`, { file: shownAs, line: 1, column: 1 });
  }
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return decoded.text;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hex = buffer[decoded.byte]!.toString(16).toUpperCase().padStart(2, '0');
  throw new FileError(
    'NOT_UTF8',
    `byte ${decoded.byte} (0x${hex}) is not UTF-8: the file was saved in another encoding (such as Latin-1 or Windows-1252); save it as UTF-8 in your editor`,
    { file: shownAs, ...positionOfByte(buffer, decoded.byte) },
  );
}

/**
 * Reads a UTF-8 text file. Throws a `FileError`: `NOT_UTF8` naming UTF-16 or UTF-32 when the file
 * is in one of them, else with the line, column and byte offset of the first byte that is not
 * UTF-8; or the errors of `readFileBytes`.
 */
export async function readTextFile(path: string, shownAs = path): Promise<TextFile> {
  const { bytes, stats } = await readFileBytes(path, shownAs);
  return { text: decodeText(bytes, shownAs), bytes, stats };
}

/**
 * The buffer `readTextFileSync` reads into, reused: the text is decoded out of it before the call
 * returns, and nothing else touches it between. A larger file gets a buffer of its own.
 */
const scratch = Buffer.allocUnsafeSlow(64 * 1024);

/**
 * `readTextFile` with synchronous calls, for reading very many small files one after another
 * (`readTextFiles`): the same checks (a regular file, opened without blocking on a pipe; strict
 * UTF-8) and the same errors, the text only. The bytes are read into a reused buffer, so no buffer
 * is allocated per file.
 */
export function readTextFileSync(path: string, shownAs = path): string {
  let fd: number | undefined;
  let buffer = scratch;
  let length = 0;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      throw notAFile(stats, shownAs);
    }
    if (stats.size > buffer.length) buffer = Buffer.allocUnsafeSlow(stats.size);
    // Up to the size stat gave, as fs.readFileSync reads (one read for a small file); a file that
    // reports no size (some virtual files do) is read to its end.
    for (;;) {
      if (length === stats.size && length > 0) break;
      if (length === buffer.length) {
        const larger = Buffer.allocUnsafeSlow(buffer.length * 2);
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
  } catch (cause) {
    throw fileErrorOf(cause, shownAs, 'read');
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // the text was read; a failed close loses nothing
      }
    }
  }
  return decodeText(buffer.subarray(0, length), shownAs);
}
