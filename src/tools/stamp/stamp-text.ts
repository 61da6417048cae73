/**
 * Writing `"@meta": { "sourceHash": "…" }` into entries by editing the text in place: every other
 * byte stays as the translator left it — indentation, key order, line endings, inline objects.
 * The file is never re-serialised.
 */
import type { Node } from 'jsonc-parser';
import { isPlainObject, META_KEY } from '../../core.js';
import { FileError } from '../../core.js';
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

/** What a stamp records: the source's hash and, optionally, a short hash per text field. */
export interface Stamp {
  readonly sourceHash: string;
  readonly fieldHashes?: Readonly<Record<string, string>>;
}

export const asStamp = (stamp: string | Stamp): Stamp => (typeof stamp === 'string' ? { sourceHash: stamp } : stamp);

/** The `@meta` keys a stamp writes, with their JSON (an object on one line), in the order written. */
function stampProperties(stamp: Stamp): [key: string, value: unknown, json: string][] {
  const out: [string, unknown, string][] = [['sourceHash', stamp.sourceHash, JSON.stringify(stamp.sourceHash)]];
  if (stamp.fieldHashes !== undefined) {
    const pairs = Object.entries(stamp.fieldHashes).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
    out.push(['fieldHashes', stamp.fieldHashes, pairs.length === 0 ? '{}' : `{ ${pairs.join(', ')} }`]);
  }
  return out;
}

function editFor(text: string, eol: string, entry: Node, value: Record<string, unknown>, id: string, stamp: Stamp, file: string): Edit[] {
  const properties = stampProperties(stamp);
  const meta = propertyMap(entry).get(META_KEY);
  if (meta === undefined) {
    // A new "@meta" object, laid out like the entry: one step deeper than its fields when they span lines.
    return [insertInto(text, eol, entry, (indent, multiline) => {
      if (!multiline) return `"@meta": { ${properties.map(([key, , json]) => `"${key}": ${json}`).join(', ')} }`;
      // Only here: on a file written on one line, finding the line's start would scan the whole file.
      const keyIndent = indentAt(text, entry.parent?.offset ?? entry.offset);
      const step = indent.startsWith(keyIndent) && indent.length > keyIndent.length ? indent.slice(keyIndent.length) : '  ';
      return `"@meta": {${eol}${properties.map(([key, , json]) => `${indent}${step}"${key}": ${json}`).join(`,${eol}`)}${eol}${indent}}`;
    })];
  }
  if (meta.valueNode.type !== 'object') {
    throw new FileError('INVALID_RESOURCES', `"@meta" of "${id}" is not an object; fix it (see "localized-content check") before stamping`, { file });
  }
  const old = isPlainObject(value[META_KEY]) ? value[META_KEY] : {};
  const present = propertyMap(meta.valueNode);
  const edits: Edit[] = [];
  const missing: string[] = [];
  for (const [key, wanted, json] of properties) {
    const existing = present.get(key);
    if (existing === undefined) missing.push(`"${key}": ${json}`);
    else if (JSON.stringify(old[key]) !== JSON.stringify(wanted)) edits.push({ offset: existing.valueNode.offset, length: existing.valueNode.length, text: json });
  }
  if (missing.length > 0) edits.push(insertInto(text, eol, meta.valueNode, (indent, multiline) => missing.join(multiline ? `,${eol}${indent}` : ', ')));
  return edits;
}

/** The value `stampText` must produce, built from the parsed original: a guard against a bad edit. */
function expected(value: Record<string, unknown>, stamps: ReadonlyMap<string, Stamp>): unknown {
  const out = { ...value };
  for (const [id, stamp] of stamps) out[id] = stamped(out[id] as Record<string, unknown>, stamp);
  return out;
}

function stamped(entry: Record<string, unknown>, stamp: Stamp): Record<string, unknown> {
  const meta = isPlainObject(entry[META_KEY]) ? entry[META_KEY] : {};
  return { ...entry, [META_KEY]: { ...meta, ...Object.fromEntries(stampProperties(stamp).map(([key, wanted]) => [key, wanted])) } };
}

/**
 * Sets `@meta.sourceHash` of each entry in `hashes` (id → hash) in the JSON `text` of `file`.
 * Throws a `FileError` when the text does not parse or an entry is missing or ambiguous.
 */
export function stampText(text: string, given: ReadonlyMap<string, string | Stamp>, file: string): string {
  const hashes = new Map([...given].map(([id, stamp]) => [id, asStamp(stamp)]));
  const doc = readJsonDocument(text);
  // Looked up once: scanning the file for each entry made stamping a whole locale quadratic.
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  const [syntax] = doc.syntaxErrors;
  if (syntax !== undefined) throw new FileError('JSON_SYNTAX', syntax.message, { file, ...doc.position(syntax.offset) });
  const top = new Map<string, ReturnType<typeof propertiesOf>>();
  for (const property of propertiesOf(doc.root)) top.set(property.key, [...(top.get(property.key) ?? []), property]);
  const edits: Edit[] = [];
  for (const [id, stamp] of hashes) {
    const found = top.get(id) ?? [];
    const entry = found[0];
    if (entry === undefined || entry.valueNode.type !== 'object') {
      throw new FileError('UNKNOWN_ENTRY', `no entry "${id}" to stamp`, { file });
    }
    if (found.length > 1) {
      throw new FileError('INVALID_RESOURCES', `entry "${id}" appears ${found.length} times; remove the duplicates before stamping`, { file, ...doc.position(found[1]!.keyNode.offset) });
    }
    edits.push(...editFor(doc.text, eol, entry.valueNode, (doc.value as Record<string, Record<string, unknown>>)[id]!, id, stamp, file));
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
export function stampEntryText(text: string, given: string | Stamp, file: string): string {
  const stamp = asStamp(given);
  const doc = readJsonDocument(text);
  const [syntax] = doc.syntaxErrors;
  if (syntax !== undefined) throw new FileError('JSON_SYNTAX', syntax.message, { file, ...doc.position(syntax.offset) });
  if (doc.root?.type !== 'object' || !isPlainObject(doc.value)) throw new FileError('INVALID_RESOURCES', 'an entry file must hold one JSON object of fields', { file, line: 1, column: 1 });
  const edits = editFor(doc.text, doc.text.includes('\r\n') ? '\r\n' : '\n', doc.root, doc.value, file, stamp, file);
  if (edits.length === 0) return text;
  let out = doc.text;
  for (const edit of edits.sort((x, y) => y.offset - x.offset)) out = out.slice(0, edit.offset) + edit.text + out.slice(edit.offset + edit.length);
  if (JSON.stringify(JSON.parse(out)) !== JSON.stringify(stamped(doc.value, stamp))) {
    throw new FileError('WRITE_FAILED', 'stamping would have changed more than "@meta.sourceHash"; the file was left as it is', { file });
  }
  return (doc.bom ? '\ufeff' : '') + out;
}
