import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../src/cache/bounded-cache.js';

type Step = ['set', string, number] | ['get', string, number | undefined] | ['has', string, boolean] | ['size', number] | ['clear'];

/** Runs `steps` on a cache of `limit`, checking each read against the value written beside it. */
function run(limit: number, steps: readonly Step[]): void {
  const cache = new BoundedCache<string, number>(limit);
  for (const [i, step] of steps.entries()) {
    const at = `step ${i}: ${JSON.stringify(step)}`;
    if (step[0] === 'set') cache.set(step[1], step[2]);
    else if (step[0] === 'get') expect(cache.get(step[1]), at).toBe(step[2]);
    else if (step[0] === 'has') expect(cache.has(step[1]), at).toBe(step[2]);
    else if (step[0] === 'size') expect(cache.size, at).toBe(step[1]);
    else cache.clear();
  }
}

describe('BoundedCache(limit)', () => {
  it.each<[string, number, Step[]]>([
    ['keeps what it is given', 4, [['set', 'a', 1], ['set', 'b', 2], ['get', 'a', 1], ['get', 'b', 2], ['get', 'c', undefined], ['size', 2]]],
    ['a set replaces the value', 4, [['set', 'a', 1], ['set', 'a', 2], ['get', 'a', 2], ['size', 1]]],
    ['the doc example: b was not used since a was', 2, [['set', 'a', 1], ['set', 'b', 2], ['get', 'a', 1], ['set', 'c', 3], ['has', 'b', false], ['get', 'a', 1], ['get', 'c', 3]]],
    ['what is not used is dropped after two generations', 4, [['set', 'a', 1], ['set', 'b', 2], ['set', 'c', 3], ['set', 'd', 4], ['set', 'e', 5], ['has', 'a', false], ['has', 'b', false], ['has', 'c', true], ['size', 3]]],
    ['a hit in the old generation saves the entry', 4, [['set', 'a', 1], ['set', 'b', 2], ['set', 'c', 3], ['get', 'a', 1], ['set', 'd', 4], ['set', 'e', 5], ['has', 'a', true], ['has', 'b', false]]],
    ['a set of an old entry moves it, once', 4, [['set', 'a', 1], ['set', 'b', 2], ['set', 'c', 3], ['set', 'a', 9], ['size', 3], ['get', 'a', 9]]],
    ['never more than the limit', 3, [['set', 'a', 1], ['set', 'b', 2], ['set', 'c', 3], ['set', 'd', 4], ['set', 'e', 5], ['size', 2]]],
    ['a limit below 2 holds 2', 0, [['set', 'a', 1], ['set', 'b', 2], ['get', 'a', 1], ['get', 'b', 2], ['set', 'c', 3], ['size', 2]]],
    ['clear drops everything', 4, [['set', 'a', 1], ['set', 'b', 2], ['set', 'c', 3], ['clear'], ['size', 0], ['has', 'a', false], ['has', 'c', false]]],
  ])('%s', (_, limit, steps) => run(limit, steps));

  it('stays within its limit under a stream of distinct keys', () => {
    const cache = new BoundedCache<number, number>(100);
    for (let i = 0; i < 10_000; i++) {
      cache.set(i, i);
      expect(cache.size).toBeLessThanOrEqual(100);
    }
    expect(cache.get(9_999)).toBe(9_999);
    expect(cache.get(0)).toBeUndefined();
  });

  it('keeps what was read lately and drops the rest, holding at most its limit', () => {
    const cache = new BoundedCache<string, number>(4); // two generations of 2
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3); // current: c; previous: a, b
    expect(cache.get('a')).toBe(1); // a moves to the current generation: c, a
    cache.set('d', 4); // current: d; previous: c, a; b is dropped
    expect([cache.has('a'), cache.has('b'), cache.has('c'), cache.has('d')]).toEqual([true, false, true, true]);
    expect(cache.size).toBe(3);
  });

  it('stays within its limit over many distinct keys read back late', () => {
    const cache = new BoundedCache<number, number>(100);
    for (let i = 0; i < 10_000; i++) {
      cache.set(i, i);
      cache.get(i - 30);
    }
    expect(cache.size).toBeLessThanOrEqual(100);
    expect(cache.get(9_999)).toBe(9_999);
  });

  it('a cached null is a hit; a key never set is undefined', () => {
    const cache = new BoundedCache<string, string | null>(10);
    cache.set('x', null);
    expect(cache.get('x')).toBeNull();
    expect(cache.get('y')).toBeUndefined();
  });
});
