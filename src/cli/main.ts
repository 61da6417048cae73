/**
 * The CLI as a function: parses arguments, runs one command, returns the exit code. The `bin`
 * wrapper only connects it to the process, so every command is testable and embeddable.
 */
import { parseArgs } from 'node:util';
import { LocalizedContentError } from '../errors.js';
import { UsageError, type CliIO, type CommonOptions } from './io.js';
import { commands } from './commands.js';

const HELP = `localized-content — serve the best translation of each entry, and check translations

Usage: localized-content <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`)
  .join('\n')}

Options:
  --dir <path>             locales folder, laid out as <locale>/<namespace>.json (default: locales)
  --default-locale <tag>   the site's default and source language (default: en)
  --namespace <name>       the content namespace (default: articles)
  --json                   machine-readable output on stdout
  -h, --help               this help, or a command's help with "<command> --help"
`;

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        dir: { type: 'string', default: 'locales' },
        'default-locale': { type: 'string', default: 'en' },
        namespace: { type: 'string', default: 'articles' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        html: { type: 'string' },
        all: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    io.stderr(`localized-content: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const [name, ...positionals] = parsed.positionals;
  const command = name === undefined ? undefined : commands[name];
  if (command === undefined) {
    if (name !== undefined) io.stderr(`localized-content: unknown command "${name}"\n\n`);
    (name === undefined && parsed.values.help ? io.stdout : io.stderr)(HELP);
    return name === undefined && parsed.values.help ? 0 : 2;
  }
  if (parsed.values.help) {
    io.stdout(`${command.usage}\n`);
    return 0;
  }
  const options: CommonOptions & { html?: string; all: boolean } = {
    dir: parsed.values.dir,
    defaultLocale: parsed.values['default-locale'],
    namespace: parsed.values.namespace,
    json: parsed.values.json,
    all: parsed.values.all,
    ...(parsed.values.html !== undefined ? { html: parsed.values.html } : {}),
  };
  try {
    return await command.run(positionals, options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`localized-content ${name}: ${error.message}\n\nUsage: ${command.usage}\n`);
      return 2;
    }
    if (error instanceof LocalizedContentError) {
      io.stderr(`localized-content: ${error.message} (${error.code})\n`);
      return 1;
    }
    throw error;
  }
}
