/**
 * The notice rules of `check`, for the built-in catalogs and a site's own `notice.json` alike:
 * known keys only, ICU that parses, and placeholders the library fills — the ones the English
 * catalog uses, plus the `…Code` variants a grammar may `select` on.
 */
import { NOTICE_ARGUMENTS, NOTICE_KEYS, type NoticeKey } from '../../core.js';
import { getNodeValue } from 'jsonc-parser';
import { canonicalizeTag, editDistance, isUnknownNoticeKey } from '../../core.js';
import { readCatalogSetting } from '../../core.js';
import { builtinCatalogText } from '../../core.js';
import type { FileProblems } from './check-problem.js';
import { offsetInString, propertyMap, type JsonDocument } from '../../node/json-document.js';
import { readMessageSignature, type MessageSignature } from './message-signature.js';
import { validateMessage } from '../../core.js';
import { intlMessageFormat } from '../../core.js';

const KEYS: ReadonlySet<string> = new Set(NOTICE_KEYS);
let english: Map<string, MessageSignature> | undefined;

/** The placeholders of each built-in English message: what every translation must keep. */
function englishSignatures(): Map<string, MessageSignature> {
  if (english === undefined) {
    english = new Map();
    const catalog = builtinCatalogText('en') ?? { '@@locale': 'en' };
    for (const key of NOTICE_KEYS) {
      const message = catalog[key];
      const parsed = typeof message === 'string' ? readMessageSignature(message) : undefined;
      if (parsed?.ok) english.set(key, parsed.signature);
    }
  }
  return english;
}


/** The nearest message key (letters swapped, a case slip), else the list of them. */
function suggestion(key: string): string {
  const near = NOTICE_KEYS.find((k) => k.toLowerCase() === key.toLowerCase() || editDistance(k, key) <= 2);
  return near === undefined ? `the messages are ${NOTICE_KEYS.join(', ')}` : `did you mean "${near}"?`;
}

/**
 * Where ICU quoting starts in `message`: an apostrophe right before `{` or `}` (`l'{requested}`),
 * not a doubled `''`, which is one apostrophe. Typographic `’` never quotes.
 */
function quotingApostrophe(message: string): number | undefined {
  for (let i = 0; i < message.length; i++) {
    if (message[i] !== "'") continue;
    if (message[i + 1] === "'") i++;
    else if (message[i + 1] === '{' || message[i + 1] === '}') return i;
  }
  return undefined;
}

/** Checks one notice file whose folder is `locale`. */
export function checkNotice(doc: JsonDocument, problems: FileProblems, locale: string): void {
  for (const [key, property] of propertyMap(doc.root)) {
    const value = property.valueNode.value as unknown;
    if (key === '@@locale') {
      if (canonicalizeTag(value) !== locale) {
        problems.add(property.valueNode.offset, 'error', 'notice-locale', `"@@locale" is ${JSON.stringify(value)} but the folder is ${locale}`);
      }
      continue;
    }
    if (key.startsWith('@@')) {
      // The library's own reader of the setting: what it reports here, it reports at run time.
      for (const wrong of readCatalogSetting(key, getNodeValue(property.valueNode) as unknown).problems) {
        problems.add(property.valueNode.offset, 'error', 'notice-setting', `"${key}" ${wrong}`);
      }
      continue; // other catalog-wide keys are notes ("@@x-grammar")
    }
    if (key.startsWith('@')) {
      if (!KEYS.has(key.slice(1))) problems.add(property.keyNode.offset, 'warning', 'notice-key', `"${key}" is a note for "${key.slice(1)}", which is not a notice message`);
      continue;
    }
    if (isUnknownNoticeKey(key)) {
      problems.add(property.keyNode.offset, 'error', 'notice-key', `"${key}" is not a notice message; ${suggestion(key)}`);
      continue;
    }
    if (typeof value !== 'string' || property.valueNode.type !== 'string') {
      problems.add(property.valueNode.offset, 'error', 'invalid-message', `"${key}" must be a string (an ICU message)`);
      continue;
    }
    const parsed = readMessageSignature(value);
    const at = (index: number): number => offsetInString(doc.text, property.valueNode, index);
    if (!parsed.ok) {
      problems.add(at(parsed.index), 'error', 'icu-syntax', `"${key}": ${parsed.error}`);
      continue;
    }
    const allowed = NOTICE_ARGUMENTS[key as NoticeKey];
    let unknownArgument = false;
    for (const [name, use] of parsed.signature) {
      if (!allowed.has(name)) {
        unknownArgument = true;
        problems.add(at(use.index), 'error', 'notice-argument', `"${key}" uses {${name}}, which the library does not provide; it may use ${[...allowed].map((a) => `{${a}}`).join(', ')}`);
      }
    }
    // The library's own test of a message (compiled, then formatted with arguments of the real
    // types): what passes here does not throw at request time.
    const validated = unknownArgument ? undefined : validateMessage(parsed.ast, locale, key as NoticeKey, intlMessageFormat);
    if (validated?.ok === false) problems.add(at(validated.quoted === true ? (quotingApostrophe(value) ?? 0) : 0), 'error', 'invalid-message', `"${key}" ${validated.error}`);
    for (const [name, want] of englishSignatures().get(key) ?? []) {
      const got = parsed.signature.get(name);
      if (got === undefined) {
        problems.add(at(0), 'error', 'placeholder-mismatch', `"${key}": placeholder {${name}} of the English message is missing`);
      } else if (got.kind !== want.kind) {
        problems.add(at(got.index), 'error', 'placeholder-mismatch', `"${key}": {${name}} is a ${want.kind} in the English message but a ${got.kind} here`);
      }
    }
  }
}
