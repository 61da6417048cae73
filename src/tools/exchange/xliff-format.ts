/**
 * XLIFF 2.0 (https://docs.oasis-open.org/xliff/xliff-core/v2.0/xliff-core-v2.0.html), and XLIFF 1.2
 * (https://docs.oasis-open.org/xliff/v1.2/os/xliff-core.html) for the tools that read only that one
 * (Translate Toolkit, older CAT tools), written and read by the `xliff` package. One `<file>` per
 * namespace, one `<group>` per entry (its `name`, in 1.2 `resname`, the entry id), one unit per
 * field (named the same way), each with `xml:space="preserve"` so that line breaks in Markdown
 * survive the tool, and notes for the translator, the last of which carries the source hash. An
 * outdated translation goes out marked unfinished (see {@link withStates}); a target still marked
 * so, or holding inline elements, comes back flagged for import to refuse.
 * The 2.0 `<file>` also names its `original` (the namespace), which XLIFF 2.0 allows and some
 * readers (ilib-xliff) need to place the units.
 */
import js2xliff from 'xliff/js2xliff';
import jsToXliff12 from 'xliff/jsToXliff12';
import xliff2js from 'xliff/xliff2js';
import xliff12ToJs from 'xliff/xliff12ToJs';
import { escapeHtml, FileError } from '../../core.js';
import { xliffOutline } from './xliff-outline.js';
import { exportedForFromNotes, hashFromNotes, unitNotes, type ExchangeDocument, type ExchangeUnit, type ImportedUnit } from './exchange-unit.js';
import { isUnfinishedState, readXliffTargets } from './xliff-targets.js';

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
      note: unitNotes(unit, header.targetLocale),
      additionalAttributes: { [name]: unit.field, 'xml:space': 'preserve' },
    };
  }
  const js = { sourceLanguage: header.sourceLocale, targetLanguage: header.targetLocale, resources: { [header.namespace]: groups } };
  const xml = version === '2.0' ? withOriginal(await js2xliff(js, { indent: '  ' }), header.namespace) : await jsToXliff12(js, { indent: '  ' });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withStates(xml, units, version)}\n`;
}

/**
 * The state of an outdated unit's target (the translation of an older source, to be updated):
 * XLIFF 2.0 `<segment state="initial">`, 1.2 `<target state="needs-review-translation">`, as PO
 * marks it `fuzzy`. Tools show it as unfinished, and import refuses it until a translator confirms
 * it. The `xliff` package writes no states, so they are set on its output: the n-th segment (1.2:
 * target) is the n-th unit's, since text in the file is escaped and cannot hold a tag.
 */
function withStates(xml: string, units: readonly ExchangeUnit[], version: XliffVersion): string {
  let n = 0;
  return version === '2.0'
    ? xml.replace(/<segment>/g, (tag) => (units[n++]?.state === 'outdated' ? '<segment state="initial">' : tag))
    : xml.replace(/<target(\/?)>/g, (tag, end: string) => (units[n++]?.state === 'outdated' ? `<target state="needs-review-translation"${end}>` : tag));
}

/**
 * js2xliff writes `<file id="…">` alone; the namespace also goes in `original`, escaped by the
 * project's one escaper (what is safe in an HTML attribute is safe in an XML one).
 */
function withOriginal(xml: string, namespace: string): string {
  return xml.replace(/<file id="([^"]*)">/, (_, id: string) => `<file id="${id}" original="${escapeHtml(namespace)}">`);
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
  const targets = readXliffTargets(text);
  const units: ImportedUnit[] = [];
  for (const at of outline.units) {
    const where = { file, line: at.line, column: at.column };
    if (at.groupName === undefined || at.unitName === undefined) {
      throw new FileError('INVALID_EXCHANGE_FILE', `this unit names no entry and field (its <group> and the unit each need a ${name}, as exported)`, where);
    }
    const unit = own(own(own(parsed.resources, at.fileKey), at.groupId)?.groupUnits, at.unitId);
    if (unit === undefined) throw new FileError('INVALID_EXCHANGE_FILE', 'this unit could not be read: it or its <group> has no id', where);
    const notes = asNotes(unit.note);
    const sourceHash = hashFromNotes(notes);
    const record = { sourceHash, exportedFor: exportedForFromNotes(notes), source: typeof unit.source === 'string' ? unit.source : undefined };
    const xml = targets.get(`${at.groupName}\u0000${at.unitName}`);
    if (xml?.inline !== undefined) {
      // A tool turned text into inline elements, or markup was typed unescaped: not text this file holds.
      const unreadable = `the target holds the XML element <${xml.inline}>, which this format does not carry; write markup as the source does (as text, &lt;${xml.inline}&gt;) or leave it out`;
      units.push({ id: at.groupName, field: at.unitName, target: undefined, ...record, unfinished: false, unreadable, line: at.line, column: at.column });
      continue;
    }
    // Text with CDATA sections comes back from the xliff package in pieces; xml-js joins them.
    const target = typeof unit.target === 'string' ? unit.target : xml?.text;
    units.push({ id: at.groupName, field: at.unitName, target, ...record, unfinished: isUnfinishedState(xml?.state), line: at.line, column: at.column });
  }
  const namespaces = Object.keys(parsed.resources ?? {});
  return { targetLocale: typeof parsed.targetLanguage === 'string' ? parsed.targetLanguage : undefined, namespace: namespaces[0], units };
}
