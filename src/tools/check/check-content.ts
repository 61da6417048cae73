/**
 * The content rules of `check`: each translation against its source entry. Which version is the
 * source, and whether a translation is partial or outdated, comes from `buildRecord`, the same
 * code that serves readers, so `check` and `resolve` never disagree.
 */
import { buildRecord } from '../../content/store.js';
import { isMetaKey, isPlainObject, isTextValue, META_KEY, type EntryData } from '../../content/fields.js';
import type { FileProblems } from './check-problem.js';
import { checkEntryMeta } from './check-meta.js';
import { offsetInString, propertyMap, type JsonDocument, type JsonProperty } from '../../node/json-document.js';
import { parseMessage, type MessageSignature } from './message-signature.js';
import { signatureDiff } from './signature-diff.js';

/** One locale's content file, read without syntax errors. */
export interface ContentFile {
  readonly locale: string;
  readonly doc: JsonDocument;
  readonly problems: FileProblems;
  /** Top-level properties by entry id (the last of duplicates). */
  readonly entries: ReadonlyMap<string, JsonProperty>;
  readonly data: Readonly<Record<string, unknown>>;
}

/** Parses a text field; reports ICU syntax errors; returns the signature when it parses. */
function checkMessage(file: ContentFile, property: JsonProperty, value: string): MessageSignature | undefined {
  const parsed = parseMessage(value);
  if (parsed.ok) return parsed.signature;
  file.problems.add(offsetInString(file.doc.text, property.valueNode, parsed.index), 'error', 'icu-syntax', `"${property.key}": ${parsed.error}`);
  return undefined;
}

type ValueKind = 'text' | 'date' | 'null' | 'list' | 'object' | 'number' | 'boolean' | 'other';

function kindOf(value: unknown): ValueKind {
  if (isTextValue(value)) return 'text';
  if (typeof value === 'string') return 'date';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  const type = typeof value;
  return type === 'object' || type === 'number' || type === 'boolean' ? type : 'other';
}

function describeValue(value: unknown): string {
  const kind = kindOf(value);
  if (kind === 'text' || kind === 'null') return kind;
  if (kind === 'date' || kind === 'number' || kind === 'boolean') return `a ${kind} (${String(value)})`;
  return kind === 'object' ? 'an object' : `a ${kind}`;
}

function checkTranslation(
  file: ContentFile,
  entry: JsonProperty,
  own: EntryData,
  source: EntryData,
  sourceLocale: string,
  signatures: ReadonlyMap<string, MessageSignature | undefined>,
): void {
  for (const [name, field] of propertyMap(entry.valueNode)) {
    if (isMetaKey(name)) continue;
    const value = own[name];
    const wanted = source[name];
    if (!Object.hasOwn(source, name)) {
      file.problems.add(field.keyNode.offset, 'warning', 'unknown-field', `field "${name}" is not in the source (${sourceLocale}) entry; readers never see a field the source lacks`);
      if (typeof value === 'string') checkMessage(file, field, value);
      continue;
    }
    if (isTextValue(wanted)) {
      if (typeof value !== 'string') {
        file.problems.add(field.valueNode.offset, 'error', 'field-type', `"${name}" is text in the source but ${describeValue(value)} here; write it as a string`);
        continue;
      }
      if (value === '') continue; // left blank: the source's text is shown, and status counts it
      const signature = checkMessage(file, field, value);
      const want = signatures.get(name);
      if (signature === undefined || want === undefined) continue;
      for (const issue of signatureDiff(want, signature, file.locale)) {
        file.problems.add(offsetInString(file.doc.text, field.valueNode, issue.index), issue.severity, issue.rule, `"${name}": ${issue.message}`);
      }
    } else if (kindOf(value) !== kindOf(wanted)) {
      file.problems.add(field.valueNode.offset, 'warning', 'field-type', `"${name}" is ${describeValue(wanted)} in the source but ${describeValue(value)} here; leave it out to use the source's value`);
    }
  }
}

/**
 * Checks every entry of the content files (keyed by canonical locale), adding problems to each file.
 * `onEntry` is called after each entry, for progress. Returns the number of entries.
 */
export function checkContent(files: ReadonlyMap<string, ContentFile>, defaultLocale: string, onEntry?: (done: number, total: number) => void): number {
  const order = [...files.keys()].sort((a, b) => (a === defaultLocale ? -1 : b === defaultLocale ? 1 : a < b ? -1 : 1));
  const ids = new Set<string>();
  for (const locale of order) for (const id of files.get(locale)!.entries.keys()) ids.add(id);
  let done = 0;
  for (const id of ids) {
    const data = new Map<string, EntryData>();
    for (const locale of order) {
      const file = files.get(locale)!;
      const property = file.entries.get(id);
      if (property === undefined) continue;
      const value = file.data[id];
      if (!isPlainObject(value)) {
        file.problems.add(property.valueNode.offset, 'error', 'not-an-object', `entry "${id}" must be an object of fields, such as { "title": "…" }`);
        continue;
      }
      checkEntryMeta(file, property, value, id, files);
      data.set(locale, value);
    }
    if (data.size > 0) checkEntry(id, data, files, defaultLocale);
    onEntry?.(++done, ids.size);
  }
  return ids.size;
}

function checkEntry(id: string, data: ReadonlyMap<string, EntryData>, files: ReadonlyMap<string, ContentFile>, defaultLocale: string): void {
  const record = buildRecord(id, data, defaultLocale);
  const declared = [...data.values()].some((version) => isPlainObject(version[META_KEY]) && typeof version[META_KEY].source === 'string');
  if (!data.has(defaultLocale) && !declared) {
    for (const locale of data.keys()) {
      const file = files.get(locale)!;
      file.problems.add(file.entries.get(id)!.keyNode.offset, 'warning', 'unknown-entry',
        `entry "${id}" is not in the source language (${defaultLocale}); check its id, or if it was first written in ${locale}, add "@meta": { "source": "${locale}" } to it`);
    }
  }
  const source = data.get(record.source)!;
  const sourceFile = files.get(record.source)!;
  const sourceFields = propertyMap(sourceFile.entries.get(id)!.valueNode);
  const signatures = new Map<string, MessageSignature | undefined>();
  for (const [name, field] of sourceFields) {
    const value = source[name];
    if (!isMetaKey(name) && isTextValue(value)) signatures.set(name, checkMessage(sourceFile, field, value));
  }
  for (const [locale, own] of data) {
    if (locale === record.source) continue;
    const file = files.get(locale)!;
    const entry = file.entries.get(id)!;
    checkTranslation(file, entry, own, source, record.source, signatures);
    const status = record.versions.get(locale)?.status;
    if (status === 'partial') {
      const lacking = [...signatures.keys()].filter((name) => typeof own[name] !== 'string' || own[name] === '');
      file.problems.add(entry.keyNode.offset, 'warning', 'missing-field',
        `partial translation of "${id}": ${lacking.map((n) => `"${n}"`).join(', ')} ${lacking.length === 1 ? 'is' : 'are'} missing, so readers see ${lacking.length === 1 ? 'it' : 'them'} in the source language (${record.source})`);
    } else if (status === 'outdated') {
      const hash = propertyMap(propertyMap(entry.valueNode).get(META_KEY)?.valueNode).get('sourceHash');
      file.problems.add((hash ?? entry).keyNode.offset, 'warning', 'outdated',
        `"${id}" was translated from an older version of the source (${record.source}); update the translation, then run: localized-content stamp ${id} ${locale}`);
    }
  }
}
