/**
 * Problems found at creation or while serving: reported, never thrown, so that a broken message or a failed reload
 * degrades one notice instead of a page. A library keeps the recent ones and passes each to `onProblem`.
 */
export type ProblemCode = 'INVALID_MESSAGE' | 'MISSING_MESSAGE' | 'UNKNOWN_MESSAGE' | 'RELOAD_FAILED' | 'LOAD_FAILED' | 'DEFAULT_LOCALE_MATCHED' | 'MISSING_CATALOG' | 'INVALID_FIELD';

export interface Problem {
  readonly code: ProblemCode;
  readonly message: string;
  readonly locale?: string;
  readonly key?: string;
  readonly cause?: unknown;
}
