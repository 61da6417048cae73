/** formatNumber: numbers in page chrome, in the reader's language (`Intl.NumberFormat`, ECMA-402 §16). */
import { canonicalizeTag } from '../negotiation/index.js';

/**
 * `value` formatted in `locale`, or `null` when it is not a finite number. Options the engine
 * rejects (an unknown currency) give the plain number instead of an exception.
 *
 * @example formatNumber(1234.5, 'fr') // '1 234,5' (with a narrow no-break space)
 */
export function formatNumber(value: unknown, locale: string, options?: Intl.NumberFormatOptions): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const tag = canonicalizeTag(locale) ?? 'en';
  try {
    return new Intl.NumberFormat(tag, options).format(value);
  } catch {
    return new Intl.NumberFormat(tag).format(value);
  }
}
