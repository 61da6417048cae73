/**
 * Writing `"@meta": { sourceHash, fieldHashes }` into a Markdown entry's YAML front matter by editing
 * the text in place, as `stampText` does for JSON: comments, key order, quoting and the Markdown stay
 * as the translator left them; only the two stamped keys are written (added, or their values
 * replaced). The result is read back and compared with what it must hold before it is returned, so
 * a bad edit can never reach the disk.
 */
import { isCollection, isMap, isScalar, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import { isPlainObject, META_KEY } from '../../core.js';
import { FileError } from '../../core.js';
import { readEntryDocument, splitFrontMatter } from '../../node/entry-document.js';
import { asStamp, type Stamp } from './stamp-text.js';

interface Edit {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

/**
 * The `@meta` keys a stamp writes, with their YAML, in the order written. Hashes are in double
 * quotes (sixteen hex digits can otherwise read as a number, "1234567890123456"); `fieldHashes` is a
 * map on one line, its keys quoted too (a field named `true` or `null` would read as another key).
 */
function stampProperties(stamp: Stamp): [key: string, yaml: string][] {
  const out: [string, string][] = [['sourceHash', JSON.stringify(stamp.sourceHash)]];
  if (stamp.fieldHashes !== undefined) {
    const pairs = Object.entries(stamp.fieldHashes).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
    out.push(['fieldHashes', pairs.length === 0 ? '{}' : `{ ${pairs.join(', ')} }`]);
  }
  return out;
}

/** The edit that gives an existing `key: value` pair of `@meta` the value `yaml`. */
function replaceValue(text: string, eol: string, start: number, pair: Pair, yaml: string, file: string): Edit {
  const key = pair.key as YamlNode;
  const value = pair.value as YamlNode | null;
  if (isScalar(value) && value.range != null) {
    // An empty value ("fieldHashes:" and nothing) is an empty range right after the colon.
    const empty = value.range[1] === value.range[0];
    return { offset: start + value.range[0], length: value.range[1] - value.range[0], text: empty ? ` ${yaml}` : yaml };
  }
  if (key.range == null || (value !== null && (!isCollection(value) || value.range == null))) {
    throw new FileError('INVALID_RESOURCES', `"@meta" is laid out in a way stamp does not edit; write it as an indented block`, { file });
  }
  // A map or list (possibly a block on the lines below), or nothing: from after the key to the value's end.
  const from = start + key.range[1];
  const to = value === null ? from + /^[ \t]*:/.exec(text.slice(from))![0].length : start + value.range![1];
  return { offset: from, length: to - from, text: `: ${yaml}${value !== null && text[to - 1] === '\n' ? eol : ''}` };
}

function edits(text: string, eol: string, stamp: Stamp, file: string): Edit[] {
  const properties = stampProperties(stamp);
  const lines = (indent: string): string => properties.map(([key, yaml]) => `${indent}${key}: ${yaml}${eol}`).join('');
  const bounds = splitFrontMatter(text);
  if (bounds.start === -1) return [{ offset: 0, length: 0, text: `---${eol}"@meta":${eol}${lines('  ')}---${eol}` }];
  const doc = parseDocument(text.slice(bounds.start, bounds.end));
  if (doc.errors.length > 0) throw new FileError('YAML_SYNTAX', `the front matter does not read as YAML; fix it (see "localized-content check") before stamping`, { file });
  const root = doc.contents as YamlNode | null;
  if (root !== null && !isMap(root)) throw new FileError('INVALID_RESOURCES', 'the front matter is not a map of fields', { file });
  const meta = isMap(root) ? (root.get(META_KEY, true) as YamlNode | null | undefined) : undefined;
  if (meta === undefined) return [{ offset: bounds.end, length: 0, text: `"@meta":${eol}${lines('  ')}` }];
  if (!isMap(meta)) throw new FileError('INVALID_RESOURCES', '"@meta" is not a map; fix it (see "localized-content check") before stamping', { file });
  const out: Edit[] = [];
  const missing: [string, string][] = [];
  for (const [key, yaml] of properties) {
    const pair = meta.items.find((item) => isScalar(item.key) && item.key.value === key);
    if (pair === undefined) missing.push([key, yaml]);
    else out.push(replaceValue(text, eol, bounds.start, pair, yaml, file));
  }
  if (missing.length === 0) return out;
  if (meta.flow === true) {
    const open = bounds.start + meta.range![0] + 1;
    const added = missing.map(([key, yaml]) => `${key}: ${yaml}`).join(', ');
    return [...out, { offset: open, length: 0, text: ` ${added}${meta.items.length > 0 ? ',' : ''}` }];
  }
  // A block map: the new lines go first, indented like the map's first key.
  const firstKey = meta.items[0]?.key as YamlNode | undefined;
  const keyAt = bounds.start + firstKey!.range![0];
  const lineStart = text.lastIndexOf('\n', keyAt - 1) + 1;
  const indent = text.slice(lineStart, keyAt);
  if (!/^[ \t]+$/.test(indent)) throw new FileError('INVALID_RESOURCES', '"@meta" is laid out in a way stamp does not edit; write it as an indented block', { file });
  return [...out, { offset: lineStart, length: 0, text: missing.map(([key, yaml]) => `${indent}${key}: ${yaml}${eol}`).join('') }];
}

/**
 * Sets `@meta.sourceHash` (and `@meta.fieldHashes`, when the stamp has them) in the front matter of
 * the Markdown entry `text`, adding a front matter when there is none. Throws a `FileError` when
 * the front matter does not read, or `WRITE_FAILED` when the edit would change anything else.
 */
export function stampFrontMatter(raw: string, given: string | Stamp, file: string): string {
  const stamp = asStamp(given);
  const before = readEntryDocument(raw, 'markdown');
  const [syntax] = before.syntaxErrors;
  if (syntax !== undefined || before.value === undefined) {
    throw new FileError('YAML_SYNTAX', syntax?.message ?? 'the entry does not read', { file, ...before.position(syntax?.offset ?? 0) });
  }
  const meta = isPlainObject(before.value[META_KEY]) ? before.value[META_KEY] : {};
  const wanted = { ...before.value, [META_KEY]: { ...meta, ...Object.fromEntries(Object.entries(stamp)) } };
  if (same(before.value, wanted)) return raw;
  const text = before.text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let out = text;
  for (const edit of edits(text, eol, stamp, file).sort((a, b) => b.offset - a.offset)) {
    out = out.slice(0, edit.offset) + edit.text + out.slice(edit.offset + edit.length);
  }
  const after = readEntryDocument(out, 'markdown');
  if (after.value === undefined || !same(after.value, wanted)) {
    throw new FileError('WRITE_FAILED', 'stamping would have changed more than "@meta.sourceHash" and "@meta.fieldHashes"; the file was left as it is', { file });
  }
  return (before.bom ? '\ufeff' : '') + out;
}

/** Two readings hold the same, regardless of where a key was added. */
const same = (a: unknown, b: unknown): boolean => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

/** A value with object keys in a fixed order. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted(value[key])]));
}
