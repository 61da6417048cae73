/**
 * One entry in a file of its own: `<locale>/<namespace>/<id>.json` (the entry's fields as a JSON
 * object) or `<id>.md` (YAML front matter for the fields and `@meta`, then the Markdown text, served
 * as the field `body`), the layout of Hugo, Docusaurus and Starlight sites. Read with positions, so
 * that `check` can point inside the front matter and the Markdown, and `stamp` can edit in place.
 *
 * Front matter is YAML 1.2 read by `yaml` (core schema: a date such as 2025-03-04 stays the string
 * it is in JSON files); the Markdown is kept as written, byte for byte.
 */
import { isMap, isScalar, parseDocument, type Document, type Node as YamlNode, type Scalar } from 'yaml';
import { META_KEY, isPlainObject } from '../core.js';
import { FileError } from '../core.js';
import { lineIndex, offsetInString, parseJsonFile, propertyMap, readJsonDocument, type JsonProperty, type TextIssue } from './json-document.js';

/** The field of a Markdown entry that holds its text. */
export const BODY_FIELD = 'body';

export type EntryFormat = 'json' | 'markdown';

/** Where one field is written: its key, its value, and any character of its (decoded) value. */
export interface FieldPlace {
  readonly key: number;
  readonly value: number;
  /** The offset in the file of character `index` of the value as read. */
  at(index: number): number;
}

export interface EntryDocument {
  readonly format: EntryFormat;
  /** The text after any byte-order mark; offsets count from here. */
  readonly text: string;
  readonly bom: boolean;
  /** Syntax errors (JSON or YAML), with their offsets. */
  readonly syntaxErrors: readonly TextIssue[];
  readonly duplicateKeys: readonly TextIssue[];
  /** The entry's fields (`body` included for Markdown), or `undefined` when the file does not read as one. */
  readonly value: Record<string, unknown> | undefined;
  /** Where each field is written. */
  readonly fields: ReadonlyMap<string, FieldPlace>;
  /** Where each field of `@meta` is written. */
  readonly meta: ReadonlyMap<string, FieldPlace>;
  /** For Markdown: where the front matter's YAML starts and ends (both -1 without front matter), and the body starts. */
  readonly frontMatter: { readonly start: number; readonly end: number; readonly body: number } | undefined;
  position(offset: number): { line: number; column: number };
}

/** Field places of a JSON object node (an entry in a namespace file, or a whole entry file). */
export function jsonFieldPlaces(text: string, properties: ReadonlyMap<string, JsonProperty>): Map<string, FieldPlace> {
  const places = new Map<string, FieldPlace>();
  for (const [name, { keyNode, valueNode }] of properties) {
    places.set(name, { key: keyNode.offset, value: valueNode.offset, at: (index) => (valueNode.type === 'string' ? offsetInString(text, valueNode, index) : valueNode.offset) });
  }
  return places;
}

function readJsonEntry(raw: string): EntryDocument {
  const doc = readJsonDocument(raw);
  const fields = propertyMap(doc.root);
  const value = isPlainObject(doc.value) ? doc.value : undefined;
  return {
    format: 'json',
    text: doc.text,
    bom: raw.charCodeAt(0) === 0xfeff,
    syntaxErrors: doc.syntaxErrors,
    duplicateKeys: doc.duplicateKeys,
    value,
    fields: jsonFieldPlaces(doc.text, fields),
    meta: jsonFieldPlaces(doc.text, propertyMap(fields.get(META_KEY)?.valueNode)),
    frontMatter: undefined,
    position: doc.position,
  };
}

/** Offset of character `index` of a YAML scalar's value, as close as its style allows. */
function scalarAt(text: string, node: Scalar, start: number, index: number): number {
  const from = start + node.range![0];
  if (node.type === 'PLAIN') return from + index;
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') return from + 1 + index;
  // A block scalar: its value's line k, column c is the k-th line after the header, past the indentation.
  const value = String(node.value);
  const before = value.slice(0, index).split('\n');
  let at = text.indexOf('\n', from) + 1;
  for (let line = 0; line < before.length - 1 && at > 0; line++) at = text.indexOf('\n', at) + 1;
  if (at <= 0) return from;
  const indent = /^[ \t]*/.exec(text.slice(at))![0].length;
  return at + indent + before[before.length - 1]!.length;
}

function yamlPlaces(text: string, start: number, node: YamlNode | null | undefined): Map<string, FieldPlace> {
  const places = new Map<string, FieldPlace>();
  if (!isMap(node)) return places;
  for (const pair of node.items) {
    if (!isScalar(pair.key) || pair.key.range == null) continue;
    const key = start + pair.key.range[0];
    const valueNode = pair.value as YamlNode | null;
    const value = valueNode?.range == null ? key : start + valueNode.range[0];
    places.set(String(pair.key.value), {
      key,
      value,
      at: (index) => (isScalar(valueNode) && typeof valueNode.value === 'string' ? scalarAt(text, valueNode, start, index) : value),
    });
  }
  return places;
}

const FENCE = /^---[ \t]*\r?$/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*\r?$/;

/** Where the front matter's YAML starts and ends, and the body starts; without front matter, all of it is body. */
export function splitFrontMatter(text: string): { start: number; end: number; body: number } {
  const firstEnd = text.indexOf('\n');
  if (firstEnd === -1 || !FENCE.test(text.slice(0, firstEnd))) return { start: -1, end: -1, body: 0 };
  let at = firstEnd + 1;
  while (at <= text.length) {
    const next = text.indexOf('\n', at);
    const line = text.slice(at, next === -1 ? text.length : next);
    if (CLOSING.test(line)) return { start: firstEnd + 1, end: at, body: next === -1 ? text.length : next + 1 };
    if (next === -1) break;
    at = next + 1;
  }
  return { start: -1, end: -1, body: 0 }; // never closed: read as Markdown, and check says so
}

