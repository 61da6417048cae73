/**
 * Whether a translation coming back from a CAT tool can be written as it is: what `check` would
 * call an error is refused at import, so an import never leaves the locale files broken. Markdown
 * bodies keep their structure (headings, links, images, code, lists); other fields keep their ICU
 * syntax and placeholders, and their HTML tags, each as often as in the source.
 */
import { markdownDiff, markdownStructure } from '../check/markdown-structure.js';
import { parseMessage } from '../check/message-signature.js';
import { signatureDiff } from '../check/signature-diff.js';

/** HTML tags of a text as `<p>`, `</p>`, `<br>`, sorted: their order may change in a translation, their set may not. */
function htmlTags(text: string): string[] {
  const tags: string[] = [];
  for (const match of text.matchAll(/<(\/?)([A-Za-z][\w-]*)\b[^<>]*>/g)) tags.push(`<${match[1]}${match[2]!.toLowerCase()}>`);
  return tags.sort();
}

/** Why `translation` of `source` cannot be written as it is; empty when it can. */
export function markupProblems(source: string, translation: string, options: { readonly markdown: boolean; readonly locale: string }): string[] {
  if (options.markdown) {
    return markdownDiff(markdownStructure(source), markdownStructure(translation))
      .filter((issue) => issue.severity === 'error')
      .map((issue) => issue.message);
  }
  const problems: string[] = [];
  const parsed = parseMessage(translation);
  if (!parsed.ok) problems.push(parsed.error);
  const wanted = parseMessage(source);
  if (parsed.ok && wanted.ok) {
    for (const issue of signatureDiff(wanted.signature, parsed.signature, options.locale)) if (issue.severity === 'error') problems.push(issue.message);
  }
  const want = htmlTags(source);
  const got = htmlTags(translation);
  if (want.join('') !== got.join('')) {
    const missing = want.filter((tag, i) => want.indexOf(tag) === i && want.filter((t) => t === tag).length > got.filter((t) => t === tag).length);
    const extra = got.filter((tag, i) => got.indexOf(tag) === i && got.filter((t) => t === tag).length > want.filter((t) => t === tag).length);
    problems.push(`HTML tags differ from the source${missing.length > 0 ? `; missing ${missing.join(' ')}` : ''}${extra.length > 0 ? `; not in the source ${extra.join(' ')}` : ''}`);
  }
  return problems;
}
