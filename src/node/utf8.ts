/**
 * Strict UTF-8 (RFC 3629 §3, https://www.rfc-editor.org/rfc/rfc3629#section-3): a file that is not
 * valid UTF-8 is refused, never decoded with U+FFFD in place of its bytes — writing such text back
 * would destroy the translator's letters for good. A file saved as UTF-16 or UTF-32 (Windows
 * Notepad's "Unicode", Excel's "Unicode text") is told apart from one in a legacy 8-bit encoding,
 * so that the translator is told which setting to change.
 */

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1.
 * Overlong forms, surrogates (ED A0..BF) and code points above U+10FFFF are ill-formed, as in
 * the WHATWG decoder.
 *
 * @example
 * firstInvalidUtf8(Buffer.from([0x61, 0xe9, 0x62])) // 1: "é" in Latin-1 is not UTF-8
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

export type DecodedText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly byte: number };

/** Decodes UTF-8 strictly, keeping a byte-order mark as U+FEFF; on failure, where it fails. */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, byte: Math.max(0, firstInvalidUtf8(bytes)) };
  }
}

/** The wide Unicode encodings a file may be saved in by mistake, as the translator's tool names them. */
export type WideEncoding = 'UTF-16LE' | 'UTF-16BE' | 'UTF-32LE' | 'UTF-32BE';

/** How many bytes from the start are looked at for the pattern of zero bytes. */
const SAMPLE_BYTES = 4096;

/** Byte-order marks (Unicode §23.8, https://www.unicode.org/faq/utf_bom.html#BOM); UTF-32LE's first, as it starts with UTF-16LE's. */
const BYTE_ORDER_MARKS: readonly (readonly [WideEncoding, readonly number[]])[] = [
  ['UTF-32LE', [0xff, 0xfe, 0x00, 0x00]],
  ['UTF-32BE', [0x00, 0x00, 0xfe, 0xff]],
  ['UTF-16LE', [0xff, 0xfe]],
  ['UTF-16BE', [0xfe, 0xff]],
];

/**
 * The wide encoding `bytes` are in, by their byte-order mark, or else by where their zero bytes
 * fall: text in UTF-16 or UTF-32 is mostly ASCII letters and punctuation (JSON keys, Markdown
 * syntax), whose other bytes are zero, at odd offsets in UTF-16LE, even ones in UTF-16BE. UTF-8 text
 * has no zero byte at all. `undefined` when neither tells.
 *
 * @example
 * wideEncoding(Buffer.from('\ufeff{}', 'utf16le')) // 'UTF-16LE' (by its mark)
 * wideEncoding(Buffer.from('{"a": 1}', 'utf16le')) // 'UTF-16LE' (by its zero bytes)
 * wideEncoding(Buffer.from('{"a": 1}')) // undefined
 */
export function wideEncoding(bytes: Uint8Array): WideEncoding | undefined {
  for (const [encoding, mark] of BYTE_ORDER_MARKS) {
    if (bytes.length >= mark.length && mark.every((byte, i) => bytes[i] === byte)) return encoding;
  }
  const length = Math.min(bytes.length, SAMPLE_BYTES) & ~3;
  if (length === 0) return undefined;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < length; i++) if (bytes[i] === 0) zeros[i & 3]!++;
  const share = zeros.map((n) => n / (length / 4));
  const mostly = (i: number): boolean => share[i]! > 0.5;
  const rarely = (i: number): boolean => share[i]! < 0.05;
  if (mostly(1) && mostly(2) && mostly(3) && rarely(0)) return 'UTF-32LE';
  if (mostly(0) && mostly(1) && mostly(2) && rarely(3)) return 'UTF-32BE';
  const odd = (share[1]! + share[3]!) / 2;
  const even = (share[0]! + share[2]!) / 2;
  if (odd > 0.3 && even < 0.05) return 'UTF-16LE';
  if (even > 0.3 && odd < 0.05) return 'UTF-16BE';
  return undefined;
}
