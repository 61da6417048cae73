/**
 * intl-messageformat as notices use it, for messages that need more than text and names (plural,
 * select, number, date). Entries pass this to the library; see message.ts for the split.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { CreateFormatEngine } from './message.js';

// UTC so that a date-only source date ("2021-09-17") prints as that day in every time zone.
const UTC_DATES = {
  date: {
    short: { year: '2-digit', month: 'numeric', day: 'numeric', timeZone: 'UTC' },
    medium: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
    long: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
    full: { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long', timeZone: 'UTC' },
  },
} as const;

/** A compiled intl-messageformat message; `<b>` in a message is text (`ignoreTag`), as in content bodies. */
export const intlMessageFormat: CreateFormatEngine = (ast, locale) => new IntlMessageFormat(ast, locale, UTC_DATES, { ignoreTag: true });
