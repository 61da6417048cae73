/**
 * The outline of a gettext PO file (https://www.gnu.org/software/gettext/manual/html_node/PO-Files.html):
 * whether every line is one of the kinds PO has, and where each message starts. `gettext-parser`
 * reads the values, but names only a line for a few mistakes, forgives a file cut short in the
 * middle of a message, and keeps the last of two messages with the same context and text; this
 * pass refuses a broken file with `file:line:col` first, and gives each message its place.
 *
 * Each line is blank, a comment (`#…`), a keyword (`msgctxt`, `msgid`, `msgid_plural`, `msgstr`,
 * `msgstr[n]`) followed by a "string", or a "string" that continues the one above.
 */
import { FileError } from '../../core.js';

export interface OutlineMessage {
  /** `msgctxt`, or `''`, and `msgid`, decoded as gettext-parser decodes them, to find it in its result. */
  readonly context: string;
  readonly msgid: string;
  /** Where its first keyword stands, 1-based. */
  readonly line: number;
  readonly column: number;
}

const KEYWORD = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)(?=\s|"|$)/;

/** The escapes C (and so gettext) knows after a backslash, besides octal and hexadecimal. */
const ESCAPES = new Set(['\\', '"', "'", '?', 'a', 'b', 'f', 'n', 'r', 't', 'v']);

/** gettext-parser's decoding: \n, \t and \r, any other escaped character stands for itself. */
const decode = (raw: string): string => raw.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c));

type State = 'between' | 'context' | 'msgid' | 'msgstr';

/**
 * The messages of `text`, in file order. Throws a `FileError` (`INVALID_EXCHANGE_FILE`) with the
 * line and column of the first line that is not PO, a string left open or followed by more text,
 * an unknown escape, a keyword out of order, or a message the file ends in.
 *
 * @example
 * poOutline('msgid "Hello"\nmsgstr "Hola', 'es.po')
 * // throws: es.po:2:8: the string that opens here is not closed on its line …
 */
export function poOutline(text: string, file: string): OutlineMessage[] {
  const fail = (reason: string, line: number, column: number): never => {
    throw new FileError('INVALID_EXCHANGE_FILE', reason, { file, line, column });
  };
  const lines = text.replace(/^\ufeff/, '').split('\n');
  const messages: OutlineMessage[] = [];
  let state: State = 'between';
  let keyword = '';
  let start = { line: 0, column: 0 };
  let context = '';
  let msgid = '';
  const unfinished = (line: number, column: number, what: string): never =>
    fail(`${what}, but the message at ${start.line}:${start.column} has no msgstr yet`, line, column);

  /** The raw text of the string at `from` (a quote) on `line`, checked to its closing quote. */
  const readString = (source: string, from: number, line: number): string => {
    let i = from + 1;
    while (i < source.length && source[i] !== '"') {
      if (source[i] === '\\') {
        const next = source[i + 1];
        if (next === undefined) break;
        if (!ESCAPES.has(next) && !/[0-7x]/.test(next)) fail(`unknown escape \\${next}: write a backslash as \\\\`, line, i + 1);
        i += 2;
      } else i++;
    }
    if (i >= source.length) fail('the string that opens here is not closed on its line: end it with ", and write a " inside the text as \\"', line, from + 1);
    const after = source.slice(i + 1).search(/\S/);
    if (after !== -1) fail('text after the closing quote: write a " inside the text as \\", or start a new line', line, i + 2 + after);
    return source.slice(from + 1, i);
  };

  for (let n = 0; n < lines.length; n++) {
    const line = n + 1;
    const source = lines[n]!.replace(/\r$/, '');
    const indent = source.search(/\S/);
    if (indent === -1) continue;
    const rest = source.slice(indent);
    if (rest.startsWith('#')) {
      if (rest.startsWith('#~')) continue;
      if (state === 'context' || state === 'msgid') unfinished(line, indent + 1, 'a comment starts the next message here');
      continue;
    }
    if (rest.startsWith('"')) {
      if (state === 'between' && keyword === '') fail('a string with no keyword before it: a message starts with msgctxt or msgid', line, indent + 1);
      const raw = readString(source, indent, line);
      if (keyword === 'msgctxt') context += decode(raw);
      else if (keyword === 'msgid') msgid += decode(raw);
      continue;
    }
    const word = KEYWORD.exec(rest)?.[1];
    if (word === undefined) {
      const token = /^[^\s"]+/.exec(rest)![0];
      fail(`"${token}" is not a PO keyword: a line holds a comment (#), msgctxt, msgid, msgid_plural or msgstr with a "string", or a "string" continuing the one above`, line, indent + 1);
    }
    const quote = indent + word!.length + source.slice(indent + word!.length).search(/\S/);
    if (source[quote] !== '"') fail(`${word} needs a "string" after it`, line, quote > indent + word!.length ? quote + 1 : indent + word!.length + 1);
    const raw = readString(source, quote, line);
    keyword = word!;
    if (word === 'msgctxt' || (word === 'msgid' && state !== 'context')) {
      if (state === 'context' || state === 'msgid') unfinished(line, indent + 1, `${word} starts the next message here`);
      if (state === 'msgstr' || state === 'between') {
        context = '';
        msgid = '';
        start = { line, column: indent + 1 };
      }
    }
    if (word === 'msgctxt') {
      context = decode(raw);
      state = 'context';
    } else if (word === 'msgid') {
      msgid = decode(raw);
      state = 'msgid';
    } else if (word === 'msgid_plural') {
      if (state !== 'msgid') fail('msgid_plural belongs right after a msgid', line, indent + 1);
    } else {
      if (state !== 'msgid' && state !== 'msgstr') fail(`${word} with no msgid above it`, line, indent + 1);
      if (state === 'msgid') messages.push({ context, msgid, ...start });
      state = 'msgstr';
    }
  }
  if (state === 'context' || state === 'msgid') {
    fail(`the file ends inside the message at ${start.line}:${start.column}, before its msgstr: it was cut short (save or export it again)`, lines.length, lines.at(-1)!.length + 1);
  }
  return messages;
}
