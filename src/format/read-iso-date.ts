/**
 * readIsoDate: the one reader of ISO 8601 dates in the project. Content uses it to tell dates from
 * text (a date is not translated), notices to read `@meta.updated`, and `toDate`/`formatDate` for page
 * chrome, so all three agree on what a date is.
 *
 * Accepted: a calendar day `YYYY-MM-DD`, optionally followed by a time (`T` or a space, then
 * `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fraction`) and an offset (`Z`, `+HH:MM` or `+HHMM`), as in
 * ISO 8601 / RFC 3339 §5.6. Two questions are kept apart: the *shape* ({@link isoDateShape}) says
 * what kind of value a field holds (a date-shaped string is a date, never translatable text, even
 * when the day does not exist), and {@link readIsoDate} says which instant it names: a day or time
 * that does not exist (month 13, 30 February, 24:00) names none, because `Date` would roll it over
 * into another day; `check` reports such a value.
 *
 * Everything without an offset is read in UTC (a calendar day at UTC midnight), so that a server
 * and a browser in different time zones read one instant and print one day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|([+-])(\d{2}):?(\d{2}))?)?$/;

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The shape of `text`: `'day'` for a calendar day alone, `'date-time'` for a day with a time,
 * `null` when it is not written as an ISO 8601 date at all. The shape does not say that the day
 * exists: `'2021-02-30'` is a `'day'` that {@link readIsoDate} does not read.
 *
 * @example isoDateShape('2021-09-17') // 'day'
 * @example isoDateShape('2021-02-29T24:00Z') // 'date-time'
 * @example isoDateShape('March 3, 2021') // null
 */
export function isoDateShape(text: string): 'day' | 'date-time' | null {
  const m = ISO_DATE.exec(text);
  if (m === null) return null;
  return m[4] === undefined ? 'day' : 'date-time';
}

/**
 * The instant an ISO 8601 date or date-time names, or `null` when `text` is not one.
 *
 * @example readIsoDate('2021-09-17')?.toISOString() // '2021-09-17T00:00:00.000Z'
 * @example readIsoDate('2021-09-17T10:00+02:00')?.toISOString() // '2021-09-17T08:00:00.000Z'
 * @example readIsoDate('2021-02-29') // null: 2021 is no leap year
 */
export function readIsoDate(text: string): Date | null {
  const m = ISO_DATE.exec(text);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (hour > 23 || minute > 59 || second > 59) return null;
  // Milliseconds: the fraction's first three digits (a finer fraction is cut, as `Date` keeps ms).
  const ms = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  let offset = 0;
  if (m[9] !== undefined) {
    const offsetHours = Number(m[10]);
    const offsetMinutes = Number(m[11]);
    if (offsetHours > 23 || offsetMinutes > 59) return null;
    offset = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  }
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute - offset, second, ms);
  return date;
}
