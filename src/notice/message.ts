/**
 * A compiled notice message. A message made only of text and `{arguments}` (every built-in message
 * that names languages) is filled in straight from its syntax tree, with the parts intl-messageformat
 * would return; anything else (plural, select, number, date) is formatted by intl-messageformat.
 *
 * Why not always intl-messageformat: a sentence with two names in it needs none of its formatters,
 * and filling it in makes no part objects to unwrap.
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { ELEMENT } from './message-tree.js';

/** What formatting returns: literal text, or an inserted value that is not text (a label). */
export type MessagePart = string | object;

/** A compiled message: `parts(values)` fills it in. */
export interface CompiledFormat {
  parts(values: Readonly<Record<string, unknown>>): MessagePart[];
}

/** The intl-messageformat side, as the caller builds it (the build decides how it is loaded). */
export interface FormatEngine {
  formatToParts(values: Readonly<Record<string, unknown>>): ReadonlyArray<{ readonly value: unknown }>;
}

/** Builds intl-messageformat's formatter for a syntax tree; throws if the tree does not compile. */
export type CreateFormatEngine = (ast: MessageFormatElement[], locale: string) => FormatEngine;

/** A text (`type` 0) or `{name}` (`type` 1) element. */
interface PlainElement {
  readonly type: number;
  readonly value: string;
}

function isPlain(ast: readonly MessageFormatElement[]): ast is PlainElement[] & MessageFormatElement[] {
  return ast.every((element) => (element.type === ELEMENT.literal || element.type === ELEMENT.argument) && typeof element.value === 'string');
}

/** Compiles a syntax tree for `locale`; throws (from intl-messageformat) if it does not compile. */
export function compileFormat(ast: MessageFormatElement[], locale: string, engine: CreateFormatEngine): CompiledFormat {
  if (!isPlain(ast)) {
    const format = engine(ast, locale);
    return { parts: (values) => format.formatToParts(values).map((part) => part.value as MessagePart) };
  }
  return { parts: (values) => fillIn(ast, values) };
}

/** intl-messageformat's rules for `{name}`: text and numbers as text, other values as they are. */
function fillIn(ast: readonly PlainElement[], values: Readonly<Record<string, unknown>>): MessagePart[] {
  const parts: MessagePart[] = [];
  for (const element of ast) {
    let part: MessagePart;
    if (element.type === ELEMENT.literal) {
      part = element.value;
    } else {
      const value = Object.hasOwn(values, element.value) ? values[element.value] : undefined;
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') part = String(value);
      else if (typeof value === 'object' && value !== null) part = value;
      else part = '';
    }
    // Adjacent texts are one part, as intl-messageformat merges them.
    const last = parts.length - 1;
    if (typeof part === 'string' && last >= 0 && typeof parts[last] === 'string') parts[last] += part;
    else parts.push(part);
  }
  return parts;
}
