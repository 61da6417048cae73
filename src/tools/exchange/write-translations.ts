/**
 * Writing imported fields into a locale's files, each edited in place: a namespace file or an
 * entry's JSON file through jsonc-parser's `modify` (only the changed values are rewritten, the
 * rest keeps its layout), a Markdown entry's front matter through `yaml`'s document (comments and
 * order kept) with the body replaced. Existing files go through `editFile`, so a change someone
 * saved meanwhile is kept; new files are written atomically.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { applyEdits, modify, type FormattingOptions } from 'jsonc-parser';
import { isMap, parseDocument, stringify } from 'yaml';
import { META_KEY } from '../../core.js';
import { FileError } from '../../core.js';
import { writeFileAtomic, type WriteSystem } from '../../node/atomic-write.js';
import { editFile } from '../../node/edit-file.js';
import { BODY_FIELD, splitFrontMatter, type EntryFormat } from '../../node/entry-document.js';
import { bundleHolding, type ContentBundle, type ContentTree } from '../content-tree.js';

/** The fields to write into one entry, and the hash to stamp it with (when nothing of it was refused). */
export interface EntryWrite {
  readonly id: string;
  readonly fields: ReadonlyMap<string, string>;
  readonly stamp: string | undefined;
}

/** How a file indents, read from its first indented line, for the lines jsonc-parser adds. */
function formattingOf(text: string): FormattingOptions {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return indent.startsWith('\t') ? { insertSpaces: false, tabSize: 1, eol } : { insertSpaces: true, tabSize: indent.length, eol };
}

function writeJson(text: string, path: readonly string[], write: EntryWrite): string {
  const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  let out = bom === '' ? text : text.slice(1);
  if (out.trim() === '') out = '{}\n';
  const formattingOptions = formattingOf(out);
  for (const [field, value] of write.fields) out = applyEdits(out, modify(out, [...path, field], value, { formattingOptions }));
  if (write.stamp !== undefined) out = applyEdits(out, modify(out, [...path, META_KEY, 'sourceHash'], write.stamp, { formattingOptions }));
  return bom + out;
}

function writeMarkdown(text: string, write: EntryWrite, file: string): string {
  const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const body = bom === '' ? text : text.slice(1);
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const bounds = splitFrontMatter(body);
  const doc = parseDocument(bounds.start === -1 ? '' : body.slice(bounds.start, bounds.end));
  if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents))) {
    throw new FileError('INVALID_RESOURCES', 'the front matter does not read as a map of fields; fix it (see "localized-content check") before importing', { file });
  }
  for (const [field, value] of write.fields) if (field !== BODY_FIELD) doc.set(field, value);
  if (write.stamp !== undefined) doc.setIn([META_KEY, 'sourceHash'], write.stamp);
  // lineWidth 0: a long value stays on its line, as the translator wrote it.
  const front = doc.contents === null ? '' : doc.toString({ lineWidth: 0 }).replace(/\n/g, eol);
  const markdown = withEndOfLine(write.fields.get(BODY_FIELD), eol) ?? body.slice(bounds.body);
  return `${bom}${front === '' ? '' : `---${eol}${front}---${eol}`}${markdown}`;
}

/** A Markdown file ends with a line break, which XML tools drop from a unit's text. */
function withEndOfLine(markdown: string | undefined, eol: string): string | undefined {
  return markdown === undefined || markdown === '' || markdown.endsWith('\n') ? markdown : markdown + eol;
}

/** A new entry file's text: the fields (and the stamp) in the format of the source's file. */
function newEntryFile(format: EntryFormat, write: EntryWrite): string {
  const fields: Record<string, unknown> = Object.fromEntries([...write.fields].filter(([field]) => format === 'json' || field !== BODY_FIELD));
  if (write.stamp !== undefined) fields[META_KEY] = { sourceHash: write.stamp };
  if (format === 'json') return `${JSON.stringify(fields, null, 2)}\n`;
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n${withEndOfLine(write.fields.get(BODY_FIELD), '\n') ?? ''}`;
}

/**
 * Writes `writes` into `locale`'s files in `tree`: an entry the locale keeps in a file of its own
 * is edited there; one whose source is a file of its own gets a new file of the same format; any
 * other goes into the namespace file (created when missing). Returns the files written, as shown.
 */
export async function writeTranslations(tree: ContentTree, where: { readonly dir: string; readonly root: string }, locale: string, writes: readonly EntryWrite[], system?: WriteSystem): Promise<string[]> {
  const { dir, root } = where;
  const written = new Set<string>();
  const own = tree.entryFiles.get(locale);
  // New files go into the locale's folder as it is spelt (pt-br), not a second one (pt-BR).
  const folder = tree.folderNames.get(locale) ?? locale;
  const toNamespace: EntryWrite[] = [];
  // Entries a namespace file already holds are edited there: of folders spelling the locale's tag
  // (`zh-yue` beside `yue`), in the one the entry is read from.
  const inPlace = new Map<string, { bundle: ContentBundle; writes: EntryWrite[] }>();
  for (const write of writes) {
    const existing = own?.get(write.id);
    if (existing !== undefined) {
      const edit = (text: string): string => (existing.format === 'json' ? writeJson(text, [], write) : writeMarkdown(text, write, existing.file));
      if (await editFile(existing.absolute, edit, { shownAs: existing.file, ...(system === undefined ? {} : { system }) })) written.add(existing.file);
      continue;
    }
    const holder = bundleHolding(tree, locale, write.id);
    if (holder !== undefined && holder !== tree.bundles.get(locale)) {
      const group = inPlace.get(holder.absolute);
      if (group === undefined) inPlace.set(holder.absolute, { bundle: holder, writes: [write] });
      else group.writes.push(write);
      continue;
    }
    const sourceFile = [...tree.entryFiles.values()].map((files) => files.get(write.id)).find((f) => f !== undefined);
    if (holder !== undefined || sourceFile === undefined) {
      toNamespace.push(write);
      continue;
    }
    const extension = sourceFile.format === 'json' ? 'json' : 'md';
    const shown = join(dir, folder, tree.namespace, `${write.id}.${extension}`);
    const absolute = join(root, folder, tree.namespace, `${write.id}.${extension}`);
    await mkdir(dirname(absolute), { recursive: true });
    await writeFileAtomic(absolute, newEntryFile(sourceFile.format, write), { shownAs: shown, ...(system === undefined ? {} : { system }) });
    written.add(shown);
  }
  for (const { bundle, writes: mine } of inPlace.values()) {
    const edit = (text: string): string => mine.reduce((out, write) => writeJson(out, [write.id], write), text);
    if (await editFile(bundle.absolute, edit, { shownAs: bundle.file, ...(system === undefined ? {} : { system }) })) written.add(bundle.file);
  }
  if (toNamespace.length > 0) {
    const bundle = tree.bundles.get(locale);
    const edit = (text: string): string => toNamespace.reduce((out, write) => writeJson(out, [write.id], write), text);
    if (bundle !== undefined) {
      if (await editFile(bundle.absolute, edit, { shownAs: bundle.file, ...(system === undefined ? {} : { system }) })) written.add(bundle.file);
    } else {
      const shown = join(dir, folder, `${tree.namespace}.json`);
      const absolute = join(root, folder, `${tree.namespace}.json`);
      await mkdir(dirname(absolute), { recursive: true });
      await writeFileAtomic(absolute, edit('{}\n'), { shownAs: shown, ...(system === undefined ? {} : { system }) });
      written.add(shown);
    }
  }
  return [...written];

}
