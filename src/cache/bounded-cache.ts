/**
 * The one cache type of the project: a map of bounded size that keeps what was used recently.
 * Every cache in the library is one of these (per library instance, or process-wide where an
 * answer cannot depend on it), and each only makes an answer faster, never different: memory
 * stays bounded whatever requests arrive.
 *
 * Two generations of plain maps, an approximation of least-recently-used eviction: a hit in the
 * current generation is one map read (no reordering on every hit, as an exact LRU would do); a hit
 * in the previous generation moves the entry into the current one. When the current generation is
 * full it becomes the previous one, and the previous one is dropped with what nobody asked for
 * since. So an entry used at least once per `limit / 2` insertions stays, and at most `limit`
 * entries are held.
 *
 * @example
 * const cache = new BoundedCache<string, number>(2);
 * cache.set('a', 1); cache.set('b', 2); cache.get('a'); cache.set('c', 3);
 * cache.has('b'); // false: 'b' was not used since 'a' was
 */
export class BoundedCache<K, V extends NonNullable<unknown> | null> {
  #current = new Map<K, V>();
  #previous = new Map<K, V>();
  /** Entries per generation: half the limit, so both together hold at most the limit. */
  readonly #generation: number;

  /** `limit`: the most entries held (at least 2). */
  constructor(limit: number) {
    this.#generation = Math.max(1, Math.floor(limit / 2));
  }

  get size(): number {
    return this.#current.size + this.#previous.size;
  }

  has(key: K): boolean {
    return this.#current.has(key) || this.#previous.has(key);
  }

  /** The cached value, or `undefined`; an entry of the previous generation moves to the current one. */
  get(key: K): V | undefined {
    let value = this.#current.get(key);
    if (value === undefined && (value = this.#previous.get(key)) !== undefined) this.set(key, value);
    return value;
  }

  /** Stores `value` in the current generation (a key is in one generation only). */
  set(key: K, value: V): void {
    this.#previous.delete(key);
    if (!this.#current.has(key) && this.#current.size >= this.#generation) {
      this.#previous = this.#current;
      this.#current = new Map();
    }
    this.#current.set(key, value);
  }

  /** Drops every entry (when what the answers depend on has changed). */
  clear(): void {
    this.#current = new Map();
    this.#previous = new Map();
  }
}
