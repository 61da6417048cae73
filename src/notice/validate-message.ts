/**
 * validateMessage: the one test a notice message passes before it is used, run by the library when
 * it compiles a message and by `check` on every catalog and override. A message that parses can
 * still fail when formatted (`{requested, date}`: a language is no date; `{served, number,
 * ::currency/ABCD}`; a bare `{updated}`, a date where text is expected), so the message is compiled
 * and then formatted, to text and HTML, with arguments of the types the library passes: language
 * labels, `…Code` strings, a `Date` for `updated`, text for `languages`. What passes here does not
 * throw at request time for these types.
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { NOTICE_ARGUMENTS, type NoticeKey } from './catalogs.js';
import { directionOf } from '../locale/direction.js';
import { errorMessage } from '../errors.js';
import { partsToHtml, partsToText, type NoticePart } from './html.js';
import type { Label } from './labels.js';
import { compileFormat, type CompiledFormat, type CreateFormatEngine } from './message.js';
import { argumentNames, ELEMENT, walkArguments, type ArgumentElement } from './message-tree.js';

export type ValidatedMessage = { readonly ok: true; readonly format: CompiledFormat } | { readonly ok: false; readonly error: string };

/** Sample values, one per argument type. */
const SAMPLE_DATE = new Date(Date.UTC(2021, 8, 17));
const SAMPLE_LABEL: Label = Object.freeze({ text: 'English', spans: [{ text: 'English', lang: 'en' }], dir: 'ltr' });
const SAMPLE_NUMBERS: Readonly<Record<string, number>> = { updatedDay: 17, updatedMonth: 9, updatedYear: 2021, count: 2 };

/** Arguments of the real types for every argument `key` may use (see NOTICE_ARGUMENTS). */
function sampleArguments(key: NoticeKey): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const name of NOTICE_ARGUMENTS[key]) {
    if (name === 'updated') values[name] = SAMPLE_DATE;
    else if (name in SAMPLE_NUMBERS) values[name] = SAMPLE_NUMBERS[name];
    else if (name === 'languages') values[name] = { list: [SAMPLE_LABEL, ', ', SAMPLE_LABEL] }; // a list of labels
    else if (name === 'sameLanguage') values[name] = 'no';
    else if (name.endsWith('Code')) values[name] = 'en';
    else values[name] = SAMPLE_LABEL;
  }
  return values;
}

/** Parts as the formatter inserts them: a list of labels stands for its items. */
function flattened(parts: readonly unknown[]): NoticePart[] {
  return parts.flatMap((part) => (typeof part === 'object' && part !== null && 'list' in part ? ((part as { list: NoticePart[] }).list) : [part as NoticePart]));
}

/**
 * Checks a parsed message for `key` in `locale`: only the arguments the library provides, a
 * compile, and a format to text and HTML with arguments of the real types. Never throws.
 *
 * @example validateMessage(parse('{requested, date}'), 'es', 'unavailable', engine) // { ok: false, error: 'fails when formatted: …' }
 */
export function validateMessage(ast: MessageFormatElement[], locale: string, key: NoticeKey, engine: CreateFormatEngine): ValidatedMessage {
  const allowed = NOTICE_ARGUMENTS[key];
  let misused: string | undefined;
  try {
    const unknown = [...argumentNames(ast)].filter((name) => !allowed.has(name));
    if (unknown.length > 0) return { ok: false, error: `uses {${unknown.join('}, {')}}; it may use: ${[...allowed].join(', ')}` };
    walkArguments(ast, (argument) => (misused ??= misusedType(argument)));
  } catch (error) {
    return { ok: false, error: `is not a message: ${errorMessage(error)}` };
  }
  if (misused !== undefined) return { ok: false, error: misused };
  let format: CompiledFormat;
  try {
    format = compileFormat(ast, locale, engine);
  } catch (error) {
    return { ok: false, error: `does not compile: ${errorMessage(error)}` };
  }
  try {
    const parts = flattened(format.parts(sampleArguments(key)));
    const dir = directionOf(locale);
    for (const part of parts) {
      if (typeof part !== 'string' && (typeof part.text !== 'string' || !Array.isArray(part.spans))) {
        throw new TypeError('an argument that is not text is inserted as it is (write {updated, date, long})');
      }
    }
    if (!saysSomething(partsToText(parts, dir))) return { ok: false, error: 'is empty: a notice must say something (a letter or a digit)' };
    partsToHtml(parts, key, locale, dir);
  } catch (error) {
    return { ok: false, error: `fails when formatted: ${errorMessage(error)}` };
  }
  return { ok: true, format };
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Whether a formatted notice has something to read: an empty or blank override (`""`, spaces, a
 * direction mark) would show an empty box, so it is treated as a broken message.
 */
export function saysSomething(text: string): boolean {
  return WORD.test(text);
}

/** Arguments that are numbers; `updated` is a date; every other argument is text. */
const NUMBER_ARGUMENTS: ReadonlySet<string> = new Set(Object.keys(SAMPLE_NUMBERS));

/**
 * Why `argument` is formatted as a type it does not have, or `undefined`: formatting a language as
 * a number prints "NaN", and a count as a date prints 1970, without any error to catch.
 */
function misusedType({ name, type, kind }: ArgumentElement): string | undefined {
  const wants = type === ELEMENT.date || type === ELEMENT.time ? 'a date' : type === ELEMENT.number || kind === 'plural' || kind === 'selectordinal' ? 'a number' : undefined;
  const is = name === 'updated' ? 'a date' : NUMBER_ARGUMENTS.has(name) ? 'a number' : 'text';
  return wants === undefined || wants === is ? undefined : `formats {${name}} as ${wants}, but it is ${is}`;
}
