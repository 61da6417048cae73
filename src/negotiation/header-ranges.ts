/**
 * The language ranges of an `Accept-Language` header (RFC 9110 §12.5.4) and their q-values, for
 * parseAcceptLanguage. No string is made here: a range is where it stands in the header, its
 * q-value a number, and two spellings of one range (`EN_us`, `en-US`) are found equal by comparing
 * characters. A header may hold two thousand entries of which a few are ever canonicalized, so
 * what is built per entry is what reading a long hostile header costs.
 */

/** Longest range canonicalized, as canonicalizeTag bounds a tag. */
const MAX_RANGE_LENGTH = 64;

/**
 * A header's distinct ranges (compared without case, `_` as `-`) in order of first appearance, so
 * that a range's index orders it as its first position in the header does: where its first
 * spelling stands in the header, and its best q-value in thousandths (RFC 9110 allows 3 decimals:
 * an integer, 0–1000).
 */
export interface HeaderRanges {
  readonly starts: number[];
  readonly ends: number[];
  readonly qs: number[];
}

/**
 * The header's distinct ranges, read in one pass over its characters, an entry at a time, without
 * splitting or slicing.
 */
export function readRanges(text: string): HeaderRanges {
  const ranges = new RangeSet(text);
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf(',', start);
    if (end < 0) end = text.length;
    readEntry(text, start, end, ranges);
    start = end + 1;
  }
  return ranges;
}

/**
 * The distinct ranges of one header, as its entries are read: a range met again keeps its first
 * place and spelling and takes the better q-value. Equal ranges are found through a hash table
 * (open addressing, a slot holding a range's index + 1, 0 when free), so reading stays linear
 * whatever the header: comparing each entry with every range before it would cost millions of
 * comparisons for 2,000 distinct entries.
 */
class RangeSet implements HeaderRanges {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly qs: number[] = [];
  /** The hash of each range (see {@link hashStep}), to compare characters only with ranges of the same hash. */
  readonly #hashes: number[] = [];
  readonly #text: string;
  /** A plain array: a typed array costs more to make than the rest of a short header. */
  #slots: number[];
  /** 32 minus the number of bits of a slot's index: a slot is chosen by the hash's top bits. */
  #shift: number;

  constructor(text: string) {
    this.#text = text;
    // Room for a range every 16 characters (slots half held): a header of short tags outgrows it
    // once or twice.
    const bits = Math.max(4, Math.ceil(Math.log2(text.length / 8)));
    this.#slots = new Array<number>(1 << bits).fill(0);
    this.#shift = 32 - bits;
  }

  /** Adds an entry: its range from `start` to `end`, of hash `hash`, with q-value `q`. */
  add(start: number, end: number, hash: number, q: number): void {
    const mask = this.#slots.length - 1;
    let slot = this.#slotOf(hash);
    for (let held; (held = this.#slots[slot]!) !== 0; slot = (slot + 1) & mask) {
      const index = held - 1;
      if (this.#hashes[index] === hash && sameRange(this.#text, this.starts[index]!, this.ends[index]!, start, end)) {
        if (q > this.qs[index]!) this.qs[index] = q;
        return;
      }
    }
    this.starts.push(start);
    this.ends.push(end);
    this.#hashes.push(hash);
    this.#slots[slot] = this.qs.push(q);
    // At most half the slots are held, so that a probe meets a free one soon.
    if (this.qs.length * 2 > this.#slots.length) this.#grow();
  }

  /** The slot a hash starts probing from: its top bits, mixed by a multiplication (Fibonacci hashing). */
  #slotOf(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> this.#shift;
  }

  /** Twice the slots, every range placed again (in the first free slot from its hash's). */
  #grow(): void {
    this.#slots = new Array<number>(this.#slots.length * 2).fill(0);
    this.#shift--;
    const mask = this.#slots.length - 1;
    for (let index = 0; index < this.qs.length; index++) {
      let slot = this.#slotOf(this.#hashes[index]!);
      while (this.#slots[slot] !== 0) slot = (slot + 1) & mask;
      this.#slots[slot] = index + 1;
    }
  }
}

/** Whether two ranges of `text` are equal as compared (see {@link folded}). */
function sameRange(text: string, start: number, end: number, otherStart: number, otherEnd: number): boolean {
  if (end - start !== otherEnd - otherStart) return false;
  for (let i = start, j = otherStart; i < end; i++, j++) {
    if (folded(text.charCodeAt(i)) !== folded(text.charCodeAt(j))) return false;
  }
  return true;
}

/** Character codes the scanner compares against. */
const SEMICOLON = 59;
const EQUALS = 61;
const HYPHEN = 45;
const UNDERSCORE = 95;

/**
 * A character of a range as ranges are compared: without case, `_` as `-`. A range holds only
 * ASCII letters, digits, `-` and `_`; setting bit 5 lower-cases a letter and leaves a digit and `-`
 * as they are.
 */
function folded(code: number): number {
  return code === UNDERSCORE ? HYPHEN : code | 32;
}

/** `\s` of a regular expression (and what String#trim removes): WhiteSpace and LineTerminator of ECMA-262. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isSubtagLength = (length: number): boolean => length >= 1 && length <= 8;

/** `hash` with one more character of a range (FNV-1a's step, on the folded character). */
const hashStep = (hash: number, code: number): number => Math.imul(hash ^ folded(code), 16777619);
/**
 * The hash of no character: random, drawn once per process, so that nobody can write a header
 * whose thousands of ranges share a slot and make reading it quadratic. It changes no answer.
 */
const HASH_START = (Math.random() * 2 ** 32) | 0;

/**
 * Reads the entry in `text` from `start` to `end` (its `,` or the end of the text) into `ranges`,
 * when it is a language range: spaces, the range (subtags of 1–8 letters or digits joined by `-`
 * or `_`, the first of letters; at most {@link MAX_RANGE_LENGTH} characters, not private use),
 * spaces, then `;` and the parameters, or the entry's end. An entry that is no range, or whose
 * q-value is malformed, is skipped.
 */
function readEntry(text: string, start: number, end: number, ranges: RangeSet): void {
  const from = skipSpaces(text, start, end);
  let hash = HASH_START;
  // Where the current subtag starts, and the first one's length once it has ended (0 before).
  let subtagStart = from;
  let firstLength = 0;
  let i = from;
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === HYPHEN || code === UNDERSCORE) {
      if (!isSubtagLength(i - subtagStart)) return;
      if (firstLength === 0) firstLength = i - subtagStart;
      subtagStart = i + 1;
    } else if (!isLetter(code) && !(firstLength > 0 && isDigit(code))) {
      break;
    }
    hash = hashStep(hash, code);
  }
  const to = i;
  if (!isSubtagLength(to - subtagStart) || to - from > MAX_RANGE_LENGTH) return;
  // Private use (`x-…`): names no language.
  if (firstLength === 1 && (text.charCodeAt(from) | 32) === 120) return;
  i = skipSpaces(text, i, end);
  let q = 1000;
  if (i < end) {
    if (text.charCodeAt(i) !== SEMICOLON) return;
    const found = plainQuality(text, i + 1, end) ?? qualityOf(text, i + 1, end);
    if (found === undefined) return;
    q = found;
  }
  ranges.add(from, to, hash, q);
}

