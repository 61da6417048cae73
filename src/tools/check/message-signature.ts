/**
 * What a translation must keep of its source message: the ICU arguments it uses, each with its
 * kind and, for `select` and `plural`, its option keys. HTML tags are text (`ignoreTag`), as in
 * the library.
 */
import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { walkArguments, type ArgumentKind } from '../../core.js';

export type { ArgumentKind };

export interface ArgumentUse {
  readonly kind: ArgumentKind;
  /** Option keys of a select or plural (union over every use of the argument). */
  readonly keys: ReadonlySet<string>;
  /** Index in the message of the argument's first `{`. */
  readonly index: number;
}

export type MessageSignature = ReadonlyMap<string, ArgumentUse>;

export type ParsedMessage =
  | { readonly ok: true; readonly signature: MessageSignature; readonly ast: MessageFormatElement[] }
  | { readonly ok: false; readonly error: string; readonly index: number };

/** The signature of a parsed message: each argument's first kind and index, and every option key. */
function signatureOf(ast: readonly MessageFormatElement[]): MessageSignature {
  const uses = new Map<string, { kind: ArgumentKind; keys: Set<string>; index: number }>();
  walkArguments(ast, (argument) => {
    let use = uses.get(argument.name);
    if (use === undefined) uses.set(argument.name, (use = { kind: argument.kind, keys: new Set(), index: argument.offset }));
    for (const key of argument.keys) use.keys.add(key);
  });
  return uses;
}

// The parser's error names ("EXPECT_ARGUMENT_CLOSING_BRACE") in words a translator reads.
function describeIcuError(name: string): string {
  const words = name.toLowerCase().replaceAll('_', ' ');
  return words.startsWith('expect ') ? `expected ${words.slice('expect '.length)}` : words;
}

/**
 * A message's signature (what a translation must keep), or the syntax error that stops it; never
 * throws. Plain text is parsed too: its tree is what the library tests and formats (an apostrophe
 * pair `''` is one apostrophe).
 */
export function readMessageSignature(message: string): ParsedMessage {
  let ast: MessageFormatElement[];
  try {
    ast = parse(message, { ignoreTag: true, captureLocation: true });
  } catch (error) {
    const e = error as Error & { location?: { start?: { offset?: number } } };
    return { ok: false, error: `invalid ICU message: ${describeIcuError(e.message)}`, index: e.location?.start?.offset ?? 0 };
  }
  return { ok: true, signature: signatureOf(ast), ast };
}
