/**
 * Node's filesystem errors (`EACCES`, `ENOENT`, `EISDIR`…) as `FileError`s with one plain
 * sentence: a translator sees "permission denied", not a stack trace.
 */
import { FileError, type ErrorCode } from '../core.js';

const REASONS: Readonly<Record<string, readonly [ErrorCode, string]>> = {
  EACCES: ['FILE_UNREADABLE', 'permission denied'],
  EPERM: ['FILE_UNREADABLE', 'operation not permitted'],
  ENOENT: ['FILE_NOT_FOUND', 'no such file'],
  EISDIR: ['NOT_A_FILE', 'it is a folder, not a file'],
  ENOTDIR: ['FILE_NOT_FOUND', 'a part of the path is not a folder'],
  ELOOP: ['NOT_A_FILE', 'too many levels of symbolic links'],
  EROFS: ['WRITE_FAILED', 'the filesystem is read-only'],
  ENOSPC: ['WRITE_FAILED', 'no space left on the device'],
  EDQUOT: ['WRITE_FAILED', 'disk quota exceeded'],
  EMFILE: ['FILE_UNREADABLE', 'too many open files'],
};

/** True for an error thrown by a Node system call (it has a string `code` such as `EACCES`). */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && 'syscall' in error;
}

/**
 * A `FileError` for a failed system call on `file`. `doing` names the action ("read", "write").
 * Errors that are already `FileError`s pass through unchanged.
 */
export function fileErrorOf(cause: unknown, file: string, doing: 'read' | 'write'): FileError {
  if (cause instanceof FileError) return cause;
  const code = isSystemError(cause) ? cause.code : undefined;
  const known = code === undefined ? undefined : REASONS[code];
  const [errorCode, reason] = known ?? [doing === 'read' ? 'FILE_UNREADABLE' : 'WRITE_FAILED', (cause as Error)?.message ?? String(cause)];
  const finalCode: ErrorCode = doing === 'write' && errorCode === 'FILE_UNREADABLE' ? 'WRITE_FAILED' : errorCode;
  return new FileError(finalCode, `cannot ${doing} the file: ${reason}${code !== undefined ? ` (${code})` : ''}`, { file }, { cause });
}
