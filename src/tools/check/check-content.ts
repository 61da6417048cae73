/**
 * The content rules of `check`: each translation against its source entry. Which version is the
 * source, and whether a translation is partial or outdated, comes from `buildRecord`, the same
 * code that serves readers, so `check` and `resolve` never disagree.
 */
import { buildRecord, isUnknownEntry } from '../../core.js';
import { fieldKind, isMetaKey, isPlainObject, isTextValue, META_KEY, readIsoDate, type EntryData } from '../../core.js';
import { changedFields, stampedFieldHashes } from '../../core.js';
import type { FileProblems } from './check-problem.js';
import { checkEntryMeta } from './check-meta.js';
import { jsonFieldPlaces, BODY_FIELD, type FieldPlace } from '../../node/entry-document.js';
import { propertyMap, type JsonDocument, type JsonProperty } from '../../node/json-document.js';
import { textDiff, textSignature, type TextSignature } from './text-signature.js';
import { markdownDiff, markdownStructure, type MarkdownStructure } from './markdown-structure.js';
import { defaultLocaleFirst } from '../default-locale-first.js';

/**
 * Where one version of an entry is written, whatever the layout: an object in a namespace file, or
 * a file of its own (JSON, or Markdown with front matter).
 */
export interface EntryPlace {
  readonly problems: FileProblems;
  /** Where the entry starts: its id in a namespace file, the file's start in its own file. */
  readonly key: number;
  readonly value: number;
  readonly fields: ReadonlyMap<string, FieldPlace>;
  /** Where each field of `@meta` is written. */
  readonly meta: ReadonlyMap<string, FieldPlace>;
  /** True when `body` is Markdown text (a `.md` entry): its structure is checked, not its ICU syntax. */
  readonly markdown: boolean;
}

/** One version of an entry as read: its place and its value. */
export interface PlacedEntry {
  readonly place: EntryPlace;
  readonly value: unknown;
}

/** One locale's content, from every file that holds it, read without syntax errors. */
export interface LocaleContent {
  readonly locale: string;
  /** Entries by id (an entry file over the namespace file). */
  readonly entries: ReadonlyMap<string, PlacedEntry>;
}

/** The place of an entry in a namespace file; its fields are located on first use. */
export function namespaceEntryPlace(doc: JsonDocument, property: JsonProperty, problems: FileProblems): EntryPlace {
  let fields: Map<string, FieldPlace> | undefined;
  let meta: Map<string, FieldPlace> | undefined;
  return {
    problems,
    key: property.keyNode.offset,
    value: property.valueNode.offset,
    get fields() {
      return (fields ??= jsonFieldPlaces(doc.text, propertyMap(property.valueNode)));
    },
    get meta() {
      return (meta ??= jsonFieldPlaces(doc.text, propertyMap(propertyMap(property.valueNode).get(META_KEY)?.valueNode)));
    },
    markdown: false,
  };
}

const isMarkdownBody = (place: EntryPlace, name: string): boolean => place.markdown && name === BODY_FIELD;

/** What a translation of one source field is compared with: its text's signature, and a Markdown body's structure. */
interface FieldSignature {
  readonly text: TextSignature;
  readonly markdown: MarkdownStructure | undefined;
}

function describeValue(value: unknown): string {
  const kind = fieldKind(value);
  if (kind === 'text' || kind === 'null') return kind;
  if (kind === 'date' || kind === 'number' || kind === 'boolean') return `a ${kind} (${String(value)})`;
  return kind === 'object' ? 'an object' : `a ${kind}`;
}

function checkTranslation(
  place: EntryPlace,
  locale: string,
  own: EntryData,
  source: EntryData,
  sourceLocale: string,
  signatures: ReadonlyMap<string, FieldSignature>,
  outdated: boolean,
): void {
  for (const [name, field] of place.fields) {
    if (isMetaKey(name)) continue;
    const value = own[name];
    const wanted = source[name];
    if (!Object.hasOwn(source, name)) {
      place.problems.add(field.key, 'warning', 'unknown-field', `field "${name}" is not in the source (${sourceLocale}) entry; readers never see a field the source lacks`);
      continue;
    }
    if (isTextValue(wanted)) {
      if (typeof value !== 'string' || fieldKind(value) !== 'text') {
        place.problems.add(field.value, 'error', 'field-type', `"${name}" is text in the source but ${describeValue(value)} here; write it as a string`);
        continue;
      }
      if (value === '' || (isMarkdownBody(place, name) && value.trim() === '')) continue; // left blank: the source's text is shown, and status counts it
      const want = signatures.get(name);
      if (want === undefined) continue;
      const issues = isMarkdownBody(place, name) && want.markdown !== undefined
        ? [
            // Markdown carries links and images in its structure; placeholders and numbers are text's.
            ...markdownDiff(want.markdown, markdownStructure(value)),
            ...textDiff(want.text, textSignature(value)).filter((issue) => issue.rule === 'placeholder-mismatch' || issue.rule === 'number-mismatch'),
          ]
        : textDiff(want.text, textSignature(value));
      for (const issue of issues) {
        // An outdated translation lacks what the source gained since (a paragraph, a link): said, not an error.
        const severity = outdated && issue.rule === 'markup-mismatch' && issue.index === 0 ? 'warning' : issue.severity;
        place.problems.add(field.at(issue.index), severity, issue.rule, `"${name}": ${issue.message}`);
      }
    } else if (fieldKind(value) !== fieldKind(wanted)) {
      place.problems.add(field.value, 'warning', 'field-type', `"${name}" is ${describeValue(wanted)} in the source but ${describeValue(value)} here; leave it out to use the source's value`);
    }
  }
}

