/**
 * What a translation of an article's text must keep, the way translation platforms check it
 * (placeholders, tags, links, numbers). Content fields are text — plain, HTML or Markdown — and
 * never ICU MessageFormat: `resolve` returns them as stored, so a `{` in a code sample is just a
 * character, and `L'{year}` holds the placeholder `{year}` (no ICU quoting).
 *
 * - `{name}` tokens are placeholders the site fills in: a translation keeps each one.
 * - HTML elements (`<a>`, `<strong>`, `<img>`…) are kept, balanced, with the same `href`/`src`;
 *   an event-handler attribute (`onclick`) or a `javascript:` link the source lacks is an error.
 * - URLs (in tags, Markdown links, or bare `https://…`) are kept.
 * - Numbers are kept; only their digits are compared, since `1,000`, `1.000` and `1 000` are the
 *   same number written in three languages' ways.
 */

/** One thing found in a text, with the index of its first character. */
export interface TextPart {
  readonly value: string;
  readonly index: number;
}

export interface TextSignature {
  /** `{name}` placeholders. */
  readonly placeholders: readonly TextPart[];
  /** Opening and self-contained elements by name (`a`, `img`), lower-case. */
  readonly elements: readonly TextPart[];
  /** Elements opened and never closed, or closed and never opened. */
  readonly unbalanced: readonly TextPart[];
  /** URLs of `href` and `src` attributes, Markdown links and bare `http(s)://` URLs. */
  readonly urls: readonly TextPart[];
  /** Event-handler attributes (`onclick`, `onerror`), as `element attribute`: they run script. */
  readonly handlers: readonly TextPart[];
  /** Numbers, as their digits only. */
  readonly numbers: readonly TextPart[];
}

