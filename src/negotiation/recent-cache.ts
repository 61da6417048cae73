/**
 * A bounded cache of recently used values, in two generations: new and recently read entries go
 * to the current generation; when it is full it becomes the previous one, and the previous one is
 * dropped. A hit costs a map read (an entry read from the previous generation moves to the current
 * one), with no reordering per read as a strict LRU list needs; at most `limit` entries are held.
 * The negotiation layer keeps its only state in instances of this class, so memory stays bounded
 * whatever requests arrive.
 *
 * @example
 * const cache = new RecentCache<string, number>(4); // two generations of 2
 * cache.set('a', 1); cache.set('b', 2); // current: a, b
 * cache.set('c', 3); // current: c; previous: a, b
 * cache.get('a'); // 1, and a moves to the current generation: c, a
 * cache.set('d', 4); // current: d; previous: c, a (b is dropped)
 * cache.has('b'); // false
 */
export class RecentCache<K, V> {
  #current = new Map<K, V>();
  #previous = new Map<K, V>();
  readonly #generation: number;

  constructor(limit: number) {
    this.#generation = Math.max(1, Math.floor(limit / 2));
  }

  get size(): number {
    return this.#current.size + this.#previous.size;
  }

  has(key: K): boolean {
    return this.#current.has(key) || this.#previous.has(key);
  }

  /** Returns the cached value; one from the previous generation moves to the current one. */
  get(key: K): V | undefined {
    const value = this.#current.get(key);
    if (value !== undefined || this.#current.has(key)) return value;
    if (!this.#previous.has(key)) return undefined;
    const old = this.#previous.get(key) as V;
    this.#previous.delete(key);
    this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (!this.#current.has(key) && this.#current.size >= this.#generation) {
      this.#previous = this.#current;
      this.#current = new Map();
    }
    this.#current.set(key, value);
  }
}
