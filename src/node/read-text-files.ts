/**
 * Many small files are read fastest one after another with synchronous calls: a tree of a file per
 * entry holds hundreds of thousands of them, and through `fs/promises` each costs a file handle,
 * promises and four trips through libuv's thread pool. On the bench's tree (140,991 files, cached)
 * that was 111–230 µs a file, a few dozen at a time; synchronously it is about 23 µs.
 * The event loop gets a turn between slices, so a progress bar keeps moving and a server that
 * loads content at start keeps answering its health checks.
 */
import { setImmediate as turn } from 'node:timers/promises';
import { FileError } from '../core.js';
import { readTextFileSync } from './read-text-file.js';

/** How long one slice of reads may hold the event loop, in milliseconds. */
const SLICE_MS = 20;

/** A file to read: where it is, and its path as shown to people. */
export interface FileToRead {
  readonly absolute: string;
  readonly file: string;
}

/**
 * The text of each file, in order, or the `FileError` that says why it could not be read (not
 * UTF-8, not a regular file, missing, permissions): one bad file does not hide the others.
 * `onRead` is called after each file.
 */
export async function readTextFiles(files: readonly FileToRead[], onRead?: (index: number) => void): Promise<(string | FileError)[]> {
  const texts = new Array<string | FileError>(files.length);
  let sliceStart = performance.now();
  for (let index = 0; index < files.length; index++) {
    const { absolute, file } = files[index]!;
    try {
      texts[index] = readTextFileSync(absolute, file);
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      texts[index] = error;
    }
    onRead?.(index);
    if (performance.now() - sliceStart > SLICE_MS) {
      await turn();
      sliceStart = performance.now();
    }
  }
  return texts;
}