const PLACEHOLDER = /\{([\p{L}_][\p{L}\p{N}_.-]*)\}/gu;
/** A start or end tag (https://html.spec.whatwg.org/#syntax-tags): a letter right after `<` or `</`. */
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const MARKDOWN_LINK = /\]\(\s*<?([^\s)>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const BARE_URL = /\b(?:https?:\/\/|mailto:)[^\s<>"'()]+[^\s<>"'().,;:!?]/g;
const NUMBER = /\p{Nd}+(?:[.,\u00a0\u202f' ]\p{Nd}{3})*(?:[.,]\p{Nd}+)?/gu;

/** Elements with no end tag (https://html.spec.whatwg.org/#void-elements). */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * `text` with the characters of `ranges` blanked, so that numbers inside tags, URLs and
 * placeholders are not counted; offsets stay those of `text`. Blanking is the same whatever the
 * order, so a caller may blank more ranges later on the result.
 */
function mask(text: string, ranges: readonly (readonly [number, number])[]): string {
  let out = text;
  for (const [start, end] of ranges) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

/**
 * Calls `visit` with each match of the global `pattern` in `text`. Unlike `matchAll`, it does not
 * copy the pattern on each call: `check` reads every field of every version (hundreds of thousands
 * of texts). `lastIndex` is set here before the search and is 0 again after it; no pattern given
 * here matches empty text, so the search always moves on.
 */
function eachMatch(pattern: RegExp, text: string, visit: (match: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) visit(m);
}

/** Reads the parts of `text` a translation must keep. */
export function textSignature(text: string): TextSignature {
  const placeholders: TextPart[] = [];
  const elements: TextPart[] = [];
  const unbalanced: TextPart[] = [];
  const urls: TextPart[] = [];
  const handlers: TextPart[] = [];
  const covered: [number, number][] = [];
  // Each pattern below needs a character that most texts lack ({, <, "](", :): without it, its
  // search is skipped, and the text is blanked only where something was found.
  if (text.includes('{')) {
    eachMatch(PLACEHOLDER, text, (m) => {
      placeholders.push({ value: m[1]!, index: m.index });
      covered.push([m.index, m.index + m[0].length]);
    });
  }
  const open: TextPart[] = [];
  if (text.includes('<')) {
    eachMatch(TAG, text, (m) => {
      const [whole, closing, rawName, attributes, selfClosing] = m;
      const name = rawName!.toLowerCase();
      covered.push([m.index, m.index + whole.length]);
      if (closing === '/') {
        let at = open.length - 1;
        while (at >= 0 && open[at]!.value !== name) at--;
        if (at === -1) unbalanced.push({ value: `</${name}>`, index: m.index });
        else {
          for (const left of open.splice(at)) if (left.value !== name) unbalanced.push({ value: `<${left.value}>`, index: left.index });
        }
        return;
      }
      elements.push({ value: name, index: m.index });
      if (!VOID.has(name) && selfClosing !== '/') open.push({ value: name, index: m.index });
      if (attributes === '') return;
      eachMatch(ATTRIBUTE, attributes!, (a) => {
        const attribute = a[1]!.toLowerCase();
        const value = a[2] ?? a[3] ?? a[4];
        if (attribute.startsWith('on')) handlers.push({ value: `${name} ${attribute}`, index: m.index + 1 + rawName!.length + a.index });
        if ((attribute === 'href' || attribute === 'src') && value !== undefined && value !== '') {
          urls.push({ value, index: m.index + 1 + rawName!.length + (closing?.length ?? 0) + a.index });
        }
      });
    });
  }
  for (const left of open) unbalanced.push({ value: `<${left.value}>`, index: left.index });
  let masked = mask(text, covered);
  let blanked = covered.length;
  if (text.includes('](')) {
    eachMatch(MARKDOWN_LINK, masked, (m) => {
      urls.push({ value: m[1]!, index: m.index + m[0].indexOf(m[1]!) });
      covered.push([m.index, m.index + m[0].length]);
    });
    masked = mask(masked, covered.slice(blanked));
    blanked = covered.length;
  }
  if (text.includes(':')) {
    eachMatch(BARE_URL, masked, (m) => {
      urls.push({ value: m[0], index: m.index });
      covered.push([m.index, m.index + m[0].length]);
    });
    masked = mask(masked, covered.slice(blanked));
  }
  const numbers: TextPart[] = [];
  eachMatch(NUMBER, masked, (m) => numbers.push({ value: m[0].replace(/\D/gu, ''), index: m.index }));
  urls.sort((a, b) => a.index - b.index);
  unbalanced.sort((a, b) => a.index - b.index);
  return { placeholders, elements, unbalanced, urls, handlers, numbers };
}

export type TextRule = 'placeholder-mismatch' | 'markup-mismatch' | 'link-mismatch' | 'number-mismatch';

export interface TextIssue {
  readonly severity: 'error' | 'warning';
  readonly rule: TextRule;
  readonly message: string;
  /** Index in the translated text; 0 for something missing from it. */
  readonly index: number;
}

/** Values of `a` beyond those of `b`, each as often as it is in excess (a multiset difference). */
function beyond(a: readonly TextPart[], b: readonly TextPart[]): TextPart[] {
  const left = new Map<string, number>();
  for (const part of b) left.set(part.value, (left.get(part.value) ?? 0) + 1);
  const out: TextPart[] = [];
  for (const part of a) {
    const n = left.get(part.value) ?? 0;
    if (n > 0) left.set(part.value, n - 1);
    else out.push(part);
  }
  return out;
}

const braces = (parts: readonly TextPart[]): string => [...new Set(parts.map((p) => `{${p.value}}`))].join(', ');

/**
 * How `translation` differs from `source` in what it must keep. Placeholders and markup are
 * errors (the page breaks or shows a raw `{name}`); links and numbers are warnings (a translation
 * may link to a page in its own language, or write a number in words).
 */
export function textDiff(source: TextSignature, translation: TextSignature): TextIssue[] {
  const issues: TextIssue[] = [];
  const sourceNames = new Set(source.placeholders.map((p) => p.value));
  const names = new Set(translation.placeholders.map((p) => p.value));
  for (const part of translation.placeholders) {
    if (sourceNames.has(part.value)) continue;
    const known = sourceNames.size === 0 ? 'the source has no placeholders' : `the source has ${braces(source.placeholders)}`;
    issues.push({ severity: 'error', rule: 'placeholder-mismatch', message: `placeholder {${part.value}} is not in the source (${known}); placeholders are filled in by the site and are not translated`, index: part.index });
  }
  for (const name of sourceNames) {
    if (!names.has(name)) issues.push({ severity: 'error', rule: 'placeholder-mismatch', message: `placeholder {${name}} of the source is missing; keep it as written, {${name}}`, index: 0 });
  }
  for (const part of beyond(source.elements, translation.elements)) {
    issues.push({ severity: 'error', rule: 'markup-mismatch', message: `the source's <${part.value}> element is missing here; keep the source's tags around the translated words`, index: 0 });
  }
  for (const part of beyond(translation.elements, source.elements)) {
    issues.push({ severity: 'error', rule: 'markup-mismatch', message: `<${part.value}> is not in the source; use the source's tags only`, index: part.index });
  }
  for (const part of translation.unbalanced) {
    const closing = part.value.startsWith('</');
    issues.push({ severity: 'error', rule: 'markup-mismatch', message: closing ? `${part.value} closes an element that is not open` : `${part.value} is never closed; add </${part.value.slice(1)}`, index: part.index });
  }
  for (const part of beyond(translation.handlers, source.handlers)) {
    const [element, attribute] = part.value.split(' ');
    issues.push({ severity: 'error', rule: 'markup-mismatch', message: `<${element} ${attribute}> is not in the source: an event-handler attribute runs script in the reader's browser; keep the source's attributes only`, index: part.index });
  }
  const changed = beyond(translation.urls, source.urls);
  for (const part of changed) {
    // A script URL is code, not a link a translation may localize.
    if (/^\s*javascript:/i.test(part.value)) issues.push({ severity: 'error', rule: 'markup-mismatch', message: `the link ${part.value.slice(0, 40)} runs script and is not in the source; keep the source's links`, index: part.index });
  }
  for (const part of beyond(source.urls, translation.urls)) {
    const instead = changed.length > 0 ? ` (this has ${changed.map((u) => u.value).join(', ')} instead)` : '';
    issues.push({ severity: 'warning', rule: 'link-mismatch', message: `the link to ${part.value} in the source is missing or changed${instead}; keep the URL unless a page in this language replaces it`, index: changed[0]?.index ?? 0 });
  }
  if (changed.length > 0 && beyond(source.urls, translation.urls).length === 0) {
    for (const part of changed) issues.push({ severity: 'warning', rule: 'link-mismatch', message: `the link to ${part.value} is not in the source`, index: part.index });
  }
  for (const part of beyond(source.numbers, translation.numbers)) {
    issues.push({ severity: 'warning', rule: 'number-mismatch', message: `the number ${part.value} of the source is not here; check that no figure was dropped or changed`, index: 0 });
  }
  return issues;
}
