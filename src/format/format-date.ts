/**
 * formatDate: an entry's date in the reader's language, for page chrome ("17 de septiembre de
 * 2021" above an English article read in Spanish). Uses `Intl.DateTimeFormat` (ECMA-402 §11), so
 * the words and order are CLDR's for the locale.
 */
import { canonicalizeTag } from '../negotiation/index.js';
import { isoDateShape, readIsoDate } from './read-iso-date.js';

export interface FormatDateOptions {
  /** Default `'long'`. */
  readonly style?: 'full' | 'long' | 'medium' | 'short';
  /**
   * For values with a time. Default `'UTC'`, so that a server and a browser print the same day.
   * A date without a time (`'2021-09-17'`) is a calendar day and prints as that day in any zone.
   */
  readonly timeZone?: string;
}

const STYLES: ReadonlySet<string> = new Set(['full', 'long', 'medium', 'short']);

/**
 * A `Date` from an ISO 8601 string (read by {@link readIsoDate}: a calendar day is UTC midnight, so it
 * prints as that day in UTC), a `Date` or epoch milliseconds; `null` when invalid.
 */
export function toDate(value: unknown): Date | null {
  if (typeof value === 'string') return readIsoDate(value);
  let date: Date | undefined;
  if (value instanceof Date) date = new Date(value.getTime());
  else if (typeof value === 'number') date = new Date(value);
  return date !== undefined && !Number.isNaN(date.getTime()) ? date : null;
}

/**
 * `value` formatted in `locale`, or `null` when `value` is not a date. An invalid locale, style or
 * time zone falls back to English, `'long'` and UTC rather than throwing.
 *
 * @example formatDate('2021-09-17', 'es') // '17 de septiembre de 2021'
 * @example formatDate('2021-09-17', 'fr', { style: 'full' }) // 'vendredi 17 septembre 2021'
 */
export function formatDate(value: unknown, locale: string, options: FormatDateOptions = {}): string | null {
  const date = toDate(value);
  if (date === null) return null;
  const tag = canonicalizeTag(locale) ?? 'en';
  let style: NonNullable<FormatDateOptions['style']> = 'long';
  let timeZone = 'UTC';
  try {
    // Options are read once, defensively: an unknown style is the default, as documented.
    if (STYLES.has(options?.style as string)) style = options.style!;
    if (!(typeof value === 'string' && isoDateShape(value) === 'day') && typeof options?.timeZone === 'string') timeZone = options.timeZone;
  } catch {
    // options with a throwing getter: the defaults
  }
  try {
    return new Intl.DateTimeFormat(tag, { dateStyle: style, timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(tag, { dateStyle: style, timeZone: 'UTC' }).format(date);
  }
}