/** The first line of a `yaml` error message, without its " at line …" suffix (the position is given apart). */
const yamlMessage = (message: string): string => message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');

function readMarkdownEntry(raw: string): EntryDocument {
  const bom = raw.charCodeAt(0) === 0xfeff;
  const text = bom ? raw.slice(1) : raw;
  const position = lineIndex(text);
  const frontMatter = splitFrontMatter(text);
  const syntaxErrors: TextIssue[] = [];
  const duplicateKeys: TextIssue[] = [];
  let fields = new Map<string, FieldPlace>();
  let meta = new Map<string, FieldPlace>();
  let data: Record<string, unknown> = {};
  if (frontMatter.start === -1 && /^---[ \t]*\r?\n/.test(text)) {
    syntaxErrors.push({ offset: 0, message: 'the front matter opened here is never closed by a line "---"' });
  }
  if (frontMatter.start !== -1) {
    const yamlText = text.slice(frontMatter.start, frontMatter.end);
    const doc: Document = parseDocument(yamlText, { uniqueKeys: true });
    for (const error of doc.errors) {
      const issue = { offset: frontMatter.start + error.pos[0], message: `invalid front matter: ${yamlMessage(error.message)}` };
      (error.code === 'DUPLICATE_KEY' ? duplicateKeys : syntaxErrors).push(issue);
    }
    if (syntaxErrors.length === 0) {
      const value: unknown = doc.contents === null ? {} : doc.toJS();
      if (!isPlainObject(value)) {
        syntaxErrors.push({ offset: frontMatter.start, message: 'the front matter must be a map of fields, such as "title: …"' });
      } else {
        data = value;
        fields = yamlPlaces(text, frontMatter.start, doc.contents);
        const metaNode = isMap(doc.contents) ? (doc.contents.get(META_KEY, true) as YamlNode | undefined) : undefined;
        meta = yamlPlaces(text, frontMatter.start, metaNode);
      }
    }
  }
  const body = text.slice(frontMatter.body);
  const bodyAt = frontMatter.body;
  const shadowed = fields.get(BODY_FIELD);
  if (shadowed !== undefined) {
    duplicateKeys.push({ offset: shadowed.key, message: `"${BODY_FIELD}" is the Markdown text after the front matter; this value is never read, remove it` });
  }
  fields.set(BODY_FIELD, { key: bodyAt, value: bodyAt, at: (index) => bodyAt + index });
  const value = syntaxErrors.length > 0 ? undefined : { ...data, [BODY_FIELD]: body };
  return { format: 'markdown', text, bom, syntaxErrors, duplicateKeys, value, fields, meta, frontMatter, position };
}

/** Reads an entry file's text; never throws. */
export function readEntryDocument(raw: string, format: EntryFormat): EntryDocument {
  return format === 'json' ? readJsonEntry(raw) : readMarkdownEntry(raw);
}

/**
 * A Markdown entry's fields when it reads without a mistake, else `undefined`: what loading needs,
 * without the places of fields or a line index (a broken file is read again to say where).
 */
function markdownValue(raw: string): Record<string, unknown> | undefined {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const frontMatter = splitFrontMatter(text);
  if (frontMatter.start === -1) return /^---[ \t]*\r?\n/.test(text) ? undefined : { [BODY_FIELD]: text };
  const doc = parseDocument(text.slice(frontMatter.start, frontMatter.end), { uniqueKeys: true });
  if (doc.errors.length > 0) return undefined;
  const data: unknown = doc.contents === null ? {} : doc.toJS();
  return isPlainObject(data) ? { ...data, [BODY_FIELD]: text.slice(frontMatter.body) } : undefined;
}

/**
 * An entry file's fields as the library loads them. Throws a `FileError` (`JSON_SYNTAX` for a JSON
 * entry, `YAML_SYNTAX` for a Markdown entry's front matter, or `INVALID_RESOURCES` for a file that
 * is not one entry) with the file, line and column.
 * Most files are sound: they are read without the positions `check` needs.
 */
export function parseEntryFile(raw: string, file: string, format: EntryFormat): Record<string, unknown> {
  const fast = format === 'json' ? parseJsonFile(raw, file) : markdownValue(raw);
  if (isPlainObject(fast)) return fast;
  const doc = format === 'json' ? undefined : readEntryDocument(raw, format);
  const first = doc?.syntaxErrors[0];
  if (first !== undefined) throw new FileError('YAML_SYNTAX', first.message, { file, ...doc!.position(first.offset) });
  if (doc?.value !== undefined) return doc.value;
  throw new FileError('INVALID_RESOURCES', 'an entry file must hold one object of fields', { file, line: 1, column: 1 });
}

/**
 * An entry file's fields, or the `FileError` that says where it does not read: loading and the
 * tools leave a broken entry out and report it, so one broken article does not stop a site. A file
 * that could not be read at all (`text` is its error) still stops them.
 */
export function entryOrError(text: string | Error, file: string, format: EntryFormat): Record<string, unknown> | FileError {
  if (typeof text !== 'string') throw text;
  try {
    return parseEntryFile(text, file, format);
  } catch (error) {
    if (error instanceof FileError) return error;
    throw error;
  }
}
