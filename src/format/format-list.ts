/** formatList: lists in page chrome, in the reader's language (`Intl.ListFormat`, ECMA-402 §14). */
import { canonicalizeTag } from '../negotiation/index.js';

/**
 * `items` joined as a list in `locale`.
 *
 * @example formatList(['inglés', 'francés', 'árabe'], 'es') // 'inglés, francés y árabe'
 */
export function formatList(items: readonly string[], locale: string, type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction'): string {
  return new Intl.ListFormat(canonicalizeTag(locale) ?? 'en', { type }).format(items);
}
