/**
 * Freshness without git: a translation records a hash of the source text it was made from
 * (`@meta.sourceHash`); a different hash today means the source changed since.
 *
 * The hash is FNV-1a 64 (http://www.isthe.com/chongo/tech/comp/fnv/) over the text fields sorted by
 * key. It is synchronous and dependency-free so that it runs alike in browsers, edge runtimes and Node.
 * Line endings are made LF first ({@link hashedText}): a file saved again with Windows (CRLF) or old
 * Mac (CR) line endings says the same thing, so it does not make its translations outdated.
 */
import type { EntryData } from './fields.js';
import { textFieldNames } from './fields.js';
import { readEntryMeta } from './read-entry-meta.js';

const OFFSET_HI = 0xcbf29ce4;
const OFFSET_LO = 0x84222325;

/** FNV-1a 64 of a string's UTF-16 code units, as 16 hex digits. */
function fnv1a64(text: string): string {
  let hi = OFFSET_HI;
  let lo = OFFSET_LO;
  for (let i = 0; i < text.length; i++) {
    lo = (lo ^ text.charCodeAt(i)) >>> 0;
    // Multiply (hi,lo) by the 64-bit prime 0x100000001b3 = 2^40 + 0x1b3, in 16-bit-safe pieces.
    const loMul = lo * 0x1b3;
    const carry = Math.floor(loMul / 0x100000000);
    const newLo = loMul >>> 0;
    hi = (Math.imul(hi, 0x1b3) + carry + ((lo << 8) >>> 0)) >>> 0;
    lo = newLo;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/** A text field as hashed: CRLF and CR line endings read as LF, so that a line-ending-only change is no change. */
function hashedText(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : value;
}

/** The hash of an entry version's text fields, as stamped into `@meta.sourceHash`. */
export function sourceHash(source: EntryData): string {
  const names = textFieldNames(source).sort();
  return fnv1a64(JSON.stringify(names.map((name) => [name, hashedText(source[name])])));
}

/** A short hash of each text field of a source version, as stamped into `@meta.fieldHashes`. */
export function fieldHashes(source: EntryData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of textFieldNames(source).sort()) out[name] = fnv1a64(JSON.stringify(hashedText(source[name]))).slice(0, 8);
  return out;
}

/** The text fields of `source` added, removed or changed since `stamped` (a `fieldHashes` record), sorted. */
export function changedFields(stamped: Readonly<Record<string, string>>, source: EntryData): string[] {
  const now = fieldHashes(source);
  const names = new Set([...Object.keys(stamped), ...Object.keys(now)]);
  return [...names].filter((name) => stamped[name] !== now[name]).sort();
}

/** The `@meta.fieldHashes` of a version, when it has a well-formed one (read by the tools only). */
export function stampedFieldHashes(data: EntryData): Readonly<Record<string, string>> | undefined {
  return readEntryMeta(data).meta.fieldHashes;
}

/**
 * Whether a translation's stamp matches today's source: `current`, `outdated`, or `unverified`
 * when it was never stamped, so nothing says which source it was made from. The same comparison
 * as `buildRecord`'s `outdated` status (kept out of the runtime, whose readers get no notice for
 * an unverified translation); the tools report it.
 */
export type Freshness = 'current' | 'outdated' | 'unverified';

export function freshnessOf(translation: EntryData, source: EntryData): Freshness {
  const stamped = readEntryMeta(translation).meta.sourceHash;
  if (stamped === undefined) return 'unverified';
  return stamped === sourceHash(source) ? 'current' : 'outdated';
}
