/**
 * Reading a translator's file: a regular file only (a FIFO or a device named `articles.json` would
 * block or never end), strict UTF-8, and the bytes and identity kept so that a later write can tell
 * whether the file changed in between.
 */
import { constants, type Stats } from 'node:fs';
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

/** The bytes of a regular file. Throws a `FileError` (`NOT_A_FILE`, `FILE_UNREADABLE`, `FILE_NOT_FOUND`). */
export async function readFileBytes(path: string, shownAs = path): Promise<{ bytes: Buffer; stats: Stats }> {
  let handle;
  try {
    // Non-blocking open: opening a FIFO for reading would otherwise wait for a writer forever.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = await handle.stat();
    if (!stats.isFile()) {
      throw new FileError('NOT_A_FILE', 'this is not a regular file (a pipe, a device or a socket); only ordinary files are read', { file: shownAs });
    }
    return { bytes: await handle.readFile(), stats };
  } catch (cause) {
    throw fileErrorOf(cause, shownAs, 'read');
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Reads a UTF-8 text file. Throws a `FileError`: `NOT_UTF8` naming UTF-16 or UTF-32 when the file
 * is in one of them, else with the line, column and byte offset of the first byte that is not
 * UTF-8; or the errors of `readFileBytes`.
 */
export async function readTextFile(path: string, shownAs = path): Promise<TextFile> {
  const { bytes, stats } = await readFileBytes(path, shownAs);
  const wide = wideEncoding(bytes);
  if (wide !== undefined) {
    // Its bytes may all be valid UTF-8 (ASCII letters with zero bytes between them), or fail at the mark.
    const order = wide.endsWith('LE') ? 'little-endian' : 'big-endian';
    throw new FileError('NOT_UTF8', `the file is saved as ${wide.slice(0, 6)} (${order}), not UTF-8: save it again choosing the encoding "UTF-8" in your editor`, { file: shownAs, line: 1, column: 1 });
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const hex = bytes[decoded.byte]!.toString(16).toUpperCase().padStart(2, '0');
    throw new FileError(
      'NOT_UTF8',
      `byte ${decoded.byte} (0x${hex}) is not UTF-8: the file was saved in another encoding (such as Latin-1 or Windows-1252); save it as UTF-8 in your editor`,
      { file: shownAs, ...positionOfByte(bytes, decoded.byte) },
    );
  }
  return { text: decoded.text, bytes, stats };
}
