/**
 * XLIFF 2.0 (https://docs.oasis-open.org/xliff/xliff-core/v2.0/xliff-core-v2.0.html), and XLIFF 1.2
 * (https://docs.oasis-open.org/xliff/v1.2/os/xliff-core.html) for the tools that read only that one
 * (Translate Toolkit, older CAT tools), written and read by the `xliff` package. One `<file>` per
 * namespace, one `<group>` per entry (its `name`, in 1.2 `resname`, the entry id), one unit per
 * field (named the same way), each with `xml:space="preserve"` so that line breaks in Markdown
 * survive the tool, and notes for the translator, the last of which carries the source hash.
 * The 2.0 `<file>` also names its `original` (the namespace), which XLIFF 2.0 allows and some
 * readers (ilib-xliff) need to place the units.
 */
import js2xliff from 'xliff/js2xliff';
import jsToXliff12 from 'xliff/jsToXliff12';
import xliff2js from 'xliff/xliff2js';
import xliff12ToJs from 'xliff/xliff12ToJs';
import { FileError } from '../../core.js';
import { xliffOutline } from './xliff-outline.js';
import { hashFromNotes, unitNotes, type ExchangeDocument, type ExchangeUnit, type ImportedUnit } from './exchange-unit.js';

export interface ExchangeHeader {
  readonly sourceLocale: string;
  readonly targetLocale: string;
  readonly namespace: string;
}

export type XliffVersion = '2.0' | '1.2';

/** The attribute that names a group or unit: `name` in XLIFF 2.0, `resname` in 1.2. */
const nameAttribute = (version: XliffVersion): string => (version === '2.0' ? 'name' : 'resname');

/** The XLIFF document of `units` (2.0 unless asked for 1.2). */
export async function writeXliff(units: readonly ExchangeUnit[], header: ExchangeHeader, version: XliffVersion = '2.0'): Promise<string> {
  const name = nameAttribute(version);
  const groups: Record<string, { groupUnits: Record<string, unknown>; additionalAttributes: Record<string, string> }> = {};
  const groupOf = new Map<string, string>();
  let unitCount = 0;
  for (const unit of units) {
    let group = groupOf.get(unit.id);
    if (group === undefined) {
      // Ids are NMTOKENs in XLIFF; entry ids and field names need not be, so they go in `name`.
      group = `e${groupOf.size + 1}`;
      groupOf.set(unit.id, group);
      groups[group] = { groupUnits: {}, additionalAttributes: { [name]: unit.id } };
    }
    groups[group]!.groupUnits[`u${++unitCount}`] = {
      source: unit.source,
      target: unit.target ?? '',
      note: unitNotes(unit),
      additionalAttributes: { [name]: unit.field, 'xml:space': 'preserve' },
    };
  }
  const js = { sourceLanguage: header.sourceLocale, targetLanguage: header.targetLocale, resources: { [header.namespace]: groups } };
  const xml = version === '2.0' ? withOriginal(await js2xliff(js, { indent: '  ' }), header.namespace) : await jsToXliff12(js, { indent: '  ' });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}

/** js2xliff writes `<file id="…">` alone; the namespace also goes in `original`, escaped as XML. */
function withOriginal(xml: string, namespace: string): string {
  const escaped = namespace.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return xml.replace(/<file id="([^"]*)">/, (_, id: string) => `<file id="${id}" original="${escaped}">`);
}

interface ParsedUnit {
  source?: unknown;
  target?: unknown;
  note?: unknown;
  additionalAttributes?: Record<string, unknown>;
  groupUnits?: Record<string, ParsedUnit>;
}

const asNotes = (note: unknown): string[] => (Array.isArray(note) ? note.map(String) : typeof note === 'string' ? [note] : []);

/** `object[key]` when `object` has it as its own property (ids in a file are no way to reach a prototype). */
function own<T>(object: Record<string, T> | undefined, key: string | undefined): T | undefined {
  return object !== undefined && key !== undefined && Object.hasOwn(object, key) ? object[key] : undefined;
}

/**
 * Reads an XLIFF 2.0 or 1.2 document written by {@link writeXliff} (and translated): each unit in
 * file order, with its place. Throws `FileError` `INVALID_EXCHANGE_FILE`, with the line and column,
 * for a file that is not well-formed, not XLIFF, or has a unit that names no entry and field.
 */
export async function readXliff(text: string, file: string): Promise<ExchangeDocument> {
  const outline = xliffOutline(text, file);
  const version = outline.version;
  const name = nameAttribute(version);
  let parsed: { targetLanguage?: unknown; resources?: Record<string, Record<string, ParsedUnit>> };
  try {
    parsed = (await (version === '2.0' ? xliff2js(text) : xliff12ToJs(text))) as typeof parsed;
  } catch (cause) {
    throw new FileError('INVALID_EXCHANGE_FILE', `not an XLIFF ${version} document: ${(cause as Error).message}`, { file }, { cause });
  }
  const units: ImportedUnit[] = [];
  for (const at of outline.units) {
    const where = { file, line: at.line, column: at.column };
    if (at.groupName === undefined || at.unitName === undefined) {
      throw new FileError('INVALID_EXCHANGE_FILE', `this unit names no entry and field (its <group> and the unit each need a ${name}, as exported)`, where);
    }
    const unit = own(own(own(parsed.resources, at.fileKey), at.groupId)?.groupUnits, at.unitId);
    if (unit === undefined) throw new FileError('INVALID_EXCHANGE_FILE', 'this unit could not be read: it or its <group> has no id', where);
    // A tool that turned text into inline elements gives an array here: not text this file can hold.
    const target = typeof unit.target === 'string' ? unit.target : unit.target === undefined ? undefined : null;
    units.push({ id: at.groupName, field: at.unitName, target: target ?? undefined, sourceHash: hashFromNotes(asNotes(unit.note)), unfinished: target === null, line: at.line, column: at.column });
  }
  const namespaces = Object.keys(parsed.resources ?? {});
  return { targetLocale: typeof parsed.targetLanguage === 'string' ? parsed.targetLanguage : undefined, namespace: namespaces[0], units };
}
