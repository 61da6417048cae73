/**
 * Error classes. Each has a literal `name`, a string `code` callers can switch on, and a message
 * that says what happened and where. Errors are thrown only for bad configuration or unreadable
 * files; request-time input never throws.
 */

export type ErrorCode =
  | 'INVALID_OPTION'
  | 'INVALID_LOCALE'
  | 'INVALID_RESOURCES'
  | 'INVALID_CATALOG'
  | 'NAMESPACE_NOT_FOUND'
  | 'DEFAULT_LOCALE_NOT_FOUND'
  | 'FILE_NOT_FOUND'
  | 'JSON_SYNTAX'
  | 'YAML_SYNTAX'
  | 'PATH_OUTSIDE_DIR'
  | 'OTHER_LOCALE_LINK'
  | 'ID_CASE_COLLISION'
  | 'UNKNOWN_ENTRY'
  | 'WRITE_FAILED'
  | 'INVALID_EXCHANGE_FILE'
  | 'NOT_UTF8'
  | 'NOT_A_FILE'
  | 'FILE_UNREADABLE'
  | 'SOURCE_UNREADABLE'
  | 'FILE_CHANGED'
  | 'FILE_LOCKED';

/** Base class of every error this package throws. */
export class LocalizedContentError extends Error {
  override readonly name: string = 'LocalizedContentError';
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** A `createContentLibrary` option is missing, of the wrong type, or inconsistent. */
export class ConfigError extends LocalizedContentError {
  override readonly name = 'ConfigError';
}

/** A file could not be read or parsed; `file`, `line` and `column` (1-based, or `null` for a folder or a whole file) say where. */
export class FileError extends LocalizedContentError {
  override readonly name = 'FileError';
  readonly file: string;
  readonly line: number | null;
  readonly column: number | null;
  /** The message without the place: what went wrong, for output that shows the place itself. */
  readonly reason: string;

  constructor(
    code: ErrorCode,
    message: string,
    where: { file: string; line?: number; column?: number },
    options?: { cause?: unknown },
  ) {
    const at = where.line === undefined ? where.file : `${where.file}:${where.line}:${where.column ?? 1}`;
    super(code, `${at}: ${message}`, options);
    this.file = where.file;
    this.line = where.line ?? null;
    this.column = where.line === undefined ? null : (where.column ?? 1);
    this.reason = message;
  }
}

/** What went wrong, in words, from anything thrown: an `Error`'s message, else the value as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
