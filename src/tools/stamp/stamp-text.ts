/**
 * Writing `"@meta": { "sourceHash": "…" }` into entries by editing the text in place: every other
 * byte stays as the translator left it — indentation, key order, line endings, inline objects.
 * The file is never re-serialised.
 */
import type { Node } from 'jsonc-parser';
import { isPlainObject, META_KEY } from '../../content/fields.js';
import { FileError } from '../../errors.js';
import { propertiesOf, propertyMap, readJsonDocument } from '../../node/json-document.js';

interface Edit {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

/** The whitespace that starts the line holding `offset`. */
function indentAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start, offset))![0];
}

/** Adds a property after the object's last one, on its own line when the object spans lines. */
function insertInto(text: string, eol: string, object: Node, render: (indent: string, multiline: boolean) => string): Edit {
  const properties = propertiesOf(object);
  const last = properties[properties.length - 1];
  if (last === undefined) return { offset: object.offset, length: object.length, text: `{ ${render('', false)} }` };
  const multiline = text.slice(object.offset, last.keyNode.offset).includes('\n');
  const end = last.valueNode.offset + last.valueNode.length;
  if (!multiline) return { offset: end, length: 0, text: `, ${render('', false)}` };
  const indent = indentAt(text, last.keyNode.offset);
  return { offset: end, length: 0, text: `,${eol}${indent}${render(indent, true)}` };
}

function editFor(text: string, eol: string, entry: Node, id: string, hash: string, file: string): Edit | undefined {
  const value = JSON.stringify(hash);
  const meta = propertyMap(entry).get(META_KEY);
  if (meta === undefined) {
    // A new "@meta" object, laid out like the entry: one step deeper than its fields when they span lines.
    return insertInto(text, eol, entry, (indent, multiline) => {
      if (!multiline) return `"@meta": { "sourceHash": ${value} }`;
      // Only here: on a file written on one line, finding the line's start would scan the whole file.
      const keyIndent = indentAt(text, entry.parent?.offset ?? entry.offset);
      const step = indent.startsWith(keyIndent) && indent.length > keyIndent.length ? indent.slice(keyIndent.length) : '  ';
      return `"@meta": {${eol}${indent}${step}"sourceHash": ${value}${eol}${indent}}`;
    });
  }
  if (meta.valueNode.type !== 'object') {
    throw new FileError('INVALID_RESOURCES', `"@meta" of "${id}" is not an object; fix it (see "localized-content check") before stamping`, { file });
  }
  const existing = propertyMap(meta.valueNode).get('sourceHash');
  if (existing === undefined) return insertInto(text, eol, meta.valueNode, () => `"sourceHash": ${value}`);
  if (existing.valueNode.value === hash) return undefined;
  return { offset: existing.valueNode.offset, length: existing.valueNode.length, text: value };
}

/** The value `stampText` must produce, built from the parsed original: a guard against a bad edit. */
function expected(value: Record<string, unknown>, hashes: ReadonlyMap<string, string>): unknown {
  const out = { ...value };
  for (const [id, hash] of hashes) {
    const entry = out[id] as Record<string, unknown>;
    const meta = isPlainObject(entry[META_KEY]) ? entry[META_KEY] : {};
    out[id] = { ...entry, [META_KEY]: { ...meta, sourceHash: hash } };
  }
  return out;
}

/**
 * Sets `@meta.sourceHash` of each entry in `hashes` (id → hash) in the JSON `text` of `file`.
 * Throws a `FileError` when the text does not parse or an entry is missing or ambiguous.
 */
export function stampText(text: string, hashes: ReadonlyMap<string, string>, file: string): string {
  const doc = readJsonDocument(text);
  // Looked up once: scanning the file for each entry made stamping a whole locale quadratic.
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  const [syntax] = doc.syntaxErrors;
  if (syntax !== undefined) throw new FileError('JSON_SYNTAX', syntax.message, { file, ...doc.position(syntax.offset) });
  const top = new Map<string, ReturnType<typeof propertiesOf>>();
  for (const property of propertiesOf(doc.root)) top.set(property.key, [...(top.get(property.key) ?? []), property]);
  const edits: Edit[] = [];
  for (const [id, hash] of hashes) {
    const found = top.get(id) ?? [];
    const entry = found[0];
    if (entry === undefined || entry.valueNode.type !== 'object') {
      throw new FileError('UNKNOWN_ENTRY', `no entry "${id}" to stamp`, { file });
    }
    if (found.length > 1) {
      throw new FileError('INVALID_RESOURCES', `entry "${id}" appears ${found.length} times; remove the duplicates before stamping`, { file, ...doc.position(found[1]!.keyNode.offset) });
    }
    const edit = editFor(doc.text, eol, entry.valueNode, id, hash, file);
    if (edit !== undefined) edits.push(edit);
  }
  // Pieces joined once: a whole locale stamped in one pass stays linear in the file's size.
  const pieces: string[] = [];
  let at = 0;
  for (const edit of edits.sort((a, b) => a.offset - b.offset)) {
    pieces.push(doc.text.slice(at, edit.offset), edit.text);
    at = edit.offset + edit.length;
  }
  pieces.push(doc.text.slice(at));
  const out = pieces.join('');
  if (JSON.stringify(JSON.parse(out)) !== JSON.stringify(expected(doc.value as Record<string, unknown>, hashes))) {
    throw new FileError('WRITE_FAILED', 'stamping would have changed more than "@meta.sourceHash"; the file was left as it is', { file });
  }
  return (doc.bom ? '\ufeff' : '') + out;
}

/**
 * Sets `@meta.sourceHash` in a file that holds one entry (`<locale>/<namespace>/<id>.json`), with the
 * same in-place edit and the same guard as {@link stampText}.
 */
export function stampEntryText(text: string, hash: string, file: string): string {
  const doc = readJsonDocument(text);
  const [syntax] = doc.syntaxErrors;
  if (syntax !== undefined) throw new FileError('JSON_SYNTAX', syntax.message, { file, ...doc.position(syntax.offset) });
  if (doc.root?.type !== 'object' || !isPlainObject(doc.value)) throw new FileError('INVALID_RESOURCES', 'an entry file must hold one JSON object of fields', { file, line: 1, column: 1 });
  const edit = editFor(doc.text, doc.text.includes('\r\n') ? '\r\n' : '\n', doc.root, file, hash, file);
  if (edit === undefined) return text;
  const out = doc.text.slice(0, edit.offset) + edit.text + doc.text.slice(edit.offset + edit.length);
  const entry = doc.value;
  const meta = isPlainObject(entry[META_KEY]) ? entry[META_KEY] : {};
  if (JSON.stringify(JSON.parse(out)) !== JSON.stringify({ ...entry, [META_KEY]: { ...meta, sourceHash: hash } })) {
    throw new FileError('WRITE_FAILED', 'stamping would have changed more than "@meta.sourceHash"; the file was left as it is', { file });
  }
  return (doc.bom ? '\ufeff' : '') + out;
}
