/**
 * Strict UTF-8 (RFC 3629 §3, https://www.rfc-editor.org/rfc/rfc3629#section-3): a file that is not
 * valid UTF-8 is refused, never decoded with U+FFFD in place of its bytes — writing such text back
 * would destroy the translator's letters for good.
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
