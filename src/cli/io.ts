/** What a command may touch of the outside world: passed in, so that commands run in tests as functions. */
export interface CliIO {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when stderr is a terminal (progress lines are shown only then). */
  readonly isTTY: boolean;
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
