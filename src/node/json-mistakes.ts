/**
 * JSON mistakes in plain words, one message per mistake, at its place, with the fix. A parser
 * reports the symptoms: one word-processor quote gives a cascade of "invalid symbol" and "value
 * expected", a comma after the last entry gives "property name expected" and "value expected".
 * Here the first error is traced back to the mistake that caused it (curly quotes, a comma too
 * many or too few, a quote inside text, a brace too many…), reported once, and repaired in a
 * scratch copy of the same length, so that offsets stay true; the copy is parsed again for the next
 * mistake. A mistake that cannot be traced is reported in words and ends the list, rather than
 * letting its echoes through.
 */
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';

/** A mistake at a UTF-16 offset of the text. */
export interface JsonMistake {
  readonly offset: number;
  readonly message: string;
}

/** Mistakes reported per file at most: past this, fixing the first ones and checking again helps more. */
export const MAX_JSON_MISTAKES = 20;

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false } as const;

/** Quotes a word processor puts in place of `"`. */
const CURLY = new Set(['\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb']);
const CURLY_SINGLE = new Set(['\u2018', '\u2019', '\u201a', '\u201b']);

interface Traced {
  readonly offset: number;
  readonly message: string;
  /** The scratch text with this mistake repaired (same length), or `undefined` to stop here. */
  readonly repaired: string | undefined;
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** The offset of the last character before `offset` that is not whitespace, or -1. */
function previousToken(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && isSpace(text[i])) i--;
  return i;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}

/** `text` with the characters at `offsets` replaced by `by` (one UTF-16 unit each). */
function replaceAt(text: string, offsets: readonly number[], by: string): string {
  const chars = [...offsets].sort((a, b) => a - b);
  const pieces: string[] = [];
  let at = 0;
  for (const offset of chars) {
    pieces.push(text.slice(at, offset), by);
    at = offset + 1;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

/** Curly quotes around a key or a text: both ends straightened, reported once. */
function curlyQuotes(text: string, offset: number): Traced {
  const end = lineEnd(text, offset);
  let close = -1;
  for (let i = offset + 1; i < end; i++) {
    if (CURLY.has(text[i]!) || text[i] === '"') {
      close = i;
      break;
    }
  }
  return {
    offset,
    message: 'curly quotes “ ” must be straight quotes "; a word processor or an autocorrecting editor typed them — retype them as "',
    repaired: replaceAt(text, close === -1 ? [offset] : [offset, close], '"'),
  };
}

/**
 * A `"` inside a text that ends it too early, as in `"He said "hi" to me"`: the text really ends at
 * the last quote on the line that is followed only by `,`, `}`, `]` or `:`.
 */
function quoteInsideText(text: string, closing: number): Traced | undefined {
  const end = lineEnd(text, closing);
  let last = -1;
  for (let i = end - 1; i > closing; i--) {
    if (text[i] === '"') {
      const after = text.slice(i + 1, end).trim();
      if (after === '' || /^[,:}\]]/.test(after)) last = i;
      break;
    }
  }
  if (last === -1) return undefined;
  const inner: number[] = [];
  for (let i = closing; i < last; i++) if (text[i] === '"' && text[i - 1] !== '\\') inner.push(i);
  return { offset: closing, message: 'a quote inside text ends the text too early: write \\" for a quote inside text (or use “ ” there)', repaired: replaceAt(text, inner, "'") };
}

/** Single quotes around a key or a text: JSON has only double quotes. */
function singleQuotes(text: string, offset: number): Traced {
  const end = lineEnd(text, offset);
  const close = text.indexOf(text[offset]!, offset + 1);
  const closeAny = [...text.slice(offset + 1, end)].findIndex((c) => c === "'" || CURLY_SINGLE.has(c));
  const pair = closeAny === -1 ? (close !== -1 && close < end ? close : -1) : offset + 1 + closeAny;
  return { offset, message: 'keys and texts must be in straight double quotes "…", not single quotes', repaired: replaceAt(text, pair === -1 ? [offset] : [offset, pair], '"') };
}

/** A comment: JSON has none. */
function comment(text: string, offset: number): Traced {
  const block = text.startsWith('/*', offset);
  const endAt = block ? text.indexOf('*/', offset + 2) : lineEnd(text, offset);
  const end = block ? (endAt === -1 ? text.length : endAt + 2) : endAt;
  const blank = text.slice(offset, end).replace(/[^\n\r]/g, ' ');
  return { offset, message: 'JSON files cannot hold comments; remove it (a note for other translators can go in a field of "@meta")', repaired: text.slice(0, offset) + blank + text.slice(end) };
}

