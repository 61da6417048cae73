/**
 * What `check` reports: one problem per place, with a rule id a translator can look up in
 * docs/translating.md. Problems are data, returned to the caller; printing is the CLI's job.
 */
/** Anything that turns an offset into a line and column: a JSON document, an entry file. */
interface Positioned {
  position(offset: number): { line: number; column: number };
}

export type Severity = 'error' | 'warning';

/** Every rule, with what it guards (docs/translating.md explains each one to translators). */
export const CHECK_RULES = {
  'unreadable-file': 'the file cannot be read: permissions, or not an ordinary file',
  'file-encoding': 'the file is not saved as UTF-8',
  'json-syntax': 'the file is not valid JSON',
  'front-matter': 'a Markdown entry\'s front matter is not valid YAML, or not a map of fields',
  'duplicate-key': 'a key appears twice in one object; only the last one counts',
  'not-an-object': 'a file or an entry is not a JSON object',
  'locale-folder': 'a folder name is not a BCP 47 language tag',
  'stray-file': 'a file in a locale folder is not read: its name is not <id>.json or <id>.md (or <namespace>.json)',
  'broken-link': 'a symbolic link in a locale folder leads to no file',
  'other-locale-link': 'a symbolic link in a locale folder leads into another locale\'s folder: its text is not read as this language',
  'hidden-link': 'a symbolic link in a locale folder leads into a hidden folder (.drafts): its text is read as this language, though nothing hidden is read on its own',
  'icu-syntax': 'a notice message is not valid ICU MessageFormat',
  'placeholder-mismatch': 'placeholders ({name}) differ from the source',
  'markup-mismatch': 'HTML tags differ from the source\'s, or are not balanced',
  'link-mismatch': 'a link or URL of the source is missing or changed',
  'number-mismatch': 'a number of the source is missing',
  'unknown-entry': 'an entry that the source language does not have',
  'unknown-field': 'a field that the source entry does not have',
  'missing-field': 'a partial translation lacks some of the source text fields',
  'field-type': 'a field holds another kind of value than in the source',
  'invalid-date': 'a field written as an ISO date names a day or time that does not exist (30 February, 24:00)',
  'invalid-meta': 'the "@meta" object of an entry is malformed',
  outdated: 'the source changed after the translation was stamped',
  'notice-key': 'a notice file has a key that is not a notice message',
  'notice-argument': 'a notice message uses a placeholder the library does not provide',
  'notice-locale': '"@@locale" does not match the folder',
  'notice-setting': 'a catalog-wide setting ("@@names", "@@listPatterns", "@@labelSeparator", "@@namesInSentence") is malformed',
  'invalid-message': 'a notice message is not a string',
  'duplicate-entry': 'an entry is both in the namespace file and in a file of its own (the file of its own is used), or in two folders spelling one tag (the canonically spelt one is used)',
  'id-case-collision': 'two entry files of one language have names that differ only by case (About.md, about.md): they are one file on macOS and Windows',
  'markdown-headings': 'a Markdown translation has another number of headings than its source',
  'markdown-links': 'a Markdown translation lacks a link of the source, or links somewhere the source does not',
  'markdown-images': 'a Markdown translation lacks an image of the source, or shows one the source does not',
  'markdown-code': 'code in a Markdown translation differs from the source (code is not translated)',
  'markdown-lists': 'a Markdown translation has other lists, or lists of other lengths, than its source',
} as const;

export type RuleId = keyof typeof CHECK_RULES;

export interface CheckProblem {
  /** The file as the caller named it (under the `dir` given). */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units. */
  readonly column: number;
  readonly severity: Severity;
  readonly rule: RuleId;
  readonly message: string;
}

/** Collects the problems of one file, turning offsets into lines and columns. */
export class FileProblems {
  readonly file: string;
  readonly #doc: Positioned | undefined;
  readonly #into: CheckProblem[];

  constructor(file: string, doc: Positioned | undefined, into: CheckProblem[]) {
    this.file = file;
    this.#doc = doc;
    this.#into = into;
  }

  add(offset: number, severity: Severity, rule: RuleId, message: string): void {
    const { line, column } = this.#doc?.position(offset) ?? { line: 1, column: 1 };
    this.addAt(line, column, severity, rule, message);
  }

  /** A problem at a known line and column (1-based). */
  addAt(line: number, column: number, severity: Severity, rule: RuleId, message: string): void {
    this.#into.push({ file: this.file, line, column, severity, rule, message });
  }
}

/** Problems in reading order: by file, then line, then column. */
export function sortProblems(problems: readonly CheckProblem[]): CheckProblem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}