/**
 * The q-value of parameters that are exactly `q=` and a qvalue (spaces after it allowed), as
 * browsers send them, or `undefined` for any other form, which {@link qualityOf} reads: the same
 * answer, without searching for other parameters, `=` and spaces.
 */
function plainQuality(text: string, start: number, end: number): number | undefined {
  if ((text.charCodeAt(start) | 32) !== 113 || text.charCodeAt(start + 1) !== EQUALS) return undefined;
  return thousandths(text, start + 2, skipSpacesBack(text, start + 2, end));
}

/**
 * The q parameter among an entry's parameters (`text` from `start` to `end`, after the first `;`),
 * in thousandths (1000 when absent), or `undefined` when malformed. RFC 9110 §12.4.2:
 * qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ). Other parameters are not defined
 * for Accept-Language: ignored. Names and values are trimmed; the name is read without case.
 */
function qualityOf(text: string, start: number, end: number): number | undefined {
  for (let from = start; from <= end; ) {
    // This parameter: from `from` to the next `;` (or the entry's end), its `=` if any.
    let to = from;
    let eq = -1;
    for (; to < end; to++) {
      const code = text.charCodeAt(to);
      if (code === SEMICOLON) break;
      if (code === EQUALS && eq < 0) eq = to;
    }
    const nameFrom = skipSpaces(text, from, eq < 0 ? to : eq);
    const nameTo = skipSpacesBack(text, nameFrom, eq < 0 ? to : eq);
    from = to + 1;
    if (nameTo - nameFrom !== 1 || (text.charCodeAt(nameFrom) | 32) !== 113) continue; // not `q`
    // No `=` reads as an empty value: malformed.
    if (eq < 0) return undefined;
    const valueFrom = skipSpaces(text, eq + 1, to);
    return thousandths(text, valueFrom, skipSpacesBack(text, valueFrom, to));
  }
  return 1000;
}

/** The first position from `start` (at most `end`) that is not a space. */
function skipSpaces(text: string, start: number, end: number): number {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  return start;
}

/** The end of `text` from `start` to `end` without its trailing spaces. */
function skipSpacesBack(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** A qvalue (RFC 9110 §12.4.2) in thousandths, or `undefined` when it is not one. */
function thousandths(text: string, start: number, end: number): number | undefined {
  const length = end - start;
  if (length === 0 || length > 5) return undefined;
  const whole = text.charCodeAt(start) - 48;
  if (whole !== 0 && whole !== 1) return undefined;
  if (length === 1) return whole * 1000;
  if (text.charCodeAt(start + 1) !== 46) return undefined; // `.`
  let fraction = 0;
  for (let i = 0; i < 3; i++) {
    const at = start + 2 + i;
    const digit = at < end ? text.charCodeAt(at) - 48 : 0;
    if (digit < 0 || digit > 9 || (whole === 1 && digit !== 0)) return undefined;
    fraction = fraction * 10 + digit;
  }
  return whole * 1000 + fraction;
}
