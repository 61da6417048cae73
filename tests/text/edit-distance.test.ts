import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/text/edit-distance.js';

describe('editDistance(a, b)', () => {
  it.each<[string, string, number]>([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['articles', 'articles', 0],
    ['article', 'articles', 1],
    ['articles', 'article', 1],
    ['notice', 'notise', 1],
    ['outdated', 'outdaetd', 2],
    ['kitten', 'sitting', 3],
    ['Partial', 'partial', 1],
    ['abc', 'xyz', 3],
  ])('editDistance(%j, %j) → %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });
});
