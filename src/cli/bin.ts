#!/usr/bin/env node
// The thin wrapper: connects runCli to this process and sets the exit code.
import { runCli } from './main.js';
import { escapeForTerminal } from './terminal-text.js';

// Output piped into a program that stops reading (\`| head\`) is not an error: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.exitCode = 1;
  });
}

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // One line for people; the stack only when asked for (LOCALIZED_CONTENT_DEBUG=1), for a bug report.
    const debug = process.env.LOCALIZED_CONTENT_DEBUG === '1' && error instanceof Error;
    const text = error instanceof Error ? error.message : String(error);
    process.stderr.write(escapeForTerminal(`localized-content: unexpected error: ${debug ? error.stack : text.split('\n')[0]} (set LOCALIZED_CONTENT_DEBUG=1 to see where)`) + '\n');
    process.exitCode = 1;
  },
);