/** What a parser error code means, in words, for errors not traced to a known mistake. */
function inWords(error: ParseError, text: string): string {
  const found = text[error.offset];
  const here = found === undefined ? 'at the end of the file' : `at ${JSON.stringify(found)}`;
  switch (printParseErrorCode(error.error)) {
    case 'ValueExpected':
      return `a value is missing ${here}: text in quotes "…", a number, true, false, null, { … } or [ … ]`;
    case 'ColonExpected':
      return `a colon : is missing after the key, ${here}: write "key": value`;
    case 'CommaExpected':
      return `a comma , is missing ${here}: entries and fields are separated by commas`;
    case 'PropertyNameExpected':
      return `a key in double quotes is expected ${here}, as in "title": "…"`;
    case 'CloseBraceExpected':
      return `a closing } is missing ${here}: every { needs its }`;
    case 'CloseBracketExpected':
      return `a closing ] is missing ${here}: every [ needs its ]`;
    case 'UnexpectedEndOfString':
      return 'this text has no closing quote "; end it with " on the same line (a line break inside text is written \\n)';
    case 'InvalidEscapeCharacter':
      return 'a backslash \\ must be followed by ", \\, /, b, f, n, r, t or u; write \\\\ for a backslash itself';
    case 'InvalidUnicode':
      return 'a \\u must be followed by four hexadecimal digits, as in \\u00e9';
    case 'InvalidCharacter':
      return 'a line break or a tab cannot be typed inside text: write \\n for a line break and \\t for a tab';
    case 'UnexpectedEndOfNumber':
    case 'UnexpectedEndOfComment':
    case 'InvalidNumberFormat':
      return `this number is not written as JSON writes numbers, ${here}`;
    case 'EndOfFileExpected':
      return `the file should end here, ${here}`;
    default:
      return `${found === undefined ? 'the file ends too early' : `${JSON.stringify(found)} cannot appear here`}`;
  }
}

/** Traces the first parser error of `text` back to its mistake. */
function trace(text: string, error: ParseError): Traced {
  const { offset } = error;
  const char = text[offset];
  const before = previousToken(text, offset);
  if (printParseErrorCode(error.error) === 'InvalidCommentToken' || (char === '/' && (text[offset + 1] === '/' || text[offset + 1] === '*'))) return comment(text, offset);
  if (char !== undefined && CURLY.has(char)) return curlyQuotes(text, offset);
  if (char === "'" || (char !== undefined && CURLY_SINGLE.has(char))) return singleQuotes(text, offset);
  if ((char === '}' || char === ']') && text[before] === ',') {
    return { offset: before, message: `remove the comma after the last entry: nothing may follow it before the closing ${char}`, repaired: replaceAt(text, [before], ' ') };
  }
  if (printParseErrorCode(error.error) === 'EndOfFileExpected') {
    // The file's outer { … } closed early: the brace that closed it is one too many.
    const stray = char === '}' || char === ']' ? offset : before;
    if (text[stray] === '}' || text[stray] === ']') {
      return { offset: stray, message: `one ${text[stray]} too many: it closes the whole file here, and the rest is left outside; remove it`, repaired: replaceAt(text, [stray], ' ') };
    }
  }
  if (text[before] === '"' && char !== undefined && !isSpace(char) && text.lastIndexOf('\n', offset) < before) {
    // Something follows a text on the same line where a comma or a colon should be.
    const quoted = quoteInsideText(text, before);
    if (quoted !== undefined) return quoted;
  }
  if (printParseErrorCode(error.error) === 'CommaExpected' && before !== -1 && text.lastIndexOf('\n', offset) > before && isSpace(text[before + 1])) {
    const line = text.slice(0, before + 1).split('\n').length;
    return { offset: before + 1, message: `a comma is missing at the end of line ${line}: every entry and field but the last ends with a comma`, repaired: replaceAt(text, [before + 1], ',') };
  }
  return { offset, message: inWords(error, text), repaired: undefined };
}

/**
 * The mistakes in a JSON text that has syntax errors, in file order, one per mistake (at most
 * `MAX_JSON_MISTAKES`). Returns an empty list for valid JSON.
 *
 * @example
 * explainJsonMistakes('{ "a": 1, }') // [{ offset: 8, message: 'remove the comma after the last entry: …' }]
 */
export function explainJsonMistakes(text: string): JsonMistake[] {
  const mistakes: JsonMistake[] = [];
  let scratch = text;
  while (mistakes.length < MAX_JSON_MISTAKES) {
    const errors: ParseError[] = [];
    parseTree(scratch, errors, STRICT);
    const [first] = errors;
    if (first === undefined) break;
    const traced = trace(scratch, first);
    mistakes.push({ offset: traced.offset, message: traced.message });
    if (traced.repaired === undefined || traced.repaired === scratch) break;
    scratch = traced.repaired;
  }
  return mistakes.sort((a, b) => a.offset - b.offset);
}
