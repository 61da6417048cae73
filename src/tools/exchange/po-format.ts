/**
 * gettext PO (https://www.gnu.org/software/gettext/manual/html_node/PO-Files.html), written and read
 * by `gettext-parser`. One message per entry field: `msgctxt` is "<entry id>/<field>", `msgid` the
 * source text, `msgstr` the translation; the notes are extracted comments (`#.`), the last one the
 * source hash. An outdated translation goes out as `msgstr` marked `fuzzy`, as gettext tools mark
 * a translation to review; a message still `fuzzy` when it comes back is not imported.
 */
import gettext from 'gettext-parser';
import { FileError } from '../../core.js';
import { hashFromNotes, unitNotes, type ExchangeDocument, type ExchangeUnit, type ImportedUnit } from './exchange-unit.js';
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
        comments: { extracted: unitNotes(unit).join('\n'), reference: `${header.namespace}/${unit.id}`, ...(unit.state === 'outdated' ? { flag: 'fuzzy' } : {}) },
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

/** Reads a PO file written by {@link writePo} (and translated). Throws `FileError` `INVALID_EXCHANGE_FILE`. */
export function readPo(text: string, file: string): ExchangeDocument {
  let parsed: { headers?: Record<string, string>; translations?: Record<string, Record<string, PoMessage>> };
  try {
    parsed = gettext.po.parse(text) as typeof parsed;
  } catch (cause) {
    throw new FileError('INVALID_EXCHANGE_FILE', `not a PO file: ${(cause as Error).message}`, { file }, { cause });
  }
  const units: ImportedUnit[] = [];
  for (const [context, messages] of Object.entries(parsed.translations ?? {})) {
    const slash = context.indexOf('/');
    if (context === '' || slash <= 0) continue;
    for (const message of Object.values(messages)) {
      if (message.msgid === '') continue;
      const flags = (message.comments?.flag ?? '').split(/[\s,]+/);
      units.push({
        id: context.slice(0, slash),
        field: context.slice(slash + 1),
        target: message.msgstr?.[0],
        sourceHash: hashFromNotes((message.comments?.extracted ?? '').split('\n')),
        unfinished: flags.includes('fuzzy'),
      });
    }
  }
  const headers = parsed.headers ?? {};
  return { targetLocale: headers.Language || undefined, namespace: headers['X-Namespace'] || undefined, units };
}
