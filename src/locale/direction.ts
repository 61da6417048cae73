/**
 * Text direction, decided in one place for every layer (notices, the switcher, alternates, HTML
 * helpers, the CLI's HTML report) and from one source, the blocks that UAX #9 makes right-to-left
 * by default (Bidi_Class R and AL: Hebrew to Arabic Extended, the Hebrew and Arabic presentation
 * forms, and the two supplementary right-to-left ranges). A locale's direction is its script's,
 * after likely-subtags maximization (UTS #35 §4.3): a script is right-to-left when its letters are
 * in those blocks, as the engine's Unicode data says (`\p{Script=…}`), so `ar` → Arab → rtl,
 * `az-Arab` and `pal-Phlp` → rtl, with no list of scripts to keep up to date. Not the engine's
 * `Intl.Locale#getTextInfo`, which reads the language alone (`ltr` for `az-Arab`) and is absent or
 * named `textInfo` in older engines. A script newer than the engine's Unicode data reads `ltr`.
 */
import { BoundedCache } from '../cache/bounded-cache.js';

export type Direction = 'ltr' | 'rtl';

const RTL_RANGES: readonly (readonly [number, number])[] = [[0x590, 0x8ff], [0xfb1d, 0xfdff], [0xfe70, 0xfeff], [0x10800, 0x10fff], [0x1e800, 0x1efff]];
const RTL_CLASS = RTL_RANGES.map(([from, to]) => `\\u{${from.toString(16)}}-\\u{${to.toString(16)}}`).join('');
const RTL_LETTER = new RegExp(`(?=\\p{L})[${RTL_CLASS}]`, 'u');
const LTR_LETTER = new RegExp(`(?![${RTL_CLASS}])\\p{L}`, 'u');

let rtlLetters: string | undefined;

/** Every letter of the right-to-left blocks, made once, to ask which script has letters there. */
function rtlLettersText(): string {
  if (rtlLetters === undefined) {
    rtlLetters = '';
    for (const [from, to] of RTL_RANGES) for (let c = from; c <= to; c++) if (RTL_LETTER.test(String.fromCodePoint(c))) rtlLetters += String.fromCodePoint(c);
  }
  return rtlLetters;
}

const cache = new BoundedCache<string, Direction>(512);

/** `directionOf('ar-EG')` → `'rtl'`; `directionOf('az-Arab')` → `'rtl'`; invalid tags → `'ltr'`. */
export function directionOf(tag: string): Direction {
  let dir = cache.get(tag);
  if (dir !== undefined) return dir;
  try {
    const script = new Intl.Locale(tag).maximize().script;
    // A script subtag is four letters (Intl.Locale checks it), safe inside a pattern.
    // ISO 15924's Z codes (Zyyy common, Zinh inherited, Zmth, Zsye, Zzzz, …) name no writing system.
    dir = script !== undefined && !script.startsWith('Z') && new RegExp(`\\p{Script=${script}}`, 'u').test(rtlLettersText()) ? 'rtl' : 'ltr';
  } catch {
    dir = 'ltr'; // not a tag, or a script the engine's Unicode data does not know
  }
  cache.set(tag, dir);
  return dir;
}

/** A text's direction from its letters: all of one direction, none (digits, punctuation), or both. */
export type TextDirection = Direction | 'neutral' | 'mixed';

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
