/**
 * readList: the elements of a caller's array, read so that nothing a caller passes can throw or
 * stall a request. `Array.isArray`, `length` and each element are read inside `try` (a revoked
 * Proxy throws on `Array.isArray`; a getter may throw on any element), by index up to `limit`
 * (a sparse array may claim a length of 2³² − 1), with no array method called on the input (an
 * array without a prototype has none). An element that throws is skipped.
 *
 * @example readList(['en', 'fr'], 256) // ['en', 'fr']
 * @example readList('en', 256) // undefined: not an array
 */
export function readList(value: unknown, limit: number): unknown[] | undefined {
  let length: number;
  try {
    if (!Array.isArray(value)) return undefined;
    length = Math.min(Number((value as { length: unknown }).length) || 0, limit);
  } catch {
    return [];
  }
  const out: unknown[] = [];
  for (let i = 0; i < length; i++) {
    try {
      out.push((value as Record<number, unknown>)[i]);
    } catch {
      // An element that throws when read is skipped, as an invalid tag would be.
    }
  }
  return out;
}
