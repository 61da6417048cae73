/**
 * The format of an entry's text fields, so that a site can render each as it is written: a field
 * kept as Markdown (the body of a `<id>.md` entry file) must go through a Markdown renderer, where
 * other fields are plain text or HTML, served as stored. A version declares its formats in
 * `@meta.fieldFormats` (`{ "body": "markdown" }`); the Node loader writes that for Markdown entry
 * files, so the format travels with the content into namespace files, onto a CDN and over HTTP.
 */
/** A field's format: `'markdown'` (CommonMark). Fields without one are plain text or HTML. */
export type FieldFormat = 'markdown';

/** Whether `format` is a known field format. */
export const isFieldFormat = (format: unknown): format is FieldFormat => format === 'markdown';
