/** The CLI's commands, one module each. */
import type { CliIO, CommonOptions } from './io.js';
import * as resolve from './resolve.js';

export interface Command {
  readonly summary: string;
  readonly usage: string;
  run(positionals: readonly string[], options: CommonOptions & { html?: string; all: boolean }, io: CliIO): Promise<number>;
}

export const commands: Readonly<Record<string, Command>> = {
  resolve: { summary: 'show which version of an entry a reader is served, with the notice', usage: resolve.usage, run: resolve.run },
};
