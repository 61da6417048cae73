/** What a command may touch of the outside world: passed in, so that commands run in tests as functions. */
export interface CliIO {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when stderr is a terminal (progress lines are shown only then). */
  readonly isTTY: boolean;
  /**
   * Writes to stderr as is, terminal control sequences included (the progress line's redraws).
   * `stdout` and `stderr` show control characters as escapes; text passed here must be escaped by
   * the caller. Default: `stderr`.
   */
  readonly control?: (text: string) => void;
}

/** Options every command takes. */
export interface CommonOptions {
  readonly dir: string;
  readonly defaultLocale: string;
  readonly namespace: string;
  readonly json: boolean;
}

/** A usage mistake: printed with the command's help, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
