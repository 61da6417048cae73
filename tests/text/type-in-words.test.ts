import { describe, expect, it } from 'vitest';
import { typeInWords } from '../../src/text/type-in-words.js';

describe('typeInWords(value)', () => {
  it.each<[string, unknown, string]>([
    ['null', null, 'null'],
    ['an array', ['fr'], 'an array'],
    ['an empty array', [], 'an array'],
    ['a string', 'fr', 'a string'],
    ['a number', 42, 'a number'],
    ['a boolean', true, 'a boolean'],
    ['a function', () => 1, 'a function'],
    ['undefined', undefined, 'undefined'],
    ['a Map', new Map(), 'an object'],
    ['a class instance', new Date(0), 'an object'],
    ['a symbol', Symbol('fr'), 'a symbol'],
    ['a bigint', 1n, 'a bigint'],
  ])('%s', (_, value, expected) => {
    expect(typeInWords(value)).toBe(expected);
  });
});
