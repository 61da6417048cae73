/**
 * A JSON file as a translator wrote it: the syntax tree with offsets (jsonc-parser), every syntax
 * error and duplicate key with its place, and the value as `JSON.parse` reads it (the last of
 * duplicate keys wins, `__proto__` stays an own key), so checks see what the library will serve.
 */
import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { describeSyntaxError } from './json.js';

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
  readonly root: Node | undefined;
  readonly syntaxErrors: readonly TextIssue[];
  readonly duplicateKeys: readonly TextIssue[];
  /** The parsed value, or `undefined` when the text has syntax errors. */
  readonly value: unknown;
  /** 1-based line and column of an offset. */
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

function findDuplicates(node: Node | undefined, lines: (offset: number) => { line: number }, into: TextIssue[]): void {
  if (node === undefined) return;
  if (node.type === 'object') {
    const seen = new Map<string, number>();
    for (const { key, keyNode, valueNode } of propertiesOf(node)) {
      const first = seen.get(key);
      if (first === undefined) seen.set(key, keyNode.offset);
      else {
        into.push({
          offset: keyNode.offset,
          message: `duplicate key "${key}" (also on line ${lines(first).line}); JSON keeps only the last one`,
        });
      }
      findDuplicates(valueNode, lines, into);
    }
  } else if (node.type === 'array') {
    for (const child of node.children ?? []) findDuplicates(child, lines, into);
  }
}

/** Start offsets of each line, for positions by binary search. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Reads a JSON text for checking: never throws. */
export function readJsonDocument(raw: string): JsonDocument {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  let starts: number[] | undefined;
  const position = (offset: number): { line: number; column: number } => {
    starts ??= lineStarts(text);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
  const errors: ParseError[] = [];
  // The same strict options as loadResources: what check accepts, the library can load.
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const syntaxErrors = errors.map((e) => ({ offset: e.offset, message: `invalid JSON: ${describeSyntaxError(e)}` }));
  const duplicateKeys: TextIssue[] = [];
  let value: unknown;
  if (syntaxErrors.length === 0) {
    findDuplicates(root, position, duplicateKeys);
    value = JSON.parse(text);
  }
  return { text, root, syntaxErrors, duplicateKeys, value, position };
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
