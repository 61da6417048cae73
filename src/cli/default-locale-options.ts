/**
 * `--default-locale` as every command hands it to the tools: named as the option in their
 * messages, and, when the tree has no folder of that spelling and the folder of the same language
 * is taken as the source (the library's rule), said in one note line on stderr naming the folder.
 */
import type { DefaultLocaleMatched, DefaultLocaleOptions } from '../tools/default-locale.js';
import type { CliIO, CommonOptions } from './io.js';

/** The note for the folder taken as the source, in the form of the other lines about files: `path: note: message (CODE)`. */
function formatDefaultLocaleMatched(problem: DefaultLocaleMatched): string {
  return `${problem.folder}: note: ${problem.message} (${problem.code})\n`;
}

export function defaultLocaleOptions(options: CommonOptions, io: CliIO): DefaultLocaleOptions {
  return {
    defaultLocale: options.defaultLocale,
    defaultLocaleSetting: '--default-locale',
    onDefaultLocaleMatched: (problem) => io.stderr(formatDefaultLocaleMatched(problem)),
  };
}
