/**
 * JSON with positions: `JSON.parse` for the value (it keeps `__proto__` as an own key, never as a
 * prototype), and jsonc-parser's scanner to say where a syntax error is, as line and column.
 */
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { FileError } from '../errors.js';

/** 1-based line and column of a UTF-16 offset in `text`. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Strict JSON syntax errors with their offsets (no comments, no trailing commas). */
export function jsonSyntaxErrors(text: string): ParseError[] {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return errors;
}

/** A readable name for a syntax error code ("CommaExpected" → "comma expected"). */
export function describeSyntaxError(error: ParseError): string {
  return printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Parses JSON text, throwing a `FileError` with the file, line and column of the first error. */
export function parseJsonFile(text: string, file: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const [first] = jsonSyntaxErrors(body);
  if (first !== undefined) {
    throw new FileError('JSON_SYNTAX', `invalid JSON: ${describeSyntaxError(first)}`, { file, ...positionOf(body, first.offset) });
  }
  try {
    return JSON.parse(body);
  } catch (cause) {
    throw new FileError('JSON_SYNTAX', `invalid JSON: ${(cause as Error).message}`, { file }, { cause });
  }
}
