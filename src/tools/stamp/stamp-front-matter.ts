/**
 * Writing `"@meta": { sourceHash }` into a Markdown entry's YAML front matter by editing the text in
 * place, as `stampText` does for JSON: comments, key order, quoting and the Markdown stay as the
 * translator left them. The result is read back and compared with what it must hold before it is
 * returned, so a bad edit can never reach the disk.
 */
import { isMap, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import { isPlainObject, META_KEY } from '../../core.js';
import { FileError } from '../../core.js';
import { readEntryDocument, splitFrontMatter } from '../../node/entry-document.js';

/** A hash in double quotes: sixteen hex digits can otherwise read as a number ("1234567890123456"). */
const quoted = (hash: string): string => JSON.stringify(hash);

function insertion(text: string, eol: string, hash: string, file: string): { offset: number; length: number; text: string } {
  const bounds = splitFrontMatter(text);
  if (bounds.start === -1) return { offset: 0, length: 0, text: `---${eol}"@meta":${eol}  sourceHash: ${quoted(hash)}${eol}---${eol}` };
  const yamlText = text.slice(bounds.start, bounds.end);
  const doc = parseDocument(yamlText);
  if (doc.errors.length > 0) throw new FileError('JSON_SYNTAX', `the front matter does not read as YAML; fix it (see "localized-content check") before stamping`, { file });
  const root = doc.contents as YamlNode | null;
  if (root !== null && !isMap(root)) throw new FileError('INVALID_RESOURCES', 'the front matter is not a map of fields', { file });
  const meta = isMap(root) ? (root.get(META_KEY, true) as YamlNode | null | undefined) : undefined;
  if (meta === undefined) {
    return { offset: bounds.end, length: 0, text: `"@meta":${eol}  sourceHash: ${quoted(hash)}${eol}` };
  }
  if (!isMap(meta)) throw new FileError('INVALID_RESOURCES', '"@meta" is not a map; fix it (see "localized-content check") before stamping', { file });
  const existing = meta.get('sourceHash', true) as YamlNode | undefined;
  if (existing !== undefined) {
    if (!isScalar(existing) || existing.range == null) throw new FileError('INVALID_RESOURCES', '"@meta.sourceHash" is not a value', { file });
    return { offset: bounds.start + existing.range[0], length: existing.range[1] - existing.range[0], text: quoted(hash) };
  }
  if (meta.flow === true) {
    const open = bounds.start + meta.range![0] + 1;
    return { offset: open, length: 0, text: ` sourceHash: ${quoted(hash)}${meta.items.length > 0 ? ',' : ''}` };
  }
  // A block map: the new line goes first, indented like the map's first key.
  const firstKey = meta.items[0]?.key as YamlNode | undefined;
  const keyAt = bounds.start + firstKey!.range![0];
  const lineStart = text.lastIndexOf('\n', keyAt - 1) + 1;
  const indent = text.slice(lineStart, keyAt);
  if (!/^[ \t]+$/.test(indent)) throw new FileError('INVALID_RESOURCES', '"@meta" is laid out in a way stamp does not edit; write it as an indented block', { file });
  return { offset: lineStart, length: 0, text: `${indent}sourceHash: ${quoted(hash)}${eol}` };
}

/**
 * Sets `@meta.sourceHash` in the front matter of the Markdown entry `text` (adding a front matter
 * when there is none). Throws a `FileError` when the front matter does not read, or `WRITE_FAILED`
 * when the edit would change anything else.
 */
export function stampFrontMatter(raw: string, hash: string, file: string): string {
  const before = readEntryDocument(raw, 'markdown');
  const [syntax] = before.syntaxErrors;
  if (syntax !== undefined || before.value === undefined) {
    throw new FileError('JSON_SYNTAX', syntax?.message ?? 'the entry does not read', { file, ...before.position(syntax?.offset ?? 0) });
  }
  if (isPlainObject(before.value[META_KEY]) && before.value[META_KEY].sourceHash === hash) return raw;
  const text = before.text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const edit = insertion(text, eol, hash, file);
  const out = text.slice(0, edit.offset) + edit.text + text.slice(edit.offset + edit.length);
  const after = readEntryDocument(out, 'markdown');
  const meta = isPlainObject(before.value[META_KEY]) ? before.value[META_KEY] : {};
  const wanted = { ...before.value, [META_KEY]: { ...meta, sourceHash: hash } };
  if (after.value === undefined || JSON.stringify(sorted(after.value)) !== JSON.stringify(sorted(wanted))) {
    throw new FileError('WRITE_FAILED', 'stamping would have changed more than "@meta.sourceHash"; the file was left as it is', { file });
  }
  return (before.bom ? '\ufeff' : '') + out;
}

/** A value with object keys in a fixed order, to compare two readings regardless of where a key was added. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted(value[key])]));
}
