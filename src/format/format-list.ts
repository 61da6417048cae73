/** formatList: lists in page chrome, in the reader's language (`Intl.ListFormat`, ECMA-402 §14). */
import { canonicalizeTag } from '../negotiation/index.js';
import { readList } from '../negotiation/read-list.js';

/** How many items are read: page chrome lists a few names, never thousands. */
const MAX_ITEMS = 1000;

/**
 * `items` joined as a list in `locale`. Never throws: items that are not strings are left out, and
 * anything that is not an array is an empty list.
 *
 * @example formatList(['inglés', 'francés', 'árabe'], 'es') // 'inglés, francés y árabe'
 */
export function formatList(items: readonly string[], locale: string, type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction'): string {
  const strings = (readList(items, MAX_ITEMS) ?? []).filter((item): item is string => typeof item === 'string');
  const tag = canonicalizeTag(locale) ?? 'en';
  try {
    return new Intl.ListFormat(tag, { type }).format(strings);
  } catch {
    return new Intl.ListFormat(tag).format(strings); // an unknown type: the default, as for the locale
  }
}
