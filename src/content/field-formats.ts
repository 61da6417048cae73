/**
 * The format of an entry's text fields, so that a site can render each as it is written: a field
 * kept as Markdown (the body of a `<id>.md` entry file) must go through a Markdown renderer, where
 * other fields are plain text or HTML, served as stored. A version declares its formats in
 * `@meta.fieldFormats` (`{ "body": "markdown" }`); the Node loader writes that for Markdown entry
 * files, so the format travels with the content into namespace files, onto a CDN and over HTTP.
 */
import { isPlainObject, META_KEY, type EntryData } from './fields.js';

/** A field's format: `'markdown'` (CommonMark). Fields without one are plain text or HTML. */
export type FieldFormat = 'markdown';

const FORMATS: ReadonlySet<string> = new Set<FieldFormat>(['markdown']);

/**
 * The formats a version declares, by field, or `undefined` when it declares none. Values that are
 * no known format are left out (a newer format name, a typo), so the field reads as stored.
 */
export function declaredFormats(data: EntryData): Readonly<Record<string, FieldFormat>> | undefined {
  const meta = data[META_KEY];
  const declared = isPlainObject(meta) ? meta.fieldFormats : undefined;
  if (!isPlainObject(declared)) return undefined;
  let formats: Record<string, FieldFormat> | undefined;
  for (const name of Object.keys(declared)) {
    const format = declared[name];
    if (typeof format === 'string' && FORMATS.has(format)) (formats ??= Object.create(null) as Record<string, FieldFormat>)[name] = format as FieldFormat;
  }
  return formats;
}

/** Whether `format` is a known field format (for `check`). */
export const isFieldFormat = (format: unknown): format is FieldFormat => typeof format === 'string' && FORMATS.has(format);