/**
 * Date-shaped fields that name no day (`2025-02-29`, `T24:00`): still dates, never text to
 * translate, but no reader can be shown them, so they are errors at their position.
 */
function checkDates(place: EntryPlace, data: EntryData): void {
  for (const [name, field] of place.fields) {
    const value = data[name];
    if (isMetaKey(name) || fieldKind(value) !== 'date' || readIsoDate(value as string) !== null) continue;
    place.problems.add(field.value, 'error', 'invalid-date', `"${name}" is written as a date, but ${JSON.stringify(value)} names no day or time that exists; correct it`);
  }
}

/**
 * Checks every entry of the content (keyed by canonical locale), adding problems to each entry's file.
 * `onEntry` is called after each entry, for progress. Returns the number of entries.
 */
export function checkContent(files: ReadonlyMap<string, LocaleContent>, defaultLocale: string, onEntry?: (done: number, total: number) => void): number {
  const order = [...files.keys()].sort(defaultLocaleFirst(defaultLocale));
  const ids = new Set<string>();
  for (const locale of order) for (const id of files.get(locale)!.entries.keys()) ids.add(id);
  let done = 0;
  for (const id of ids) {
    const data = new Map<string, EntryData>();
    for (const locale of order) {
      const entry = files.get(locale)!.entries.get(id);
      if (entry === undefined) continue;
      const { place, value } = entry;
      if (!isPlainObject(value)) {
        place.problems.add(place.value, 'error', 'not-an-object', `entry "${id}" must be an object of fields, such as { "title": "…" }`);
        continue;
      }
      checkEntryMeta(place, locale, value, id, files);
      checkDates(place, value);
      data.set(locale, value);
    }
    if (data.size > 0) checkEntry(id, data, files, defaultLocale);
    onEntry?.(++done, ids.size);
  }
  return ids.size;
}

function checkEntry(id: string, data: ReadonlyMap<string, EntryData>, files: ReadonlyMap<string, LocaleContent>, defaultLocale: string): void {
  const record = buildRecord(id, data, defaultLocale);
  const placeOf = (locale: string): EntryPlace => files.get(locale)!.entries.get(id)!.place;
  if (isUnknownEntry(data, defaultLocale)) {
    for (const locale of data.keys()) {
      const place = placeOf(locale);
      place.problems.add(place.key, 'warning', 'unknown-entry',
        `entry "${id}" is not in the source language (${defaultLocale}); check its id, or if it was first written in ${locale}, add "@meta": { "source": "${locale}" } to it`);
    }
  }
  const source = data.get(record.source)!;
  const sourcePlace = placeOf(record.source);
  const signatures = new Map<string, FieldSignature>();
  for (const [name] of sourcePlace.fields) {
    const value = source[name];
    if (isMetaKey(name) || !isTextValue(value)) continue;
    signatures.set(name, { text: textSignature(value), markdown: isMarkdownBody(sourcePlace, name) ? markdownStructure(value) : undefined });
  }
  for (const [locale, own] of data) {
    if (locale === record.source) continue;
    const place = placeOf(locale);
    const status = record.versions.get(locale)?.status;
    checkTranslation(place, locale, own, source, record.source, signatures, status === 'outdated');
    if (status === 'partial') {
      const lacking = [...signatures.keys()].filter((name) => !isTextValue(own[name]) || own[name] === '');
      place.problems.add(place.key, 'warning', 'missing-field',
        `partial translation of "${id}": ${lacking.map((n) => `"${n}"`).join(', ')} ${lacking.length === 1 ? 'is' : 'are'} missing, so readers see ${lacking.length === 1 ? 'it' : 'them'} in the source language (${record.source})`);
    } else if (status === 'outdated') {
      const hash = place.meta.get('sourceHash');
      const stamped = stampedFieldHashes(own);
      const changed = stamped === undefined ? [] : changedFields(stamped, source);
      const which = changed.length === 0 ? '' : `: ${changed.map((n) => `"${n}"`).join(', ')} changed since`;
      place.problems.add(hash?.key ?? place.key, 'warning', 'outdated',
        `"${id}" was translated from an older version of the source (${record.source})${which}; update the translation, then run: localized-content stamp ${id} ${locale}`);
    }
  }
}
