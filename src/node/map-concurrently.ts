/**
 * Many small files are read fastest a few dozen at a time: each read is several round trips to the
 * operating system (open, stat, read, close), and one after another they leave the disk and the
 * thread pool idle. A tree of a file per entry holds hundreds of thousands of them.
 */

/** Files read at once: enough to keep libuv's thread pool and the disk busy, few enough for open-file limits. */
const READ_CONCURRENCY = 32;

/**
 * `fn` over every item with at most `limit` calls in flight; the results in the items' order. The
 * first rejection rejects the whole, after the calls in flight settle.
 */
export async function mapConcurrently<T, R>(items: readonly T[], fn: (item: T, index: number) => Promise<R>, limit = READ_CONCURRENCY): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
