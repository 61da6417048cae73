/**
 * Levenshtein edit distance: the fewest insertions, deletions and substitutions (of UTF-16 units)
 * that turn `a` into `b`. For "did you mean" in messages about short names (a namespace, a notice
 * key), so the quadratic cost does not matter.
 *
 * @example editDistance('article', 'articles') // 1
 * @example editDistance('outdated', 'outdaetd') // 2
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
