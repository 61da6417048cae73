/**
 * Check results for people: one `path:line:col: severity: message (rule)` line per problem, which
 * editors and CI annotate, grouped by file with a blank line between files, and a summary line.
 */
import type { FileError } from '../core.js';
import type { CheckProblem } from '../tools/check/check-problem.js';
import type { CheckResult } from '../tools/check/check-tree.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function formatProblem(p: CheckProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message} (${p.rule})`;
}

export function formatCheckResult(result: CheckResult): string {
  const groups: string[] = [];
  let file: string | undefined;
  let lines: string[] = [];
  for (const problem of result.problems) {
    if (problem.file !== file) {
      if (lines.length > 0) groups.push(lines.join('\n'));
      file = problem.file;
      lines = [];
    }
    lines.push(formatProblem(problem));
  }
  if (lines.length > 0) groups.push(lines.join('\n'));
  const checked = `${plural(result.files, 'file')} and ${plural(result.entries, 'entry').replace(/entrys$/, 'entries')} checked`;
  const fileCount = new Set(result.problems.map((p) => p.file)).size;
  const summary =
    result.problems.length === 0
      ? `No problems: ${checked}.`
      : `${result.errors === 0 ? 'No errors' : plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')} in ${plural(fileCount, 'file')}; ${checked}.`;
  return groups.length === 0 ? `${summary}\n` : `${groups.join('\n\n')}\n\n${summary}\n`;
}

/**
 * A file `status` or `resolve` left out (it does not read), as a warning line in the same form as
 * `check`'s, so that the rest of the output can still be trusted and the file be found.
 */
export function formatSkippedFile(error: FileError): string {
  const at = error.line === null ? error.file : `${error.file}:${error.line}:${error.column ?? 1}`;
  return `${at}: warning: ${error.reason}; left out (${error.code})\n`;
}
