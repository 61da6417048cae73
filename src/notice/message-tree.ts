/**
 * The one walk over ICU MessageFormat syntax trees (@formatjs/icu-messageformat-parser's shape),
 * used by the library (which arguments a message uses) and by `check` (what a translation must
 * keep). Element types are read as numbers, so that this module loads no parser: compiled
 * catalogs are stored in this form and their type numbers are stable.
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** Element types of the syntax tree (the parser's `TYPE`). */
export const ELEMENT = { literal: 0, argument: 1, number: 2, date: 3, time: 4, select: 5, plural: 6, pound: 7, tag: 8 } as const;

/** How an argument is used; `value` covers `{x}`, `{x, number}`, `{x, date}` and `{x, time}`. */
export type ArgumentKind = 'value' | 'select' | 'plural' | 'selectordinal';

/** One use of an argument in a message. */
export interface ArgumentElement {
  readonly name: string;
  readonly kind: ArgumentKind;
  /** The element's type (see {@link ELEMENT}): tells `{x}` from `{x, date}`. */
  readonly type: number;
  /** Option keys of a select or plural. */
  readonly keys: readonly string[];
  /** Offset of the element's `{` in the message, when the parser captured locations. */
  readonly offset: number;
}

function argumentKind(element: MessageFormatElement): ArgumentKind | undefined {
  switch (element.type as number) {
    case ELEMENT.argument:
    case ELEMENT.number:
    case ELEMENT.date:
    case ELEMENT.time:
      return 'value';
    case ELEMENT.select:
      return 'select';
    case ELEMENT.plural:
      return (element as { pluralType?: string }).pluralType === 'ordinal' ? 'selectordinal' : 'plural';
    default:
      return undefined;
  }
}

/**
 * Calls `visit` for every argument of a message, in order, through the options of select and
 * plural and the children of tags.
 *
 * @example walkArguments(parse('{n, plural, one {{who}} other {#}}'), (a) => names.push(a.name)) // names: ['n', 'who']
 */
export function walkArguments(elements: readonly MessageFormatElement[], visit: (argument: ArgumentElement) => void): void {
  for (const element of elements) {
    const kind = argumentKind(element);
    if (kind !== undefined && 'value' in element && typeof element.value === 'string') {
      const keys = 'options' in element ? Object.keys(element.options) : [];
      visit({ name: element.value, kind, type: element.type, keys, offset: element.location?.start.offset ?? 0 });
    }
    if ('options' in element) for (const option of Object.values(element.options)) walkArguments(option.value, visit);
    if ('children' in element) walkArguments(element.children, visit);
  }
}

/** Every argument name a message uses. */
export function argumentNames(elements: readonly MessageFormatElement[]): Set<string> {
  const names = new Set<string>();
  walkArguments(elements, (argument) => names.add(argument.name));
  return names;
}
