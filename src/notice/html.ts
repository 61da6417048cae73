/**
 * Text and HTML for notices. Everything inserted is escaped. A language label that is not wholly in
 * the notice's direction (a Latin name in an Arabic sentence, "Arabic : العربية" anywhere) is
 * isolated, so that the Unicode Bidirectional Algorithm lays it out on its own and never reorders it
 * with the sentence around it (UAX #9 §2.7 isolates; HTML's `<bdi>` element):
 *
 * - text: FSI … PDI (U+2068 … U+2069), whose direction, like `<bdi>`'s, is that of the label's first
 *   letter, so text and HTML put every label's parts in the same order;
 * - HTML: every label in `<bdi>`, each run of it in its own language
 *   (`<bdi><span lang="en">French</span> : <span lang="fr">Français</span></bdi>`), so that a screen
 *   reader does not read an English name with a French voice.
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

/**
 * A formatted message's parts as a notice shows them: a list of labels (`{ list }`, the
 * `languages` argument) stands for its items, and adjacent texts are one part, as in a message
 * without lists. Shared by the formatter and the message test, so that both see the same parts.
 */
export function flattenParts(parts: readonly unknown[]): NoticePart[] {
  const out: NoticePart[] = [];
  for (const part of parts) {
    const items = typeof part === 'object' && part !== null && 'list' in part ? (part as { list: readonly NoticePart[] }).list : [part as NoticePart];
    for (const item of items) {
      const last = out.length - 1;
      if (typeof item === 'string' && last >= 0 && typeof out[last] === 'string') out[last] += item;
      else out.push(item);
    }
  }
  return out;
}

const FSI = '\u2068';
const PDI = '\u2069';

/** Whether a label must be isolated in a notice written in `dir`. */
const needsIsolation = (label: Label, dir: Direction): boolean => label.dir !== dir && label.dir !== 'neutral';

/** Plain text; a label not wholly in the notice's direction is isolated with FSI…PDI. */
export function partsToText(parts: readonly NoticePart[], dir: Direction): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else out += needsIsolation(part, dir) ? FSI + part.text + PDI : part.text;
  }
  return out;
}

/** A label as HTML: one run is the `<bdi>` itself (with `lang` when it differs); several are `<span>`s. */
function labelHtml(label: Label, lang: string): string {
  const [only, ...rest] = label.spans;
  if (rest.length === 0 && only !== undefined && typeof only !== 'string') {
    const langAttr = only.lang === lang ? '' : ` lang="${escapeHtml(only.lang)}"`;
    return `<bdi${langAttr}>${escapeHtml(only.text)}</bdi>`;
  }
  let body = '';
  for (const span of label.spans) {
    body += typeof span === 'string' ? escapeHtml(span) : `<span lang="${escapeHtml(span.lang)}">${escapeHtml(span.text)}</span>`;
  }
  return `<bdi>${body}</bdi>`;
}

/** The notice element: its own `lang`/`dir`, labels in `<bdi>`. */
export function partsToHtml(parts: readonly NoticePart[], kind: string, lang: string, dir: Direction): string {
  let body = '';
  for (const part of parts) body += typeof part === 'string' ? escapeHtml(part) : labelHtml(part, lang);
  return `<p class="lc-notice lc-notice--${escapeHtml(kind)}" role="note" lang="${escapeHtml(lang)}" dir="${dir}">${body}</p>`;
}
