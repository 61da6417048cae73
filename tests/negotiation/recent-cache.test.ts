import { describe, expect, it } from 'vitest';
import { RecentCache } from '../../src/negotiation/recent-cache.js';

describe('RecentCache', () => {
  it('keeps what was read lately and drops the rest, holding at most its limit', () => {
    const cache = new RecentCache<string, number>(4); // two generations of 2
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3); // current: c; previous: a, b
    expect(cache.get('a')).toBe(1); // a moves to the current generation: c, a
    cache.set('d', 4); // current: d; previous: c, a; b is dropped
    expect([cache.has('a'), cache.has('b'), cache.has('c'), cache.has('d')]).toEqual([true, false, true, true]);
    expect(cache.size).toBe(3);
  });

  it('stays within its limit over many distinct keys', () => {
    const cache = new RecentCache<number, number>(100);
    for (let i = 0; i < 10_000; i++) {
      cache.set(i, i);
      cache.get(i - 30);
    }
    expect(cache.size).toBeLessThanOrEqual(100);
    expect(cache.get(9_999)).toBe(9_999);
  });

  it('a cached null is a hit; a key never set is undefined', () => {
    const cache = new RecentCache<string, string | null>(10);
    cache.set('x', null);
    expect(cache.get('x')).toBeNull();
    expect(cache.get('y')).toBeUndefined();
  });
});
