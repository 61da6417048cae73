/**
 * The outline of an XLIFF file, read by `sax` in strict mode: whether it is well-formed XML
 * (https://www.w3.org/TR/xml/#sec-well-formed) at all, and where each unit stands. The `xliff`
 * package reads the units' text but forgives a file cut short or broken and gives no places, and
 * keys units by id, so that two units with one id would hide each other; this pass refuses such a
 * file with `file:line:col` before anything is read from it, and gives each unit its place.
 */
import sax from 'sax';
import { FileError } from '../../core.js';
import { lineIndex } from '../../node/json-document.js';

/** XLIFF 2.0 and 1.2 (and 1.1) documents: the namespaces this file format is in. */
const XLIFF_NAMESPACE = /^urn:oasis:names:tc:xliff:document:(?:1\.[12]|2\.[0-9])$/;

export interface OutlineUnit {
  /** The `<file>` as the `xliff` package keys it: its `id` in 2.0, its `original` in 1.2. */
  readonly fileKey: string;
  readonly groupId: string | undefined;
  /** The group's `name` (2.0) or `resname` (1.2): the entry id. */
  readonly groupName: string | undefined;
  readonly unitId: string | undefined;
  /** The unit's `name` or `resname`: the field. */
  readonly unitName: string | undefined;
  /** Where the unit's start tag begins, 1-based. */
  readonly line: number;
  readonly column: number;
}

export interface XliffOutline {
  readonly version: '2.0' | '1.2';
  readonly units: readonly OutlineUnit[];
}

/** sax's messages end with "\nLine: …\nColumn: …"; the place is shown in front instead. */
function plainReason(message: string): string {
  const reason = message.split('\n')[0]!;
  if (reason === 'Unclosed root tag') return 'the file ends before the <xliff> element is closed: it was cut short (save or export it again)';
  return `not well-formed XML: ${reason.replace(/\.$/, '')}`;
}

/**
 * The outline of `text`. Throws a `FileError` (`INVALID_EXCHANGE_FILE`) at the first place where
 * it is not well-formed XML, has no `<xliff>` root in an XLIFF namespace, or uses a unit or group id
 * twice in one `<file>`.
 *
 * @example
 * xliffOutline('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"><file id="f">', 'es.xlf')
 * // throws: es.xlf:1:83: the file ends before the <xliff> element is closed: it was cut short …
 */
export function xliffOutline(text: string, file: string): XliffOutline {
  const place = lineIndex(text);
  const parser = sax.parser(true, { xmlns: true, position: true });
  const fail = (reason: string, at: { line: number; column: number }): never => {
    throw new FileError('INVALID_EXCHANGE_FILE', reason, { file, ...at });
  };
  let version: '2.0' | '1.2' = '2.0';
  let rootSeen = false;
  /** The local names of the open elements. */
  const open: string[] = [];
  let fileKey = '';
  const groups: { id: string | undefined; name: string | undefined }[] = [];
  const seen = new Map<string, { line: number; column: number }>();
  const units: OutlineUnit[] = [];
  const unique = (kind: string, id: string | undefined, at: { line: number; column: number }): void => {
    if (id === undefined) return;
    const key = `${kind} ${id}`;
    const first = seen.get(key);
    if (first !== undefined) fail(`${kind} id "${id}" is used again in this <file> (first at ${first.line}:${first.column}): ids must be unique in a file, or one ${kind} hides the other`, at);
    seen.set(key, at);
  };
  parser.onerror = (error) => fail(plainReason(error.message), { line: parser.line + 1, column: Math.max(1, parser.column) });
  parser.onopentag = (tag) => {
    const at = place(parser.startTagPosition - 1);
    const attribute = (name: string): string | undefined => tag.attributes[name]?.value;
    open.push(tag.local);
    if (!rootSeen) {
      rootSeen = true;
      if (tag.local !== 'xliff' || !XLIFF_NAMESPACE.test(tag.uri)) fail(`not an XLIFF document: the root element is <${tag.name}>${tag.uri === '' ? '' : ` in ${tag.uri}`}, not <xliff> in an XLIFF namespace`, at);
      version = /:2\.\d$/.test(tag.uri) ? '2.0' : '1.2';
      return;
    }
    const name = attribute(version === '2.0' ? 'name' : 'resname');
    if (tag.local === 'file') {
      fileKey = attribute(version === '2.0' ? 'id' : 'original') ?? '';
      seen.clear();
    } else if (tag.local === 'group') {
      unique('group', attribute('id'), at);
      groups.push({ id: attribute('id'), name });
    } else if (tag.local === (version === '2.0' ? 'unit' : 'trans-unit')) {
      unique('unit', attribute('id'), at);
      const group = groups.at(-1);
      units.push({ fileKey, groupId: group?.id, groupName: group?.name, unitId: attribute('id'), unitName: name, ...at });
    }
  };
  parser.onclosetag = () => {
    if (open.pop() === 'group') groups.pop();
  };
  parser.write(text).close();
  if (!rootSeen) fail('not an XLIFF document: there is no element in it', { line: 1, column: 1 });
  return { version, units };
}
