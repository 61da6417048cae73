/**
 * Lists of language labels in a notice ("French, Russian and Arabic"): Intl.ListFormat's
 * conjunction list in the notice's language (ECMA-402 §14, CLDR list patterns), with the labels kept
 * as parts so that each is isolated and marked up on its own, and with the catalog's own list
 * patterns where CLDR's read wrong (`@@listPatterns`: Hindi, Urdu and Persian put no comma before the
 * conjunction).
 */
import type { Label } from './labels.js';
import type { NoticePart } from './html.js';

/**
 * A catalog's list patterns, as in CLDR: `{0}` and `{1}` joined by the text between them. `pair` is
 * a list of two; in longer lists `start` joins the first two items, `end` the last two, and `middle`
 * the others.
 */
export interface ListPatterns {
  readonly pair?: string;
  readonly start?: string;
  readonly middle?: string;
  readonly end?: string;
}

export const LIST_PATTERN_NAMES = ['pair', 'start', 'middle', 'end'] as const;

const PATTERN = /^\{0\}([^{}]*)\{1\}$/;

/** The joining text of a pattern "{0} और {1}" → " और ", or `undefined` for a pattern of another shape. */
export function listSeparator(pattern: unknown): string | undefined {
  return typeof pattern === 'string' ? PATTERN.exec(pattern)?.[1] : undefined;
}

function patternFor(count: number, index: number): keyof ListPatterns {
  if (count === 2) return 'pair';
  if (index === 1) return 'start';
  return index === count - 1 ? 'end' : 'middle';
}

/**
 * `labels` joined as a list in `locale`: Intl.ListFormat's parts, each element its label, and each
 * joining text the catalog's where it has a pattern for that place.
 */
export function listParts(labels: readonly Label[], locale: string, patterns?: ListPatterns): NoticePart[] {
  let formatted: { type: string; value: string }[];
  try {
    formatted = new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts(labels.map((label) => label.text));
  } catch {
    formatted = new Intl.ListFormat('en', { type: 'conjunction' }).formatToParts(labels.map((label) => label.text));
  }
  const parts: NoticePart[] = [];
  let element = 0;
  for (const part of formatted) {
    if (part.type === 'element') {
      parts.push(labels[element++]!);
    } else if (element > 0 && element < labels.length) {
      parts.push(listSeparator(patterns?.[patternFor(labels.length, element)]) ?? part.value);
    } else {
      parts.push(part.value); // a prefix or suffix some languages' patterns have
    }
  }
  return parts;
}
