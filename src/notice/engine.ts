/**
 * intl-messageformat as notices use it, for messages that need more than text and names (plural,
 * select, number, date). Entries pass this to the library; see message.ts for the split.
 *
 * Every date is formatted in UTC, named styles (`{updated, date, long}`) and skeletons
 * (`{updated, date, ::MMMMy}`) alike: a source date ("2021-10-01") is a calendar day, and must print
 * as that day whatever the server's or the browser's time zone. intl-messageformat puts no time zone
 * on a skeleton's options, so the formatters it is given add it.
 */
import { IntlMessageFormat, type Formatters } from 'intl-messageformat';
import type { CreateFormatEngine } from './message.js';
import { BoundedCache } from '../cache/bounded-cache.js';

const UTC_DATES = {
  date: {
    short: { year: '2-digit', month: 'numeric', day: 'numeric' },
    medium: { year: 'numeric', month: 'short', day: 'numeric' },
    long: { year: 'numeric', month: 'long', day: 'numeric' },
    full: { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' },
  },
} as const;

// Formatters are immutable, so one per (locales, options) serves every message: this only saves time.
const made = new BoundedCache<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(512);

function memo<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(kind: string, args: unknown[], make: () => T): T {
  const key = `${kind}:${JSON.stringify(args)}`;
  let value = made.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    made.set(key, value);
  }
  return value;
}

/** intl-messageformat's formatters, with every date and time in UTC. */
export const utcFormatters: Formatters = {
  getNumberFormat: (locales, options) => memo('n', [locales, options], () => new Intl.NumberFormat(locales, options as Intl.NumberFormatOptions)),
  getDateTimeFormat: (locales, options) => memo('d', [locales, options], () => new Intl.DateTimeFormat(locales, { ...options, timeZone: 'UTC' })),
  getPluralRules: (locales, options) => memo('p', [locales, options], () => new Intl.PluralRules(locales, options)),
};

/** A compiled intl-messageformat message; `<b>` in a message is text (`ignoreTag`), as in content bodies. */
export const intlMessageFormat: CreateFormatEngine = (ast, locale) =>
  new IntlMessageFormat(ast, locale, UTC_DATES, { ignoreTag: true, formatters: utcFormatters });
