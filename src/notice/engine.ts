/**
 * intl-messageformat as notices use it, for messages that need more than text and names (plural,
 * select, number, date). Entries pass this to the library; see message.ts for the split.
 *
 * Every date is formatted in UTC, named styles (`{updated, date, long}`) and skeletons
 * (`{updated, date, ::MMMMy}`) alike: a source date ("2021-10-01") is a calendar day, and must print
 * as that day whatever the server's or the browser's time zone. intl-messageformat puts no time zone
 * on a skeleton's options, so the formatters it is given add it.
 *
 * The syntax tree is formatted by intl-messageformat's `formatToParts`, the function its
 * `IntlMessageFormat` class calls, with the class's named styles (NAMED_STYLES). The class itself is
 * not used: the trees arrive parsed, the locale is a canonical tag already, and formatters are
 * given, so all it would add is its default formatters and a parser hook, which a bundle would carry
 * (about 1 KB min+gz) and never run.
 */
import { formatToParts, type Formats, type Formatters } from 'intl-messageformat';
import type { CreateFormatEngine } from './message.js';
import { BoundedCache } from '../cache/bounded-cache.js';

/**
 * The named styles of `{x, number, integer}`, `{x, date, long}`, `{x, time, short}`: those of
 * `IntlMessageFormat.formats` (ICU MessageFormat's argument styles); the time zone is the formatters'.
 */
const NAMED_STYLES: Formats = {
  number: { integer: { maximumFractionDigits: 0 }, currency: { style: 'currency' }, percent: { style: 'percent' } },
  date: {
    short: { year: '2-digit', month: 'numeric', day: 'numeric' },
    medium: { year: 'numeric', month: 'short', day: 'numeric' },
    long: { year: 'numeric', month: 'long', day: 'numeric' },
    full: { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' },
  },
  time: {
    short: { hour: 'numeric', minute: 'numeric' },
    medium: { hour: 'numeric', minute: 'numeric', second: 'numeric' },
    long: { hour: 'numeric', minute: 'numeric', second: 'numeric', timeZoneName: 'short' },
    full: { hour: 'numeric', minute: 'numeric', second: 'numeric', timeZoneName: 'short' },
  },
};

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

/** A compiled intl-messageformat message: its syntax tree, formatted in `locale` with {@link utcFormatters}. */
export const intlMessageFormat: CreateFormatEngine = (ast, locale) => ({
  formatToParts: (values) => formatToParts(ast, locale, utcFormatters, NAMED_STYLES, values as Record<string, never>),
});
