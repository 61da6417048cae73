/**
 * HTML for notices. Everything inserted is escaped; language names are wrapped in `<bdi>` so that a
 * Latin name inside an Arabic sentence (or the reverse) is laid out on its own (Unicode Bidirectional
 * Algorithm, UAX #9 §2.7 isolates; HTML's `<bdi>` element).
 */
import type { Direction } from '../locale/direction.js';
import type { Label } from './labels.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/g;

/** Escapes text for element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(SPECIAL, (c) => ESCAPES[c] ?? c);
}

/** A part of a formatted notice: literal text, or an inserted language label. */
export type NoticePart = string | Label;

const FSI = '\u2068';
const PDI = '\u2069';

/** Plain text; a label whose direction differs from the notice's is isolated with FSI…PDI. */
export function partsToText(parts: readonly NoticePart[], dir: Direction): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else out += part.dir === dir ? part.text : FSI + part.text + PDI;
  }
  return out;
}

/** The notice element: its own `lang`/`dir`, labels in `<bdi>` (with `lang` when it differs). */
export function partsToHtml(parts: readonly NoticePart[], kind: string, lang: string, dir: Direction): string {
  let body = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      body += escapeHtml(part);
    } else {
      const langAttr = part.lang === lang ? '' : ` lang="${escapeHtml(part.lang)}"`;
      body += `<bdi${langAttr}>${escapeHtml(part.text)}</bdi>`;
    }
  }
  return `<p class="lc-notice lc-notice--${escapeHtml(kind)}" role="note" lang="${escapeHtml(lang)}" dir="${dir}">${body}</p>`;
}
