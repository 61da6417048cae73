import { describe, expect, it } from 'vitest';
import { isoDateShape, readIsoDate } from '../../src/format/read-iso-date.js';
import { isTextValue } from '../../src/content/fields.js';

describe('readIsoDate(text)', () => {
  // [text, the instant as an ISO string, or null for no date]
  it.each<[string, string | null]>([
    // calendar days: UTC midnight
    ['2021-09-17', '2021-09-17T00:00:00.000Z'],
    ['0001-01-01', '0001-01-01T00:00:00.000Z'],
    ['0099-12-31', '0099-12-31T00:00:00.000Z'],
    // date-times, with and without offsets
    ['2021-09-17T10:00', '2021-09-17T10:00:00.000Z'],
    ['2021-09-17 10:00', '2021-09-17T10:00:00.000Z'],
    ['2021-09-17T10:00:30', '2021-09-17T10:00:30.000Z'],
    ['2021-09-17T10:00:30.25Z', '2021-09-17T10:00:30.250Z'],
    ['2021-09-17T10:00:30.123456Z', '2021-09-17T10:00:30.123Z'],
    ['2021-09-17T10:00Z', '2021-09-17T10:00:00.000Z'],
    ['2021-09-17T10:00+02:00', '2021-09-17T08:00:00.000Z'],
    ['2021-09-17T10:00+0200', '2021-09-17T08:00:00.000Z'],
    ['2021-09-17T01:00+05:30', '2021-09-16T19:30:00.000Z'],
    ['2021-09-17T23:30-03:00', '2021-09-18T02:30:00.000Z'],
    // leap days
    ['2020-02-29', '2020-02-29T00:00:00.000Z'],
    ['2000-02-29', '2000-02-29T00:00:00.000Z'],
    ['2021-02-29', null],
    ['1900-02-29', null],
    ['2021-02-28', '2021-02-28T00:00:00.000Z'],
    // out-of-range months, days and times
    ['2021-13-01', null],
    ['2021-00-10', null],
    ['2021-04-31', null],
    ['2021-02-30', null],
    ['2021-09-00', null],
    ['2021-13-45', null],
    ['2021-09-17T24:00Z', null],
    ['2021-09-17T10:60Z', null],
    ['2021-09-17T10:00:60Z', null],
    ['2021-09-17T10:00+24:00', null],
    // garbage and other shapes
    ['', null],
    ['yesterday', null],
    ['March 3, 2021', null],
    ['2021', null],
    ['2021-09', null],
    ['21-09-17', null],
    ['2021-9-17', null],
    ['2021/09/17', null],
    [' 2021-09-17', null],
    ['2021-09-17 ', null],
    ['2021-09-17T', null],
    ['2021-09-17Z', null],
    ['2021-09-17T10', null],
    ['2021-09-17t10:00z', null],
    ['<b>2021-09-17</b>', null],
    ['２０２１-09-17', null],
  ])('readIsoDate(%j) → %j', (text, expected) => {
    expect(readIsoDate(text)?.toISOString() ?? null).toBe(expected);
  });
});

describe('isoDateShape(text)', () => {
  // [text, its shape]: the shape decides a field's kind, whether or not the day exists.
  it.each<[string, 'day' | 'date-time' | null]>([
    ['2021-09-17', 'day'],
    ['2025-02-29', 'day'],
    ['2021-13-45', 'day'],
    ['2021-09-17T10:00', 'date-time'],
    ['2025-03-01T24:00:00Z', 'date-time'],
    ['2021-09-17 10:00+0200', 'date-time'],
    ['March 3, 2021', null],
    ['2021-09', null],
    ['2021-09-17T', null],
    ['', null],
  ])('isoDateShape(%j) → %j', (text, shape) => {
    expect(isoDateShape(text)).toBe(shape);
    expect(isTextValue(text)).toBe(shape === null);
  });
});
