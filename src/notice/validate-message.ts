/**
 * validateMessage: the one test a notice message passes before it is used, run by the library when
 * it compiles a message and by `check` on every catalog and override. A message that parses can
 * still fail when formatted (`{requested, date}`: a language is no date; `{served, number,
 * ::currency/ABCD}`; a bare `{updated}`, a date where text is expected), so the message is compiled
 * and then formatted, to text and HTML, with arguments of the types the library passes: language
 * labels, `…Code` strings, a `Date` for `updated`, text for `languages`, and with the values a real
 * reader of the catalog gives them (its own language code, and every branch the message declares):
 * a branch only Spanish readers take is tested in the Spanish catalog. The text must say something
 * and show no placeholder as text (ICU quoting hides `l'{requested}`). What passes here does not
 * throw at request time for these types.
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { NOTICE_ARGUMENTS, type NoticeKey } from './catalogs.js';
import { directionOf } from '../locale/direction.js';
import { errorMessage } from '../errors.js';
import { languageSubtag } from '../negotiation/index.js';
import { flattenParts, partsToHtml, partsToText } from './html.js';
import type { Label } from './labels.js';
import { compileFormat, type CompiledFormat, type CreateFormatEngine } from './message.js';
import { argumentNames, ELEMENT, walkArguments, type ArgumentElement } from './message-tree.js';

export type ValidatedMessage =
  | { readonly ok: true; readonly format: CompiledFormat }
  /** `quoted`: an argument came out as literal text, hidden by ICU quoting (an apostrophe before `{`). */
  | { readonly ok: false; readonly error: string; readonly quoted?: true };

/** Why a placeholder comes out as text, in a translator's words. */
const QUOTING_HINT = "an apostrophe before { starts quoted text in ICU; write '' or use ’";

/** Sample values, one per argument type. */
const SAMPLE_DATE = new Date(Date.UTC(2021, 8, 17));
const SAMPLE_LABEL: Label = Object.freeze({ text: 'English', spans: [{ text: 'English', lang: 'en' }], dir: 'ltr' });
const SAMPLE_NUMBERS: Readonly<Record<string, number>> = { updatedDay: 17, updatedMonth: 9, updatedYear: 2021, count: 2 };
/** Counts that reach every plural category of every language (zero, one, two, few, many, other). */
const PLURAL_SAMPLES = [0, 1, 2, 3, 5, 6, 11, 21, 100, 101, 1000000];
/** A language code no select key names: reaches `other`, as a reader of an unlisted language does. */
const UNLISTED_CODE = 'qaa';
/** Formats tried at most per message; past it each argument is varied alone. */
const MAX_COMBINATIONS = 256;

/**
 * The values a real reader of catalog `locale` can give argument `name`: for a `…Code`, the
 * catalog's own language (the one every reader of it has), English, each key the message selects on
 * and an unlisted code; `sameLanguage` both ways; for a count, numbers of every plural category.
 * An argument no select or plural reads needs one value: its value changes no branch.
 */
function candidateValues(name: string, locale: string, selected: ReadonlySet<string> | undefined): unknown[] {
  if (name === 'updated') return [SAMPLE_DATE];
  if (name in SAMPLE_NUMBERS) {
    if (selected === undefined) return [SAMPLE_NUMBERS[name]];
    const exact = [...selected].filter((k) => k.startsWith('=')).map((k) => Number(k.slice(1)));
    return [...new Set([SAMPLE_NUMBERS[name]!, ...PLURAL_SAMPLES, ...exact.filter((n) => Number.isFinite(n))])];
  }
  if (name === 'languages') return [{ list: [SAMPLE_LABEL, ', ', SAMPLE_LABEL] }]; // a list of labels
  if (name === 'sameLanguage') return selected === undefined ? ['no'] : ['no', 'yes'];
  if (name.endsWith('Code')) {
    if (selected === undefined) return [languageSubtag(locale)]; // printed, not selected on: any code will do
    const keys = [...(selected ?? [])].filter((k) => k !== 'other');
    return [...new Set([languageSubtag(locale), 'en', ...keys, UNLISTED_CODE])];
  }
  return [SAMPLE_LABEL];
}

/**
 * Argument sets of the real types for every argument `key` may use (see NOTICE_ARGUMENTS), as
 * readers of `locale` produce them: every branch the message declares is formatted at least once.
 * The first set is what the catalog's own readers see most.
 */
function argumentSets(ast: readonly MessageFormatElement[], locale: string, key: NoticeKey): Record<string, unknown>[] {
  const selected = new Map<string, Set<string>>();
  walkArguments(ast, ({ name, kind, keys }) => {
    if (kind === 'value') return;
    const set = selected.get(name) ?? new Set<string>();
    for (const k of keys) set.add(k);
    selected.set(name, set);
  });
  const candidates = [...NOTICE_ARGUMENTS[key]].map((name) => [name, candidateValues(name, locale, selected.get(name))] as const);
  const base = Object.fromEntries(candidates.map(([name, values]) => [name, values[0]]));
  const total = candidates.reduce((n, [, values]) => n * values.length, 1);
  if (total > MAX_COMBINATIONS) {
    return [base, ...candidates.flatMap(([name, values]) => values.slice(1).map((value) => ({ ...base, [name]: value })))];
  }
  let sets: Record<string, unknown>[] = [{}];
  for (const [name, values] of candidates) sets = sets.flatMap((set) => values.map((value) => ({ ...set, [name]: value })));
  return sets;
}

/** The select and plural values of `args` that differ from the first set, in words: `when {requestedCode} is "es"`. */
function describeCase(args: Record<string, unknown>, base: Record<string, unknown>): string {
  const differ = Object.keys(args).filter((name) => args[name] !== base[name] && (typeof args[name] === 'string' || typeof args[name] === 'number'));
  return differ.length === 0 ? '' : ` when ${differ.map((name) => `{${name}} is ${JSON.stringify(args[name])}`).join(' and ')}`;
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
  const sets = argumentSets(ast, locale, key);
  const dir = directionOf(locale);
  for (const args of sets) {
    const when = describeCase(args, sets[0]!);
    try {
      const parts = flattenParts(format.parts(args));
      for (const part of parts) {
        if (typeof part !== 'string' && (typeof part.text !== 'string' || !Array.isArray(part.spans))) {
          throw new TypeError('an argument that is not text is inserted as it is (write {updated, date, long})');
        }
      }
      const text = partsToText(parts, dir);
      if (!saysSomething(text)) return { ok: false, error: `is empty${when}: a notice must say something (a letter or a digit)` };
      const shown = quotedArgument(text, allowed);
      if (shown !== undefined) return { ok: false, error: `shows {${shown}} as text instead of filling it${when}: ${QUOTING_HINT}`, quoted: true };
      partsToHtml(parts, key, locale, dir);
    } catch (error) {
      return { ok: false, error: `fails when formatted${when}: ${errorMessage(error)}` };
    }
  }
  return { ok: true, format };
}

const WORD = /[\p{L}\p{N}]/u;
const PLACEHOLDER_TEXT = /\{\s*([\p{L}\p{N}_]+)\s*[,}]/gu;

/**
 * An argument of this message that the formatted text shows as `{name}` (or `{name, …`): ICU
 * quoting (`l'{requested}`) turned the placeholder into text, and a reader would see the braces.
 */
function quotedArgument(text: string, allowed: ReadonlySet<string>): string | undefined {
  for (const match of text.matchAll(PLACEHOLDER_TEXT)) if (allowed.has(match[1]!)) return match[1];
  return undefined;
}

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
