/**
 * The CLI as a function: parses arguments, runs one command, returns the exit code. The `bin`
 * wrapper only connects it to the process, so every command is testable and embeddable.
 */
import { parseArgs } from 'node:util';
import { canonicalizeTag, LocalizedContentError } from '../core.js';
import { fileErrorOf, isSystemError } from '../node/system-error.js';
import { escapeForTerminal } from './terminal-text.js';
import { UsageError, type CliIO } from './io.js';
import { commands, type CommandOptions } from './commands.js';

const HELP = `localized-content — serve the best translation of each entry, and check translations

Usage: localized-content <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`)
  .join('\n')}

Options:
  --dir <path>             locales folder: <locale>/<namespace>.json, <locale>/<namespace>/<id>.json|md (default: locales)
  --default-locale <tag>   the site's default and source language (default: en)
  --namespace <name>       the content namespace (default: articles)
  --json                   machine-readable output on stdout
  -h, --help               this help, or a command's help with "<command> --help"
`;

/** The canonical tag of a language option; a `UsageError` naming the option when the value is no tag. */
function languageOption(name: string, value: string): string {
  const tag = canonicalizeTag(value);
  if (tag === undefined) throw new UsageError(`${name} "${value}" is not a BCP 47 language tag (as "en", "pt-BR" or "zh-Hant")`);
  return tag;
}

const WRITING = new Set(['rename', 'write', 'unlink', 'mkdir', 'rmdir', 'chmod', 'chown', 'link', 'symlink', 'ftruncate', 'fsync', 'copyfile']);

/**
 * Runs one command. What is printed for people has its control characters escaped (see
 * `escapeForTerminal`); `--json` output is JSON, escaped by JSON's own rules.
 */
export async function runCli(argv: readonly string[], terminal: CliIO): Promise<number> {
  const io: CliIO = {
    ...terminal,
    stdout: (text) => terminal.stdout(escapeForTerminal(text)),
    stderr: (text) => terminal.stderr(escapeForTerminal(text)),
    control: terminal.control ?? terminal.stderr,
  };
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
        'allow-incomplete': { type: 'boolean', default: false },
        format: { type: 'string' },
        out: { type: 'string' },
        locale: { type: 'string' },
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
  try {
    // Language options are read as the library reads tags (`en_US` → `en-US`), once for every
    // command; one that is no tag is refused here rather than matched against no folder.
    // `--locale` is checked here but passed as written: import canonicalizes it and names a
    // deprecated code the translator typed (`iw`) beside the folder it writes into (`he`).
    const locale = parsed.values.locale;
    if (locale !== undefined) languageOption('--locale', locale);
    const options: CommandOptions = {
      dir: parsed.values.dir,
      defaultLocale: languageOption('--default-locale', parsed.values['default-locale']),
      namespace: parsed.values.namespace,
      json: parsed.values.json,
      all: parsed.values.all,
      allowIncomplete: parsed.values['allow-incomplete'],
      ...(parsed.values.html !== undefined ? { html: parsed.values.html } : {}),
      ...(parsed.values.format !== undefined ? { format: parsed.values.format } : {}),
      ...(parsed.values.out !== undefined ? { out: parsed.values.out } : {}),
      ...(locale !== undefined ? { locale } : {}),
    };
    return await command.run(positionals, options, options.json ? { ...io, stdout: terminal.stdout } : io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`localized-content ${name}: ${error.message}\n\nUsage: ${command.usage}\n`);
      return 2;
    }
    // A system call that failed where no file reader expected it (a folder that cannot be listed):
    // one line that names the file, like the errors of this package.
    const known = isSystemError(error) ? fileErrorOf(error, error.path ?? '.', WRITING.has(error.syscall ?? '') ? 'write' : 'read') : error;
    if (known instanceof LocalizedContentError) {
      io.stderr(`localized-content: ${known.message} (${known.code})\n`);
      return 1;
    }
    throw error;
  }
}
