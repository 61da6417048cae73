/**
 * Whether a translation coming back from a CAT tool can be written as it is: what `check` would
 * call an error is refused at import, so an import never leaves the locale files broken. Markdown
 * bodies keep their structure (headings, links, images, code, lists); other fields are text, and
 * keep their `{placeholders}` and their HTML elements, balanced — the same rules as `check`.
 */
import { markdownDiff, markdownStructure } from '../check/markdown-structure.js';
import { textDiff, textSignature } from '../check/text-signature.js';

/** Why `translation` of `source` cannot be written as it is; empty when it can. */
export function markupProblems(source: string, translation: string, options: { readonly markdown: boolean; readonly locale: string }): string[] {
  const issues = options.markdown
    ? [
        ...markdownDiff(markdownStructure(source), markdownStructure(translation)),
        ...textDiff(textSignature(source), textSignature(translation)).filter((issue) => issue.rule === 'placeholder-mismatch'),
      ]
    : textDiff(textSignature(source), textSignature(translation));
  return issues.filter((issue) => issue.severity === 'error').map((issue) => issue.message);
}
