/**
 * Progress for long runs, on a terminal only: one line on stderr, redrawn with `\r`, erased at the
 * end. Piped output and `--json` stay clean, since nothing is written when stderr is not a TTY.
 */
import type { CliIO } from './io.js';
import { escapeForTerminal } from './terminal-text.js';

export interface Progress {
  update(what: string, done: number, total: number): void;
  /** Erases the progress line. */
  end(): void;
}

const SILENT: Progress = { update: () => undefined, end: () => undefined };

export function progress(io: CliIO, command: string): Progress {
  if (!io.isTTY) return SILENT;
  let shown = '';
  let drawn = false;
  return {
    update(what, done, total) {
      // Redraw per whole percent, not per item: 200,000 entries must not mean 200,000 writes.
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      const line = `${command}: ${what} ${percent}% (${done}/${total})`;
      const key = `${what}${percent}`;
      if (key === shown && done !== total) return;
      shown = key;
      drawn = true;
      (io.control ?? io.stderr)(`\r\x1b[K${escapeForTerminal(line)}`);
    },
    end() {
      if (drawn) (io.control ?? io.stderr)('\r\x1b[K');
    },
  };
}
