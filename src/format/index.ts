// Page chrome in the reader's language: dates, numbers, lists and language names.
export { formatDate, toDate, type FormatDateOptions } from './format-date.js';
export { formatNumber } from './format-number.js';
export { formatList } from './format-list.js';
export { autonym, displayName } from '../locale/names.js';
