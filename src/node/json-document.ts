/**
 * The one JSON reader of the Node tools. A file as a translator wrote it: the syntax tree with
 * offsets (jsonc-parser), every syntax error and duplicate key with its place, and the value as
 * `JSON.parse` reads it (the last of duplicate keys wins, `__proto__` stays an own key), so
 * checks see what the library will serve. `loadResources`, `check`, `status` and `stamp` all read
 * through it, so they accept and reject the same files, with the same positions.
 */
import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { FileError } from '../core.js';
import { explainJsonMistakes } from './json-mistakes.js';

/**
 * How deeply objects and lists may nest. jsonc-parser (and the checks after it) recurse once per
 * level, so a file nested many thousands deep would overflow the stack; content needs a few levels.
 */
export const MAX_JSON_DEPTH = 100;

/** A problem found while reading the text, at a UTF-16 offset into it. */
export interface TextIssue {
  readonly offset: number;
  readonly message: string;
}

/** One `"key": value` pair of an object node. */
export interface JsonProperty {
  readonly key: string;
  readonly keyNode: Node;
  readonly valueNode: Node;
}

export interface JsonDocument {
  /** The text after any byte-order mark; offsets count from here. */
  readonly text: string;
  /** True when the text began with a byte-order mark (kept by tools that write the file back). */
  readonly bom: boolean;
  readonly root: Node | undefined;
  readonly syntaxErrors: readonly TextIssue[];
  readonly duplicateKeys: readonly TextIssue[];
  /** The parsed value, or `undefined` when the text has syntax errors. */
  readonly value: unknown;
  /** 1-based line and column (in UTF-16 code units) of an offset. */
  position(offset: number): { line: number; column: number };
}

/** The properties of an object node, in file order (duplicates included). */
export function propertiesOf(node: Node | undefined): JsonProperty[] {
  if (node?.type !== 'object') return [];
  const out: JsonProperty[] = [];
  for (const child of node.children ?? []) {
    const [keyNode, valueNode] = child.children ?? [];
    if (keyNode !== undefined && valueNode !== undefined) out.push({ key: String(keyNode.value), keyNode, valueNode });
  }
  return out;
}

/** Properties by key; for a duplicated key, the last one (the one `JSON.parse` keeps). */
export function propertyMap(node: Node | undefined): Map<string, JsonProperty> {
  const map = new Map<string, JsonProperty>();
  for (const property of propertiesOf(node)) map.set(property.key, property);
  return map;
}

function findDuplicates(node: Node | undefined, lines: (offset: number) => { line: number; column: number }, into: TextIssue[]): void {
  if (node === undefined) return;
  if (node.type === 'object') {
    const seen = new Map<string, number>();
    for (const { key, keyNode, valueNode } of propertiesOf(node)) {
      const first = seen.get(key);
      if (first === undefined) seen.set(key, keyNode.offset);
      else {
        into.push({
          offset: keyNode.offset,
          message: `duplicate key "${key}" (also at line ${lines(first).line}, column ${lines(first).column}); JSON keeps only the last one`,
        });
      }
      findDuplicates(valueNode, lines, into);
    }
  } else if (node.type === 'array') {
    for (const child of node.children ?? []) findDuplicates(child, lines, into);
  }
}

/** A function from offset to 1-based line and column, by binary search over line starts. */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  let starts: number[] | undefined;
  return (offset) => {
    if (starts === undefined) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

/** 1-based line and column of a UTF-16 offset in `text`. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  return lineIndex(text)(offset);
}

/**
 * The offset of the first `{` or `[` that opens level `max + 1`, or -1. A linear scan that skips
 * strings, run before parsing so that no recursive step sees a deeper file.
 */
export function nestingBeyond(text: string, max: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */ || c === 10 /* a string ends at the line's end for the parser too */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > max) return i;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth = Math.max(0, depth - 1);
  }
  return -1;
}

/** Reads a JSON text, strictly (no comments, no trailing commas). Never throws. */
export function readJsonDocument(raw: string): JsonDocument {
  const bom = raw.charCodeAt(0) === 0xfeff;
  const text = bom ? raw.slice(1) : raw;
  const position = lineIndex(text);
  const tooDeep = nestingBeyond(text, MAX_JSON_DEPTH);
  if (tooDeep !== -1) {
    const message = `objects and lists are nested more than ${MAX_JSON_DEPTH} levels deep here; a content file needs only a few levels`;
    return { text, bom, root: undefined, syntaxErrors: [{ offset: tooDeep, message }], duplicateKeys: [], value: undefined, position };
  }
  const errors: ParseError[] = [];
  // The same strict reading for every tool: what check accepts, the library can load.
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  // The parser's errors are symptoms; the mistakes behind them are said once each, in plain words.
  const syntaxErrors = errors.length === 0 ? [] : explainJsonMistakes(text);
  const duplicateKeys: TextIssue[] = [];
  let value: unknown;
  if (syntaxErrors.length === 0) {
    try {
      value = JSON.parse(text);
    } catch (error) {
      // What the tree parser let through and JSON.parse does not: reported, never thrown.
      const at = /position (\d+)/.exec((error as Error).message)?.[1];
      return { text, bom, root, syntaxErrors: [{ offset: at === undefined ? 0 : Number(at), message: `this is not valid JSON: ${(error as Error).message}` }], duplicateKeys, value, position };
    }
    findDuplicates(root, position, duplicateKeys);
  }
  return { text, bom, root, syntaxErrors, duplicateKeys, value, position };
}

/**
 * Parses JSON text as the library loads it, throwing a `FileError` (`JSON_SYNTAX`) with the file,
 * line and column of the first mistake. Duplicate keys are allowed here, as in `JSON.parse`.
 */
export function parseJsonFile(text: string, file: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (nestingBeyond(body, MAX_JSON_DEPTH) === -1) {
    // Most files are valid: JSON.parse reads them without building a syntax tree; only a broken
    // file is read again to say where its mistakes are.
    try {
      return JSON.parse(body);
    } catch {
      // reported below, with its position
    }
  }
  const doc = readJsonDocument(text);
  const [first] = doc.syntaxErrors;
  if (first !== undefined) throw new FileError('JSON_SYNTAX', first.message, { file, ...doc.position(first.offset) });
  return doc.value;
}

/**
 * The offset in the file of character `index` of a string node's decoded value: escapes such as
 * `\n` or `\u00e9` take more characters in the file than in the value.
 */
export function offsetInString(text: string, node: Node, index: number): number {
  let raw = node.offset + 1; // after the opening quote
  for (let decoded = 0; decoded < index && raw < node.offset + node.length - 1; decoded++) {
    if (text.charCodeAt(raw) === 92 /* \ */) raw += text.charCodeAt(raw + 1) === 117 /* u */ ? 6 : 2;
    else raw += 1;
  }
  return raw;
}
