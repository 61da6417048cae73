/**
 * gettext PO (https://www.gnu.org/software/gettext/manual/html_node/PO-Files.html), written and read
 * by `gettext-parser`. One message per entry field: `msgctxt` is "<entry id>/<field>", `msgid` the
 * source text, `msgstr` the translation; the notes are extracted comments (`#.`), the last one the
 * source hash. An outdated translation goes out as `msgstr` marked `fuzzy`, as gettext tools mark
 * a translation to review; a message still `fuzzy` when it comes back is not imported.
 */
import gettext from 'gettext-parser';
import { FileError } from '../../core.js';
import { poOutline } from './po-outline.js';
import { exportedForFromNotes, hashFromNotes, unitNotes, type ExchangeDocument, type ExchangeUnit, type ImportedUnit } from './exchange-unit.js';
import type { ExchangeHeader } from './xliff-format.js';

/** The PO file of `units`. */
export function writePo(units: readonly ExchangeUnit[], header: ExchangeHeader): string {
  const translations: Record<string, Record<string, unknown>> = { '': { '': { msgid: '', msgstr: [''] } } };
  for (const unit of units) {
    const context = `${unit.id}/${unit.field}`;
    translations[context] = {
      [unit.source]: {
        msgctxt: context,
        msgid: unit.source,
        msgstr: [unit.target ?? ''],
        comments: { extracted: unitNotes(unit, header.targetLocale).join('\n'), reference: `${header.namespace}/${unit.id}`, ...(unit.state === 'outdated' ? { flag: 'fuzzy' } : {}) },
      },
    };
  }
  const compiled = gettext.po.compile({
    charset: 'utf-8',
    headers: {
      'Project-Id-Version': header.namespace,
      Language: header.targetLocale,
      'MIME-Version': '1.0',
      'Content-Type': 'text/plain; charset=UTF-8',
      'Content-Transfer-Encoding': '8bit',
      'X-Source-Language': header.sourceLocale,
      'X-Namespace': header.namespace,
    },
    translations,
  });
  return `${compiled.toString('utf8')}\n`;
}

interface PoMessage {
  msgctxt?: string;
  msgid: string;
  msgstr?: string[];
  comments?: { extracted?: string; flag?: string };
}

/**
 * Reads a PO file written by {@link writePo} (and translated): each message in file order, with its
 * place. Throws `FileError` `INVALID_EXCHANGE_FILE`, with the line and column, for a file that is
 * not PO or was cut short.
 */
export function readPo(text: string, file: string): ExchangeDocument {
  const outline = poOutline(text, file);
  let parsed: { headers?: Record<string, string>; translations?: Record<string, Record<string, PoMessage>> };
  try {
    parsed = gettext.po.parse(text) as typeof parsed;
  } catch (cause) {
    const line = (cause as { lineNumber?: unknown }).lineNumber;
    throw new FileError('INVALID_EXCHANGE_FILE', `not a PO file: ${(cause as Error).message}`, { file, ...(typeof line === 'number' ? { line, column: 1 } : {}) }, { cause });
  }
  const translations = parsed.translations ?? {};
  const units: ImportedUnit[] = [];
  for (const at of outline) {
    const slash = at.context.indexOf('/');
    if (at.msgid === '' || slash <= 0) continue;
    const message = Object.hasOwn(translations, at.context) && Object.hasOwn(translations[at.context]!, at.msgid) ? translations[at.context]![at.msgid]! : undefined;
    if (message === undefined) throw new FileError('INVALID_EXCHANGE_FILE', 'this message could not be read', { file, line: at.line, column: at.column });
    const flags = (message.comments?.flag ?? '').split(/[\s,]+/);
    units.push({
      id: at.context.slice(0, slash),
      field: at.context.slice(slash + 1),
      target: message.msgstr?.[0],
      sourceHash: hashFromNotes((message.comments?.extracted ?? '').split('\n')),
      exportedFor: exportedForFromNotes((message.comments?.extracted ?? '').split('\n')),
      source: message.msgid,
      unfinished: flags.includes('fuzzy'),
      line: at.line,
      column: at.column,
    });
  }
  const headers = parsed.headers ?? {};
  return { targetLocale: headers.Language || undefined, namespace: headers['X-Namespace'] || undefined, units };
}
