/**
 * readCatalogSetting: the catalog-wide settings of a notice catalog (`@@names`, `@@listPatterns`,
 * `@@labelSeparator`, `@@namesInSentence`), read by one function for the library and for `check`.
 * A wrong part (an array where an object goes, a name that is a number, a pattern of another shape)
 * is left out and described; the valid parts are kept, so that one typo costs one setting, not all.
 */
import { canonicalizeTag } from '../negotiation/index.js';
import { LIST_PATTERN_NAMES, listSeparator } from './list-parts.js';
import { isPlainObject } from '../content/fields.js';
import { errorMessage } from '../errors.js';
import { typeInWords } from '../text/type-in-words.js';

/** A setting as read: what can be used (`undefined`: nothing), and what is wrong with the rest. */
export interface CatalogSetting {
  readonly value: unknown;
  readonly problems: readonly string[];
}

function names(value: unknown): CatalogSetting {
  if (!isPlainObject(value)) return { value: undefined, problems: [`must be an object of language tags and names; got ${typeInWords(value)}`] };
  const kept = new Map<string, string>();
  const problems: string[] = [];
  for (const [tag, name] of Object.entries(value)) {
    // Keys are kept in canonical form, the form labels are looked up by ("zh-hant", "en_US" → "zh-Hant", "en-US").
    const canonical = canonicalizeTag(tag);
    if (canonical === undefined) problems.push(`names "${tag}", which is not a language tag`);
    else if (typeof name !== 'string' || name.trim() === '') problems.push(`gives "${tag}" a name that is not text`);
    else if (kept.has(canonical)) problems.push(`names ${canonical} twice ("${tag}" is the same tag)`);
    else kept.set(canonical, name);
  }
  return { value: kept.size > 0 ? kept : undefined, problems };
}

function listPatterns(value: unknown): CatalogSetting {
  if (!isPlainObject(value)) return { value: undefined, problems: [`must be an object with some of ${LIST_PATTERN_NAMES.join(', ')}; got ${typeInWords(value)}`] };
  const kept: Record<string, string> = {}; // a ListPatterns
  const problems: string[] = [];
  for (const [name, pattern] of Object.entries(value)) {
    if (!(LIST_PATTERN_NAMES as readonly string[]).includes(name)) problems.push(`has "${name}"; the patterns are ${LIST_PATTERN_NAMES.join(', ')}`);
    else if (listSeparator(pattern) === undefined) problems.push(`"${name}" must be "{0}", a joining text, then "{1}"`);
    else kept[name] = pattern as string;
  }
  return { value: Object.keys(kept).length > 0 ? kept : undefined, problems };
}

/** Each setting the library reads, and how; any other `@@` key is a note (`@@x-grammar`). */
const READERS: ReadonlyMap<string, (value: unknown) => CatalogSetting> = new Map([
  ['@@names', names],
  ['@@listPatterns', listPatterns],
  ['@@labelSeparator', (value: unknown) => (typeof value === 'string' && value !== '' ? { value, problems: [] } : { value: undefined, problems: [`must be text; got ${typeInWords(value)}`] })],
  ['@@namesInSentence', (value: unknown) => (value === 'lowercase' ? { value: true, problems: [] } : { value: undefined, problems: ['may only be "lowercase"'] })],
]);

/**
 * Reads setting `key` of a catalog: `@@names` gives a Map of canonical tag → name, `@@listPatterns` the valid
 * patterns, `@@labelSeparator` its text, `@@namesInSentence` `true`. Never throws.
 *
 * @example readCatalogSetting('@@names', { fr: 'francés', en: 5 }) // { value: Map { 'fr' => 'francés' }, problems: ['gives "en" a name that is not text'] }
 */
export function readCatalogSetting(key: string, value: unknown): CatalogSetting {
  const read = READERS.get(key);
  if (read === undefined) return { value: undefined, problems: [] };
  try {
    return read(value);
  } catch (error) {
    return { value: undefined, problems: [`cannot be read: ${errorMessage(error)}`] };
  }
}
