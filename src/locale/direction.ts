/**
 * Text direction of a locale, from its script after likely-subtags maximization (UTS #35
 * §4.3 "Likely Subtags"): `ar` → Arab → rtl. Script-based so that it does not depend on the
 * engine's support for `Intl.Locale#getTextInfo` (absent or named `textInfo` in older engines).
 */
import { BoundedCache } from '../cache/bounded-cache.js';

export type Direction = 'ltr' | 'rtl';

// ISO 15924 codes of the right-to-left scripts in current use that CLDR assigns as likely scripts.
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr', 'Yezi']);

const cache = new BoundedCache<string, Direction>(512);

/** `directionOf('ar-EG')` → `'rtl'`; `directionOf('az-Arab')` → `'rtl'`; invalid tags → `'ltr'`. */
export function directionOf(tag: string): Direction {
  let dir = cache.get(tag);
  if (dir !== undefined) return dir;
  try {
    const script = new Intl.Locale(tag).maximize().script;
    dir = script !== undefined && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    dir = 'ltr';
  }
  cache.set(tag, dir);
  return dir;
}

/** A text's direction from its letters: all of one direction, none (digits, punctuation), or both. */
export type TextDirection = Direction | 'neutral' | 'mixed';

// Letters of the right-to-left scripts above (Unicode Script property); any other letter is left-to-right.
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thaana}\p{Script=Syriac}\p{Script=Nko}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Mandaic}\p{Script=Samaritan}\p{Script=Yezidi}]/u;
const LTR_LETTER = /(?![\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thaana}\p{Script=Syriac}\p{Script=Nko}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Mandaic}\p{Script=Samaritan}\p{Script=Yezidi}])\p{L}/u;

/**
 * The direction of `text` from its content (the strong characters of UAX #9, approximated by
 * letters and their scripts): `'Arabic : العربية'` → `'mixed'`, `'English'` → `'ltr'`.
 */
export function directionOfText(text: string): TextDirection {
  const rtl = RTL_LETTER.test(text);
  const ltr = LTR_LETTER.test(text);
  if (rtl && ltr) return 'mixed';
  if (rtl) return 'rtl';
  return ltr ? 'ltr' : 'neutral';
}
