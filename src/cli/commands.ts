/** The CLI's commands, one module each. */
import type { CliIO, CommonOptions } from './io.js';
import * as check from './check.js';
import * as exportCommand from './export.js';
import * as importCommand from './import.js';
import * as resolve from './resolve.js';
import * as stamp from './stamp.js';
import * as status from './status.js';

/** Every option a command may read: the common ones and those of single commands. */
export type CommandOptions = CommonOptions & { html?: string; all: boolean; allowIncomplete: boolean; format?: string; out?: string; locale?: string };

export interface Command {
  readonly summary: string;
  readonly usage: string;
  run(positionals: readonly string[], options: CommandOptions, io: CliIO): Promise<number>;
}

export const commands: Readonly<Record<string, Command>> = {
  resolve: { summary: 'show which version of an entry a reader is served, with the notice', usage: resolve.usage, run: resolve.run },
  check: { summary: 'report mistakes in the locale files, as path:line:col (exit 1 on errors)', usage: check.usage, run: check.run },
  status: { summary: 'show which translations are done, outdated, partial or missing (--json, --html)', usage: status.usage, run: status.run },
  export: { summary: 'write what a locale still needs as XLIFF 2.0 or PO for a CAT tool (<locale> [--format] [--out])', usage: exportCommand.usage, run: exportCommand.run },
  import: { summary: 'write a translated XLIFF or PO file back into the locale files (<file>)', usage: importCommand.usage, run: importCommand.run },
  stamp: { summary: 'record that a translation matches the current source (<id> <locale>, or --all <locale>)', usage: stamp.usage, run: stamp.run },
};
