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

/** A file's text, or the `FileError` that says why it could not be read. */
function readOrError({ absolute, file }: FileToRead): string | FileError {
  try {
    return readTextFileSync(absolute, file);
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    return error;
  }
}

/** Gives the event loop a turn once a slice has held it for `SLICE_MS`. */
function slices(): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart <= SLICE_MS) return;
    await turn();
    sliceStart = performance.now();
  };
}

/**
 * The text of each file, in order, or the `FileError` that says why it could not be read (not
 * UTF-8, not a regular file, missing, permissions): one bad file does not hide the others.
 * `onRead` is called after each file.
 */
export async function readTextFiles(files: readonly FileToRead[], onRead?: (index: number) => void): Promise<(string | FileError)[]> {
  const texts = new Array<string | FileError>(files.length);
  const slice = slices();
  for (let index = 0; index < files.length; index++) {
    texts[index] = readOrError(files[index]!);
    onRead?.(index);
    await slice();
  }
  return texts;
}

/** One group of files and their texts (or why each could not be read), in the group's order. */
export interface ReadGroup<K, F extends FileToRead> {
  readonly key: K;
  readonly files: readonly F[];
  readonly texts: readonly (string | FileError)[];
}

/**
 * The texts of each group of files in turn, read as `readTextFiles` reads them. A group is read
 * when the caller asks for it, so a caller that is done with a group before asking for the next
 * holds one group's texts at a time, however many groups the tree has: `check` and `status` read
 * an entry's files in every locale this way, compare them, and let them go.
 */
export async function* readTextFileGroups<K, F extends FileToRead>(groups: Iterable<readonly [K, readonly F[]]>): AsyncGenerator<ReadGroup<K, F>> {
  const slice = slices();
  for (const [key, files] of groups) {
    yield { key, files, texts: files.map(readOrError) };
    await slice();
  }
}
