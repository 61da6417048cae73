import { describe, expect, it } from 'vitest';
import { formatDate, formatList, formatNumber, toDate } from '../../src/index.js';

describe('formatDate(value, locale, options)', () => {
  // [value, locale, options, expected]
  const cases: [unknown, string, Parameters<typeof formatDate>[2], string | null][] = [
    ['2021-09-17', 'es', undefined, '17 de septiembre de 2021'],
    ['2021-09-17', 'en', undefined, 'September 17, 2021'],
    ['2021-09-17', 'fr', undefined, '17 septembre 2021'],
    ['2021-09-17', 'ru', undefined, '17 сентября 2021 г.'],
    ['2021-09-17', 'zh', undefined, '2021年9月17日'],
    ['2021-09-17', 'es', { style: 'full' }, 'viernes, 17 de septiembre de 2021'],
    ['2021-09-17', 'es', { style: 'short' }, '17/9/21'],
    // A calendar day stays that day for a reader west of Greenwich.
    ['2021-09-17', 'en', { timeZone: 'America/Los_Angeles' }, 'September 17, 2021'],
    ['2021-09-17T23:30:00Z', 'en', { timeZone: 'Asia/Tokyo' }, 'September 18, 2021'],
    ['2021-09-17', 'en', { timeZone: 'Not/AZone' }, 'September 17, 2021'],
    ['2021-09-17', 'not a tag!', undefined, 'September 17, 2021'],
    ['2021-13-45', 'es', undefined, null],
    ['', 'es', undefined, null],
    [undefined, 'es', undefined, null],
    [{ date: '2021-09-17' }, 'es', undefined, null],
  ];
  it.each(cases)('formatDate(%j, %j, %j) → %j', (value, locale, options, expected) => {
    expect(formatDate(value, locale, options)).toBe(expected);
  });

  it("formatDate('2021-09-17', 'ar') is Arabic", () => {
    expect(formatDate('2021-09-17', 'ar')).toMatch(/سبتمبر/);
  });
});

describe('toDate(value)', () => {
  it.each([
    ['2021-09-17', '2021-09-17T00:00:00.000Z'],
    [Date.UTC(2021, 8, 17), '2021-09-17T00:00:00.000Z'],
    [new Date('2021-09-17T12:00:00Z'), '2021-09-17T12:00:00.000Z'],
    ['yesterday', undefined],
  ])('toDate(%j) → %j', (value, expected) => {
    expect(toDate(value)?.toISOString()).toBe(expected);
  });
});

describe('formatNumber(value, locale, options) and formatList(items, locale)', () => {
  it.each<[unknown, string, Intl.NumberFormatOptions | undefined, string | null]>([
    [74, 'ar-EG', undefined, '٧٤'],
    [1234.5, 'es', { useGrouping: 'always' }, '1.234,5'],
    [0.25, 'fr', { style: 'percent' }, '25\u00a0%'],
    [5, 'en', { style: 'currency', currency: 'not-a-currency' }, '5'],
    [Number.NaN, 'en', undefined, null],
    ['74', 'en', undefined, null],
  ])('formatNumber(%j, %j, %j) → %j', (value, locale, options, expected) => {
    expect(formatNumber(value, locale, options)).toBe(expected);
  });

  it.each([
    [['inglés', 'francés', 'árabe'], 'es', 'inglés, francés y árabe'],
    [['English', 'French'], 'en', 'English and French'],
  ])('formatList(%j, %j) → %j', (items, locale, expected) => {
    expect(formatList(items, locale)).toBe(expected);
  });
});
